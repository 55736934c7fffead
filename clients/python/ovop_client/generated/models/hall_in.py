from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.booth_in import BoothIn





T = TypeVar("T", bound="HallIn")



@_attrs_define
class HallIn:
    """ 
        Attributes:
            booths (list[BoothIn]):
            code (str):
     """

    booths: list[BoothIn]
    code: str





    def to_dict(self) -> dict[str, Any]:
        from ..models.booth_in import BoothIn # noqa: PLC0415
        booths = []
        for booths_item_data in self.booths:
            booths_item = booths_item_data.to_dict()
            booths.append(booths_item)



        code = self.code


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "booths": booths,
            "code": code,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.booth_in import BoothIn # noqa: PLC0415
        d = dict(src_dict)
        booths = []
        _booths = d.pop("booths")
        for booths_item_data in (_booths):
            booths_item = BoothIn.from_dict(booths_item_data)



            booths.append(booths_item)


        code = d.pop("code")

        hall_in = cls(
            booths=booths,
            code=code,
        )

        return hall_in

