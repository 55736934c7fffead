from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.plan_indicator import PlanIndicator





T = TypeVar("T", bound="IndicatorPlan")



@_attrs_define
class IndicatorPlan:
    """ 
        Attributes:
            country (str):
            from_year (int):
            indicators (list[PlanIndicator]):
            to_year (int):
     """

    country: str
    from_year: int
    indicators: list[PlanIndicator]
    to_year: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.plan_indicator import PlanIndicator # noqa: PLC0415
        country = self.country

        from_year = self.from_year

        indicators = []
        for indicators_item_data in self.indicators:
            indicators_item = indicators_item_data.to_dict()
            indicators.append(indicators_item)



        to_year = self.to_year


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "country": country,
            "from_year": from_year,
            "indicators": indicators,
            "to_year": to_year,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.plan_indicator import PlanIndicator # noqa: PLC0415
        d = dict(src_dict)
        country = d.pop("country")

        from_year = d.pop("from_year")

        indicators = []
        _indicators = d.pop("indicators")
        for indicators_item_data in (_indicators):
            indicators_item = PlanIndicator.from_dict(indicators_item_data)



            indicators.append(indicators_item)


        to_year = d.pop("to_year")

        indicator_plan = cls(
            country=country,
            from_year=from_year,
            indicators=indicators,
            to_year=to_year,
        )


        indicator_plan.additional_properties = d
        return indicator_plan

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
