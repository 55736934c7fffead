from typing import Literal

NoShowAbsent = Literal['both', 'buyer', 'exhibitor']

NO_SHOW_ABSENT_VALUES: set[NoShowAbsent] = { 'both', 'buyer', 'exhibitor',  }

def check_no_show_absent(value: str) -> NoShowAbsent:
    if value in NO_SHOW_ABSENT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {NO_SHOW_ABSENT_VALUES!r}")
