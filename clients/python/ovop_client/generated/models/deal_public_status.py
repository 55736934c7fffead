from typing import Literal

DealPublicStatus = Literal['agreed', 'cancelled', 'delivered', 'shipped']

DEAL_PUBLIC_STATUS_VALUES: set[DealPublicStatus] = { 'agreed', 'cancelled', 'delivered', 'shipped',  }

def check_deal_public_status(value: str) -> DealPublicStatus:
    if value in DEAL_PUBLIC_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DEAL_PUBLIC_STATUS_VALUES!r}")
