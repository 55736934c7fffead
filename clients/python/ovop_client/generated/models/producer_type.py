from typing import Literal

ProducerType = Literal['cooperative', 'household', 'sme']

PRODUCER_TYPE_VALUES: set[ProducerType] = { 'cooperative', 'household', 'sme',  }

def check_producer_type(value: str) -> ProducerType:
    if value in PRODUCER_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PRODUCER_TYPE_VALUES!r}")
