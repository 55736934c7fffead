from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.council_public import CouncilPublic
  from ..models.evaluation_public_scorecard import EvaluationPublicScorecard





T = TypeVar("T", bound="EvaluationPublic")



@_attrs_define
class EvaluationPublic:
    """ 
        Attributes:
            assessors (list[str]):
            council (CouncilPublic):
            evaluated_on (str):
            id (str):
            notes (str):
            product_id (str):
            programme (str):
            recorded_at (str):
            recorded_by (str):
            scorecard (EvaluationPublicScorecard):
            stars (int):
            status (str): valid | expired
            total (float):
            valid_until (str):
     """

    assessors: list[str]
    council: CouncilPublic
    evaluated_on: str
    id: str
    notes: str
    product_id: str
    programme: str
    recorded_at: str
    recorded_by: str
    scorecard: EvaluationPublicScorecard
    stars: int
    status: str
    total: float
    valid_until: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.council_public import CouncilPublic # noqa: PLC0415
        from ..models.evaluation_public_scorecard import EvaluationPublicScorecard # noqa: PLC0415
        assessors = self.assessors



        council = self.council.to_dict()

        evaluated_on = self.evaluated_on

        id = self.id

        notes = self.notes

        product_id = self.product_id

        programme = self.programme

        recorded_at = self.recorded_at

        recorded_by = self.recorded_by

        scorecard = self.scorecard.to_dict()

        stars = self.stars

        status = self.status

        total = self.total

        valid_until = self.valid_until


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "assessors": assessors,
            "council": council,
            "evaluated_on": evaluated_on,
            "id": id,
            "notes": notes,
            "product_id": product_id,
            "programme": programme,
            "recorded_at": recorded_at,
            "recorded_by": recorded_by,
            "scorecard": scorecard,
            "stars": stars,
            "status": status,
            "total": total,
            "valid_until": valid_until,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.council_public import CouncilPublic # noqa: PLC0415
        from ..models.evaluation_public_scorecard import EvaluationPublicScorecard # noqa: PLC0415
        d = dict(src_dict)
        assessors = cast(list[str], d.pop("assessors"))


        council = CouncilPublic.from_dict(d.pop("council"))




        evaluated_on = d.pop("evaluated_on")

        id = d.pop("id")

        notes = d.pop("notes")

        product_id = d.pop("product_id")

        programme = d.pop("programme")

        recorded_at = d.pop("recorded_at")

        recorded_by = d.pop("recorded_by")

        scorecard = EvaluationPublicScorecard.from_dict(d.pop("scorecard"))




        stars = d.pop("stars")

        status = d.pop("status")

        total = d.pop("total")

        valid_until = d.pop("valid_until")

        evaluation_public = cls(
            assessors=assessors,
            council=council,
            evaluated_on=evaluated_on,
            id=id,
            notes=notes,
            product_id=product_id,
            programme=programme,
            recorded_at=recorded_at,
            recorded_by=recorded_by,
            scorecard=scorecard,
            stars=stars,
            status=status,
            total=total,
            valid_until=valid_until,
        )


        evaluation_public.additional_properties = d
        return evaluation_public

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
