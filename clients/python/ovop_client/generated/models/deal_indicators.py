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
    """ A page of the cells (by month, then channel, exporting country, destination, group); the totals are the
    whole filtered cube's. `format=csv` downloads every cell at once.

        Attributes:
            items (list[DealCell]):
            limit (int): the page size asked for
            next_ (None | str): the URL of the next page (also in the Link header); null on the last page
            offset (int): how many items came before this page
            total (int | None): how many items the whole list has; null where counting is not cheap
            total_deals (int): deals in every cell the filters select, not only this page's
            total_value_usd (float): their value in USD, every cell the filters select
     """

    items: list[DealCell]
    limit: int
    next_: None | str
    offset: int
    total: int | None
    total_deals: int
    total_value_usd: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.deal_cell import DealCell # noqa: PLC0415
        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)



        limit = self.limit

        next_: None | str
        next_ = self.next_

        offset = self.offset

        total: int | None
        total = self.total

        total_deals = self.total_deals

        total_value_usd = self.total_value_usd


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "items": items,
            "limit": limit,
            "next": next_,
            "offset": offset,
            "total": total,
            "total_deals": total_deals,
            "total_value_usd": total_value_usd,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.deal_cell import DealCell # noqa: PLC0415
        d = dict(src_dict)
        items = []
        _items = d.pop("items")
        for items_item_data in (_items):
            items_item = DealCell.from_dict(items_item_data)



            items.append(items_item)


        limit = d.pop("limit")

        def _parse_next_(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        next_ = _parse_next_(d.pop("next"))


        offset = d.pop("offset")

        def _parse_total(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        total = _parse_total(d.pop("total"))


        total_deals = d.pop("total_deals")

        total_value_usd = d.pop("total_value_usd")

        deal_indicators = cls(
            items=items,
            limit=limit,
            next_=next_,
            offset=offset,
            total=total,
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
