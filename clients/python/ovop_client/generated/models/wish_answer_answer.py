from typing import Literal

WishAnswerAnswer = Literal['accepted', 'declined']

WISH_ANSWER_ANSWER_VALUES: set[WishAnswerAnswer] = { 'accepted', 'declined',  }

def check_wish_answer_answer(value: str) -> WishAnswerAnswer:
    if value in WISH_ANSWER_ANSWER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {WISH_ANSWER_ANSWER_VALUES!r}")
