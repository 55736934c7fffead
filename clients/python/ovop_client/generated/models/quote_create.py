from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.quote_create_incoterm import check_quote_create_incoterm
from ..models.quote_create_incoterm import QuoteCreateIncoterm
from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="QuoteCreate")



@_attrs_define
class QuoteCreate:
    """ 
        Attributes:
            currency (str): ISO 4217 (any case; answered in upper case), one of the reference rate table: AED, AUD, BND,
                CNY, EUR, GBP, IDR, JPY, KHR, KRW, LAK, MMK, MYR, PHP, SGD, THB, USD, VND
            incoterm (QuoteCreateIncoterm): an Incoterms 2020 rule: EXW, FCA, CPT, CIP, DAP, DPU, DDP, FAS, FOB, CFR, CIF
            lead_time_days (int): days from the order to delivery under the incoterm
            price (float): price per unit, in `currency`
            quantity (float):
            unit (str):
            valid_until (datetime.datetime): the quote can be accepted until then
            message (str | Unset):  Default: ''.
     """

    currency: str
    incoterm: QuoteCreateIncoterm
    lead_time_days: int
    price: float
    quantity: float
    unit: str
    valid_until: datetime.datetime
    message: str | Unset = ''





    def to_dict(self) -> dict[str, Any]:
        currency = self.currency

        incoterm: str = self.incoterm

        lead_time_days = self.lead_time_days

        price = self.price

        quantity = self.quantity

        unit = self.unit

        valid_until = self.valid_until.isoformat()

        message = self.message


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "currency": currency,
            "incoterm": incoterm,
            "lead_time_days": lead_time_days,
            "price": price,
            "quantity": quantity,
            "unit": unit,
            "valid_until": valid_until,
        })
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        currency = d.pop("currency")

        incoterm = check_quote_create_incoterm(d.pop("incoterm"))




        lead_time_days = d.pop("lead_time_days")

        price = d.pop("price")

        quantity = d.pop("quantity")

        unit = d.pop("unit")

        valid_until = datetime.datetime.fromisoformat(d.pop("valid_until"))




        message = d.pop("message", UNSET)

        quote_create = cls(
            currency=currency,
            incoterm=incoterm,
            lead_time_days=lead_time_days,
            price=price,
            quantity=quantity,
            unit=unit,
            valid_until=valid_until,
            message=message,
        )

        return quote_create

