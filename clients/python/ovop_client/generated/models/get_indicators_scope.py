from typing import Literal

GetIndicatorsScope = Literal['national', 'regional']

GET_INDICATORS_SCOPE_VALUES: set[GetIndicatorsScope] = { 'national', 'regional',  }

def check_get_indicators_scope(value: str) -> GetIndicatorsScope:
    if value in GET_INDICATORS_SCOPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_INDICATORS_SCOPE_VALUES!r}")
