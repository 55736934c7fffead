from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.history_entry_changes import HistoryEntryChanges





T = TypeVar("T", bound="HistoryEntry")



@_attrs_define
class HistoryEntry:
    """ 
        Attributes:
            actor (str): who made it: the registry admin's client, or an import
            at (str): when, RFC 3339 with its UTC offset
            changes (HistoryEntryChanges): the fields this version set, by name
            version (int): the record's version this change made
     """

    actor: str
    at: str
    changes: HistoryEntryChanges
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.history_entry_changes import HistoryEntryChanges # noqa: PLC0415
        actor = self.actor

        at = self.at

        changes = self.changes.to_dict()

        version = self.version


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "actor": actor,
            "at": at,
            "changes": changes,
            "version": version,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.history_entry_changes import HistoryEntryChanges # noqa: PLC0415
        d = dict(src_dict)
        actor = d.pop("actor")

        at = d.pop("at")

        changes = HistoryEntryChanges.from_dict(d.pop("changes"))




        version = d.pop("version")

        history_entry = cls(
            actor=actor,
            at=at,
            changes=changes,
            version=version,
        )


        history_entry.additional_properties = d
        return history_entry

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
