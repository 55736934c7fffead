from typing import Literal

ForumRegistrationEndedStatus = Literal['cancelled', 'registered', 'waiting']

FORUM_REGISTRATION_ENDED_STATUS_VALUES: set[ForumRegistrationEndedStatus] = { 'cancelled', 'registered', 'waiting',  }

def check_forum_registration_ended_status(value: str) -> ForumRegistrationEndedStatus:
    if value in FORUM_REGISTRATION_ENDED_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {FORUM_REGISTRATION_ENDED_STATUS_VALUES!r}")
