from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.check_in_listed_kind import check_check_in_listed_kind
from ..models.check_in_listed_kind import CheckInListedKind
from typing import cast
import datetime






T = TypeVar("T", bound="CheckInListed")



@_attrs_define
class CheckInListed:
    """ 
        Attributes:
            checked_in_at (datetime.datetime):
            checked_in_by (str):
            fair_id (str):
            kind (CheckInListedKind):
            participant_id (str):
     """

    checked_in_at: datetime.datetime
    checked_in_by: str
    fair_id: str
    kind: CheckInListedKind
    participant_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        checked_in_at = self.checked_in_at.isoformat()

        checked_in_by = self.checked_in_by

        fair_id = self.fair_id

        kind: str = self.kind

        participant_id = self.participant_id


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "checked_in_at": checked_in_at,
            "checked_in_by": checked_in_by,
            "fair_id": fair_id,
            "kind": kind,
            "participant_id": participant_id,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        checked_in_at = datetime.datetime.fromisoformat(d.pop("checked_in_at"))




        checked_in_by = d.pop("checked_in_by")

        fair_id = d.pop("fair_id")

        kind = check_check_in_listed_kind(d.pop("kind"))




        participant_id = d.pop("participant_id")

        check_in_listed = cls(
            checked_in_at=checked_in_at,
            checked_in_by=checked_in_by,
            fair_id=fair_id,
            kind=kind,
            participant_id=participant_id,
        )


        check_in_listed.additional_properties = d
        return check_in_listed

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
