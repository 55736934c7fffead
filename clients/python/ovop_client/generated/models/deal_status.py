from typing import Literal

DealStatus = Literal['agreed', 'cancelled', 'delivered', 'shipped']

DEAL_STATUS_VALUES: set[DealStatus] = { 'agreed', 'cancelled', 'delivered', 'shipped',  }

def check_deal_status(value: str) -> DealStatus:
    if value in DEAL_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DEAL_STATUS_VALUES!r}")
