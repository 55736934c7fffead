from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset







T = TypeVar("T", bound="SweepResult")



@_attrs_define
class SweepResult:
    """ 
        Attributes:
            certificates_expired (int):
            evaluations_expired (int):
            expiry_notices (int):
            stars_changed (int):
            today (str):
     """

    certificates_expired: int
    evaluations_expired: int
    expiry_notices: int
    stars_changed: int
    today: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        certificates_expired = self.certificates_expired

        evaluations_expired = self.evaluations_expired

        expiry_notices = self.expiry_notices

        stars_changed = self.stars_changed

        today = self.today


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "certificates_expired": certificates_expired,
            "evaluations_expired": evaluations_expired,
            "expiry_notices": expiry_notices,
            "stars_changed": stars_changed,
            "today": today,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        certificates_expired = d.pop("certificates_expired")

        evaluations_expired = d.pop("evaluations_expired")

        expiry_notices = d.pop("expiry_notices")

        stars_changed = d.pop("stars_changed")

        today = d.pop("today")

        sweep_result = cls(
            certificates_expired=certificates_expired,
            evaluations_expired=evaluations_expired,
            expiry_notices=expiry_notices,
            stars_changed=stars_changed,
            today=today,
        )


        sweep_result.additional_properties = d
        return sweep_result

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
