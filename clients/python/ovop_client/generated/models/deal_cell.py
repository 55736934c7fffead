from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.deal_cell_channel import check_deal_cell_channel
from ..models.deal_cell_channel import DealCellChannel
from typing import cast






T = TypeVar("T", bound="DealCell")



@_attrs_define
class DealCell:
    """ 
        Attributes:
            channel (DealCellChannel):
            deals (int):
            delivered (int):
            destination (None | str):
            exporter (None | str):
            month (str):
            product_group (None | str):
            value_usd (float):
     """

    channel: DealCellChannel
    deals: int
    delivered: int
    destination: None | str
    exporter: None | str
    month: str
    product_group: None | str
    value_usd: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        channel: str = self.channel

        deals = self.deals

        delivered = self.delivered

        destination: None | str
        destination = self.destination

        exporter: None | str
        exporter = self.exporter

        month = self.month

        product_group: None | str
        product_group = self.product_group

        value_usd = self.value_usd


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "channel": channel,
            "deals": deals,
            "delivered": delivered,
            "destination": destination,
            "exporter": exporter,
            "month": month,
            "product_group": product_group,
            "value_usd": value_usd,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        channel = check_deal_cell_channel(d.pop("channel"))




        deals = d.pop("deals")

        delivered = d.pop("delivered")

        def _parse_destination(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        destination = _parse_destination(d.pop("destination"))


        def _parse_exporter(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        exporter = _parse_exporter(d.pop("exporter"))


        month = d.pop("month")

        def _parse_product_group(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        product_group = _parse_product_group(d.pop("product_group"))


        value_usd = d.pop("value_usd")

        deal_cell = cls(
            channel=channel,
            deals=deals,
            delivered=delivered,
            destination=destination,
            exporter=exporter,
            month=month,
            product_group=product_group,
            value_usd=value_usd,
        )


        deal_cell.additional_properties = d
        return deal_cell

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
