from typing import Literal

BookingCancelledStatus = Literal['active', 'cancelled']

BOOKING_CANCELLED_STATUS_VALUES: set[BookingCancelledStatus] = { 'active', 'cancelled',  }

def check_booking_cancelled_status(value: str) -> BookingCancelledStatus:
    if value in BOOKING_CANCELLED_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BOOKING_CANCELLED_STATUS_VALUES!r}")
