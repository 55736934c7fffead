from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
from typing import Literal, cast

if TYPE_CHECKING:
  from ..models.badge_key_jwk import BadgeKeyJwk





T = TypeVar("T", bound="BadgeKey")



@_attrs_define
class BadgeKey:
    """ 
        Attributes:
            algorithm (Literal['EdDSA']):
            fair_id (str):
            jwk (BadgeKeyJwk): the fair's Ed25519 public key as a JWK (RFC 8037)
            pem (str):
     """

    algorithm: Literal['EdDSA']
    fair_id: str
    jwk: BadgeKeyJwk
    pem: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.badge_key_jwk import BadgeKeyJwk # noqa: PLC0415
        algorithm = self.algorithm

        fair_id = self.fair_id

        jwk = self.jwk.to_dict()

        pem = self.pem


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "algorithm": algorithm,
            "fair_id": fair_id,
            "jwk": jwk,
            "pem": pem,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.badge_key_jwk import BadgeKeyJwk # noqa: PLC0415
        d = dict(src_dict)
        algorithm = cast(Literal['EdDSA'] , d.pop("algorithm"))
        if algorithm != 'EdDSA':
            raise ValueError(f"algorithm must match const 'EdDSA', got '{algorithm}'")

        fair_id = d.pop("fair_id")

        jwk = BadgeKeyJwk.from_dict(d.pop("jwk"))




        pem = d.pop("pem")

        badge_key = cls(
            algorithm=algorithm,
            fair_id=fair_id,
            jwk=jwk,
            pem=pem,
        )


        badge_key.additional_properties = d
        return badge_key

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
