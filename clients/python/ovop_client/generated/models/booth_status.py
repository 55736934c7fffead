from typing import Literal

BoothStatus = Literal['booked', 'free', 'held']

BOOTH_STATUS_VALUES: set[BoothStatus] = { 'booked', 'free', 'held',  }

def check_booth_status(value: str) -> BoothStatus:
    if value in BOOTH_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BOOTH_STATUS_VALUES!r}")
