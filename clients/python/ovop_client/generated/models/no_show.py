from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.no_show_absent import check_no_show_absent
from ..models.no_show_absent import NoShowAbsent
from typing import cast

if TYPE_CHECKING:
  from ..models.meeting import Meeting





T = TypeVar("T", bound="NoShow")



@_attrs_define
class NoShow:
    """ 
        Attributes:
            absent (NoShowAbsent):
            added (list[Meeting]): meetings of checked-in walk-ins placed in the freed slot
            meeting_id (str):
     """

    absent: NoShowAbsent
    added: list[Meeting]
    meeting_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.meeting import Meeting # noqa: PLC0415
        absent: str = self.absent

        added = []
        for added_item_data in self.added:
            added_item = added_item_data.to_dict()
            added.append(added_item)



        meeting_id = self.meeting_id


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "absent": absent,
            "added": added,
            "meeting_id": meeting_id,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.meeting import Meeting # noqa: PLC0415
        d = dict(src_dict)
        absent = check_no_show_absent(d.pop("absent"))




        added = []
        _added = d.pop("added")
        for added_item_data in (_added):
            added_item = Meeting.from_dict(added_item_data)



            added.append(added_item)


        meeting_id = d.pop("meeting_id")

        no_show = cls(
            absent=absent,
            added=added,
            meeting_id=meeting_id,
        )


        no_show.additional_properties = d
        return no_show

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
