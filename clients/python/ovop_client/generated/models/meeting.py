from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.meeting_status import check_meeting_status
from ..models.meeting_status import MeetingStatus
from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="Meeting")



@_attrs_define
class Meeting:
    """ 
        Attributes:
            application_id (str):
            booth_code (str):
            buyer_id (str):
            created_at (datetime.datetime):
            ends_at (datetime.datetime):
            fair_id (str):
            id (str):
            slot (int):
            starts_at (datetime.datetime):
            status (MeetingStatus):
            value (float):
            version (int):
            absent (None | str | Unset):
     """

    application_id: str
    booth_code: str
    buyer_id: str
    created_at: datetime.datetime
    ends_at: datetime.datetime
    fair_id: str
    id: str
    slot: int
    starts_at: datetime.datetime
    status: MeetingStatus
    value: float
    version: int
    absent: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        application_id = self.application_id

        booth_code = self.booth_code

        buyer_id = self.buyer_id

        created_at = self.created_at.isoformat()

        ends_at = self.ends_at.isoformat()

        fair_id = self.fair_id

        id = self.id

        slot = self.slot

        starts_at = self.starts_at.isoformat()

        status: str = self.status

        value = self.value

        version = self.version

        absent: None | str | Unset
        if isinstance(self.absent, Unset):
            absent = UNSET
        else:
            absent = self.absent


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "application_id": application_id,
            "booth_code": booth_code,
            "buyer_id": buyer_id,
            "created_at": created_at,
            "ends_at": ends_at,
            "fair_id": fair_id,
            "id": id,
            "slot": slot,
            "starts_at": starts_at,
            "status": status,
            "value": value,
            "version": version,
        })
        if absent is not UNSET:
            field_dict["absent"] = absent

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        application_id = d.pop("application_id")

        booth_code = d.pop("booth_code")

        buyer_id = d.pop("buyer_id")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        ends_at = datetime.datetime.fromisoformat(d.pop("ends_at"))




        fair_id = d.pop("fair_id")

        id = d.pop("id")

        slot = d.pop("slot")

        starts_at = datetime.datetime.fromisoformat(d.pop("starts_at"))




        status = check_meeting_status(d.pop("status"))




        value = d.pop("value")

        version = d.pop("version")

        def _parse_absent(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        absent = _parse_absent(d.pop("absent", UNSET))


        meeting = cls(
            application_id=application_id,
            booth_code=booth_code,
            buyer_id=buyer_id,
            created_at=created_at,
            ends_at=ends_at,
            fair_id=fair_id,
            id=id,
            slot=slot,
            starts_at=starts_at,
            status=status,
            value=value,
            version=version,
            absent=absent,
        )


        meeting.additional_properties = d
        return meeting

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
