from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.indicator_summary_scope import check_indicator_summary_scope
from ..models.indicator_summary_scope import IndicatorSummaryScope
from typing import cast

if TYPE_CHECKING:
  from ..models.producer_counts import ProducerCounts
  from ..models.product_counts import ProductCounts





T = TypeVar("T", bound="IndicatorSummary")



@_attrs_define
class IndicatorSummary:
    """ 
        Attributes:
            country (None | str): the node's country for the national scope; null for the regional
            producers (ProducerCounts):
            products (ProductCounts):
            scope (IndicatorSummaryScope):
     """

    country: None | str
    producers: ProducerCounts
    products: ProductCounts
    scope: IndicatorSummaryScope
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.producer_counts import ProducerCounts # noqa: PLC0415
        from ..models.product_counts import ProductCounts # noqa: PLC0415
        country: None | str
        country = self.country

        producers = self.producers.to_dict()

        products = self.products.to_dict()

        scope: str = self.scope


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "country": country,
            "producers": producers,
            "products": products,
            "scope": scope,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.producer_counts import ProducerCounts # noqa: PLC0415
        from ..models.product_counts import ProductCounts # noqa: PLC0415
        d = dict(src_dict)
        def _parse_country(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        country = _parse_country(d.pop("country"))


        producers = ProducerCounts.from_dict(d.pop("producers"))




        products = ProductCounts.from_dict(d.pop("products"))




        scope = check_indicator_summary_scope(d.pop("scope"))




        indicator_summary = cls(
            country=country,
            producers=producers,
            products=products,
            scope=scope,
        )


        indicator_summary.additional_properties = d
        return indicator_summary

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
