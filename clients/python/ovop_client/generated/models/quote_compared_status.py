from typing import Literal

QuoteComparedStatus = Literal['accepted', 'closed', 'declined', 'shortlisted', 'submitted']

QUOTE_COMPARED_STATUS_VALUES: set[QuoteComparedStatus] = { 'accepted', 'closed', 'declined', 'shortlisted', 'submitted',  }

def check_quote_compared_status(value: str) -> QuoteComparedStatus:
    if value in QUOTE_COMPARED_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {QUOTE_COMPARED_STATUS_VALUES!r}")
