from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="BookingCreate")



@_attrs_define
class BookingCreate:
    """ 
        Attributes:
            application_id (str):
            booth_code (None | str | Unset): omit to take the first free booth of the preferences
     """

    application_id: str
    booth_code: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        application_id = self.application_id

        booth_code: None | str | Unset
        if isinstance(self.booth_code, Unset):
            booth_code = UNSET
        else:
            booth_code = self.booth_code


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "application_id": application_id,
        })
        if booth_code is not UNSET:
            field_dict["booth_code"] = booth_code

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        application_id = d.pop("application_id")

        def _parse_booth_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        booth_code = _parse_booth_code(d.pop("booth_code", UNSET))


        booking_create = cls(
            application_id=application_id,
            booth_code=booth_code,
        )

        return booking_create

