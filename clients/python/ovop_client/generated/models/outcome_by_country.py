from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.outcome_by_country_deal_value import OutcomeByCountryDealValue





T = TypeVar("T", bound="OutcomeByCountry")



@_attrs_define
class OutcomeByCountry:
    """ 
        Attributes:
            country (str):
            deal (int):
            deal_value (OutcomeByCountryDealValue): deal values by currency
            follow_up (int):
            no_interest (int):
     """

    country: str
    deal: int
    deal_value: OutcomeByCountryDealValue
    follow_up: int
    no_interest: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.outcome_by_country_deal_value import OutcomeByCountryDealValue # noqa: PLC0415
        country = self.country

        deal = self.deal

        deal_value = self.deal_value.to_dict()

        follow_up = self.follow_up

        no_interest = self.no_interest


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "country": country,
            "deal": deal,
            "deal_value": deal_value,
            "follow_up": follow_up,
            "no_interest": no_interest,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.outcome_by_country_deal_value import OutcomeByCountryDealValue # noqa: PLC0415
        d = dict(src_dict)
        country = d.pop("country")

        deal = d.pop("deal")

        deal_value = OutcomeByCountryDealValue.from_dict(d.pop("deal_value"))




        follow_up = d.pop("follow_up")

        no_interest = d.pop("no_interest")

        outcome_by_country = cls(
            country=country,
            deal=deal,
            deal_value=deal_value,
            follow_up=follow_up,
            no_interest=no_interest,
        )


        outcome_by_country.additional_properties = d
        return outcome_by_country

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
