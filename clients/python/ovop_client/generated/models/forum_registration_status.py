from typing import Literal

ForumRegistrationStatus = Literal['cancelled', 'registered', 'waiting']

FORUM_REGISTRATION_STATUS_VALUES: set[ForumRegistrationStatus] = { 'cancelled', 'registered', 'waiting',  }

def check_forum_registration_status(value: str) -> ForumRegistrationStatus:
    if value in FORUM_REGISTRATION_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {FORUM_REGISTRATION_STATUS_VALUES!r}")
