from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="Offer")



@_attrs_define
class Offer:
    """ 
        Attributes:
            application_id (str):
            expires_at (datetime.datetime):
            waitlist_id (int):
     """

    application_id: str
    expires_at: datetime.datetime
    waitlist_id: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        application_id = self.application_id

        expires_at = self.expires_at.isoformat()

        waitlist_id = self.waitlist_id


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "application_id": application_id,
            "expires_at": expires_at,
            "waitlist_id": waitlist_id,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        application_id = d.pop("application_id")

        expires_at = datetime.datetime.fromisoformat(d.pop("expires_at"))




        waitlist_id = d.pop("waitlist_id")

        offer = cls(
            application_id=application_id,
            expires_at=expires_at,
            waitlist_id=waitlist_id,
        )


        offer.additional_properties = d
        return offer

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
