from typing import Literal

QuoteCreateIncoterm = Literal['CFR', 'CIF', 'CIP', 'CPT', 'DAP', 'DDP', 'DPU', 'EXW', 'FAS', 'FCA', 'FOB']

QUOTE_CREATE_INCOTERM_VALUES: set[QuoteCreateIncoterm] = { 'CFR', 'CIF', 'CIP', 'CPT', 'DAP', 'DDP', 'DPU', 'EXW', 'FAS', 'FCA', 'FOB',  }

def check_quote_create_incoterm(value: str) -> QuoteCreateIncoterm:
    if value in QUOTE_CREATE_INCOTERM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {QUOTE_CREATE_INCOTERM_VALUES!r}")
