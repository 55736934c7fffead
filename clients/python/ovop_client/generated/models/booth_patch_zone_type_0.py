from typing import Literal

BoothPatchZoneType0 = Literal['beverages', 'food', 'handicrafts', 'herbal', 'textiles', 'tourism_services']

BOOTH_PATCH_ZONE_TYPE_0_VALUES: set[BoothPatchZoneType0] = { 'beverages', 'food', 'handicrafts', 'herbal', 'textiles', 'tourism_services',  }

def check_booth_patch_zone_type_0(value: str) -> BoothPatchZoneType0:
    if value in BOOTH_PATCH_ZONE_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BOOTH_PATCH_ZONE_TYPE_0_VALUES!r}")
