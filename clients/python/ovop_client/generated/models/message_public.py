from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.message_public_author import check_message_public_author
from ..models.message_public_author import MessagePublicAuthor
from typing import cast
import datetime






T = TypeVar("T", bound="MessagePublic")



@_attrs_define
class MessagePublic:
    """ 
        Attributes:
            author (MessagePublicAuthor):
            created_at (datetime.datetime):
            id (int):
            quote_id (str):
            text (str):
     """

    author: MessagePublicAuthor
    created_at: datetime.datetime
    id: int
    quote_id: str
    text: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        author: str = self.author

        created_at = self.created_at.isoformat()

        id = self.id

        quote_id = self.quote_id

        text = self.text


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "author": author,
            "created_at": created_at,
            "id": id,
            "quote_id": quote_id,
            "text": text,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        author = check_message_public_author(d.pop("author"))




        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        id = d.pop("id")

        quote_id = d.pop("quote_id")

        text = d.pop("text")

        message_public = cls(
            author=author,
            created_at=created_at,
            id=id,
            quote_id=quote_id,
            text=text,
        )


        message_public.additional_properties = d
        return message_public

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
