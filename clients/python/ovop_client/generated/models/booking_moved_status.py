from typing import Literal

BookingMovedStatus = Literal['active', 'cancelled']

BOOKING_MOVED_STATUS_VALUES: set[BookingMovedStatus] = { 'active', 'cancelled',  }

def check_booking_moved_status(value: str) -> BookingMovedStatus:
    if value in BOOKING_MOVED_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BOOKING_MOVED_STATUS_VALUES!r}")
