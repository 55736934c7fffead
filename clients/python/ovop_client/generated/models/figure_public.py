from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast






T = TypeVar("T", bound="FigurePublic")



@_attrs_define
class FigurePublic:
    """ 
        Attributes:
            actual (float | None):
            indicator (str):
            target (float | None):
            updated_at (str):
            updated_by (str):
            version (int): the figure's version, also its ETag W/"<version>"
            year (int):
     """

    actual: float | None
    indicator: str
    target: float | None
    updated_at: str
    updated_by: str
    version: int
    year: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        actual: float | None
        actual = self.actual

        indicator = self.indicator

        target: float | None
        target = self.target

        updated_at = self.updated_at

        updated_by = self.updated_by

        version = self.version

        year = self.year


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "actual": actual,
            "indicator": indicator,
            "target": target,
            "updated_at": updated_at,
            "updated_by": updated_by,
            "version": version,
            "year": year,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_actual(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        actual = _parse_actual(d.pop("actual"))


        indicator = d.pop("indicator")

        def _parse_target(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        target = _parse_target(d.pop("target"))


        updated_at = d.pop("updated_at")

        updated_by = d.pop("updated_by")

        version = d.pop("version")

        year = d.pop("year")

        figure_public = cls(
            actual=actual,
            indicator=indicator,
            target=target,
            updated_at=updated_at,
            updated_by=updated_by,
            version=version,
            year=year,
        )


        figure_public.additional_properties = d
        return figure_public

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
