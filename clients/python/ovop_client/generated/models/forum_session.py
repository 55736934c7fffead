from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast






T = TypeVar("T", bound="ForumSession")



@_attrs_define
class ForumSession:
    """ 
        Attributes:
            capacity (int):
            ends_at (str):
            forum_id (str):
            full (bool):
            id (str):
            registered (int):
            room (str):
            speakers (list[str]):
            starts_at (str): venue local time
            topic (str):
            version (int):
            waiting (int):
     """

    capacity: int
    ends_at: str
    forum_id: str
    full: bool
    id: str
    registered: int
    room: str
    speakers: list[str]
    starts_at: str
    topic: str
    version: int
    waiting: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        capacity = self.capacity

        ends_at = self.ends_at

        forum_id = self.forum_id

        full = self.full

        id = self.id

        registered = self.registered

        room = self.room

        speakers = self.speakers



        starts_at = self.starts_at

        topic = self.topic

        version = self.version

        waiting = self.waiting


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "capacity": capacity,
            "ends_at": ends_at,
            "forum_id": forum_id,
            "full": full,
            "id": id,
            "registered": registered,
            "room": room,
            "speakers": speakers,
            "starts_at": starts_at,
            "topic": topic,
            "version": version,
            "waiting": waiting,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        capacity = d.pop("capacity")

        ends_at = d.pop("ends_at")

        forum_id = d.pop("forum_id")

        full = d.pop("full")

        id = d.pop("id")

        registered = d.pop("registered")

        room = d.pop("room")

        speakers = cast(list[str], d.pop("speakers"))


        starts_at = d.pop("starts_at")

        topic = d.pop("topic")

        version = d.pop("version")

        waiting = d.pop("waiting")

        forum_session = cls(
            capacity=capacity,
            ends_at=ends_at,
            forum_id=forum_id,
            full=full,
            id=id,
            registered=registered,
            room=room,
            speakers=speakers,
            starts_at=starts_at,
            topic=topic,
            version=version,
            waiting=waiting,
        )


        forum_session.additional_properties = d
        return forum_session

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
