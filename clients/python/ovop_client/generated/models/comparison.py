from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.quote_compared import QuoteCompared





T = TypeVar("T", bound="Comparison")



@_attrs_define
class Comparison:
    """ The request's quotes (`items`), cheapest first in the comparison's currency.

        Attributes:
            closed_reason (None | str): accepted, deadline, quote_limit or ended, once closed
            currency (str):
            items (list[QuoteCompared]):
            limit (int): the page size asked for
            next_ (None | str): the URL of the next page (also in the Link header); null on the last page
            offset (int): how many items came before this page
            open_ (bool): whether the request still takes quotes
            rates (str): which reference rates converted the prices (not for settlement)
            rfq_id (str):
            total (int | None): how many items the whole list has; null where counting is not cheap
     """

    closed_reason: None | str
    currency: str
    items: list[QuoteCompared]
    limit: int
    next_: None | str
    offset: int
    open_: bool
    rates: str
    rfq_id: str
    total: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.quote_compared import QuoteCompared # noqa: PLC0415
        closed_reason: None | str
        closed_reason = self.closed_reason

        currency = self.currency

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)



        limit = self.limit

        next_: None | str
        next_ = self.next_

        offset = self.offset

        open_ = self.open_

        rates = self.rates

        rfq_id = self.rfq_id

        total: int | None
        total = self.total


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "closed_reason": closed_reason,
            "currency": currency,
            "items": items,
            "limit": limit,
            "next": next_,
            "offset": offset,
            "open": open_,
            "rates": rates,
            "rfq_id": rfq_id,
            "total": total,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.quote_compared import QuoteCompared # noqa: PLC0415
        d = dict(src_dict)
        def _parse_closed_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        closed_reason = _parse_closed_reason(d.pop("closed_reason"))


        currency = d.pop("currency")

        items = []
        _items = d.pop("items")
        for items_item_data in (_items):
            items_item = QuoteCompared.from_dict(items_item_data)



            items.append(items_item)


        limit = d.pop("limit")

        def _parse_next_(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        next_ = _parse_next_(d.pop("next"))


        offset = d.pop("offset")

        open_ = d.pop("open")

        rates = d.pop("rates")

        rfq_id = d.pop("rfq_id")

        def _parse_total(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        total = _parse_total(d.pop("total"))


        comparison = cls(
            closed_reason=closed_reason,
            currency=currency,
            items=items,
            limit=limit,
            next_=next_,
            offset=offset,
            open_=open_,
            rates=rates,
            rfq_id=rfq_id,
            total=total,
        )


        comparison.additional_properties = d
        return comparison

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
