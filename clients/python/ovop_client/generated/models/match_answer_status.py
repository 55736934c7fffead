from typing import Literal

MatchAnswerStatus = Literal['accepted', 'declined']

MATCH_ANSWER_STATUS_VALUES: set[MatchAnswerStatus] = { 'accepted', 'declined',  }

def check_match_answer_status(value: str) -> MatchAnswerStatus:
    if value in MATCH_ANSWER_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MATCH_ANSWER_STATUS_VALUES!r}")
