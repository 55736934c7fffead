from typing import Literal

MeetingStatus = Literal['cancelled', 'no_show', 'scheduled']

MEETING_STATUS_VALUES: set[MeetingStatus] = { 'cancelled', 'no_show', 'scheduled',  }

def check_meeting_status(value: str) -> MeetingStatus:
    if value in MEETING_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MEETING_STATUS_VALUES!r}")
