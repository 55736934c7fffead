from typing import Literal

BoothInZoneType0 = Literal['beverages', 'food', 'handicrafts', 'herbal', 'textiles', 'tourism_services']

BOOTH_IN_ZONE_TYPE_0_VALUES: set[BoothInZoneType0] = { 'beverages', 'food', 'handicrafts', 'herbal', 'textiles', 'tourism_services',  }

def check_booth_in_zone_type_0(value: str) -> BoothInZoneType0:
    if value in BOOTH_IN_ZONE_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BOOTH_IN_ZONE_TYPE_0_VALUES!r}")
