from typing import Literal

BoothOutStatus = Literal['booked', 'free', 'held']

BOOTH_OUT_STATUS_VALUES: set[BoothOutStatus] = { 'booked', 'free', 'held',  }

def check_booth_out_status(value: str) -> BoothOutStatus:
    if value in BOOTH_OUT_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BOOTH_OUT_STATUS_VALUES!r}")
