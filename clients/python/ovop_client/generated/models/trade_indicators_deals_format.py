from typing import Literal

TradeIndicatorsDealsFormat = Literal['csv', 'json']

TRADE_INDICATORS_DEALS_FORMAT_VALUES: set[TradeIndicatorsDealsFormat] = { 'csv', 'json',  }

def check_trade_indicators_deals_format(value: str) -> TradeIndicatorsDealsFormat:
    if value in TRADE_INDICATORS_DEALS_FORMAT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TRADE_INDICATORS_DEALS_FORMAT_VALUES!r}")
