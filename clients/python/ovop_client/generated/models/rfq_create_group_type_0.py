from typing import Literal

RfqCreateGroupType0 = Literal['beverages', 'food', 'handicrafts', 'herbal', 'textiles', 'tourism_services']

RFQ_CREATE_GROUP_TYPE_0_VALUES: set[RfqCreateGroupType0] = { 'beverages', 'food', 'handicrafts', 'herbal', 'textiles', 'tourism_services',  }

def check_rfq_create_group_type_0(value: str) -> RfqCreateGroupType0:
    if value in RFQ_CREATE_GROUP_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {RFQ_CREATE_GROUP_TYPE_0_VALUES!r}")
