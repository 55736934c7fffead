from typing import Literal

ListCatalogueProductsGroupType0 = Literal['beverages', 'food', 'handicrafts', 'herbal', 'textiles', 'tourism_services']

LIST_CATALOGUE_PRODUCTS_GROUP_TYPE_0_VALUES: set[ListCatalogueProductsGroupType0] = { 'beverages', 'food', 'handicrafts', 'herbal', 'textiles', 'tourism_services',  }

def check_list_catalogue_products_group_type_0(value: str) -> ListCatalogueProductsGroupType0:
    if value in LIST_CATALOGUE_PRODUCTS_GROUP_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_CATALOGUE_PRODUCTS_GROUP_TYPE_0_VALUES!r}")
