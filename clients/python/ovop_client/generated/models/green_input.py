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
  from ..models.green_input_scores import GreenInputScores





T = TypeVar("T", bound="GreenInput")



@_attrs_define
class GreenInput:
    """ 
        Attributes:
            assessed_on (datetime.date): a date between 1900-01-01 and 2100-12-31
            assessor (str):
            scores (GreenInputScores): points per area: materials, energy, water, waste, packaging, circularity
            notes (str | Unset):  Default: ''.
     """

    assessed_on: datetime.date
    assessor: str
    scores: GreenInputScores
    notes: str | Unset = ''





    def to_dict(self) -> dict[str, Any]:
        from ..models.green_input_scores import GreenInputScores # noqa: PLC0415
        assessed_on = self.assessed_on.isoformat()

        assessor = self.assessor

        scores = self.scores.to_dict()

        notes = self.notes


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "assessed_on": assessed_on,
            "assessor": assessor,
            "scores": scores,
        })
        if notes is not UNSET:
            field_dict["notes"] = notes

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.green_input_scores import GreenInputScores # noqa: PLC0415
        d = dict(src_dict)
        assessed_on = datetime.date.fromisoformat(d.pop("assessed_on"))




        assessor = d.pop("assessor")

        scores = GreenInputScores.from_dict(d.pop("scores"))




        notes = d.pop("notes", UNSET)

        green_input = cls(
            assessed_on=assessed_on,
            assessor=assessor,
            scores=scores,
            notes=notes,
        )

        return green_input

