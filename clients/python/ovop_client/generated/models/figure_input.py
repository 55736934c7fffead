from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="FigureInput")



@_attrs_define
class FigureInput:
    """ 
        Attributes:
            indicator (str):
            year (int):
            actual (float | None | Unset): only for the indicators the committee enters
            target (float | None | Unset):
     """

    indicator: str
    year: int
    actual: float | None | Unset = UNSET
    target: float | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        indicator = self.indicator

        year = self.year

        actual: float | None | Unset
        if isinstance(self.actual, Unset):
            actual = UNSET
        else:
            actual = self.actual

        target: float | None | Unset
        if isinstance(self.target, Unset):
            target = UNSET
        else:
            target = self.target


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "indicator": indicator,
            "year": year,
        })
        if actual is not UNSET:
            field_dict["actual"] = actual
        if target is not UNSET:
            field_dict["target"] = target

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        indicator = d.pop("indicator")

        year = d.pop("year")

        def _parse_actual(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        actual = _parse_actual(d.pop("actual", UNSET))


        def _parse_target(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        target = _parse_target(d.pop("target", UNSET))


        figure_input = cls(
            indicator=indicator,
            year=year,
            actual=actual,
            target=target,
        )

        return figure_input

