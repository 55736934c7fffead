from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.checked_in import CheckedIn
  from ..models.meeting_counts import MeetingCounts
  from ..models.outcomes_out import OutcomesOut





T = TypeVar("T", bound="FairReport")



@_attrs_define
class FairReport:
    """ 
        Attributes:
            buyers (int):
            checked_in (CheckedIn):
            exhibitors (int):
            fair_id (str):
            meetings (MeetingCounts):
            name (str):
            outcomes (OutcomesOut):
     """

    buyers: int
    checked_in: CheckedIn
    exhibitors: int
    fair_id: str
    meetings: MeetingCounts
    name: str
    outcomes: OutcomesOut
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.checked_in import CheckedIn # noqa: PLC0415
        from ..models.meeting_counts import MeetingCounts # noqa: PLC0415
        from ..models.outcomes_out import OutcomesOut # noqa: PLC0415
        buyers = self.buyers

        checked_in = self.checked_in.to_dict()

        exhibitors = self.exhibitors

        fair_id = self.fair_id

        meetings = self.meetings.to_dict()

        name = self.name

        outcomes = self.outcomes.to_dict()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "buyers": buyers,
            "checked_in": checked_in,
            "exhibitors": exhibitors,
            "fair_id": fair_id,
            "meetings": meetings,
            "name": name,
            "outcomes": outcomes,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.checked_in import CheckedIn # noqa: PLC0415
        from ..models.meeting_counts import MeetingCounts # noqa: PLC0415
        from ..models.outcomes_out import OutcomesOut # noqa: PLC0415
        d = dict(src_dict)
        buyers = d.pop("buyers")

        checked_in = CheckedIn.from_dict(d.pop("checked_in"))




        exhibitors = d.pop("exhibitors")

        fair_id = d.pop("fair_id")

        meetings = MeetingCounts.from_dict(d.pop("meetings"))




        name = d.pop("name")

        outcomes = OutcomesOut.from_dict(d.pop("outcomes"))




        fair_report = cls(
            buyers=buyers,
            checked_in=checked_in,
            exhibitors=exhibitors,
            fair_id=fair_id,
            meetings=meetings,
            name=name,
            outcomes=outcomes,
        )


        fair_report.additional_properties = d
        return fair_report

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
