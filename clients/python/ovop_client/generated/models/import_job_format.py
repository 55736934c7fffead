from typing import Literal

ImportJobFormat = Literal['csv', 'jsonl']

IMPORT_JOB_FORMAT_VALUES: set[ImportJobFormat] = { 'csv', 'jsonl',  }

def check_import_job_format(value: str) -> ImportJobFormat:
    if value in IMPORT_JOB_FORMAT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {IMPORT_JOB_FORMAT_VALUES!r}")
