from typing import Literal

TradeIndicatorsFunnelGroupType0 = Literal['beverages', 'food', 'handicrafts', 'herbal', 'textiles', 'tourism']

TRADE_INDICATORS_FUNNEL_GROUP_TYPE_0_VALUES: set[TradeIndicatorsFunnelGroupType0] = { 'beverages', 'food', 'handicrafts', 'herbal', 'textiles', 'tourism',  }

def check_trade_indicators_funnel_group_type_0(value: str) -> TradeIndicatorsFunnelGroupType0:
    if value in TRADE_INDICATORS_FUNNEL_GROUP_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TRADE_INDICATORS_FUNNEL_GROUP_TYPE_0_VALUES!r}")
