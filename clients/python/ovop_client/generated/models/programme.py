from typing import Literal

Programme = Literal['OCOP', 'ODOP', 'OTHER', 'OTOP', 'OVOP']

PROGRAMME_VALUES: set[Programme] = { 'OCOP', 'ODOP', 'OTHER', 'OTOP', 'OVOP',  }

def check_programme(value: str) -> Programme:
    if value in PROGRAMME_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PROGRAMME_VALUES!r}")
