from typing import Literal

GetIndicatorMapScope = Literal['national', 'regional']

GET_INDICATOR_MAP_SCOPE_VALUES: set[GetIndicatorMapScope] = { 'national', 'regional',  }

def check_get_indicator_map_scope(value: str) -> GetIndicatorMapScope:
    if value in GET_INDICATOR_MAP_SCOPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_INDICATOR_MAP_SCOPE_VALUES!r}")
