from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.certificate_input_standard import CertificateInputStandard
from ..models.certificate_input_standard import check_certificate_input_standard
from typing import cast
import datetime






T = TypeVar("T", bound="CertificateInput")



@_attrs_define
class CertificateInput:
    """ 
        Attributes:
            certificate_no (str):
            issuer (str):
            standard (CertificateInputStandard): a code of the standards catalogue (GET /standards)
            valid_from (datetime.date): a date between 1900-01-01 and 2100-12-31
            valid_until (datetime.date): a date between 1900-01-01 and 2100-12-31
     """

    certificate_no: str
    issuer: str
    standard: CertificateInputStandard
    valid_from: datetime.date
    valid_until: datetime.date





    def to_dict(self) -> dict[str, Any]:
        certificate_no = self.certificate_no

        issuer = self.issuer

        standard: str = self.standard

        valid_from = self.valid_from.isoformat()

        valid_until = self.valid_until.isoformat()


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "certificate_no": certificate_no,
            "issuer": issuer,
            "standard": standard,
            "valid_from": valid_from,
            "valid_until": valid_until,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        certificate_no = d.pop("certificate_no")

        issuer = d.pop("issuer")

        standard = check_certificate_input_standard(d.pop("standard"))




        valid_from = datetime.date.fromisoformat(d.pop("valid_from"))




        valid_until = datetime.date.fromisoformat(d.pop("valid_until"))




        certificate_input = cls(
            certificate_no=certificate_no,
            issuer=issuer,
            standard=standard,
            valid_from=valid_from,
            valid_until=valid_until,
        )

        return certificate_input

