from typing import Literal

ListWishesSourceType0 = Literal['buyer', 'exhibitor', 'matching']

LIST_WISHES_SOURCE_TYPE_0_VALUES: set[ListWishesSourceType0] = { 'buyer', 'exhibitor', 'matching',  }

def check_list_wishes_source_type_0(value: str) -> ListWishesSourceType0:
    if value in LIST_WISHES_SOURCE_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_WISHES_SOURCE_TYPE_0_VALUES!r}")
