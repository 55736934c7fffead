from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.check_in_kind import check_check_in_kind
from ..models.check_in_kind import CheckInKind
from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="CheckIn")



@_attrs_define
class CheckIn:
    """ 
        Attributes:
            checked_in_at (datetime.datetime):
            fair_id (str):
            kind (CheckInKind):
            participant_id (str):
            first_scan (bool | Unset):  Default: True.
            name (str | Unset):  Default: ''.
     """

    checked_in_at: datetime.datetime
    fair_id: str
    kind: CheckInKind
    participant_id: str
    first_scan: bool | Unset = True
    name: str | Unset = ''
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        checked_in_at = self.checked_in_at.isoformat()

        fair_id = self.fair_id

        kind: str = self.kind

        participant_id = self.participant_id

        first_scan = self.first_scan

        name = self.name


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "checked_in_at": checked_in_at,
            "fair_id": fair_id,
            "kind": kind,
            "participant_id": participant_id,
        })
        if first_scan is not UNSET:
            field_dict["first_scan"] = first_scan
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        checked_in_at = datetime.datetime.fromisoformat(d.pop("checked_in_at"))




        fair_id = d.pop("fair_id")

        kind = check_check_in_kind(d.pop("kind"))




        participant_id = d.pop("participant_id")

        first_scan = d.pop("first_scan", UNSET)

        name = d.pop("name", UNSET)

        check_in = cls(
            checked_in_at=checked_in_at,
            fair_id=fair_id,
            kind=kind,
            participant_id=participant_id,
            first_scan=first_scan,
            name=name,
        )


        check_in.additional_properties = d
        return check_in

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
