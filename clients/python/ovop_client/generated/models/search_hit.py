from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.catalogue_product import CatalogueProduct
  from ..models.certification_held import CertificationHeld
  from ..models.converted_price import ConvertedPrice
  from ..models.producer_summary import ProducerSummary





T = TypeVar("T", bound="SearchHit")



@_attrs_define
class SearchHit:
    """ 
        Attributes:
            product (CatalogueProduct): A listed product of the regional catalogue, as its registry node published it. The
                producer's contact
                fields are null unless the caller may see them (a signed-in buyer, the producer, its country's admin).
            score (float):
            certifications (list[CertificationHeld] | Unset):
            image (None | str | Unset):
            price (ConvertedPrice | None | Unset): the price range in the requested currency
            producer (None | ProducerSummary | Unset):
     """

    product: CatalogueProduct
    score: float
    certifications: list[CertificationHeld] | Unset = UNSET
    image: None | str | Unset = UNSET
    price: ConvertedPrice | None | Unset = UNSET
    producer: None | ProducerSummary | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.catalogue_product import CatalogueProduct # noqa: PLC0415
        from ..models.certification_held import CertificationHeld # noqa: PLC0415
        from ..models.converted_price import ConvertedPrice # noqa: PLC0415
        from ..models.producer_summary import ProducerSummary # noqa: PLC0415
        product = self.product.to_dict()

        score = self.score

        certifications: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.certifications, Unset):
            certifications = []
            for certifications_item_data in self.certifications:
                certifications_item = certifications_item_data.to_dict()
                certifications.append(certifications_item)



        image: None | str | Unset
        if isinstance(self.image, Unset):
            image = UNSET
        else:
            image = self.image

        price: dict[str, Any] | None | Unset
        if isinstance(self.price, Unset):
            price = UNSET
        elif isinstance(self.price, ConvertedPrice):
            price = self.price.to_dict()
        else:
            price = self.price

        producer: dict[str, Any] | None | Unset
        if isinstance(self.producer, Unset):
            producer = UNSET
        elif isinstance(self.producer, ProducerSummary):
            producer = self.producer.to_dict()
        else:
            producer = self.producer


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "product": product,
            "score": score,
        })
        if certifications is not UNSET:
            field_dict["certifications"] = certifications
        if image is not UNSET:
            field_dict["image"] = image
        if price is not UNSET:
            field_dict["price"] = price
        if producer is not UNSET:
            field_dict["producer"] = producer

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.catalogue_product import CatalogueProduct # noqa: PLC0415
        from ..models.certification_held import CertificationHeld # noqa: PLC0415
        from ..models.converted_price import ConvertedPrice # noqa: PLC0415
        from ..models.producer_summary import ProducerSummary # noqa: PLC0415
        d = dict(src_dict)
        product = CatalogueProduct.from_dict(d.pop("product"))




        score = d.pop("score")

        _certifications = d.pop("certifications", UNSET)
        certifications: list[CertificationHeld] | Unset = UNSET
        if _certifications is not UNSET:
            certifications = []
            for certifications_item_data in _certifications:
                certifications_item = CertificationHeld.from_dict(certifications_item_data)



                certifications.append(certifications_item)


        def _parse_image(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        image = _parse_image(d.pop("image", UNSET))


        def _parse_price(data: object) -> ConvertedPrice | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                price_type_0 = ConvertedPrice.from_dict(data)



                return price_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConvertedPrice | None | Unset, data)

        price = _parse_price(d.pop("price", UNSET))


        def _parse_producer(data: object) -> None | ProducerSummary | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                producer_type_0 = ProducerSummary.from_dict(data)



                return producer_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ProducerSummary | Unset, data)

        producer = _parse_producer(d.pop("producer", UNSET))


        search_hit = cls(
            product=product,
            score=score,
            certifications=certifications,
            image=image,
            price=price,
            producer=producer,
        )


        search_hit.additional_properties = d
        return search_hit

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
