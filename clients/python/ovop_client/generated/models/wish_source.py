from typing import Literal

WishSource = Literal['buyer', 'exhibitor', 'matching']

WISH_SOURCE_VALUES: set[WishSource] = { 'buyer', 'exhibitor', 'matching',  }

def check_wish_source(value: str) -> WishSource:
    if value in WISH_SOURCE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {WISH_SOURCE_VALUES!r}")
