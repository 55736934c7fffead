from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.forum_registration_ended_status import check_forum_registration_ended_status
from ..models.forum_registration_ended_status import ForumRegistrationEndedStatus
from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="ForumRegistrationEnded")



@_attrs_define
class ForumRegistrationEnded:
    """ 
        Attributes:
            created_at (datetime.datetime):
            id (int):
            name (str):
            participant (str):
            session_id (str):
            status (ForumRegistrationEndedStatus):
            cancelled_at (datetime.datetime | None | Unset):
            position (int | None | Unset): place in the waiting line (1 = next)
            promoted (int | None | Unset): the waiting registration that got the freed seat
            promoted_at (datetime.datetime | None | Unset):
     """

    created_at: datetime.datetime
    id: int
    name: str
    participant: str
    session_id: str
    status: ForumRegistrationEndedStatus
    cancelled_at: datetime.datetime | None | Unset = UNSET
    position: int | None | Unset = UNSET
    promoted: int | None | Unset = UNSET
    promoted_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        id = self.id

        name = self.name

        participant = self.participant

        session_id = self.session_id

        status: str = self.status

        cancelled_at: None | str | Unset
        if isinstance(self.cancelled_at, Unset):
            cancelled_at = UNSET
        elif isinstance(self.cancelled_at, datetime.datetime):
            cancelled_at = self.cancelled_at.isoformat()
        else:
            cancelled_at = self.cancelled_at

        position: int | None | Unset
        if isinstance(self.position, Unset):
            position = UNSET
        else:
            position = self.position

        promoted: int | None | Unset
        if isinstance(self.promoted, Unset):
            promoted = UNSET
        else:
            promoted = self.promoted

        promoted_at: None | str | Unset
        if isinstance(self.promoted_at, Unset):
            promoted_at = UNSET
        elif isinstance(self.promoted_at, datetime.datetime):
            promoted_at = self.promoted_at.isoformat()
        else:
            promoted_at = self.promoted_at


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "created_at": created_at,
            "id": id,
            "name": name,
            "participant": participant,
            "session_id": session_id,
            "status": status,
        })
        if cancelled_at is not UNSET:
            field_dict["cancelled_at"] = cancelled_at
        if position is not UNSET:
            field_dict["position"] = position
        if promoted is not UNSET:
            field_dict["promoted"] = promoted
        if promoted_at is not UNSET:
            field_dict["promoted_at"] = promoted_at

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        id = d.pop("id")

        name = d.pop("name")

        participant = d.pop("participant")

        session_id = d.pop("session_id")

        status = check_forum_registration_ended_status(d.pop("status"))




        def _parse_cancelled_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                cancelled_at_type_0 = datetime.datetime.fromisoformat(data)



                return cancelled_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        cancelled_at = _parse_cancelled_at(d.pop("cancelled_at", UNSET))


        def _parse_position(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        position = _parse_position(d.pop("position", UNSET))


        def _parse_promoted(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        promoted = _parse_promoted(d.pop("promoted", UNSET))


        def _parse_promoted_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                promoted_at_type_0 = datetime.datetime.fromisoformat(data)



                return promoted_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        promoted_at = _parse_promoted_at(d.pop("promoted_at", UNSET))


        forum_registration_ended = cls(
            created_at=created_at,
            id=id,
            name=name,
            participant=participant,
            session_id=session_id,
            status=status,
            cancelled_at=cancelled_at,
            position=position,
            promoted=promoted,
            promoted_at=promoted_at,
        )


        forum_registration_ended.additional_properties = d
        return forum_registration_ended

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
