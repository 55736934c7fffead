from typing import Literal

StartProductImportFormatType0 = Literal['csv', 'jsonl']

START_PRODUCT_IMPORT_FORMAT_TYPE_0_VALUES: set[StartProductImportFormatType0] = { 'csv', 'jsonl',  }

def check_start_product_import_format_type_0(value: str) -> StartProductImportFormatType0:
    if value in START_PRODUCT_IMPORT_FORMAT_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {START_PRODUCT_IMPORT_FORMAT_TYPE_0_VALUES!r}")
