from typing import Literal

Decision = Literal['approve', 'reject', 'request_changes']

DECISION_VALUES: set[Decision] = { 'approve', 'reject', 'request_changes',  }

def check_decision(value: str) -> Decision:
    if value in DECISION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DECISION_VALUES!r}")
