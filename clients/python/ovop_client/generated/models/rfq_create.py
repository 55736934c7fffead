from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.rfq_create_group_type_0 import check_rfq_create_group_type_0
from ..models.rfq_create_group_type_0 import RfqCreateGroupType0
from ..types import UNSET, Unset
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.delivery_window import DeliveryWindow





T = TypeVar("T", bound="RfqCreate")



@_attrs_define
class RfqCreate:
    """ What a buyer is looking for.

        Attributes:
            deadline (datetime.datetime): when the request expires; must be in the future
            destination (str): ISO 3166-1 alpha-2 country code (any case; answered in upper case)
            quantity (float):
            text (str): what is wanted, in any language
            unit (str):
            buyer (None | str | Unset):
            certifications (list[str] | Unset):
            currency (None | str | Unset):
            delivery_window (DeliveryWindow | None | Unset):
            group (None | RfqCreateGroupType0 | Unset):
            hs_code (None | str | Unset):
            target_price (float | None | Unset):
     """

    deadline: datetime.datetime
    destination: str
    quantity: float
    text: str
    unit: str
    buyer: None | str | Unset = UNSET
    certifications: list[str] | Unset = UNSET
    currency: None | str | Unset = UNSET
    delivery_window: DeliveryWindow | None | Unset = UNSET
    group: None | RfqCreateGroupType0 | Unset = UNSET
    hs_code: None | str | Unset = UNSET
    target_price: float | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.delivery_window import DeliveryWindow # noqa: PLC0415
        deadline = self.deadline.isoformat()

        destination = self.destination

        quantity = self.quantity

        text = self.text

        unit = self.unit

        buyer: None | str | Unset
        if isinstance(self.buyer, Unset):
            buyer = UNSET
        else:
            buyer = self.buyer

        certifications: list[str] | Unset = UNSET
        if not isinstance(self.certifications, Unset):
            certifications = self.certifications



        currency: None | str | Unset
        if isinstance(self.currency, Unset):
            currency = UNSET
        else:
            currency = self.currency

        delivery_window: dict[str, Any] | None | Unset
        if isinstance(self.delivery_window, Unset):
            delivery_window = UNSET
        elif isinstance(self.delivery_window, DeliveryWindow):
            delivery_window = self.delivery_window.to_dict()
        else:
            delivery_window = self.delivery_window

        group: None | str | Unset
        if isinstance(self.group, Unset):
            group = UNSET
        elif isinstance(self.group, str):
            group = self.group
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

        field_dict.update({
            "deadline": deadline,
            "destination": destination,
            "quantity": quantity,
            "text": text,
            "unit": unit,
        })
        if buyer is not UNSET:
            field_dict["buyer"] = buyer
        if certifications is not UNSET:
            field_dict["certifications"] = certifications
        if currency is not UNSET:
            field_dict["currency"] = currency
        if delivery_window is not UNSET:
            field_dict["delivery_window"] = delivery_window
        if group is not UNSET:
            field_dict["group"] = group
        if hs_code is not UNSET:
            field_dict["hs_code"] = hs_code
        if target_price is not UNSET:
            field_dict["target_price"] = target_price

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.delivery_window import DeliveryWindow # noqa: PLC0415
        d = dict(src_dict)
        deadline = datetime.datetime.fromisoformat(d.pop("deadline"))




        destination = d.pop("destination")

        quantity = d.pop("quantity")

        text = d.pop("text")

        unit = d.pop("unit")

        def _parse_buyer(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        buyer = _parse_buyer(d.pop("buyer", UNSET))


        certifications = cast(list[str], d.pop("certifications", UNSET))


        def _parse_currency(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        currency = _parse_currency(d.pop("currency", UNSET))


        def _parse_delivery_window(data: object) -> DeliveryWindow | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                delivery_window_type_0 = DeliveryWindow.from_dict(data)



                return delivery_window_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DeliveryWindow | None | Unset, data)

        delivery_window = _parse_delivery_window(d.pop("delivery_window", UNSET))


        def _parse_group(data: object) -> None | RfqCreateGroupType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                group_type_0 = check_rfq_create_group_type_0(data)



                return group_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RfqCreateGroupType0 | Unset, data)

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


        rfq_create = cls(
            deadline=deadline,
            destination=destination,
            quantity=quantity,
            text=text,
            unit=unit,
            buyer=buyer,
            certifications=certifications,
            currency=currency,
            delivery_window=delivery_window,
            group=group,
            hs_code=hs_code,
            target_price=target_price,
        )

        return rfq_create

