from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="DossierDocument")



@_attrs_define
class DossierDocument:
    """ A document of the dossier, by reference: the file stays where the producer or the province keeps it.

        Attributes:
            kind (str): e.g. registration_form, business_registration, test_report, label
            reference (str): where the document is: a URL or a filing number
            title (str):
            sha256 (None | str | Unset):
     """

    kind: str
    reference: str
    title: str
    sha256: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        kind = self.kind

        reference = self.reference

        title = self.title

        sha256: None | str | Unset
        if isinstance(self.sha256, Unset):
            sha256 = UNSET
        else:
            sha256 = self.sha256


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "kind": kind,
            "reference": reference,
            "title": title,
        })
        if sha256 is not UNSET:
            field_dict["sha256"] = sha256

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kind = d.pop("kind")

        reference = d.pop("reference")

        title = d.pop("title")

        def _parse_sha256(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sha256 = _parse_sha256(d.pop("sha256", UNSET))


        dossier_document = cls(
            kind=kind,
            reference=reference,
            title=title,
            sha256=sha256,
        )

        return dossier_document

