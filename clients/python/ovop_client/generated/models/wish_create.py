from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.wish_create_source import check_wish_create_source
from ..models.wish_create_source import WishCreateSource
from typing import cast






T = TypeVar("T", bound="WishCreate")



@_attrs_define
class WishCreate:
    """ 
        Attributes:
            application_id (str):
            buyer_id (str):
            source (WishCreateSource):
            value (float): how much this meeting is worth to the one who asks for it
     """

    application_id: str
    buyer_id: str
    source: WishCreateSource
    value: float





    def to_dict(self) -> dict[str, Any]:
        application_id = self.application_id

        buyer_id = self.buyer_id

        source: str = self.source

        value = self.value


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "application_id": application_id,
            "buyer_id": buyer_id,
            "source": source,
            "value": value,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        application_id = d.pop("application_id")

        buyer_id = d.pop("buyer_id")

        source = check_wish_create_source(d.pop("source"))




        value = d.pop("value")

        wish_create = cls(
            application_id=application_id,
            buyer_id=buyer_id,
            source=source,
            value=value,
        )

        return wish_create

