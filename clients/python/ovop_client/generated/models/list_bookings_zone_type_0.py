from typing import Literal

ListBookingsZoneType0 = Literal['beverages', 'food', 'handicrafts', 'herbal', 'textiles', 'tourism_services']

LIST_BOOKINGS_ZONE_TYPE_0_VALUES: set[ListBookingsZoneType0] = { 'beverages', 'food', 'handicrafts', 'herbal', 'textiles', 'tourism_services',  }

def check_list_bookings_zone_type_0(value: str) -> ListBookingsZoneType0:
    if value in LIST_BOOKINGS_ZONE_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_BOOKINGS_ZONE_TYPE_0_VALUES!r}")
