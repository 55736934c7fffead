from typing import Literal

EligibilityPatchGroupsType0Item = Literal['beverages', 'food', 'handicrafts', 'herbal', 'textiles', 'tourism_services']

ELIGIBILITY_PATCH_GROUPS_TYPE_0_ITEM_VALUES: set[EligibilityPatchGroupsType0Item] = { 'beverages', 'food', 'handicrafts', 'herbal', 'textiles', 'tourism_services',  }

def check_eligibility_patch_groups_type_0_item(value: str) -> EligibilityPatchGroupsType0Item:
    if value in ELIGIBILITY_PATCH_GROUPS_TYPE_0_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ELIGIBILITY_PATCH_GROUPS_TYPE_0_ITEM_VALUES!r}")
