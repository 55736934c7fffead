from typing import Literal

ListMeetingsStatusType0 = Literal['cancelled', 'no_show', 'scheduled']

LIST_MEETINGS_STATUS_TYPE_0_VALUES: set[ListMeetingsStatusType0] = { 'cancelled', 'no_show', 'scheduled',  }

def check_list_meetings_status_type_0(value: str) -> ListMeetingsStatusType0:
    if value in LIST_MEETINGS_STATUS_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_MEETINGS_STATUS_TYPE_0_VALUES!r}")
