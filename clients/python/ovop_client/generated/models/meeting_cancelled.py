from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.meeting import Meeting





T = TypeVar("T", bound="MeetingCancelled")



@_attrs_define
class MeetingCancelled:
    """ 
        Attributes:
            added (list[Meeting]):
            cancelled (str):
     """

    added: list[Meeting]
    cancelled: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.meeting import Meeting # noqa: PLC0415
        added = []
        for added_item_data in self.added:
            added_item = added_item_data.to_dict()
            added.append(added_item)



        cancelled = self.cancelled


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "added": added,
            "cancelled": cancelled,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.meeting import Meeting # noqa: PLC0415
        d = dict(src_dict)
        added = []
        _added = d.pop("added")
        for added_item_data in (_added):
            added_item = Meeting.from_dict(added_item_data)



            added.append(added_item)


        cancelled = d.pop("cancelled")

        meeting_cancelled = cls(
            added=added,
            cancelled=cancelled,
        )


        meeting_cancelled.additional_properties = d
        return meeting_cancelled

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
