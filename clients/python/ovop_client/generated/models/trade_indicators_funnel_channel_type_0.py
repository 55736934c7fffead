from typing import Literal

TradeIndicatorsFunnelChannelType0 = Literal['fair', 'request']

TRADE_INDICATORS_FUNNEL_CHANNEL_TYPE_0_VALUES: set[TradeIndicatorsFunnelChannelType0] = { 'fair', 'request',  }

def check_trade_indicators_funnel_channel_type_0(value: str) -> TradeIndicatorsFunnelChannelType0:
    if value in TRADE_INDICATORS_FUNNEL_CHANNEL_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TRADE_INDICATORS_FUNNEL_CHANNEL_TYPE_0_VALUES!r}")
