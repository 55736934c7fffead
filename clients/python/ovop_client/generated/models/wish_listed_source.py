from typing import Literal

WishListedSource = Literal['buyer', 'exhibitor', 'matching']

WISH_LISTED_SOURCE_VALUES: set[WishListedSource] = { 'buyer', 'exhibitor', 'matching',  }

def check_wish_listed_source(value: str) -> WishListedSource:
    if value in WISH_LISTED_SOURCE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {WISH_LISTED_SOURCE_VALUES!r}")
