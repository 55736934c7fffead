from typing import Literal

RfqStatus = Literal['cancelled', 'closed', 'expired', 'matched', 'open']

RFQ_STATUS_VALUES: set[RfqStatus] = { 'cancelled', 'closed', 'expired', 'matched', 'open',  }

def check_rfq_status(value: str) -> RfqStatus:
    if value in RFQ_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {RFQ_STATUS_VALUES!r}")
