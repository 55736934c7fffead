from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.deal_public_status import check_deal_public_status
from ..models.deal_public_status import DealPublicStatus
from typing import cast
import datetime






T = TypeVar("T", bound="DealPublic")



@_attrs_define
class DealPublic:
    """ 
        Attributes:
            agreed_at (datetime.datetime):
            buyer (str): the buyer, revealed to the producer by its acceptance
            currency (str):
            destination (str):
            exporter_country (str):
            id (str):
            incoterm (str):
            price (float):
            producer_id (str):
            product_group (None | str):
            product_id (None | str):
            quantity (float):
            quote_id (str):
            rate_date (datetime.date):
            rfq_id (str):
            status (DealPublicStatus):
            unit (str):
            updated_at (datetime.datetime):
            value_usd (float): price × quantity in US dollars at the reference rate of `rate_date`
            version (int):
     """

    agreed_at: datetime.datetime
    buyer: str
    currency: str
    destination: str
    exporter_country: str
    id: str
    incoterm: str
    price: float
    producer_id: str
    product_group: None | str
    product_id: None | str
    quantity: float
    quote_id: str
    rate_date: datetime.date
    rfq_id: str
    status: DealPublicStatus
    unit: str
    updated_at: datetime.datetime
    value_usd: float
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        agreed_at = self.agreed_at.isoformat()

        buyer = self.buyer

        currency = self.currency

        destination = self.destination

        exporter_country = self.exporter_country

        id = self.id

        incoterm = self.incoterm

        price = self.price

        producer_id = self.producer_id

        product_group: None | str
        product_group = self.product_group

        product_id: None | str
        product_id = self.product_id

        quantity = self.quantity

        quote_id = self.quote_id

        rate_date = self.rate_date.isoformat()

        rfq_id = self.rfq_id

        status: str = self.status

        unit = self.unit

        updated_at = self.updated_at.isoformat()

        value_usd = self.value_usd

        version = self.version


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "agreed_at": agreed_at,
            "buyer": buyer,
            "currency": currency,
            "destination": destination,
            "exporter_country": exporter_country,
            "id": id,
            "incoterm": incoterm,
            "price": price,
            "producer_id": producer_id,
            "product_group": product_group,
            "product_id": product_id,
            "quantity": quantity,
            "quote_id": quote_id,
            "rate_date": rate_date,
            "rfq_id": rfq_id,
            "status": status,
            "unit": unit,
            "updated_at": updated_at,
            "value_usd": value_usd,
            "version": version,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        agreed_at = datetime.datetime.fromisoformat(d.pop("agreed_at"))




        buyer = d.pop("buyer")

        currency = d.pop("currency")

        destination = d.pop("destination")

        exporter_country = d.pop("exporter_country")

        id = d.pop("id")

        incoterm = d.pop("incoterm")

        price = d.pop("price")

        producer_id = d.pop("producer_id")

        def _parse_product_group(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        product_group = _parse_product_group(d.pop("product_group"))


        def _parse_product_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        product_id = _parse_product_id(d.pop("product_id"))


        quantity = d.pop("quantity")

        quote_id = d.pop("quote_id")

        rate_date = datetime.date.fromisoformat(d.pop("rate_date"))




        rfq_id = d.pop("rfq_id")

        status = check_deal_public_status(d.pop("status"))




        unit = d.pop("unit")

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))




        value_usd = d.pop("value_usd")

        version = d.pop("version")

        deal_public = cls(
            agreed_at=agreed_at,
            buyer=buyer,
            currency=currency,
            destination=destination,
            exporter_country=exporter_country,
            id=id,
            incoterm=incoterm,
            price=price,
            producer_id=producer_id,
            product_group=product_group,
            product_id=product_id,
            quantity=quantity,
            quote_id=quote_id,
            rate_date=rate_date,
            rfq_id=rfq_id,
            status=status,
            unit=unit,
            updated_at=updated_at,
            value_usd=value_usd,
            version=version,
        )


        deal_public.additional_properties = d
        return deal_public

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
