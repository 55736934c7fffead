from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.green_public_scores import GreenPublicScores





T = TypeVar("T", bound="GreenPublic")



@_attrs_define
class GreenPublic:
    """ 
        Attributes:
            assessed_on (str):
            assessor (str):
            certificate_id (None | str): the Green OCOP certificate a pass gives the product
            label (None | str): "Green OCOP" when it passes
            pass_total (int):
            passed (bool):
            score (float):
            scores (GreenPublicScores):
            short_areas (list[str]): areas below their minimum
            valid_until (None | str):
     """

    assessed_on: str
    assessor: str
    certificate_id: None | str
    label: None | str
    pass_total: int
    passed: bool
    score: float
    scores: GreenPublicScores
    short_areas: list[str]
    valid_until: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.green_public_scores import GreenPublicScores # noqa: PLC0415
        assessed_on = self.assessed_on

        assessor = self.assessor

        certificate_id: None | str
        certificate_id = self.certificate_id

        label: None | str
        label = self.label

        pass_total = self.pass_total

        passed = self.passed

        score = self.score

        scores = self.scores.to_dict()

        short_areas = self.short_areas



        valid_until: None | str
        valid_until = self.valid_until


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "assessed_on": assessed_on,
            "assessor": assessor,
            "certificate_id": certificate_id,
            "label": label,
            "pass_total": pass_total,
            "passed": passed,
            "score": score,
            "scores": scores,
            "short_areas": short_areas,
            "valid_until": valid_until,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.green_public_scores import GreenPublicScores # noqa: PLC0415
        d = dict(src_dict)
        assessed_on = d.pop("assessed_on")

        assessor = d.pop("assessor")

        def _parse_certificate_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        certificate_id = _parse_certificate_id(d.pop("certificate_id"))


        def _parse_label(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        label = _parse_label(d.pop("label"))


        pass_total = d.pop("pass_total")

        passed = d.pop("passed")

        score = d.pop("score")

        scores = GreenPublicScores.from_dict(d.pop("scores"))




        short_areas = cast(list[str], d.pop("short_areas"))


        def _parse_valid_until(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        valid_until = _parse_valid_until(d.pop("valid_until"))


        green_public = cls(
            assessed_on=assessed_on,
            assessor=assessor,
            certificate_id=certificate_id,
            label=label,
            pass_total=pass_total,
            passed=passed,
            score=score,
            scores=scores,
            short_areas=short_areas,
            valid_until=valid_until,
        )


        green_public.additional_properties = d
        return green_public

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
