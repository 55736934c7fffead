from typing import Literal

RegistrationStatus = Literal['approved', 'changes_requested', 'not_submitted', 'rejected', 'submitted']

REGISTRATION_STATUS_VALUES: set[RegistrationStatus] = { 'approved', 'changes_requested', 'not_submitted', 'rejected', 'submitted',  }

def check_registration_status(value: str) -> RegistrationStatus:
    if value in REGISTRATION_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {REGISTRATION_STATUS_VALUES!r}")
