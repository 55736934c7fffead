from typing import Literal

ProductGroup = Literal['beverages', 'food', 'handicrafts', 'herbal', 'textiles', 'tourism_services']

PRODUCT_GROUP_VALUES: set[ProductGroup] = { 'beverages', 'food', 'handicrafts', 'herbal', 'textiles', 'tourism_services',  }

def check_product_group(value: str) -> ProductGroup:
    if value in PRODUCT_GROUP_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PRODUCT_GROUP_VALUES!r}")
