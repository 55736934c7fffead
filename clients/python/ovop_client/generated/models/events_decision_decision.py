from typing import Literal

EventsDecisionDecision = Literal['approve', 'reject']

EVENTS_DECISION_DECISION_VALUES: set[EventsDecisionDecision] = { 'approve', 'reject',  }

def check_events_decision_decision(value: str) -> EventsDecisionDecision:
    if value in EVENTS_DECISION_DECISION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {EVENTS_DECISION_DECISION_VALUES!r}")
