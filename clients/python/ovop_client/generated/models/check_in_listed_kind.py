from typing import Literal

CheckInListedKind = Literal['buyer', 'exhibitor']

CHECK_IN_LISTED_KIND_VALUES: set[CheckInListedKind] = { 'buyer', 'exhibitor',  }

def check_check_in_listed_kind(value: str) -> CheckInListedKind:
    if value in CHECK_IN_LISTED_KIND_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CHECK_IN_LISTED_KIND_VALUES!r}")
