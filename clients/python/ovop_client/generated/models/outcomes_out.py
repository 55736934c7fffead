from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.outcome_by_country import OutcomeByCountry
  from ..models.outcome_by_group import OutcomeByGroup





T = TypeVar("T", bound="OutcomesOut")



@_attrs_define
class OutcomesOut:
    """ 
        Attributes:
            by_country (list[OutcomeByCountry]):
            by_product_group (list[OutcomeByGroup]):
            recorded (int):
     """

    by_country: list[OutcomeByCountry]
    by_product_group: list[OutcomeByGroup]
    recorded: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.outcome_by_country import OutcomeByCountry # noqa: PLC0415
        from ..models.outcome_by_group import OutcomeByGroup # noqa: PLC0415
        by_country = []
        for by_country_item_data in self.by_country:
            by_country_item = by_country_item_data.to_dict()
            by_country.append(by_country_item)



        by_product_group = []
        for by_product_group_item_data in self.by_product_group:
            by_product_group_item = by_product_group_item_data.to_dict()
            by_product_group.append(by_product_group_item)



        recorded = self.recorded


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "by_country": by_country,
            "by_product_group": by_product_group,
            "recorded": recorded,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.outcome_by_country import OutcomeByCountry # noqa: PLC0415
        from ..models.outcome_by_group import OutcomeByGroup # noqa: PLC0415
        d = dict(src_dict)
        by_country = []
        _by_country = d.pop("by_country")
        for by_country_item_data in (_by_country):
            by_country_item = OutcomeByCountry.from_dict(by_country_item_data)



            by_country.append(by_country_item)


        by_product_group = []
        _by_product_group = d.pop("by_product_group")
        for by_product_group_item_data in (_by_product_group):
            by_product_group_item = OutcomeByGroup.from_dict(by_product_group_item_data)



            by_product_group.append(by_product_group_item)


        recorded = d.pop("recorded")

        outcomes_out = cls(
            by_country=by_country,
            by_product_group=by_product_group,
            recorded=recorded,
        )


        outcomes_out.additional_properties = d
        return outcomes_out

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
