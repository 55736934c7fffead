from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.dead_letter_origin import DeadLetterOrigin





T = TypeVar("T", bound="DeadLetterReplayed")



@_attrs_define
class DeadLetterReplayed:
    """ A dead letter applied again, through the same checks and handler, this time with success.

        Attributes:
            offset (int):
            origin (DeadLetterOrigin): Where the message was read when it could not be applied.
            partition (int):
            replayed (bool): true: the handler applied it
     """

    offset: int
    origin: DeadLetterOrigin
    partition: int
    replayed: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.dead_letter_origin import DeadLetterOrigin # noqa: PLC0415
        offset = self.offset

        origin = self.origin.to_dict()

        partition = self.partition

        replayed = self.replayed


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "offset": offset,
            "origin": origin,
            "partition": partition,
            "replayed": replayed,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.dead_letter_origin import DeadLetterOrigin # noqa: PLC0415
        d = dict(src_dict)
        offset = d.pop("offset")

        origin = DeadLetterOrigin.from_dict(d.pop("origin"))




        partition = d.pop("partition")

        replayed = d.pop("replayed")

        dead_letter_replayed = cls(
            offset=offset,
            origin=origin,
            partition=partition,
            replayed=replayed,
        )


        dead_letter_replayed.additional_properties = d
        return dead_letter_replayed

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
