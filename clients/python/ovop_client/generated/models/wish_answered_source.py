from typing import Literal

WishAnsweredSource = Literal['buyer', 'exhibitor', 'matching']

WISH_ANSWERED_SOURCE_VALUES: set[WishAnsweredSource] = { 'buyer', 'exhibitor', 'matching',  }

def check_wish_answered_source(value: str) -> WishAnsweredSource:
    if value in WISH_ANSWERED_SOURCE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {WISH_ANSWERED_SOURCE_VALUES!r}")
