from typing import Literal

RfqPatchGroupType0 = Literal['beverages', 'food', 'handicrafts', 'herbal', 'textiles', 'tourism_services']

RFQ_PATCH_GROUP_TYPE_0_VALUES: set[RfqPatchGroupType0] = { 'beverages', 'food', 'handicrafts', 'herbal', 'textiles', 'tourism_services',  }

def check_rfq_patch_group_type_0(value: str) -> RfqPatchGroupType0:
    if value in RFQ_PATCH_GROUP_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {RFQ_PATCH_GROUP_TYPE_0_VALUES!r}")
