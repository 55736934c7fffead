from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast






T = TypeVar("T", bound="FunnelRow")



@_attrs_define
class FunnelRow:
    """ 
        Attributes:
            deals (int):
            exporter (None | str):
            matches (int):
            product_group (None | str):
            quotes (int):
            requests (int): requests that reached producers of this country (matched to one or more)
     """

    deals: int
    exporter: None | str
    matches: int
    product_group: None | str
    quotes: int
    requests: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        deals = self.deals

        exporter: None | str
        exporter = self.exporter

        matches = self.matches

        product_group: None | str
        product_group = self.product_group

        quotes = self.quotes

        requests = self.requests


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "deals": deals,
            "exporter": exporter,
            "matches": matches,
            "product_group": product_group,
            "quotes": quotes,
            "requests": requests,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        deals = d.pop("deals")

        def _parse_exporter(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        exporter = _parse_exporter(d.pop("exporter"))


        matches = d.pop("matches")

        def _parse_product_group(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        product_group = _parse_product_group(d.pop("product_group"))


        quotes = d.pop("quotes")

        requests = d.pop("requests")

        funnel_row = cls(
            deals=deals,
            exporter=exporter,
            matches=matches,
            product_group=product_group,
            quotes=quotes,
            requests=requests,
        )


        funnel_row.additional_properties = d
        return funnel_row

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
