from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.fair_outcomes import FairOutcomes





T = TypeVar("T", bound="FairsReport")



@_attrs_define
class FairsReport:
    """ 
        Attributes:
            fairs (list[FairOutcomes]):
     """

    fairs: list[FairOutcomes]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.fair_outcomes import FairOutcomes # noqa: PLC0415
        fairs = []
        for fairs_item_data in self.fairs:
            fairs_item = fairs_item_data.to_dict()
            fairs.append(fairs_item)




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "fairs": fairs,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.fair_outcomes import FairOutcomes # noqa: PLC0415
        d = dict(src_dict)
        fairs = []
        _fairs = d.pop("fairs")
        for fairs_item_data in (_fairs):
            fairs_item = FairOutcomes.from_dict(fairs_item_data)



            fairs.append(fairs_item)


        fairs_report = cls(
            fairs=fairs,
        )


        fairs_report.additional_properties = d
        return fairs_report

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
