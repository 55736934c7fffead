from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.council import Council
  from ..models.evaluation_input_scorecard import EvaluationInputScorecard





T = TypeVar("T", bound="EvaluationInput")



@_attrs_define
class EvaluationInput:
    """ 
        Attributes:
            assessors (list[str]):
            council (Council):
            evaluated_on (datetime.date): a date between 1900-01-01 and 2100-12-31
            scorecard (EvaluationInputScorecard): points per part of the programme's scorecard, e.g. {"A": 32, "B": 18, "C":
                27}
            notes (str | Unset):  Default: ''.
     """

    assessors: list[str]
    council: Council
    evaluated_on: datetime.date
    scorecard: EvaluationInputScorecard
    notes: str | Unset = ''





    def to_dict(self) -> dict[str, Any]:
        from ..models.council import Council # noqa: PLC0415
        from ..models.evaluation_input_scorecard import EvaluationInputScorecard # noqa: PLC0415
        assessors = self.assessors



        council = self.council.to_dict()

        evaluated_on = self.evaluated_on.isoformat()

        scorecard = self.scorecard.to_dict()

        notes = self.notes


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "assessors": assessors,
            "council": council,
            "evaluated_on": evaluated_on,
            "scorecard": scorecard,
        })
        if notes is not UNSET:
            field_dict["notes"] = notes

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.council import Council # noqa: PLC0415
        from ..models.evaluation_input_scorecard import EvaluationInputScorecard # noqa: PLC0415
        d = dict(src_dict)
        assessors = cast(list[str], d.pop("assessors"))


        council = Council.from_dict(d.pop("council"))




        evaluated_on = datetime.date.fromisoformat(d.pop("evaluated_on"))




        scorecard = EvaluationInputScorecard.from_dict(d.pop("scorecard"))




        notes = d.pop("notes", UNSET)

        evaluation_input = cls(
            assessors=assessors,
            council=council,
            evaluated_on=evaluated_on,
            scorecard=scorecard,
            notes=notes,
        )

        return evaluation_input

