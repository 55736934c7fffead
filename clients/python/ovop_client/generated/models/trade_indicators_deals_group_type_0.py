from typing import Literal

TradeIndicatorsDealsGroupType0 = Literal['beverages', 'food', 'handicrafts', 'herbal', 'textiles', 'tourism']

TRADE_INDICATORS_DEALS_GROUP_TYPE_0_VALUES: set[TradeIndicatorsDealsGroupType0] = { 'beverages', 'food', 'handicrafts', 'herbal', 'textiles', 'tourism',  }

def check_trade_indicators_deals_group_type_0(value: str) -> TradeIndicatorsDealsGroupType0:
    if value in TRADE_INDICATORS_DEALS_GROUP_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TRADE_INDICATORS_DEALS_GROUP_TYPE_0_VALUES!r}")
