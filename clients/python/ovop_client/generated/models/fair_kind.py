from typing import Literal

FairKind = Literal['forum', 'international_fair', 'national_fair']

FAIR_KIND_VALUES: set[FairKind] = { 'forum', 'international_fair', 'national_fair',  }

def check_fair_kind(value: str) -> FairKind:
    if value in FAIR_KIND_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {FAIR_KIND_VALUES!r}")
