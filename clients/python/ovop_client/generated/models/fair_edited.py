from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.eligibility_out import EligibilityOut
  from ..models.hall_out import HallOut
  from ..models.programme_out import ProgrammeOut
  from ..models.slot_out import SlotOut
  from ..models.venue import Venue
  from ..models.window_out import WindowOut





T = TypeVar("T", bound="FairEdited")



@_attrs_define
class FairEdited:
    """ 
        Attributes:
            application_window (WindowOut):
            created_at (datetime.datetime):
            days_shifted (int): how many days the whole fair moved (0: its days stayed)
            eligibility (EligibilityOut):
            ends_on (datetime.date):
            halls (list[HallOut]):
            id (str):
            kind (str):
            max_meetings_per_participant (int):
            meeting_programme (ProgrammeOut):
            meetings_moved (int): scheduled meetings whose time or place changed (published as moved)
            name (str):
            organiser (str):
            slots (list[SlotOut]):
            starts_on (datetime.date):
            timezone (str):
            venue (Venue):
            version (int):
            waitlist_hold_seconds (int):
     """

    application_window: WindowOut
    created_at: datetime.datetime
    days_shifted: int
    eligibility: EligibilityOut
    ends_on: datetime.date
    halls: list[HallOut]
    id: str
    kind: str
    max_meetings_per_participant: int
    meeting_programme: ProgrammeOut
    meetings_moved: int
    name: str
    organiser: str
    slots: list[SlotOut]
    starts_on: datetime.date
    timezone: str
    venue: Venue
    version: int
    waitlist_hold_seconds: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.eligibility_out import EligibilityOut # noqa: PLC0415
        from ..models.hall_out import HallOut # noqa: PLC0415
        from ..models.programme_out import ProgrammeOut # noqa: PLC0415
        from ..models.slot_out import SlotOut # noqa: PLC0415
        from ..models.venue import Venue # noqa: PLC0415
        from ..models.window_out import WindowOut # noqa: PLC0415
        application_window = self.application_window.to_dict()

        created_at = self.created_at.isoformat()

        days_shifted = self.days_shifted

        eligibility = self.eligibility.to_dict()

        ends_on = self.ends_on.isoformat()

        halls = []
        for halls_item_data in self.halls:
            halls_item = halls_item_data.to_dict()
            halls.append(halls_item)



        id = self.id

        kind = self.kind

        max_meetings_per_participant = self.max_meetings_per_participant

        meeting_programme = self.meeting_programme.to_dict()

        meetings_moved = self.meetings_moved

        name = self.name

        organiser = self.organiser

        slots = []
        for slots_item_data in self.slots:
            slots_item = slots_item_data.to_dict()
            slots.append(slots_item)



        starts_on = self.starts_on.isoformat()

        timezone = self.timezone

        venue = self.venue.to_dict()

        version = self.version

        waitlist_hold_seconds = self.waitlist_hold_seconds


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "application_window": application_window,
            "created_at": created_at,
            "days_shifted": days_shifted,
            "eligibility": eligibility,
            "ends_on": ends_on,
            "halls": halls,
            "id": id,
            "kind": kind,
            "max_meetings_per_participant": max_meetings_per_participant,
            "meeting_programme": meeting_programme,
            "meetings_moved": meetings_moved,
            "name": name,
            "organiser": organiser,
            "slots": slots,
            "starts_on": starts_on,
            "timezone": timezone,
            "venue": venue,
            "version": version,
            "waitlist_hold_seconds": waitlist_hold_seconds,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.eligibility_out import EligibilityOut # noqa: PLC0415
        from ..models.hall_out import HallOut # noqa: PLC0415
        from ..models.programme_out import ProgrammeOut # noqa: PLC0415
        from ..models.slot_out import SlotOut # noqa: PLC0415
        from ..models.venue import Venue # noqa: PLC0415
        from ..models.window_out import WindowOut # noqa: PLC0415
        d = dict(src_dict)
        application_window = WindowOut.from_dict(d.pop("application_window"))




        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        days_shifted = d.pop("days_shifted")

        eligibility = EligibilityOut.from_dict(d.pop("eligibility"))




        ends_on = datetime.date.fromisoformat(d.pop("ends_on"))




        halls = []
        _halls = d.pop("halls")
        for halls_item_data in (_halls):
            halls_item = HallOut.from_dict(halls_item_data)



            halls.append(halls_item)


        id = d.pop("id")

        kind = d.pop("kind")

        max_meetings_per_participant = d.pop("max_meetings_per_participant")

        meeting_programme = ProgrammeOut.from_dict(d.pop("meeting_programme"))




        meetings_moved = d.pop("meetings_moved")

        name = d.pop("name")

        organiser = d.pop("organiser")

        slots = []
        _slots = d.pop("slots")
        for slots_item_data in (_slots):
            slots_item = SlotOut.from_dict(slots_item_data)



            slots.append(slots_item)


        starts_on = datetime.date.fromisoformat(d.pop("starts_on"))




        timezone = d.pop("timezone")

        venue = Venue.from_dict(d.pop("venue"))




        version = d.pop("version")

        waitlist_hold_seconds = d.pop("waitlist_hold_seconds")

        fair_edited = cls(
            application_window=application_window,
            created_at=created_at,
            days_shifted=days_shifted,
            eligibility=eligibility,
            ends_on=ends_on,
            halls=halls,
            id=id,
            kind=kind,
            max_meetings_per_participant=max_meetings_per_participant,
            meeting_programme=meeting_programme,
            meetings_moved=meetings_moved,
            name=name,
            organiser=organiser,
            slots=slots,
            starts_on=starts_on,
            timezone=timezone,
            venue=venue,
            version=version,
            waitlist_hold_seconds=waitlist_hold_seconds,
        )


        fair_edited.additional_properties = d
        return fair_edited

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
