from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset







T = TypeVar("T", bound="Rating")



@_attrs_define
class Rating:
    """ The evaluation the stars come from: the latest one still valid.

        Attributes:
            council_level (str):
            evaluated_on (str):
            evaluation_id (str):
            total (float):
            valid_until (str):
     """

    council_level: str
    evaluated_on: str
    evaluation_id: str
    total: float
    valid_until: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        council_level = self.council_level

        evaluated_on = self.evaluated_on

        evaluation_id = self.evaluation_id

        total = self.total

        valid_until = self.valid_until


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "council_level": council_level,
            "evaluated_on": evaluated_on,
            "evaluation_id": evaluation_id,
            "total": total,
            "valid_until": valid_until,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        council_level = d.pop("council_level")

        evaluated_on = d.pop("evaluated_on")

        evaluation_id = d.pop("evaluation_id")

        total = d.pop("total")

        valid_until = d.pop("valid_until")

        rating = cls(
            council_level=council_level,
            evaluated_on=evaluated_on,
            evaluation_id=evaluation_id,
            total=total,
            valid_until=valid_until,
        )


        rating.additional_properties = d
        return rating

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
