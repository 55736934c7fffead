from typing import Literal

QuoteStatus = Literal['accepted', 'closed', 'declined', 'shortlisted', 'submitted']

QUOTE_STATUS_VALUES: set[QuoteStatus] = { 'accepted', 'closed', 'declined', 'shortlisted', 'submitted',  }

def check_quote_status(value: str) -> QuoteStatus:
    if value in QUOTE_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {QUOTE_STATUS_VALUES!r}")
