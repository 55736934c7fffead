from typing import Literal

TradeIndicatorsFairsFormat = Literal['csv', 'json']

TRADE_INDICATORS_FAIRS_FORMAT_VALUES: set[TradeIndicatorsFairsFormat] = { 'csv', 'json',  }

def check_trade_indicators_fairs_format(value: str) -> TradeIndicatorsFairsFormat:
    if value in TRADE_INDICATORS_FAIRS_FORMAT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TRADE_INDICATORS_FAIRS_FORMAT_VALUES!r}")
