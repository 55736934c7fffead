from typing import Literal

BoothType = Literal['corner', 'inline', 'island']

BOOTH_TYPE_VALUES: set[BoothType] = { 'corner', 'inline', 'island',  }

def check_booth_type(value: str) -> BoothType:
    if value in BOOTH_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BOOTH_TYPE_VALUES!r}")
