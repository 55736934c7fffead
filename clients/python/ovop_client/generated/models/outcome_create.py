from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.outcome_create_outcome import check_outcome_create_outcome
from ..models.outcome_create_outcome import OutcomeCreateOutcome
from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="OutcomeCreate")



@_attrs_define
class OutcomeCreate:
    """ 
        Attributes:
            outcome (OutcomeCreateOutcome):
            currency (None | str | Unset): the deal's currency, one the trade indicators can value in USD (deals only)
            value (float | None | Unset): the deal's value (deals only)
     """

    outcome: OutcomeCreateOutcome
    currency: None | str | Unset = UNSET
    value: float | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        outcome: str = self.outcome

        currency: None | str | Unset
        if isinstance(self.currency, Unset):
            currency = UNSET
        else:
            currency = self.currency

        value: float | None | Unset
        if isinstance(self.value, Unset):
            value = UNSET
        else:
            value = self.value


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "outcome": outcome,
        })
        if currency is not UNSET:
            field_dict["currency"] = currency
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        outcome = check_outcome_create_outcome(d.pop("outcome"))




        def _parse_currency(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        currency = _parse_currency(d.pop("currency", UNSET))


        def _parse_value(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        value = _parse_value(d.pop("value", UNSET))


        outcome_create = cls(
            outcome=outcome,
            currency=currency,
            value=value,
        )

        return outcome_create

