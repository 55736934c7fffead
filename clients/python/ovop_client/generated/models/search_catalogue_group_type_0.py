from typing import Literal

SearchCatalogueGroupType0 = Literal['beverages', 'food', 'handicrafts', 'herbal', 'textiles', 'tourism_services']

SEARCH_CATALOGUE_GROUP_TYPE_0_VALUES: set[SearchCatalogueGroupType0] = { 'beverages', 'food', 'handicrafts', 'herbal', 'textiles', 'tourism_services',  }

def check_search_catalogue_group_type_0(value: str) -> SearchCatalogueGroupType0:
    if value in SEARCH_CATALOGUE_GROUP_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SEARCH_CATALOGUE_GROUP_TYPE_0_VALUES!r}")
