from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.checklist_item import ChecklistItem
  from ..models.registration_public_dossier_item import RegistrationPublicDossierItem
  from ..models.registration_step import RegistrationStep





T = TypeVar("T", bound="RegistrationPublic")



@_attrs_define
class RegistrationPublic:
    """ 
        Attributes:
            checklist (list[ChecklistItem]): the programme's checklist the committee answers
            decided_at (None | str):
            dossier (list[RegistrationPublicDossierItem]):
            note (str):
            product_id (str):
            product_status (str): the product's status: listed once approved
            programme (str):
            province (str):
            status (str): not_submitted | submitted | changes_requested | approved | rejected
            steps (list[RegistrationStep]): every submission and decision, oldest first
            submitted_at (None | str):
            version (int): the product's version after this step
     """

    checklist: list[ChecklistItem]
    decided_at: None | str
    dossier: list[RegistrationPublicDossierItem]
    note: str
    product_id: str
    product_status: str
    programme: str
    province: str
    status: str
    steps: list[RegistrationStep]
    submitted_at: None | str
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.checklist_item import ChecklistItem # noqa: PLC0415
        from ..models.registration_public_dossier_item import RegistrationPublicDossierItem # noqa: PLC0415
        from ..models.registration_step import RegistrationStep # noqa: PLC0415
        checklist = []
        for checklist_item_data in self.checklist:
            checklist_item = checklist_item_data.to_dict()
            checklist.append(checklist_item)



        decided_at: None | str
        decided_at = self.decided_at

        dossier = []
        for dossier_item_data in self.dossier:
            dossier_item = dossier_item_data.to_dict()
            dossier.append(dossier_item)



        note = self.note

        product_id = self.product_id

        product_status = self.product_status

        programme = self.programme

        province = self.province

        status = self.status

        steps = []
        for steps_item_data in self.steps:
            steps_item = steps_item_data.to_dict()
            steps.append(steps_item)



        submitted_at: None | str
        submitted_at = self.submitted_at

        version = self.version


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "checklist": checklist,
            "decided_at": decided_at,
            "dossier": dossier,
            "note": note,
            "product_id": product_id,
            "product_status": product_status,
            "programme": programme,
            "province": province,
            "status": status,
            "steps": steps,
            "submitted_at": submitted_at,
            "version": version,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.checklist_item import ChecklistItem # noqa: PLC0415
        from ..models.registration_public_dossier_item import RegistrationPublicDossierItem # noqa: PLC0415
        from ..models.registration_step import RegistrationStep # noqa: PLC0415
        d = dict(src_dict)
        checklist = []
        _checklist = d.pop("checklist")
        for checklist_item_data in (_checklist):
            checklist_item = ChecklistItem.from_dict(checklist_item_data)



            checklist.append(checklist_item)


        def _parse_decided_at(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        decided_at = _parse_decided_at(d.pop("decided_at"))


        dossier = []
        _dossier = d.pop("dossier")
        for dossier_item_data in (_dossier):
            dossier_item = RegistrationPublicDossierItem.from_dict(dossier_item_data)



            dossier.append(dossier_item)


        note = d.pop("note")

        product_id = d.pop("product_id")

        product_status = d.pop("product_status")

        programme = d.pop("programme")

        province = d.pop("province")

        status = d.pop("status")

        steps = []
        _steps = d.pop("steps")
        for steps_item_data in (_steps):
            steps_item = RegistrationStep.from_dict(steps_item_data)



            steps.append(steps_item)


        def _parse_submitted_at(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        submitted_at = _parse_submitted_at(d.pop("submitted_at"))


        version = d.pop("version")

        registration_public = cls(
            checklist=checklist,
            decided_at=decided_at,
            dossier=dossier,
            note=note,
            product_id=product_id,
            product_status=product_status,
            programme=programme,
            province=province,
            status=status,
            steps=steps,
            submitted_at=submitted_at,
            version=version,
        )


        registration_public.additional_properties = d
        return registration_public

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
