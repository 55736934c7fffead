from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.product_group import check_product_group
from ..models.product_group import ProductGroup
from ..models.product_status import check_product_status
from ..models.product_status import ProductStatus
from ..models.programme import check_programme
from ..models.programme import Programme
from ..types import UNSET, Unset
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.certification import Certification
  from ..models.green_public import GreenPublic
  from ..models.place import Place
  from ..models.price_range import PriceRange
  from ..models.quantity import Quantity
  from ..models.rating import Rating
  from ..models.registration_state import RegistrationState





T = TypeVar("T", bound="ProductPublic")



@_attrs_define
class ProductPublic:
    """ 
        Attributes:
            country (str):
            created_at (str):
            group (ProductGroup): Viet Nam's six OCOP groups, used across the network.
            id (str):
            name_en (str):
            name_local (str):
            origin (Place):
            producer_id (str):
            programme (Programme):
            updated_at (str):
            updated_by (str):
            version (int):
            certifications (list[Certification] | Unset):
            description (str | Unset):  Default: ''.
            description_local (str | Unset):  Default: ''.
            export_markets (list[str] | Unset):
            external_ref (None | str | Unset):
            green (GreenPublic | None | Unset): the latest Green OCOP assessment
            hs_code (None | str | Unset): HS code: 6 ASCII digits (national 8 or 10 digit codes are accepted); required for
                goods, absent for rural tourism and services
            image_urls (list[str] | Unset):
            min_order (None | Quantity | Unset):
            monthly_capacity (None | Quantity | Unset):
            price (None | PriceRange | Unset):
            rating (None | Rating | Unset): stars and rating_date follow it; null: no valid evaluation
            rating_date (datetime.date | None | Unset):
            registration (None | RegistrationState | Unset):
            stars (int | None | Unset):
            status (ProductStatus | Unset):
     """

    country: str
    created_at: str
    group: ProductGroup
    id: str
    name_en: str
    name_local: str
    origin: Place
    producer_id: str
    programme: Programme
    updated_at: str
    updated_by: str
    version: int
    certifications: list[Certification] | Unset = UNSET
    description: str | Unset = ''
    description_local: str | Unset = ''
    export_markets: list[str] | Unset = UNSET
    external_ref: None | str | Unset = UNSET
    green: GreenPublic | None | Unset = UNSET
    hs_code: None | str | Unset = UNSET
    image_urls: list[str] | Unset = UNSET
    min_order: None | Quantity | Unset = UNSET
    monthly_capacity: None | Quantity | Unset = UNSET
    price: None | PriceRange | Unset = UNSET
    rating: None | Rating | Unset = UNSET
    rating_date: datetime.date | None | Unset = UNSET
    registration: None | RegistrationState | Unset = UNSET
    stars: int | None | Unset = UNSET
    status: ProductStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.certification import Certification # noqa: PLC0415
        from ..models.green_public import GreenPublic # noqa: PLC0415
        from ..models.place import Place # noqa: PLC0415
        from ..models.price_range import PriceRange # noqa: PLC0415
        from ..models.quantity import Quantity # noqa: PLC0415
        from ..models.rating import Rating # noqa: PLC0415
        from ..models.registration_state import RegistrationState # noqa: PLC0415
        country = self.country

        created_at = self.created_at

        group: str = self.group

        id = self.id

        name_en = self.name_en

        name_local = self.name_local

        origin = self.origin.to_dict()

        producer_id = self.producer_id

        programme: str = self.programme

        updated_at = self.updated_at

        updated_by = self.updated_by

        version = self.version

        certifications: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.certifications, Unset):
            certifications = []
            for certifications_item_data in self.certifications:
                certifications_item = certifications_item_data.to_dict()
                certifications.append(certifications_item)



        description = self.description

        description_local = self.description_local

        export_markets: list[str] | Unset = UNSET
        if not isinstance(self.export_markets, Unset):
            export_markets = self.export_markets



        external_ref: None | str | Unset
        if isinstance(self.external_ref, Unset):
            external_ref = UNSET
        else:
            external_ref = self.external_ref

        green: dict[str, Any] | None | Unset
        if isinstance(self.green, Unset):
            green = UNSET
        elif isinstance(self.green, GreenPublic):
            green = self.green.to_dict()
        else:
            green = self.green

        hs_code: None | str | Unset
        if isinstance(self.hs_code, Unset):
            hs_code = UNSET
        else:
            hs_code = self.hs_code

        image_urls: list[str] | Unset = UNSET
        if not isinstance(self.image_urls, Unset):
            image_urls = self.image_urls



        min_order: dict[str, Any] | None | Unset
        if isinstance(self.min_order, Unset):
            min_order = UNSET
        elif isinstance(self.min_order, Quantity):
            min_order = self.min_order.to_dict()
        else:
            min_order = self.min_order

        monthly_capacity: dict[str, Any] | None | Unset
        if isinstance(self.monthly_capacity, Unset):
            monthly_capacity = UNSET
        elif isinstance(self.monthly_capacity, Quantity):
            monthly_capacity = self.monthly_capacity.to_dict()
        else:
            monthly_capacity = self.monthly_capacity

        price: dict[str, Any] | None | Unset
        if isinstance(self.price, Unset):
            price = UNSET
        elif isinstance(self.price, PriceRange):
            price = self.price.to_dict()
        else:
            price = self.price

        rating: dict[str, Any] | None | Unset
        if isinstance(self.rating, Unset):
            rating = UNSET
        elif isinstance(self.rating, Rating):
            rating = self.rating.to_dict()
        else:
            rating = self.rating

        rating_date: None | str | Unset
        if isinstance(self.rating_date, Unset):
            rating_date = UNSET
        elif isinstance(self.rating_date, datetime.date):
            rating_date = self.rating_date.isoformat()
        else:
            rating_date = self.rating_date

        registration: dict[str, Any] | None | Unset
        if isinstance(self.registration, Unset):
            registration = UNSET
        elif isinstance(self.registration, RegistrationState):
            registration = self.registration.to_dict()
        else:
            registration = self.registration

        stars: int | None | Unset
        if isinstance(self.stars, Unset):
            stars = UNSET
        else:
            stars = self.stars

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status



        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "country": country,
            "created_at": created_at,
            "group": group,
            "id": id,
            "name_en": name_en,
            "name_local": name_local,
            "origin": origin,
            "producer_id": producer_id,
            "programme": programme,
            "updated_at": updated_at,
            "updated_by": updated_by,
            "version": version,
        })
        if certifications is not UNSET:
            field_dict["certifications"] = certifications
        if description is not UNSET:
            field_dict["description"] = description
        if description_local is not UNSET:
            field_dict["description_local"] = description_local
        if export_markets is not UNSET:
            field_dict["export_markets"] = export_markets
        if external_ref is not UNSET:
            field_dict["external_ref"] = external_ref
        if green is not UNSET:
            field_dict["green"] = green
        if hs_code is not UNSET:
            field_dict["hs_code"] = hs_code
        if image_urls is not UNSET:
            field_dict["image_urls"] = image_urls
        if min_order is not UNSET:
            field_dict["min_order"] = min_order
        if monthly_capacity is not UNSET:
            field_dict["monthly_capacity"] = monthly_capacity
        if price is not UNSET:
            field_dict["price"] = price
        if rating is not UNSET:
            field_dict["rating"] = rating
        if rating_date is not UNSET:
            field_dict["rating_date"] = rating_date
        if registration is not UNSET:
            field_dict["registration"] = registration
        if stars is not UNSET:
            field_dict["stars"] = stars
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.certification import Certification # noqa: PLC0415
        from ..models.green_public import GreenPublic # noqa: PLC0415
        from ..models.place import Place # noqa: PLC0415
        from ..models.price_range import PriceRange # noqa: PLC0415
        from ..models.quantity import Quantity # noqa: PLC0415
        from ..models.rating import Rating # noqa: PLC0415
        from ..models.registration_state import RegistrationState # noqa: PLC0415
        d = dict(src_dict)
        country = d.pop("country")

        created_at = d.pop("created_at")

        group = check_product_group(d.pop("group"))




        id = d.pop("id")

        name_en = d.pop("name_en")

        name_local = d.pop("name_local")

        origin = Place.from_dict(d.pop("origin"))




        producer_id = d.pop("producer_id")

        programme = check_programme(d.pop("programme"))




        updated_at = d.pop("updated_at")

        updated_by = d.pop("updated_by")

        version = d.pop("version")

        _certifications = d.pop("certifications", UNSET)
        certifications: list[Certification] | Unset = UNSET
        if _certifications is not UNSET:
            certifications = []
            for certifications_item_data in _certifications:
                certifications_item = Certification.from_dict(certifications_item_data)



                certifications.append(certifications_item)


        description = d.pop("description", UNSET)

        description_local = d.pop("description_local", UNSET)

        export_markets = cast(list[str], d.pop("export_markets", UNSET))


        def _parse_external_ref(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        external_ref = _parse_external_ref(d.pop("external_ref", UNSET))


        def _parse_green(data: object) -> GreenPublic | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                green_type_0 = GreenPublic.from_dict(data)



                return green_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GreenPublic | None | Unset, data)

        green = _parse_green(d.pop("green", UNSET))


        def _parse_hs_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        hs_code = _parse_hs_code(d.pop("hs_code", UNSET))


        image_urls = cast(list[str], d.pop("image_urls", UNSET))


        def _parse_min_order(data: object) -> None | Quantity | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                min_order_type_0 = Quantity.from_dict(data)



                return min_order_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Quantity | Unset, data)

        min_order = _parse_min_order(d.pop("min_order", UNSET))


        def _parse_monthly_capacity(data: object) -> None | Quantity | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                monthly_capacity_type_0 = Quantity.from_dict(data)



                return monthly_capacity_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Quantity | Unset, data)

        monthly_capacity = _parse_monthly_capacity(d.pop("monthly_capacity", UNSET))


        def _parse_price(data: object) -> None | PriceRange | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                price_type_0 = PriceRange.from_dict(data)



                return price_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PriceRange | Unset, data)

        price = _parse_price(d.pop("price", UNSET))


        def _parse_rating(data: object) -> None | Rating | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                rating_type_0 = Rating.from_dict(data)



                return rating_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Rating | Unset, data)

        rating = _parse_rating(d.pop("rating", UNSET))


        def _parse_rating_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                rating_date_type_0 = datetime.date.fromisoformat(data)



                return rating_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        rating_date = _parse_rating_date(d.pop("rating_date", UNSET))


        def _parse_registration(data: object) -> None | RegistrationState | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                registration_type_0 = RegistrationState.from_dict(data)



                return registration_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RegistrationState | Unset, data)

        registration = _parse_registration(d.pop("registration", UNSET))


        def _parse_stars(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        stars = _parse_stars(d.pop("stars", UNSET))


        _status = d.pop("status", UNSET)
        status: ProductStatus | Unset
        if isinstance(_status,  Unset):
            status = UNSET
        else:
            status = check_product_status(_status)




        product_public = cls(
            country=country,
            created_at=created_at,
            group=group,
            id=id,
            name_en=name_en,
            name_local=name_local,
            origin=origin,
            producer_id=producer_id,
            programme=programme,
            updated_at=updated_at,
            updated_by=updated_by,
            version=version,
            certifications=certifications,
            description=description,
            description_local=description_local,
            export_markets=export_markets,
            external_ref=external_ref,
            green=green,
            hs_code=hs_code,
            image_urls=image_urls,
            min_order=min_order,
            monthly_capacity=monthly_capacity,
            price=price,
            rating=rating,
            rating_date=rating_date,
            registration=registration,
            stars=stars,
            status=status,
        )


        product_public.additional_properties = d
        return product_public

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
