from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.programme_list_programmes import ProgrammeListProgrammes





T = TypeVar("T", bound="ProgrammeList")



@_attrs_define
class ProgrammeList:
    """ 
        Attributes:
            programmes (ProgrammeListProgrammes):
     """

    programmes: ProgrammeListProgrammes
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.programme_list_programmes import ProgrammeListProgrammes # noqa: PLC0415
        programmes = self.programmes.to_dict()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "programmes": programmes,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.programme_list_programmes import ProgrammeListProgrammes # noqa: PLC0415
        d = dict(src_dict)
        programmes = ProgrammeListProgrammes.from_dict(d.pop("programmes"))




        programme_list = cls(
            programmes=programmes,
        )


        programme_list.additional_properties = d
        return programme_list

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
