from typing import Literal

OutcomeCreateOutcome = Literal['deal', 'follow_up', 'no_interest']

OUTCOME_CREATE_OUTCOME_VALUES: set[OutcomeCreateOutcome] = { 'deal', 'follow_up', 'no_interest',  }

def check_outcome_create_outcome(value: str) -> OutcomeCreateOutcome:
    if value in OUTCOME_CREATE_OUTCOME_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {OUTCOME_CREATE_OUTCOME_VALUES!r}")
