from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.product_counts_by_country import ProductCountsByCountry
  from ..models.product_counts_by_group import ProductCountsByGroup
  from ..models.product_counts_by_province_item import ProductCountsByProvinceItem
  from ..models.product_counts_by_rating_month import ProductCountsByRatingMonth
  from ..models.product_counts_by_stars import ProductCountsByStars





T = TypeVar("T", bound="ProductCounts")



@_attrs_define
class ProductCounts:
    """ 
        Attributes:
            by_country (ProductCountsByCountry):
            by_group (ProductCountsByGroup):
            by_province (list[ProductCountsByProvinceItem]): {country, province, products}, most products first
            by_rating_month (ProductCountsByRatingMonth): by month of rating, YYYY-MM
            by_stars (ProductCountsByStars): by star rating 1-5, and `unrated`
            total (int):
     """

    by_country: ProductCountsByCountry
    by_group: ProductCountsByGroup
    by_province: list[ProductCountsByProvinceItem]
    by_rating_month: ProductCountsByRatingMonth
    by_stars: ProductCountsByStars
    total: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.product_counts_by_country import ProductCountsByCountry # noqa: PLC0415
        from ..models.product_counts_by_group import ProductCountsByGroup # noqa: PLC0415
        from ..models.product_counts_by_province_item import ProductCountsByProvinceItem # noqa: PLC0415
        from ..models.product_counts_by_rating_month import ProductCountsByRatingMonth # noqa: PLC0415
        from ..models.product_counts_by_stars import ProductCountsByStars # noqa: PLC0415
        by_country = self.by_country.to_dict()

        by_group = self.by_group.to_dict()

        by_province = []
        for by_province_item_data in self.by_province:
            by_province_item = by_province_item_data.to_dict()
            by_province.append(by_province_item)



        by_rating_month = self.by_rating_month.to_dict()

        by_stars = self.by_stars.to_dict()

        total = self.total


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "by_country": by_country,
            "by_group": by_group,
            "by_province": by_province,
            "by_rating_month": by_rating_month,
            "by_stars": by_stars,
            "total": total,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.product_counts_by_country import ProductCountsByCountry # noqa: PLC0415
        from ..models.product_counts_by_group import ProductCountsByGroup # noqa: PLC0415
        from ..models.product_counts_by_province_item import ProductCountsByProvinceItem # noqa: PLC0415
        from ..models.product_counts_by_rating_month import ProductCountsByRatingMonth # noqa: PLC0415
        from ..models.product_counts_by_stars import ProductCountsByStars # noqa: PLC0415
        d = dict(src_dict)
        by_country = ProductCountsByCountry.from_dict(d.pop("by_country"))




        by_group = ProductCountsByGroup.from_dict(d.pop("by_group"))




        by_province = []
        _by_province = d.pop("by_province")
        for by_province_item_data in (_by_province):
            by_province_item = ProductCountsByProvinceItem.from_dict(by_province_item_data)



            by_province.append(by_province_item)


        by_rating_month = ProductCountsByRatingMonth.from_dict(d.pop("by_rating_month"))




        by_stars = ProductCountsByStars.from_dict(d.pop("by_stars"))




        total = d.pop("total")

        product_counts = cls(
            by_country=by_country,
            by_group=by_group,
            by_province=by_province,
            by_rating_month=by_rating_month,
            by_stars=by_stars,
            total=total,
        )


        product_counts.additional_properties = d
        return product_counts

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
