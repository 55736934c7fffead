from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.certification_status_type_0 import CertificationStatusType0
from ..models.certification_status_type_0 import check_certification_status_type_0
from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="Certification")



@_attrs_define
class Certification:
    """ 
        Attributes:
            scheme (str): e.g. VietGAP, GlobalGAP, organic, HACCP, ISO 22000, halal, GI, Green OCOP, OVOP standard
            certificate_no (None | str | Unset):
            id (None | str | Unset):
            issuer (None | str | Unset):
            standard (None | str | Unset):
            status (CertificationStatusType0 | None | Unset):
            valid_from (datetime.date | None | Unset):
            valid_until (datetime.date | None | Unset):
     """

    scheme: str
    certificate_no: None | str | Unset = UNSET
    id: None | str | Unset = UNSET
    issuer: None | str | Unset = UNSET
    standard: None | str | Unset = UNSET
    status: CertificationStatusType0 | None | Unset = UNSET
    valid_from: datetime.date | None | Unset = UNSET
    valid_until: datetime.date | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        scheme = self.scheme

        certificate_no: None | str | Unset
        if isinstance(self.certificate_no, Unset):
            certificate_no = UNSET
        else:
            certificate_no = self.certificate_no

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        issuer: None | str | Unset
        if isinstance(self.issuer, Unset):
            issuer = UNSET
        else:
            issuer = self.issuer

        standard: None | str | Unset
        if isinstance(self.standard, Unset):
            standard = UNSET
        else:
            standard = self.standard

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, str):
            status = self.status
        else:
            status = self.status

        valid_from: None | str | Unset
        if isinstance(self.valid_from, Unset):
            valid_from = UNSET
        elif isinstance(self.valid_from, datetime.date):
            valid_from = self.valid_from.isoformat()
        else:
            valid_from = self.valid_from

        valid_until: None | str | Unset
        if isinstance(self.valid_until, Unset):
            valid_until = UNSET
        elif isinstance(self.valid_until, datetime.date):
            valid_until = self.valid_until.isoformat()
        else:
            valid_until = self.valid_until


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "scheme": scheme,
        })
        if certificate_no is not UNSET:
            field_dict["certificate_no"] = certificate_no
        if id is not UNSET:
            field_dict["id"] = id
        if issuer is not UNSET:
            field_dict["issuer"] = issuer
        if standard is not UNSET:
            field_dict["standard"] = standard
        if status is not UNSET:
            field_dict["status"] = status
        if valid_from is not UNSET:
            field_dict["valid_from"] = valid_from
        if valid_until is not UNSET:
            field_dict["valid_until"] = valid_until

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        scheme = d.pop("scheme")

        def _parse_certificate_no(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        certificate_no = _parse_certificate_no(d.pop("certificate_no", UNSET))


        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))


        def _parse_issuer(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        issuer = _parse_issuer(d.pop("issuer", UNSET))


        def _parse_standard(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        standard = _parse_standard(d.pop("standard", UNSET))


        def _parse_status(data: object) -> CertificationStatusType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = check_certification_status_type_0(data)



                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CertificationStatusType0 | None | Unset, data)

        status = _parse_status(d.pop("status", UNSET))


        def _parse_valid_from(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                valid_from_type_0 = datetime.date.fromisoformat(data)



                return valid_from_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        valid_from = _parse_valid_from(d.pop("valid_from", UNSET))


        def _parse_valid_until(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                valid_until_type_0 = datetime.date.fromisoformat(data)



                return valid_until_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        valid_until = _parse_valid_until(d.pop("valid_until", UNSET))


        certification = cls(
            scheme=scheme,
            certificate_no=certificate_no,
            id=id,
            issuer=issuer,
            standard=standard,
            status=status,
            valid_from=valid_from,
            valid_until=valid_until,
        )

        return certification

