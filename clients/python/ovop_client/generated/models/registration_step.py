from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.registration_step_checklist_type_0 import RegistrationStepChecklistType0
  from ..models.registration_step_dossier_type_0_item import RegistrationStepDossierType0Item





T = TypeVar("T", bound="RegistrationStep")



@_attrs_define
class RegistrationStep:
    """ 
        Attributes:
            at (str):
            by (str):
            step (str): submitted | approved | rejected | changes_requested
            checklist (None | RegistrationStepChecklistType0 | Unset):
            comments (None | str | Unset):
            dossier (list[RegistrationStepDossierType0Item] | None | Unset):
            note (None | str | Unset):
            reasons (list[str] | None | Unset):
     """

    at: str
    by: str
    step: str
    checklist: None | RegistrationStepChecklistType0 | Unset = UNSET
    comments: None | str | Unset = UNSET
    dossier: list[RegistrationStepDossierType0Item] | None | Unset = UNSET
    note: None | str | Unset = UNSET
    reasons: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.registration_step_checklist_type_0 import RegistrationStepChecklistType0 # noqa: PLC0415
        from ..models.registration_step_dossier_type_0_item import RegistrationStepDossierType0Item # noqa: PLC0415
        at = self.at

        by = self.by

        step = self.step

        checklist: dict[str, Any] | None | Unset
        if isinstance(self.checklist, Unset):
            checklist = UNSET
        elif isinstance(self.checklist, RegistrationStepChecklistType0):
            checklist = self.checklist.to_dict()
        else:
            checklist = self.checklist

        comments: None | str | Unset
        if isinstance(self.comments, Unset):
            comments = UNSET
        else:
            comments = self.comments

        dossier: list[dict[str, Any]] | None | Unset
        if isinstance(self.dossier, Unset):
            dossier = UNSET
        elif isinstance(self.dossier, list):
            dossier = []
            for dossier_type_0_item_data in self.dossier:
                dossier_type_0_item = dossier_type_0_item_data.to_dict()
                dossier.append(dossier_type_0_item)


        else:
            dossier = self.dossier

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        reasons: list[str] | None | Unset
        if isinstance(self.reasons, Unset):
            reasons = UNSET
        elif isinstance(self.reasons, list):
            reasons = self.reasons


        else:
            reasons = self.reasons


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "at": at,
            "by": by,
            "step": step,
        })
        if checklist is not UNSET:
            field_dict["checklist"] = checklist
        if comments is not UNSET:
            field_dict["comments"] = comments
        if dossier is not UNSET:
            field_dict["dossier"] = dossier
        if note is not UNSET:
            field_dict["note"] = note
        if reasons is not UNSET:
            field_dict["reasons"] = reasons

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.registration_step_checklist_type_0 import RegistrationStepChecklistType0 # noqa: PLC0415
        from ..models.registration_step_dossier_type_0_item import RegistrationStepDossierType0Item # noqa: PLC0415
        d = dict(src_dict)
        at = d.pop("at")

        by = d.pop("by")

        step = d.pop("step")

        def _parse_checklist(data: object) -> None | RegistrationStepChecklistType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                checklist_type_0 = RegistrationStepChecklistType0.from_dict(data)



                return checklist_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RegistrationStepChecklistType0 | Unset, data)

        checklist = _parse_checklist(d.pop("checklist", UNSET))


        def _parse_comments(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        comments = _parse_comments(d.pop("comments", UNSET))


        def _parse_dossier(data: object) -> list[RegistrationStepDossierType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                dossier_type_0 = []
                _dossier_type_0 = data
                for dossier_type_0_item_data in (_dossier_type_0):
                    dossier_type_0_item = RegistrationStepDossierType0Item.from_dict(dossier_type_0_item_data)



                    dossier_type_0.append(dossier_type_0_item)

                return dossier_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[RegistrationStepDossierType0Item] | None | Unset, data)

        dossier = _parse_dossier(d.pop("dossier", UNSET))


        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))


        def _parse_reasons(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                reasons_type_0 = cast(list[str], data)

                return reasons_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        reasons = _parse_reasons(d.pop("reasons", UNSET))


        registration_step = cls(
            at=at,
            by=by,
            step=step,
            checklist=checklist,
            comments=comments,
            dossier=dossier,
            note=note,
            reasons=reasons,
        )


        registration_step.additional_properties = d
        return registration_step

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
