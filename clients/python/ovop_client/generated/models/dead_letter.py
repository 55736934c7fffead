from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.dead_letter_origin import DeadLetterOrigin





T = TypeVar("T", bound="DeadLetter")



@_attrs_define
class DeadLetter:
    """ A message this service could not apply, with the reason; `partition` and `offset` name it for replay.

        Attributes:
            dead_lettered_at (None | str): when it was dead-lettered (RFC 3339)
            event_id (None | str): the CloudEvents id
            event_type (None | str): the CloudEvents type
            key (None | str): the message's key: the record's id
            offset (int): its offset in that partition
            origin (DeadLetterOrigin): Where the message was read when it could not be applied.
            partition (int): its partition in the dead-letter topic
            reason (None | str): why it could not be applied
            source (None | str): the CloudEvents source, e.g. /registry/KH
     """

    dead_lettered_at: None | str
    event_id: None | str
    event_type: None | str
    key: None | str
    offset: int
    origin: DeadLetterOrigin
    partition: int
    reason: None | str
    source: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.dead_letter_origin import DeadLetterOrigin # noqa: PLC0415
        dead_lettered_at: None | str
        dead_lettered_at = self.dead_lettered_at

        event_id: None | str
        event_id = self.event_id

        event_type: None | str
        event_type = self.event_type

        key: None | str
        key = self.key

        offset = self.offset

        origin = self.origin.to_dict()

        partition = self.partition

        reason: None | str
        reason = self.reason

        source: None | str
        source = self.source


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "dead_lettered_at": dead_lettered_at,
            "event_id": event_id,
            "event_type": event_type,
            "key": key,
            "offset": offset,
            "origin": origin,
            "partition": partition,
            "reason": reason,
            "source": source,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.dead_letter_origin import DeadLetterOrigin # noqa: PLC0415
        d = dict(src_dict)
        def _parse_dead_lettered_at(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        dead_lettered_at = _parse_dead_lettered_at(d.pop("dead_lettered_at"))


        def _parse_event_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        event_id = _parse_event_id(d.pop("event_id"))


        def _parse_event_type(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        event_type = _parse_event_type(d.pop("event_type"))


        def _parse_key(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        key = _parse_key(d.pop("key"))


        offset = d.pop("offset")

        origin = DeadLetterOrigin.from_dict(d.pop("origin"))




        partition = d.pop("partition")

        def _parse_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        reason = _parse_reason(d.pop("reason"))


        def _parse_source(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        source = _parse_source(d.pop("source"))


        dead_letter = cls(
            dead_lettered_at=dead_lettered_at,
            event_id=event_id,
            event_type=event_type,
            key=key,
            offset=offset,
            origin=origin,
            partition=partition,
            reason=reason,
            source=source,
        )


        dead_letter.additional_properties = d
        return dead_letter

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
