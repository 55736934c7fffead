from typing import Literal

EligibilityInGroupsItem = Literal['beverages', 'food', 'handicrafts', 'herbal', 'textiles', 'tourism_services']

ELIGIBILITY_IN_GROUPS_ITEM_VALUES: set[EligibilityInGroupsItem] = { 'beverages', 'food', 'handicrafts', 'herbal', 'textiles', 'tourism_services',  }

def check_eligibility_in_groups_item(value: str) -> EligibilityInGroupsItem:
    if value in ELIGIBILITY_IN_GROUPS_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ELIGIBILITY_IN_GROUPS_ITEM_VALUES!r}")
