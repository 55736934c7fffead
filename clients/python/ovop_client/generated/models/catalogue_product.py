from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.amount import Amount
  from ..models.matching_place import MatchingPlace
  from ..models.matching_price_range import MatchingPriceRange
  from ..models.product_certification import ProductCertification





T = TypeVar("T", bound="CatalogueProduct")



@_attrs_define
class CatalogueProduct:
    """ A listed product of the regional catalogue, as its registry node published it. The producer's contact
    fields are null unless the caller may see them (a signed-in buyer, the producer, its country's admin).

        Attributes:
            country (str):
            group (str):
            id (str): starts with the owning country's code (`VN-P-…`)
            name_en (str):
            name_local (str):
            producer_id (str):
            status (str):
            version (int):
            certifications (list[ProductCertification] | Unset):
            description (None | str | Unset):
            export_markets (list[str] | Unset):
            hs_code (None | str | Unset):
            image_urls (list[str] | Unset):
            min_order (Amount | float | None | Unset):
            monthly_capacity (Amount | float | None | Unset):
            origin (MatchingPlace | None | Unset):
            price (MatchingPriceRange | None | Unset):
            programme (None | str | Unset):
            rating_date (None | str | Unset):
            stars (int | None | Unset):
     """

    country: str
    group: str
    id: str
    name_en: str
    name_local: str
    producer_id: str
    status: str
    version: int
    certifications: list[ProductCertification] | Unset = UNSET
    description: None | str | Unset = UNSET
    export_markets: list[str] | Unset = UNSET
    hs_code: None | str | Unset = UNSET
    image_urls: list[str] | Unset = UNSET
    min_order: Amount | float | None | Unset = UNSET
    monthly_capacity: Amount | float | None | Unset = UNSET
    origin: MatchingPlace | None | Unset = UNSET
    price: MatchingPriceRange | None | Unset = UNSET
    programme: None | str | Unset = UNSET
    rating_date: None | str | Unset = UNSET
    stars: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.amount import Amount # noqa: PLC0415
        from ..models.matching_place import MatchingPlace # noqa: PLC0415
        from ..models.matching_price_range import MatchingPriceRange # noqa: PLC0415
        from ..models.product_certification import ProductCertification # noqa: PLC0415
        country = self.country

        group = self.group

        id = self.id

        name_en = self.name_en

        name_local = self.name_local

        producer_id = self.producer_id

        status = self.status

        version = self.version

        certifications: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.certifications, Unset):
            certifications = []
            for certifications_item_data in self.certifications:
                certifications_item = certifications_item_data.to_dict()
                certifications.append(certifications_item)



        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        export_markets: list[str] | Unset = UNSET
        if not isinstance(self.export_markets, Unset):
            export_markets = self.export_markets



        hs_code: None | str | Unset
        if isinstance(self.hs_code, Unset):
            hs_code = UNSET
        else:
            hs_code = self.hs_code

        image_urls: list[str] | Unset = UNSET
        if not isinstance(self.image_urls, Unset):
            image_urls = self.image_urls



        min_order: dict[str, Any] | float | None | Unset
        if isinstance(self.min_order, Unset):
            min_order = UNSET
        elif isinstance(self.min_order, Amount):
            min_order = self.min_order.to_dict()
        else:
            min_order = self.min_order

        monthly_capacity: dict[str, Any] | float | None | Unset
        if isinstance(self.monthly_capacity, Unset):
            monthly_capacity = UNSET
        elif isinstance(self.monthly_capacity, Amount):
            monthly_capacity = self.monthly_capacity.to_dict()
        else:
            monthly_capacity = self.monthly_capacity

        origin: dict[str, Any] | None | Unset
        if isinstance(self.origin, Unset):
            origin = UNSET
        elif isinstance(self.origin, MatchingPlace):
            origin = self.origin.to_dict()
        else:
            origin = self.origin

        price: dict[str, Any] | None | Unset
        if isinstance(self.price, Unset):
            price = UNSET
        elif isinstance(self.price, MatchingPriceRange):
            price = self.price.to_dict()
        else:
            price = self.price

        programme: None | str | Unset
        if isinstance(self.programme, Unset):
            programme = UNSET
        else:
            programme = self.programme

        rating_date: None | str | Unset
        if isinstance(self.rating_date, Unset):
            rating_date = UNSET
        else:
            rating_date = self.rating_date

        stars: int | None | Unset
        if isinstance(self.stars, Unset):
            stars = UNSET
        else:
            stars = self.stars


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "country": country,
            "group": group,
            "id": id,
            "name_en": name_en,
            "name_local": name_local,
            "producer_id": producer_id,
            "status": status,
            "version": version,
        })
        if certifications is not UNSET:
            field_dict["certifications"] = certifications
        if description is not UNSET:
            field_dict["description"] = description
        if export_markets is not UNSET:
            field_dict["export_markets"] = export_markets
        if hs_code is not UNSET:
            field_dict["hs_code"] = hs_code
        if image_urls is not UNSET:
            field_dict["image_urls"] = image_urls
        if min_order is not UNSET:
            field_dict["min_order"] = min_order
        if monthly_capacity is not UNSET:
            field_dict["monthly_capacity"] = monthly_capacity
        if origin is not UNSET:
            field_dict["origin"] = origin
        if price is not UNSET:
            field_dict["price"] = price
        if programme is not UNSET:
            field_dict["programme"] = programme
        if rating_date is not UNSET:
            field_dict["rating_date"] = rating_date
        if stars is not UNSET:
            field_dict["stars"] = stars

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.amount import Amount # noqa: PLC0415
        from ..models.matching_place import MatchingPlace # noqa: PLC0415
        from ..models.matching_price_range import MatchingPriceRange # noqa: PLC0415
        from ..models.product_certification import ProductCertification # noqa: PLC0415
        d = dict(src_dict)
        country = d.pop("country")

        group = d.pop("group")

        id = d.pop("id")

        name_en = d.pop("name_en")

        name_local = d.pop("name_local")

        producer_id = d.pop("producer_id")

        status = d.pop("status")

        version = d.pop("version")

        _certifications = d.pop("certifications", UNSET)
        certifications: list[ProductCertification] | Unset = UNSET
        if _certifications is not UNSET:
            certifications = []
            for certifications_item_data in _certifications:
                certifications_item = ProductCertification.from_dict(certifications_item_data)



                certifications.append(certifications_item)


        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))


        export_markets = cast(list[str], d.pop("export_markets", UNSET))


        def _parse_hs_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        hs_code = _parse_hs_code(d.pop("hs_code", UNSET))


        image_urls = cast(list[str], d.pop("image_urls", UNSET))


        def _parse_min_order(data: object) -> Amount | float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                min_order_type_0 = Amount.from_dict(data)



                return min_order_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Amount | float | None | Unset, data)

        min_order = _parse_min_order(d.pop("min_order", UNSET))


        def _parse_monthly_capacity(data: object) -> Amount | float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                monthly_capacity_type_0 = Amount.from_dict(data)



                return monthly_capacity_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Amount | float | None | Unset, data)

        monthly_capacity = _parse_monthly_capacity(d.pop("monthly_capacity", UNSET))


        def _parse_origin(data: object) -> MatchingPlace | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                origin_type_0 = MatchingPlace.from_dict(data)



                return origin_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MatchingPlace | None | Unset, data)

        origin = _parse_origin(d.pop("origin", UNSET))


        def _parse_price(data: object) -> MatchingPriceRange | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                price_type_0 = MatchingPriceRange.from_dict(data)



                return price_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MatchingPriceRange | None | Unset, data)

        price = _parse_price(d.pop("price", UNSET))


        def _parse_programme(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        programme = _parse_programme(d.pop("programme", UNSET))


        def _parse_rating_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        rating_date = _parse_rating_date(d.pop("rating_date", UNSET))


        def _parse_stars(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        stars = _parse_stars(d.pop("stars", UNSET))


        catalogue_product = cls(
            country=country,
            group=group,
            id=id,
            name_en=name_en,
            name_local=name_local,
            producer_id=producer_id,
            status=status,
            version=version,
            certifications=certifications,
            description=description,
            export_markets=export_markets,
            hs_code=hs_code,
            image_urls=image_urls,
            min_order=min_order,
            monthly_capacity=monthly_capacity,
            origin=origin,
            price=price,
            programme=programme,
            rating_date=rating_date,
            stars=stars,
        )


        catalogue_product.additional_properties = d
        return catalogue_product

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
