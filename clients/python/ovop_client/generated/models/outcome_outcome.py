from typing import Literal

OutcomeOutcome = Literal['deal', 'follow_up', 'no_interest']

OUTCOME_OUTCOME_VALUES: set[OutcomeOutcome] = { 'deal', 'follow_up', 'no_interest',  }

def check_outcome_outcome(value: str) -> OutcomeOutcome:
    if value in OUTCOME_OUTCOME_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {OUTCOME_OUTCOME_VALUES!r}")
