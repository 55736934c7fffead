from typing import Literal

DecisionDecision = Literal['approve', 'reject']

DECISION_DECISION_VALUES: set[DecisionDecision] = { 'approve', 'reject',  }

def check_decision_decision(value: str) -> DecisionDecision:
    if value in DECISION_DECISION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DECISION_DECISION_VALUES!r}")
