from typing import Literal

WaitlistEntryStatus = Literal['accepted', 'lapsed', 'offered', 'waiting']

WAITLIST_ENTRY_STATUS_VALUES: set[WaitlistEntryStatus] = { 'accepted', 'lapsed', 'offered', 'waiting',  }

def check_waitlist_entry_status(value: str) -> WaitlistEntryStatus:
    if value in WAITLIST_ENTRY_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {WAITLIST_ENTRY_STATUS_VALUES!r}")
