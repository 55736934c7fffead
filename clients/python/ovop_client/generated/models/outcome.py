from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.outcome_outcome import check_outcome_outcome
from ..models.outcome_outcome import OutcomeOutcome
from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="Outcome")



@_attrs_define
class Outcome:
    """ 
        Attributes:
            buyer_id (str):
            exporter_country (str):
            fair_id (str):
            meeting_id (str):
            outcome (OutcomeOutcome):
            producer_id (str):
            recorded_at (datetime.datetime):
            recorded_by (str):
            version (int):
            buyer_country (None | str | Unset):
            currency (None | str | Unset):
            product_group (None | str | Unset):
            product_id (None | str | Unset):
            value (float | None | Unset):
     """

    buyer_id: str
    exporter_country: str
    fair_id: str
    meeting_id: str
    outcome: OutcomeOutcome
    producer_id: str
    recorded_at: datetime.datetime
    recorded_by: str
    version: int
    buyer_country: None | str | Unset = UNSET
    currency: None | str | Unset = UNSET
    product_group: None | str | Unset = UNSET
    product_id: None | str | Unset = UNSET
    value: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        buyer_id = self.buyer_id

        exporter_country = self.exporter_country

        fair_id = self.fair_id

        meeting_id = self.meeting_id

        outcome: str = self.outcome

        producer_id = self.producer_id

        recorded_at = self.recorded_at.isoformat()

        recorded_by = self.recorded_by

        version = self.version

        buyer_country: None | str | Unset
        if isinstance(self.buyer_country, Unset):
            buyer_country = UNSET
        else:
            buyer_country = self.buyer_country

        currency: None | str | Unset
        if isinstance(self.currency, Unset):
            currency = UNSET
        else:
            currency = self.currency

        product_group: None | str | Unset
        if isinstance(self.product_group, Unset):
            product_group = UNSET
        else:
            product_group = self.product_group

        product_id: None | str | Unset
        if isinstance(self.product_id, Unset):
            product_id = UNSET
        else:
            product_id = self.product_id

        value: float | None | Unset
        if isinstance(self.value, Unset):
            value = UNSET
        else:
            value = self.value


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "buyer_id": buyer_id,
            "exporter_country": exporter_country,
            "fair_id": fair_id,
            "meeting_id": meeting_id,
            "outcome": outcome,
            "producer_id": producer_id,
            "recorded_at": recorded_at,
            "recorded_by": recorded_by,
            "version": version,
        })
        if buyer_country is not UNSET:
            field_dict["buyer_country"] = buyer_country
        if currency is not UNSET:
            field_dict["currency"] = currency
        if product_group is not UNSET:
            field_dict["product_group"] = product_group
        if product_id is not UNSET:
            field_dict["product_id"] = product_id
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        buyer_id = d.pop("buyer_id")

        exporter_country = d.pop("exporter_country")

        fair_id = d.pop("fair_id")

        meeting_id = d.pop("meeting_id")

        outcome = check_outcome_outcome(d.pop("outcome"))




        producer_id = d.pop("producer_id")

        recorded_at = datetime.datetime.fromisoformat(d.pop("recorded_at"))




        recorded_by = d.pop("recorded_by")

        version = d.pop("version")

        def _parse_buyer_country(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        buyer_country = _parse_buyer_country(d.pop("buyer_country", UNSET))


        def _parse_currency(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        currency = _parse_currency(d.pop("currency", UNSET))


        def _parse_product_group(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        product_group = _parse_product_group(d.pop("product_group", UNSET))


        def _parse_product_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        product_id = _parse_product_id(d.pop("product_id", UNSET))


        def _parse_value(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        value = _parse_value(d.pop("value", UNSET))


        outcome = cls(
            buyer_id=buyer_id,
            exporter_country=exporter_country,
            fair_id=fair_id,
            meeting_id=meeting_id,
            outcome=outcome,
            producer_id=producer_id,
            recorded_at=recorded_at,
            recorded_by=recorded_by,
            version=version,
            buyer_country=buyer_country,
            currency=currency,
            product_group=product_group,
            product_id=product_id,
            value=value,
        )


        outcome.additional_properties = d
        return outcome

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
