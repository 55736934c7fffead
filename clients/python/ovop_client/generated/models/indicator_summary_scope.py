from typing import Literal

IndicatorSummaryScope = Literal['national', 'regional']

INDICATOR_SUMMARY_SCOPE_VALUES: set[IndicatorSummaryScope] = { 'national', 'regional',  }

def check_indicator_summary_scope(value: str) -> IndicatorSummaryScope:
    if value in INDICATOR_SUMMARY_SCOPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {INDICATOR_SUMMARY_SCOPE_VALUES!r}")
