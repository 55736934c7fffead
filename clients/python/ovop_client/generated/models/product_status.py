from typing import Literal

ProductStatus = Literal['delisted', 'draft', 'listed']

PRODUCT_STATUS_VALUES: set[ProductStatus] = { 'delisted', 'draft', 'listed',  }

def check_product_status(value: str) -> ProductStatus:
    if value in PRODUCT_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PRODUCT_STATUS_VALUES!r}")
