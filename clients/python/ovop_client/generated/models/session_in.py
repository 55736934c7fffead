from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset







T = TypeVar("T", bound="SessionIn")



@_attrs_define
class SessionIn:
    """ 
        Attributes:
            slots (int):
            start (str): the first slot's start, in the venue's local time (no UTC offset: the fair's time zone applies)
     """

    slots: int
    start: str





    def to_dict(self) -> dict[str, Any]:
        slots = self.slots

        start = self.start


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "slots": slots,
            "start": start,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        slots = d.pop("slots")

        start = d.pop("start")

        session_in = cls(
            slots=slots,
            start=start,
        )

        return session_in

