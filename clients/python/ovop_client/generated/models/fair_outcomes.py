from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset







T = TypeVar("T", bound="FairOutcomes")



@_attrs_define
class FairOutcomes:
    """ 
        Attributes:
            deals (int):
            fair_id (str):
            follow_ups (int):
            meetings (int): meetings with a recorded outcome
            no_interest (int):
            value_usd (float):
     """

    deals: int
    fair_id: str
    follow_ups: int
    meetings: int
    no_interest: int
    value_usd: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        deals = self.deals

        fair_id = self.fair_id

        follow_ups = self.follow_ups

        meetings = self.meetings

        no_interest = self.no_interest

        value_usd = self.value_usd


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "deals": deals,
            "fair_id": fair_id,
            "follow_ups": follow_ups,
            "meetings": meetings,
            "no_interest": no_interest,
            "value_usd": value_usd,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        deals = d.pop("deals")

        fair_id = d.pop("fair_id")

        follow_ups = d.pop("follow_ups")

        meetings = d.pop("meetings")

        no_interest = d.pop("no_interest")

        value_usd = d.pop("value_usd")

        fair_outcomes = cls(
            deals=deals,
            fair_id=fair_id,
            follow_ups=follow_ups,
            meetings=meetings,
            no_interest=no_interest,
            value_usd=value_usd,
        )


        fair_outcomes.additional_properties = d
        return fair_outcomes

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
