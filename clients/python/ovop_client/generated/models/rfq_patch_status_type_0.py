from typing import Literal

RfqPatchStatusType0 = Literal['cancelled', 'closed']

RFQ_PATCH_STATUS_TYPE_0_VALUES: set[RfqPatchStatusType0] = { 'cancelled', 'closed',  }

def check_rfq_patch_status_type_0(value: str) -> RfqPatchStatusType0:
    if value in RFQ_PATCH_STATUS_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {RFQ_PATCH_STATUS_TYPE_0_VALUES!r}")
