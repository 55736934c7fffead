from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset






T = TypeVar("T", bound="PriceRange")



@_attrs_define
class PriceRange:
    """ 
        Attributes:
            currency (str): ISO 4217 currency code (any case; answered in upper case)
            max_ (float):
            min_ (float):
            unit (str | Unset): e.g. kg, l, piece, m2, bottle Default: 'unit'.
     """

    currency: str
    max_: float
    min_: float
    unit: str | Unset = 'unit'





    def to_dict(self) -> dict[str, Any]:
        currency = self.currency

        max_ = self.max_

        min_ = self.min_

        unit = self.unit


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "currency": currency,
            "max": max_,
            "min": min_,
        })
        if unit is not UNSET:
            field_dict["unit"] = unit

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        currency = d.pop("currency")

        max_ = d.pop("max")

        min_ = d.pop("min")

        unit = d.pop("unit", UNSET)

        price_range = cls(
            currency=currency,
            max_=max_,
            min_=min_,
            unit=unit,
        )

        return price_range

