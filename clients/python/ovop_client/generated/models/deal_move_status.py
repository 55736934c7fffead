from typing import Literal

DealMoveStatus = Literal['cancelled', 'delivered', 'shipped']

DEAL_MOVE_STATUS_VALUES: set[DealMoveStatus] = { 'cancelled', 'delivered', 'shipped',  }

def check_deal_move_status(value: str) -> DealMoveStatus:
    if value in DEAL_MOVE_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DEAL_MOVE_STATUS_VALUES!r}")
