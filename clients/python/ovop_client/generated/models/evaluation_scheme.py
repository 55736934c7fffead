from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.evaluation_scheme_council_levels import EvaluationSchemeCouncilLevels
  from ..models.score_part import ScorePart
  from ..models.star_band import StarBand





T = TypeVar("T", bound="EvaluationScheme")



@_attrs_define
class EvaluationScheme:
    """ 
        Attributes:
            council_levels (EvaluationSchemeCouncilLevels):
            parts (list[ScorePart]):
            source (str):
            stars (list[StarBand]):
            validity_months (int):
     """

    council_levels: EvaluationSchemeCouncilLevels
    parts: list[ScorePart]
    source: str
    stars: list[StarBand]
    validity_months: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.evaluation_scheme_council_levels import EvaluationSchemeCouncilLevels # noqa: PLC0415
        from ..models.score_part import ScorePart # noqa: PLC0415
        from ..models.star_band import StarBand # noqa: PLC0415
        council_levels = self.council_levels.to_dict()

        parts = []
        for parts_item_data in self.parts:
            parts_item = parts_item_data.to_dict()
            parts.append(parts_item)



        source = self.source

        stars = []
        for stars_item_data in self.stars:
            stars_item = stars_item_data.to_dict()
            stars.append(stars_item)



        validity_months = self.validity_months


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "council_levels": council_levels,
            "parts": parts,
            "source": source,
            "stars": stars,
            "validity_months": validity_months,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.evaluation_scheme_council_levels import EvaluationSchemeCouncilLevels # noqa: PLC0415
        from ..models.score_part import ScorePart # noqa: PLC0415
        from ..models.star_band import StarBand # noqa: PLC0415
        d = dict(src_dict)
        council_levels = EvaluationSchemeCouncilLevels.from_dict(d.pop("council_levels"))




        parts = []
        _parts = d.pop("parts")
        for parts_item_data in (_parts):
            parts_item = ScorePart.from_dict(parts_item_data)



            parts.append(parts_item)


        source = d.pop("source")

        stars = []
        _stars = d.pop("stars")
        for stars_item_data in (_stars):
            stars_item = StarBand.from_dict(stars_item_data)



            stars.append(stars_item)


        validity_months = d.pop("validity_months")

        evaluation_scheme = cls(
            council_levels=council_levels,
            parts=parts,
            source=source,
            stars=stars,
            validity_months=validity_months,
        )


        evaluation_scheme.additional_properties = d
        return evaluation_scheme

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
