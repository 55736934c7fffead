from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.badge_kind import BadgeKind
from ..models.badge_kind import check_badge_kind
from typing import cast






T = TypeVar("T", bound="Badge")



@_attrs_define
class Badge:
    """ 
        Attributes:
            fair_id (str):
            kind (BadgeKind):
            name (str):
            participant_id (str):
            qr_svg (str): the token as a QR code, SVG
            token (str): a JWT signed with the fair's Ed25519 key; verify it with GET …/badge-key
     """

    fair_id: str
    kind: BadgeKind
    name: str
    participant_id: str
    qr_svg: str
    token: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        fair_id = self.fair_id

        kind: str = self.kind

        name = self.name

        participant_id = self.participant_id

        qr_svg = self.qr_svg

        token = self.token


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "fair_id": fair_id,
            "kind": kind,
            "name": name,
            "participant_id": participant_id,
            "qr_svg": qr_svg,
            "token": token,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        fair_id = d.pop("fair_id")

        kind = check_badge_kind(d.pop("kind"))




        name = d.pop("name")

        participant_id = d.pop("participant_id")

        qr_svg = d.pop("qr_svg")

        token = d.pop("token")

        badge = cls(
            fair_id=fair_id,
            kind=kind,
            name=name,
            participant_id=participant_id,
            qr_svg=qr_svg,
            token=token,
        )


        badge.additional_properties = d
        return badge

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
