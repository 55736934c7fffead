from typing import Literal

TradeIndicatorsFunnelFormat = Literal['csv', 'json']

TRADE_INDICATORS_FUNNEL_FORMAT_VALUES: set[TradeIndicatorsFunnelFormat] = { 'csv', 'json',  }

def check_trade_indicators_funnel_format(value: str) -> TradeIndicatorsFunnelFormat:
    if value in TRADE_INDICATORS_FUNNEL_FORMAT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TRADE_INDICATORS_FUNNEL_FORMAT_VALUES!r}")
