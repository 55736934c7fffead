from typing import Literal

TradeIndicatorsDealsChannelType0 = Literal['fair', 'request']

TRADE_INDICATORS_DEALS_CHANNEL_TYPE_0_VALUES: set[TradeIndicatorsDealsChannelType0] = { 'fair', 'request',  }

def check_trade_indicators_deals_channel_type_0(value: str) -> TradeIndicatorsDealsChannelType0:
    if value in TRADE_INDICATORS_DEALS_CHANNEL_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TRADE_INDICATORS_DEALS_CHANNEL_TYPE_0_VALUES!r}")
