from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset







T = TypeVar("T", bound="CertificatePublic")



@_attrs_define
class CertificatePublic:
    """ 
        Attributes:
            certificate_no (str):
            expiry_notice_sent (bool):
            id (str):
            issuer (str):
            owner_id (str):
            owner_kind (str):
            scheme (str):
            standard (str):
            status (str): valid | expired | revoked
            valid_from (str):
            valid_until (str):
     """

    certificate_no: str
    expiry_notice_sent: bool
    id: str
    issuer: str
    owner_id: str
    owner_kind: str
    scheme: str
    standard: str
    status: str
    valid_from: str
    valid_until: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        certificate_no = self.certificate_no

        expiry_notice_sent = self.expiry_notice_sent

        id = self.id

        issuer = self.issuer

        owner_id = self.owner_id

        owner_kind = self.owner_kind

        scheme = self.scheme

        standard = self.standard

        status = self.status

        valid_from = self.valid_from

        valid_until = self.valid_until


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "certificate_no": certificate_no,
            "expiry_notice_sent": expiry_notice_sent,
            "id": id,
            "issuer": issuer,
            "owner_id": owner_id,
            "owner_kind": owner_kind,
            "scheme": scheme,
            "standard": standard,
            "status": status,
            "valid_from": valid_from,
            "valid_until": valid_until,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        certificate_no = d.pop("certificate_no")

        expiry_notice_sent = d.pop("expiry_notice_sent")

        id = d.pop("id")

        issuer = d.pop("issuer")

        owner_id = d.pop("owner_id")

        owner_kind = d.pop("owner_kind")

        scheme = d.pop("scheme")

        standard = d.pop("standard")

        status = d.pop("status")

        valid_from = d.pop("valid_from")

        valid_until = d.pop("valid_until")

        certificate_public = cls(
            certificate_no=certificate_no,
            expiry_notice_sent=expiry_notice_sent,
            id=id,
            issuer=issuer,
            owner_id=owner_id,
            owner_kind=owner_kind,
            scheme=scheme,
            standard=standard,
            status=status,
            valid_from=valid_from,
            valid_until=valid_until,
        )


        certificate_public.additional_properties = d
        return certificate_public

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
