from typing import Literal

DealCellChannel = Literal['fair', 'request']

DEAL_CELL_CHANNEL_VALUES: set[DealCellChannel] = { 'fair', 'request',  }

def check_deal_cell_channel(value: str) -> DealCellChannel:
    if value in DEAL_CELL_CHANNEL_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DEAL_CELL_CHANNEL_VALUES!r}")
