from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="ForumSessionCreate")



@_attrs_define
class ForumSessionCreate:
    """ 
        Attributes:
            capacity (int):
            ends_at (str): a wall-clock time of the venue, without a UTC offset (the place's time zone applies); one with an
                offset is refused
            room (str):
            starts_at (str): venue local time
            topic (str):
            speakers (list[str] | Unset):
     """

    capacity: int
    ends_at: str
    room: str
    starts_at: str
    topic: str
    speakers: list[str] | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        capacity = self.capacity

        ends_at = self.ends_at

        room = self.room

        starts_at = self.starts_at

        topic = self.topic

        speakers: list[str] | Unset = UNSET
        if not isinstance(self.speakers, Unset):
            speakers = self.speakers




        field_dict: dict[str, Any] = {}

        field_dict.update({
            "capacity": capacity,
            "ends_at": ends_at,
            "room": room,
            "starts_at": starts_at,
            "topic": topic,
        })
        if speakers is not UNSET:
            field_dict["speakers"] = speakers

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        capacity = d.pop("capacity")

        ends_at = d.pop("ends_at")

        room = d.pop("room")

        starts_at = d.pop("starts_at")

        topic = d.pop("topic")

        speakers = cast(list[str], d.pop("speakers", UNSET))


        forum_session_create = cls(
            capacity=capacity,
            ends_at=ends_at,
            room=room,
            starts_at=starts_at,
            topic=topic,
            speakers=speakers,
        )

        return forum_session_create

