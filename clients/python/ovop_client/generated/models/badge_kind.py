from typing import Literal

BadgeKind = Literal['buyer', 'exhibitor']

BADGE_KIND_VALUES: set[BadgeKind] = { 'buyer', 'exhibitor',  }

def check_badge_kind(value: str) -> BadgeKind:
    if value in BADGE_KIND_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BADGE_KIND_VALUES!r}")
