from typing import Literal

StartImportKind = Literal['producers', 'products']

START_IMPORT_KIND_VALUES: set[StartImportKind] = { 'producers', 'products',  }

def check_start_import_kind(value: str) -> StartImportKind:
    if value in START_IMPORT_KIND_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {START_IMPORT_KIND_VALUES!r}")
