from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.booth_out import BoothOut





T = TypeVar("T", bound="HallOut")



@_attrs_define
class HallOut:
    """ 
        Attributes:
            booths (list[BoothOut]):
            code (str):
     """

    booths: list[BoothOut]
    code: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.booth_out import BoothOut # noqa: PLC0415
        booths = []
        for booths_item_data in self.booths:
            booths_item = booths_item_data.to_dict()
            booths.append(booths_item)



        code = self.code


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "booths": booths,
            "code": code,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.booth_out import BoothOut # noqa: PLC0415
        d = dict(src_dict)
        booths = []
        _booths = d.pop("booths")
        for booths_item_data in (_booths):
            booths_item = BoothOut.from_dict(booths_item_data)



            booths.append(booths_item)


        code = d.pop("code")

        hall_out = cls(
            booths=booths,
            code=code,
        )


        hall_out.additional_properties = d
        return hall_out

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
