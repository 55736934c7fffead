from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast






T = TypeVar("T", bound="RegistrationSummary")



@_attrs_define
class RegistrationSummary:
    """ 
        Attributes:
            decided_at (None | str):
            documents (int):
            product_id (str):
            programme (str):
            province (str):
            status (str):
            submitted_at (None | str):
            submitted_by (None | str):
     """

    decided_at: None | str
    documents: int
    product_id: str
    programme: str
    province: str
    status: str
    submitted_at: None | str
    submitted_by: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        decided_at: None | str
        decided_at = self.decided_at

        documents = self.documents

        product_id = self.product_id

        programme = self.programme

        province = self.province

        status = self.status

        submitted_at: None | str
        submitted_at = self.submitted_at

        submitted_by: None | str
        submitted_by = self.submitted_by


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "decided_at": decided_at,
            "documents": documents,
            "product_id": product_id,
            "programme": programme,
            "province": province,
            "status": status,
            "submitted_at": submitted_at,
            "submitted_by": submitted_by,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_decided_at(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        decided_at = _parse_decided_at(d.pop("decided_at"))


        documents = d.pop("documents")

        product_id = d.pop("product_id")

        programme = d.pop("programme")

        province = d.pop("province")

        status = d.pop("status")

        def _parse_submitted_at(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        submitted_at = _parse_submitted_at(d.pop("submitted_at"))


        def _parse_submitted_by(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        submitted_by = _parse_submitted_by(d.pop("submitted_by"))


        registration_summary = cls(
            decided_at=decided_at,
            documents=documents,
            product_id=product_id,
            programme=programme,
            province=province,
            status=status,
            submitted_at=submitted_at,
            submitted_by=submitted_by,
        )


        registration_summary.additional_properties = d
        return registration_summary

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
