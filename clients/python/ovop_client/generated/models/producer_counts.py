from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.producer_counts_by_type import ProducerCountsByType





T = TypeVar("T", bound="ProducerCounts")



@_attrs_define
class ProducerCounts:
    """ 
        Attributes:
            by_type (ProducerCountsByType):
            total (int):
            women_led (int):
            youth_led (int):
     """

    by_type: ProducerCountsByType
    total: int
    women_led: int
    youth_led: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.producer_counts_by_type import ProducerCountsByType # noqa: PLC0415
        by_type = self.by_type.to_dict()

        total = self.total

        women_led = self.women_led

        youth_led = self.youth_led


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "by_type": by_type,
            "total": total,
            "women_led": women_led,
            "youth_led": youth_led,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.producer_counts_by_type import ProducerCountsByType # noqa: PLC0415
        d = dict(src_dict)
        by_type = ProducerCountsByType.from_dict(d.pop("by_type"))




        total = d.pop("total")

        women_led = d.pop("women_led")

        youth_led = d.pop("youth_led")

        producer_counts = cls(
            by_type=by_type,
            total=total,
            women_led=women_led,
            youth_led=youth_led,
        )


        producer_counts.additional_properties = d
        return producer_counts

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
