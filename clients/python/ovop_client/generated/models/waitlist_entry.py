from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.waitlist_entry_status import check_waitlist_entry_status
from ..models.waitlist_entry_status import WaitlistEntryStatus
from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="WaitlistEntry")



@_attrs_define
class WaitlistEntry:
    """ 
        Attributes:
            application_id (str):
            fair_id (str):
            id (int):
            joined_at (datetime.datetime):
            priority (int):
            status (WaitlistEntryStatus):
            booth_code (None | str | Unset):
            booth_id (int | None | Unset):
            expires_at (datetime.datetime | None | Unset):
            offered_at (datetime.datetime | None | Unset):
     """

    application_id: str
    fair_id: str
    id: int
    joined_at: datetime.datetime
    priority: int
    status: WaitlistEntryStatus
    booth_code: None | str | Unset = UNSET
    booth_id: int | None | Unset = UNSET
    expires_at: datetime.datetime | None | Unset = UNSET
    offered_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        application_id = self.application_id

        fair_id = self.fair_id

        id = self.id

        joined_at = self.joined_at.isoformat()

        priority = self.priority

        status: str = self.status

        booth_code: None | str | Unset
        if isinstance(self.booth_code, Unset):
            booth_code = UNSET
        else:
            booth_code = self.booth_code

        booth_id: int | None | Unset
        if isinstance(self.booth_id, Unset):
            booth_id = UNSET
        else:
            booth_id = self.booth_id

        expires_at: None | str | Unset
        if isinstance(self.expires_at, Unset):
            expires_at = UNSET
        elif isinstance(self.expires_at, datetime.datetime):
            expires_at = self.expires_at.isoformat()
        else:
            expires_at = self.expires_at

        offered_at: None | str | Unset
        if isinstance(self.offered_at, Unset):
            offered_at = UNSET
        elif isinstance(self.offered_at, datetime.datetime):
            offered_at = self.offered_at.isoformat()
        else:
            offered_at = self.offered_at


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "application_id": application_id,
            "fair_id": fair_id,
            "id": id,
            "joined_at": joined_at,
            "priority": priority,
            "status": status,
        })
        if booth_code is not UNSET:
            field_dict["booth_code"] = booth_code
        if booth_id is not UNSET:
            field_dict["booth_id"] = booth_id
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at
        if offered_at is not UNSET:
            field_dict["offered_at"] = offered_at

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        application_id = d.pop("application_id")

        fair_id = d.pop("fair_id")

        id = d.pop("id")

        joined_at = datetime.datetime.fromisoformat(d.pop("joined_at"))




        priority = d.pop("priority")

        status = check_waitlist_entry_status(d.pop("status"))




        def _parse_booth_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        booth_code = _parse_booth_code(d.pop("booth_code", UNSET))


        def _parse_booth_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        booth_id = _parse_booth_id(d.pop("booth_id", UNSET))


        def _parse_expires_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                expires_at_type_0 = datetime.datetime.fromisoformat(data)



                return expires_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        expires_at = _parse_expires_at(d.pop("expires_at", UNSET))


        def _parse_offered_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                offered_at_type_0 = datetime.datetime.fromisoformat(data)



                return offered_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        offered_at = _parse_offered_at(d.pop("offered_at", UNSET))


        waitlist_entry = cls(
            application_id=application_id,
            fair_id=fair_id,
            id=id,
            joined_at=joined_at,
            priority=priority,
            status=status,
            booth_code=booth_code,
            booth_id=booth_id,
            expires_at=expires_at,
            offered_at=offered_at,
        )


        waitlist_entry.additional_properties = d
        return waitlist_entry

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
