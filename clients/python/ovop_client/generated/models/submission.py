from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.dossier_document import DossierDocument





T = TypeVar("T", bound="Submission")



@_attrs_define
class Submission:
    """ 
        Attributes:
            dossier (list[DossierDocument]):
            note (str | Unset):  Default: ''.
     """

    dossier: list[DossierDocument]
    note: str | Unset = ''





    def to_dict(self) -> dict[str, Any]:
        from ..models.dossier_document import DossierDocument # noqa: PLC0415
        dossier = []
        for dossier_item_data in self.dossier:
            dossier_item = dossier_item_data.to_dict()
            dossier.append(dossier_item)



        note = self.note


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "dossier": dossier,
        })
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.dossier_document import DossierDocument # noqa: PLC0415
        d = dict(src_dict)
        dossier = []
        _dossier = d.pop("dossier")
        for dossier_item_data in (_dossier):
            dossier_item = DossierDocument.from_dict(dossier_item_data)



            dossier.append(dossier_item)


        note = d.pop("note", UNSET)

        submission = cls(
            dossier=dossier,
            note=note,
        )

        return submission

