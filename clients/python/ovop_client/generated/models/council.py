from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset







T = TypeVar("T", bound="Council")



@_attrs_define
class Council:
    """ 
        Attributes:
            level (str): the council's level, e.g. district, provincial, central (OCOP)
            name (str):
     """

    level: str
    name: str





    def to_dict(self) -> dict[str, Any]:
        level = self.level

        name = self.name


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "level": level,
            "name": name,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        level = d.pop("level")

        name = d.pop("name")

        council = cls(
            level=level,
            name=name,
        )

        return council

