from typing import Literal

ListBookingsStatusType0 = Literal['active', 'cancelled']

LIST_BOOKINGS_STATUS_TYPE_0_VALUES: set[ListBookingsStatusType0] = { 'active', 'cancelled',  }

def check_list_bookings_status_type_0(value: str) -> ListBookingsStatusType0:
    if value in LIST_BOOKINGS_STATUS_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_BOOKINGS_STATUS_TYPE_0_VALUES!r}")
