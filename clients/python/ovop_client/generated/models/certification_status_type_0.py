from typing import Literal

CertificationStatusType0 = Literal['expired', 'revoked', 'valid']

CERTIFICATION_STATUS_TYPE_0_VALUES: set[CertificationStatusType0] = { 'expired', 'revoked', 'valid',  }

def check_certification_status_type_0(value: str) -> CertificationStatusType0:
    if value in CERTIFICATION_STATUS_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CERTIFICATION_STATUS_TYPE_0_VALUES!r}")
