from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset







T = TypeVar("T", bound="Quantity")



@_attrs_define
class Quantity:
    """ 
        Attributes:
            amount (float):
            unit (str): e.g. kg, l, piece, m2, bottle
     """

    amount: float
    unit: str





    def to_dict(self) -> dict[str, Any]:
        amount = self.amount

        unit = self.unit


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "amount": amount,
            "unit": unit,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        amount = d.pop("amount")

        unit = d.pop("unit")

        quantity = cls(
            amount=amount,
            unit=unit,
        )

        return quantity

