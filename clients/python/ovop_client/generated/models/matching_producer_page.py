from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.producer_summary import ProducerSummary
  from ..models.search_hit import SearchHit





T = TypeVar("T", bound="MatchingProducerPage")



@_attrs_define
class MatchingProducerPage:
    """ 
        Attributes:
            producer (ProducerSummary): Who makes a product, as the public may see it (no contact details).
            products (list[SearchHit]):
            total (int):
     """

    producer: ProducerSummary
    products: list[SearchHit]
    total: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.producer_summary import ProducerSummary # noqa: PLC0415
        from ..models.search_hit import SearchHit # noqa: PLC0415
        producer = self.producer.to_dict()

        products = []
        for products_item_data in self.products:
            products_item = products_item_data.to_dict()
            products.append(products_item)



        total = self.total


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "producer": producer,
            "products": products,
            "total": total,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.producer_summary import ProducerSummary # noqa: PLC0415
        from ..models.search_hit import SearchHit # noqa: PLC0415
        d = dict(src_dict)
        producer = ProducerSummary.from_dict(d.pop("producer"))




        products = []
        _products = d.pop("products")
        for products_item_data in (_products):
            products_item = SearchHit.from_dict(products_item_data)



            products.append(products_item)


        total = d.pop("total")

        matching_producer_page = cls(
            producer=producer,
            products=products,
            total=total,
        )


        matching_producer_page.additional_properties = d
        return matching_producer_page

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
