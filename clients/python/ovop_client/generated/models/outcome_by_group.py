from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.outcome_by_group_deal_value import OutcomeByGroupDealValue





T = TypeVar("T", bound="OutcomeByGroup")



@_attrs_define
class OutcomeByGroup:
    """ 
        Attributes:
            deal (int):
            deal_value (OutcomeByGroupDealValue): deal values by currency
            follow_up (int):
            no_interest (int):
            product_group (str):
     """

    deal: int
    deal_value: OutcomeByGroupDealValue
    follow_up: int
    no_interest: int
    product_group: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.outcome_by_group_deal_value import OutcomeByGroupDealValue # noqa: PLC0415
        deal = self.deal

        deal_value = self.deal_value.to_dict()

        follow_up = self.follow_up

        no_interest = self.no_interest

        product_group = self.product_group


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "deal": deal,
            "deal_value": deal_value,
            "follow_up": follow_up,
            "no_interest": no_interest,
            "product_group": product_group,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.outcome_by_group_deal_value import OutcomeByGroupDealValue # noqa: PLC0415
        d = dict(src_dict)
        deal = d.pop("deal")

        deal_value = OutcomeByGroupDealValue.from_dict(d.pop("deal_value"))




        follow_up = d.pop("follow_up")

        no_interest = d.pop("no_interest")

        product_group = d.pop("product_group")

        outcome_by_group = cls(
            deal=deal,
            deal_value=deal_value,
            follow_up=follow_up,
            no_interest=no_interest,
            product_group=product_group,
        )


        outcome_by_group.additional_properties = d
        return outcome_by_group

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
