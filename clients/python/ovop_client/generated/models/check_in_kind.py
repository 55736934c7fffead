from typing import Literal

CheckInKind = Literal['buyer', 'exhibitor']

CHECK_IN_KIND_VALUES: set[CheckInKind] = { 'buyer', 'exhibitor',  }

def check_check_in_kind(value: str) -> CheckInKind:
    if value in CHECK_IN_KIND_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CHECK_IN_KIND_VALUES!r}")
