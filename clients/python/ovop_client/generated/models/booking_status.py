from typing import Literal

BookingStatus = Literal['active', 'cancelled']

BOOKING_STATUS_VALUES: set[BookingStatus] = { 'active', 'cancelled',  }

def check_booking_status(value: str) -> BookingStatus:
    if value in BOOKING_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BOOKING_STATUS_VALUES!r}")
