from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset







T = TypeVar("T", bound="ScheduleResult")



@_attrs_define
class ScheduleResult:
    """ 
        Attributes:
            added (int):
            bound (float): an upper bound on the value of any schedule (the b-matching LP without slots)
            fair_id (str):
            gap (float): bound - value: at most this much is left on the table
            meetings (int):
            of_bound (float): value / bound (1.0 = provably optimal)
            value (float): total value of the wishes met
            wishes (int):
            wishes_unmet (int):
     """

    added: int
    bound: float
    fair_id: str
    gap: float
    meetings: int
    of_bound: float
    value: float
    wishes: int
    wishes_unmet: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        added = self.added

        bound = self.bound

        fair_id = self.fair_id

        gap = self.gap

        meetings = self.meetings

        of_bound = self.of_bound

        value = self.value

        wishes = self.wishes

        wishes_unmet = self.wishes_unmet


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "added": added,
            "bound": bound,
            "fair_id": fair_id,
            "gap": gap,
            "meetings": meetings,
            "of_bound": of_bound,
            "value": value,
            "wishes": wishes,
            "wishes_unmet": wishes_unmet,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        added = d.pop("added")

        bound = d.pop("bound")

        fair_id = d.pop("fair_id")

        gap = d.pop("gap")

        meetings = d.pop("meetings")

        of_bound = d.pop("of_bound")

        value = d.pop("value")

        wishes = d.pop("wishes")

        wishes_unmet = d.pop("wishes_unmet")

        schedule_result = cls(
            added=added,
            bound=bound,
            fair_id=fair_id,
            gap=gap,
            meetings=meetings,
            of_bound=of_bound,
            value=value,
            wishes=wishes,
            wishes_unmet=wishes_unmet,
        )


        schedule_result.additional_properties = d
        return schedule_result

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
