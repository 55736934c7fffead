from typing import Literal

MessagePublicAuthor = Literal['buyer', 'producer']

MESSAGE_PUBLIC_AUTHOR_VALUES: set[MessagePublicAuthor] = { 'buyer', 'producer',  }

def check_message_public_author(value: str) -> MessagePublicAuthor:
    if value in MESSAGE_PUBLIC_AUTHOR_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MESSAGE_PUBLIC_AUTHOR_VALUES!r}")
