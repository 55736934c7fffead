from typing import Literal

QuotePublicStatus = Literal['accepted', 'closed', 'declined', 'shortlisted', 'submitted']

QUOTE_PUBLIC_STATUS_VALUES: set[QuotePublicStatus] = { 'accepted', 'closed', 'declined', 'shortlisted', 'submitted',  }

def check_quote_public_status(value: str) -> QuotePublicStatus:
    if value in QUOTE_PUBLIC_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {QUOTE_PUBLIC_STATUS_VALUES!r}")
