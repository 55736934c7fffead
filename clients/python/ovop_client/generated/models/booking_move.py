from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset







T = TypeVar("T", bound="BookingMove")



@_attrs_define
class BookingMove:
    """ 
        Attributes:
            booth_code (str):
     """

    booth_code: str





    def to_dict(self) -> dict[str, Any]:
        booth_code = self.booth_code


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "booth_code": booth_code,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        booth_code = d.pop("booth_code")

        booking_move = cls(
            booth_code=booth_code,
        )

        return booking_move

