from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="RequestForProducer")



@_attrs_define
class RequestForProducer:
    """ A sourcing request as a matched producer sees it: what is asked, never who asks.

        Attributes:
            deadline (datetime.datetime):
            destination (str):
            id (str):
            quantity (float):
            status (str):
            text (str):
            unit (str):
            certifications (list[str] | Unset):
            currency (None | str | Unset):
            delivery_from (datetime.date | None | Unset):
            delivery_to (datetime.date | None | Unset):
            group (None | str | Unset):
            hs_code (None | str | Unset):
            target_price (float | None | Unset):
     """

    deadline: datetime.datetime
    destination: str
    id: str
    quantity: float
    status: str
    text: str
    unit: str
    certifications: list[str] | Unset = UNSET
    currency: None | str | Unset = UNSET
    delivery_from: datetime.date | None | Unset = UNSET
    delivery_to: datetime.date | None | Unset = UNSET
    group: None | str | Unset = UNSET
    hs_code: None | str | Unset = UNSET
    target_price: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        deadline = self.deadline.isoformat()

        destination = self.destination

        id = self.id

        quantity = self.quantity

        status = self.status

        text = self.text

        unit = self.unit

        certifications: list[str] | Unset = UNSET
        if not isinstance(self.certifications, Unset):
            certifications = self.certifications



        currency: None | str | Unset
        if isinstance(self.currency, Unset):
            currency = UNSET
        else:
            currency = self.currency

        delivery_from: None | str | Unset
        if isinstance(self.delivery_from, Unset):
            delivery_from = UNSET
        elif isinstance(self.delivery_from, datetime.date):
            delivery_from = self.delivery_from.isoformat()
        else:
            delivery_from = self.delivery_from

        delivery_to: None | str | Unset
        if isinstance(self.delivery_to, Unset):
            delivery_to = UNSET
        elif isinstance(self.delivery_to, datetime.date):
            delivery_to = self.delivery_to.isoformat()
        else:
            delivery_to = self.delivery_to

        group: None | str | Unset
        if isinstance(self.group, Unset):
            group = UNSET
        else:
            group = self.group

        hs_code: None | str | Unset
        if isinstance(self.hs_code, Unset):
            hs_code = UNSET
        else:
            hs_code = self.hs_code

        target_price: float | None | Unset
        if isinstance(self.target_price, Unset):
            target_price = UNSET
        else:
            target_price = self.target_price


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "deadline": deadline,
            "destination": destination,
            "id": id,
            "quantity": quantity,
            "status": status,
            "text": text,
            "unit": unit,
        })
        if certifications is not UNSET:
            field_dict["certifications"] = certifications
        if currency is not UNSET:
            field_dict["currency"] = currency
        if delivery_from is not UNSET:
            field_dict["delivery_from"] = delivery_from
        if delivery_to is not UNSET:
            field_dict["delivery_to"] = delivery_to
        if group is not UNSET:
            field_dict["group"] = group
        if hs_code is not UNSET:
            field_dict["hs_code"] = hs_code
        if target_price is not UNSET:
            field_dict["target_price"] = target_price

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        deadline = datetime.datetime.fromisoformat(d.pop("deadline"))




        destination = d.pop("destination")

        id = d.pop("id")

        quantity = d.pop("quantity")

        status = d.pop("status")

        text = d.pop("text")

        unit = d.pop("unit")

        certifications = cast(list[str], d.pop("certifications", UNSET))


        def _parse_currency(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        currency = _parse_currency(d.pop("currency", UNSET))


        def _parse_delivery_from(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                delivery_from_type_0 = datetime.date.fromisoformat(data)



                return delivery_from_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        delivery_from = _parse_delivery_from(d.pop("delivery_from", UNSET))


        def _parse_delivery_to(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                delivery_to_type_0 = datetime.date.fromisoformat(data)



                return delivery_to_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        delivery_to = _parse_delivery_to(d.pop("delivery_to", UNSET))


        def _parse_group(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        group = _parse_group(d.pop("group", UNSET))


        def _parse_hs_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        hs_code = _parse_hs_code(d.pop("hs_code", UNSET))


        def _parse_target_price(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        target_price = _parse_target_price(d.pop("target_price", UNSET))


        request_for_producer = cls(
            deadline=deadline,
            destination=destination,
            id=id,
            quantity=quantity,
            status=status,
            text=text,
            unit=unit,
            certifications=certifications,
            currency=currency,
            delivery_from=delivery_from,
            delivery_to=delivery_to,
            group=group,
            hs_code=hs_code,
            target_price=target_price,
        )


        request_for_producer.additional_properties = d
        return request_for_producer

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
