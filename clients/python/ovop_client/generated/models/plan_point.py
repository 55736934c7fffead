from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast






T = TypeVar("T", bound="PlanPoint")



@_attrs_define
class PlanPoint:
    """ 
        Attributes:
            actual (float | None): computed from the records, or as the committee entered it (null: not yet)
            target (float | None):
            version (int): the version of the year's entered figure (0: none entered yet); `PUT /indicators/figures` needs
                it in If-Match, as W/"<version>"
            year (int):
     """

    actual: float | None
    target: float | None
    version: int
    year: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        actual: float | None
        actual = self.actual

        target: float | None
        target = self.target

        version = self.version

        year = self.year


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "actual": actual,
            "target": target,
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


        def _parse_target(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        target = _parse_target(d.pop("target"))


        version = d.pop("version")

        year = d.pop("year")

        plan_point = cls(
            actual=actual,
            target=target,
            version=version,
            year=year,
        )


        plan_point.additional_properties = d
        return plan_point

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
