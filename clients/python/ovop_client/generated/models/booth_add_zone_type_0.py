from typing import Literal

BoothAddZoneType0 = Literal['beverages', 'food', 'handicrafts', 'herbal', 'textiles', 'tourism_services']

BOOTH_ADD_ZONE_TYPE_0_VALUES: set[BoothAddZoneType0] = { 'beverages', 'food', 'handicrafts', 'herbal', 'textiles', 'tourism_services',  }

def check_booth_add_zone_type_0(value: str) -> BoothAddZoneType0:
    if value in BOOTH_ADD_ZONE_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BOOTH_ADD_ZONE_TYPE_0_VALUES!r}")
