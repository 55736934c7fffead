from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.deal_cell import DealCell





T = TypeVar("T", bound="DealIndicators")



@_attrs_define
class DealIndicators:
    """ 
        Attributes:
            cells (list[DealCell]):
            total_deals (int):
            total_value_usd (float):
     """

    cells: list[DealCell]
    total_deals: int
    total_value_usd: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.deal_cell import DealCell # noqa: PLC0415
        cells = []
        for cells_item_data in self.cells:
            cells_item = cells_item_data.to_dict()
            cells.append(cells_item)



        total_deals = self.total_deals

        total_value_usd = self.total_value_usd


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "cells": cells,
            "total_deals": total_deals,
            "total_value_usd": total_value_usd,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.deal_cell import DealCell # noqa: PLC0415
        d = dict(src_dict)
        cells = []
        _cells = d.pop("cells")
        for cells_item_data in (_cells):
            cells_item = DealCell.from_dict(cells_item_data)



            cells.append(cells_item)


        total_deals = d.pop("total_deals")

        total_value_usd = d.pop("total_value_usd")

        deal_indicators = cls(
            cells=cells,
            total_deals=total_deals,
            total_value_usd=total_value_usd,
        )


        deal_indicators.additional_properties = d
        return deal_indicators

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
