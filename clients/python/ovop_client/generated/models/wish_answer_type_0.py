from typing import Literal

WishAnswerType0 = Literal['accepted', 'declined']

WISH_ANSWER_TYPE_0_VALUES: set[WishAnswerType0] = { 'accepted', 'declined',  }

def check_wish_answer_type_0(value: str) -> WishAnswerType0:
    if value in WISH_ANSWER_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {WISH_ANSWER_TYPE_0_VALUES!r}")
