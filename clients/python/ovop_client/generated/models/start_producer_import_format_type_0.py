from typing import Literal

StartProducerImportFormatType0 = Literal['csv', 'jsonl']

START_PRODUCER_IMPORT_FORMAT_TYPE_0_VALUES: set[StartProducerImportFormatType0] = { 'csv', 'jsonl',  }

def check_start_producer_import_format_type_0(value: str) -> StartProducerImportFormatType0:
    if value in START_PRODUCER_IMPORT_FORMAT_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {START_PRODUCER_IMPORT_FORMAT_TYPE_0_VALUES!r}")
