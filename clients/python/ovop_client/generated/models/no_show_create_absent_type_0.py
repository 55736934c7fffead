from typing import Literal

NoShowCreateAbsentType0 = Literal['both', 'buyer', 'exhibitor']

NO_SHOW_CREATE_ABSENT_TYPE_0_VALUES: set[NoShowCreateAbsentType0] = { 'both', 'buyer', 'exhibitor',  }

def check_no_show_create_absent_type_0(value: str) -> NoShowCreateAbsentType0:
    if value in NO_SHOW_CREATE_ABSENT_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {NO_SHOW_CREATE_ABSENT_TYPE_0_VALUES!r}")
