from typing import Literal

WishListedAnswerType0 = Literal['accepted', 'declined']

WISH_LISTED_ANSWER_TYPE_0_VALUES: set[WishListedAnswerType0] = { 'accepted', 'declined',  }

def check_wish_listed_answer_type_0(value: str) -> WishListedAnswerType0:
    if value in WISH_LISTED_ANSWER_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {WISH_LISTED_ANSWER_TYPE_0_VALUES!r}")
