from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.quote_compared_status import check_quote_compared_status
from ..models.quote_compared_status import QuoteComparedStatus
from ..types import UNSET, Unset
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.converted import Converted





T = TypeVar("T", bound="QuoteCompared")



@_attrs_define
class QuoteCompared:
    """ 
        Attributes:
            converted (Converted):
            country (str): the exporting producer's member state
            created_at (datetime.datetime):
            currency (str):
            id (str):
            incoterm (str):
            lead_time_days (int):
            message (str):
            price (float):
            producer_id (str):
            product_id (None | str):
            quantity (float):
            rfq_id (str):
            status (QuoteComparedStatus):
            status_reason (None | str): why it was declined or closed
            unit (str):
            updated_at (datetime.datetime):
            valid_until (datetime.datetime):
            version (int):
            buyer (None | str | Unset): the buyer's identity: only once the buyer shared it (by writing in the quote's
                thread or accepting it)
     """

    converted: Converted
    country: str
    created_at: datetime.datetime
    currency: str
    id: str
    incoterm: str
    lead_time_days: int
    message: str
    price: float
    producer_id: str
    product_id: None | str
    quantity: float
    rfq_id: str
    status: QuoteComparedStatus
    status_reason: None | str
    unit: str
    updated_at: datetime.datetime
    valid_until: datetime.datetime
    version: int
    buyer: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.converted import Converted # noqa: PLC0415
        converted = self.converted.to_dict()

        country = self.country

        created_at = self.created_at.isoformat()

        currency = self.currency

        id = self.id

        incoterm = self.incoterm

        lead_time_days = self.lead_time_days

        message = self.message

        price = self.price

        producer_id = self.producer_id

        product_id: None | str
        product_id = self.product_id

        quantity = self.quantity

        rfq_id = self.rfq_id

        status: str = self.status

        status_reason: None | str
        status_reason = self.status_reason

        unit = self.unit

        updated_at = self.updated_at.isoformat()

        valid_until = self.valid_until.isoformat()

        version = self.version

        buyer: None | str | Unset
        if isinstance(self.buyer, Unset):
            buyer = UNSET
        else:
            buyer = self.buyer


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "converted": converted,
            "country": country,
            "created_at": created_at,
            "currency": currency,
            "id": id,
            "incoterm": incoterm,
            "lead_time_days": lead_time_days,
            "message": message,
            "price": price,
            "producer_id": producer_id,
            "product_id": product_id,
            "quantity": quantity,
            "rfq_id": rfq_id,
            "status": status,
            "status_reason": status_reason,
            "unit": unit,
            "updated_at": updated_at,
            "valid_until": valid_until,
            "version": version,
        })
        if buyer is not UNSET:
            field_dict["buyer"] = buyer

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.converted import Converted # noqa: PLC0415
        d = dict(src_dict)
        converted = Converted.from_dict(d.pop("converted"))




        country = d.pop("country")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        currency = d.pop("currency")

        id = d.pop("id")

        incoterm = d.pop("incoterm")

        lead_time_days = d.pop("lead_time_days")

        message = d.pop("message")

        price = d.pop("price")

        producer_id = d.pop("producer_id")

        def _parse_product_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        product_id = _parse_product_id(d.pop("product_id"))


        quantity = d.pop("quantity")

        rfq_id = d.pop("rfq_id")

        status = check_quote_compared_status(d.pop("status"))




        def _parse_status_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        status_reason = _parse_status_reason(d.pop("status_reason"))


        unit = d.pop("unit")

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))




        valid_until = datetime.datetime.fromisoformat(d.pop("valid_until"))




        version = d.pop("version")

        def _parse_buyer(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        buyer = _parse_buyer(d.pop("buyer", UNSET))


        quote_compared = cls(
            converted=converted,
            country=country,
            created_at=created_at,
            currency=currency,
            id=id,
            incoterm=incoterm,
            lead_time_days=lead_time_days,
            message=message,
            price=price,
            producer_id=producer_id,
            product_id=product_id,
            quantity=quantity,
            rfq_id=rfq_id,
            status=status,
            status_reason=status_reason,
            unit=unit,
            updated_at=updated_at,
            valid_until=valid_until,
            version=version,
            buyer=buyer,
        )


        quote_compared.additional_properties = d
        return quote_compared

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
