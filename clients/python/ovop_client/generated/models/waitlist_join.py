from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset






T = TypeVar("T", bound="WaitlistJoin")



@_attrs_define
class WaitlistJoin:
    """ 
        Attributes:
            application_id (str):
            priority (int | Unset): higher is offered first; ties by joining time Default: 0.
     """

    application_id: str
    priority: int | Unset = 0





    def to_dict(self) -> dict[str, Any]:
        application_id = self.application_id

        priority = self.priority


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "application_id": application_id,
        })
        if priority is not UNSET:
            field_dict["priority"] = priority

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        application_id = d.pop("application_id")

        priority = d.pop("priority", UNSET)

        waitlist_join = cls(
            application_id=application_id,
            priority=priority,
        )

        return waitlist_join

