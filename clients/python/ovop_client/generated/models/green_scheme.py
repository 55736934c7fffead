from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.green_area import GreenArea





T = TypeVar("T", bound="GreenScheme")



@_attrs_define
class GreenScheme:
    """ 
        Attributes:
            areas (list[GreenArea]):
            pass_total (int):
            validity_months (int):
     """

    areas: list[GreenArea]
    pass_total: int
    validity_months: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.green_area import GreenArea # noqa: PLC0415
        areas = []
        for areas_item_data in self.areas:
            areas_item = areas_item_data.to_dict()
            areas.append(areas_item)



        pass_total = self.pass_total

        validity_months = self.validity_months


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "areas": areas,
            "pass_total": pass_total,
            "validity_months": validity_months,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.green_area import GreenArea # noqa: PLC0415
        d = dict(src_dict)
        areas = []
        _areas = d.pop("areas")
        for areas_item_data in (_areas):
            areas_item = GreenArea.from_dict(areas_item_data)



            areas.append(areas_item)


        pass_total = d.pop("pass_total")

        validity_months = d.pop("validity_months")

        green_scheme = cls(
            areas=areas,
            pass_total=pass_total,
            validity_months=validity_months,
        )


        green_scheme.additional_properties = d
        return green_scheme

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
