from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.session_in import SessionIn





T = TypeVar("T", bound="ProgrammeIn")



@_attrs_define
class ProgrammeIn:
    """ 
        Attributes:
            sessions (list[SessionIn] | Unset):
            slot_minutes (int | Unset):  Default: 30.
     """

    sessions: list[SessionIn] | Unset = UNSET
    slot_minutes: int | Unset = 30





    def to_dict(self) -> dict[str, Any]:
        from ..models.session_in import SessionIn # noqa: PLC0415
        sessions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sessions, Unset):
            sessions = []
            for sessions_item_data in self.sessions:
                sessions_item = sessions_item_data.to_dict()
                sessions.append(sessions_item)



        slot_minutes = self.slot_minutes


        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if sessions is not UNSET:
            field_dict["sessions"] = sessions
        if slot_minutes is not UNSET:
            field_dict["slot_minutes"] = slot_minutes

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.session_in import SessionIn # noqa: PLC0415
        d = dict(src_dict)
        _sessions = d.pop("sessions", UNSET)
        sessions: list[SessionIn] | Unset = UNSET
        if _sessions is not UNSET:
            sessions = []
            for sessions_item_data in _sessions:
                sessions_item = SessionIn.from_dict(sessions_item_data)



                sessions.append(sessions_item)


        slot_minutes = d.pop("slot_minutes", UNSET)

        programme_in = cls(
            sessions=sessions,
            slot_minutes=slot_minutes,
        )

        return programme_in

