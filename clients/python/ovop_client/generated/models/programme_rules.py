from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.checklist_item import ChecklistItem
  from ..models.evaluation_scheme import EvaluationScheme





T = TypeVar("T", bound="ProgrammeRules")



@_attrs_define
class ProgrammeRules:
    """ 
        Attributes:
            checklist (list[ChecklistItem]):
            decided_by (list[str]):
            evaluation (EvaluationScheme | None):
            name (str):
            submitted_by (list[str]):
     """

    checklist: list[ChecklistItem]
    decided_by: list[str]
    evaluation: EvaluationScheme | None
    name: str
    submitted_by: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.checklist_item import ChecklistItem # noqa: PLC0415
        from ..models.evaluation_scheme import EvaluationScheme # noqa: PLC0415
        checklist = []
        for checklist_item_data in self.checklist:
            checklist_item = checklist_item_data.to_dict()
            checklist.append(checklist_item)



        decided_by = self.decided_by



        evaluation: dict[str, Any] | None
        if isinstance(self.evaluation, EvaluationScheme):
            evaluation = self.evaluation.to_dict()
        else:
            evaluation = self.evaluation

        name = self.name

        submitted_by = self.submitted_by




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "checklist": checklist,
            "decided_by": decided_by,
            "evaluation": evaluation,
            "name": name,
            "submitted_by": submitted_by,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.checklist_item import ChecklistItem # noqa: PLC0415
        from ..models.evaluation_scheme import EvaluationScheme # noqa: PLC0415
        d = dict(src_dict)
        checklist = []
        _checklist = d.pop("checklist")
        for checklist_item_data in (_checklist):
            checklist_item = ChecklistItem.from_dict(checklist_item_data)



            checklist.append(checklist_item)


        decided_by = cast(list[str], d.pop("decided_by"))


        def _parse_evaluation(data: object) -> EvaluationScheme | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                evaluation_type_0 = EvaluationScheme.from_dict(data)



                return evaluation_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EvaluationScheme | None, data)

        evaluation = _parse_evaluation(d.pop("evaluation"))


        name = d.pop("name")

        submitted_by = cast(list[str], d.pop("submitted_by"))


        programme_rules = cls(
            checklist=checklist,
            decided_by=decided_by,
            evaluation=evaluation,
            name=name,
            submitted_by=submitted_by,
        )


        programme_rules.additional_properties = d
        return programme_rules

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
