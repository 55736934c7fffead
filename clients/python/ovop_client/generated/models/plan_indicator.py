from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.plan_point import PlanPoint





T = TypeVar("T", bound="PlanIndicator")



@_attrs_define
class PlanIndicator:
    """ 
        Attributes:
            key (str):
            label (str):
            series (list[PlanPoint]):
            source (str): computed | entered
            unit (str):
     """

    key: str
    label: str
    series: list[PlanPoint]
    source: str
    unit: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.plan_point import PlanPoint # noqa: PLC0415
        key = self.key

        label = self.label

        series = []
        for series_item_data in self.series:
            series_item = series_item_data.to_dict()
            series.append(series_item)



        source = self.source

        unit = self.unit


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "key": key,
            "label": label,
            "series": series,
            "source": source,
            "unit": unit,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.plan_point import PlanPoint # noqa: PLC0415
        d = dict(src_dict)
        key = d.pop("key")

        label = d.pop("label")

        series = []
        _series = d.pop("series")
        for series_item_data in (_series):
            series_item = PlanPoint.from_dict(series_item_data)



            series.append(series_item)


        source = d.pop("source")

        unit = d.pop("unit")

        plan_indicator = cls(
            key=key,
            label=label,
            series=series,
            source=source,
            unit=unit,
        )


        plan_indicator.additional_properties = d
        return plan_indicator

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
