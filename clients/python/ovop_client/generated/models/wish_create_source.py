from typing import Literal

WishCreateSource = Literal['buyer', 'exhibitor', 'matching']

WISH_CREATE_SOURCE_VALUES: set[WishCreateSource] = { 'buyer', 'exhibitor', 'matching',  }

def check_wish_create_source(value: str) -> WishCreateSource:
    if value in WISH_CREATE_SOURCE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {WISH_CREATE_SOURCE_VALUES!r}")
