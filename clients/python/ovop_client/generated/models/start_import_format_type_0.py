from typing import Literal

StartImportFormatType0 = Literal['csv', 'jsonl']

START_IMPORT_FORMAT_TYPE_0_VALUES: set[StartImportFormatType0] = { 'csv', 'jsonl',  }

def check_start_import_format_type_0(value: str) -> StartImportFormatType0:
    if value in START_IMPORT_FORMAT_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {START_IMPORT_FORMAT_TYPE_0_VALUES!r}")
