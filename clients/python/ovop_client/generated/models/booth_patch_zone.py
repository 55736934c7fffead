from typing import Literal

BoothPatchZone = Literal['beverages', 'food', 'handicrafts', 'herbal', 'textiles', 'tourism_services']

BOOTH_PATCH_ZONE_VALUES: set[BoothPatchZone] = { 'beverages', 'food', 'handicrafts', 'herbal', 'textiles', 'tourism_services',  }

def check_booth_patch_zone(value: str) -> BoothPatchZone:
    if value in BOOTH_PATCH_ZONE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BOOTH_PATCH_ZONE_VALUES!r}")
