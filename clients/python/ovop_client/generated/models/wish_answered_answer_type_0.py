from typing import Literal

WishAnsweredAnswerType0 = Literal['accepted', 'declined']

WISH_ANSWERED_ANSWER_TYPE_0_VALUES: set[WishAnsweredAnswerType0] = { 'accepted', 'declined',  }

def check_wish_answered_answer_type_0(value: str) -> WishAnsweredAnswerType0:
    if value in WISH_ANSWERED_ANSWER_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {WISH_ANSWERED_ANSWER_TYPE_0_VALUES!r}")
