from typing import Literal

ImportJobKind = Literal['producer', 'product']

IMPORT_JOB_KIND_VALUES: set[ImportJobKind] = { 'producer', 'product',  }

def check_import_job_kind(value: str) -> ImportJobKind:
    if value in IMPORT_JOB_KIND_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {IMPORT_JOB_KIND_VALUES!r}")
