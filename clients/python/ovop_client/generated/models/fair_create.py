from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.fair_kind import check_fair_kind
from ..models.fair_kind import FairKind
from ..types import UNSET, Unset
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.eligibility_in import EligibilityIn
  from ..models.hall_in import HallIn
  from ..models.programme_in import ProgrammeIn
  from ..models.venue_in import VenueIn
  from ..models.window_in import WindowIn





T = TypeVar("T", bound="FairCreate")



@_attrs_define
class FairCreate:
    """ 
        Attributes:
            application_window (WindowIn):
            ends_on (datetime.date): a date between 1900-01-01 and 2100-12-31
            kind (FairKind):
            name (str):
            organiser (str):
            starts_on (datetime.date): a date between 1900-01-01 and 2100-12-31
            timezone (str): the venue's IANA time zone
            venue (VenueIn):
            eligibility (EligibilityIn | Unset):
            halls (list[HallIn] | Unset):
            max_meetings_per_participant (int | Unset):  Default: 8.
            meeting_programme (ProgrammeIn | Unset):
            waitlist_hold_seconds (int | Unset): how long a booth offered from the waitlist is held Default: 172800.
     """

    application_window: WindowIn
    ends_on: datetime.date
    kind: FairKind
    name: str
    organiser: str
    starts_on: datetime.date
    timezone: str
    venue: VenueIn
    eligibility: EligibilityIn | Unset = UNSET
    halls: list[HallIn] | Unset = UNSET
    max_meetings_per_participant: int | Unset = 8
    meeting_programme: ProgrammeIn | Unset = UNSET
    waitlist_hold_seconds: int | Unset = 172800





    def to_dict(self) -> dict[str, Any]:
        from ..models.eligibility_in import EligibilityIn # noqa: PLC0415
        from ..models.hall_in import HallIn # noqa: PLC0415
        from ..models.programme_in import ProgrammeIn # noqa: PLC0415
        from ..models.venue_in import VenueIn # noqa: PLC0415
        from ..models.window_in import WindowIn # noqa: PLC0415
        application_window = self.application_window.to_dict()

        ends_on = self.ends_on.isoformat()

        kind: str = self.kind

        name = self.name

        organiser = self.organiser

        starts_on = self.starts_on.isoformat()

        timezone = self.timezone

        venue = self.venue.to_dict()

        eligibility: dict[str, Any] | Unset = UNSET
        if not isinstance(self.eligibility, Unset):
            eligibility = self.eligibility.to_dict()

        halls: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.halls, Unset):
            halls = []
            for halls_item_data in self.halls:
                halls_item = halls_item_data.to_dict()
                halls.append(halls_item)



        max_meetings_per_participant = self.max_meetings_per_participant

        meeting_programme: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meeting_programme, Unset):
            meeting_programme = self.meeting_programme.to_dict()

        waitlist_hold_seconds = self.waitlist_hold_seconds


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "application_window": application_window,
            "ends_on": ends_on,
            "kind": kind,
            "name": name,
            "organiser": organiser,
            "starts_on": starts_on,
            "timezone": timezone,
            "venue": venue,
        })
        if eligibility is not UNSET:
            field_dict["eligibility"] = eligibility
        if halls is not UNSET:
            field_dict["halls"] = halls
        if max_meetings_per_participant is not UNSET:
            field_dict["max_meetings_per_participant"] = max_meetings_per_participant
        if meeting_programme is not UNSET:
            field_dict["meeting_programme"] = meeting_programme
        if waitlist_hold_seconds is not UNSET:
            field_dict["waitlist_hold_seconds"] = waitlist_hold_seconds

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.eligibility_in import EligibilityIn # noqa: PLC0415
        from ..models.hall_in import HallIn # noqa: PLC0415
        from ..models.programme_in import ProgrammeIn # noqa: PLC0415
        from ..models.venue_in import VenueIn # noqa: PLC0415
        from ..models.window_in import WindowIn # noqa: PLC0415
        d = dict(src_dict)
        application_window = WindowIn.from_dict(d.pop("application_window"))




        ends_on = datetime.date.fromisoformat(d.pop("ends_on"))




        kind = check_fair_kind(d.pop("kind"))




        name = d.pop("name")

        organiser = d.pop("organiser")

        starts_on = datetime.date.fromisoformat(d.pop("starts_on"))




        timezone = d.pop("timezone")

        venue = VenueIn.from_dict(d.pop("venue"))




        _eligibility = d.pop("eligibility", UNSET)
        eligibility: EligibilityIn | Unset
        if isinstance(_eligibility,  Unset):
            eligibility = UNSET
        else:
            eligibility = EligibilityIn.from_dict(_eligibility)




        _halls = d.pop("halls", UNSET)
        halls: list[HallIn] | Unset = UNSET
        if _halls is not UNSET:
            halls = []
            for halls_item_data in _halls:
                halls_item = HallIn.from_dict(halls_item_data)



                halls.append(halls_item)


        max_meetings_per_participant = d.pop("max_meetings_per_participant", UNSET)

        _meeting_programme = d.pop("meeting_programme", UNSET)
        meeting_programme: ProgrammeIn | Unset
        if isinstance(_meeting_programme,  Unset):
            meeting_programme = UNSET
        else:
            meeting_programme = ProgrammeIn.from_dict(_meeting_programme)




        waitlist_hold_seconds = d.pop("waitlist_hold_seconds", UNSET)

        fair_create = cls(
            application_window=application_window,
            ends_on=ends_on,
            kind=kind,
            name=name,
            organiser=organiser,
            starts_on=starts_on,
            timezone=timezone,
            venue=venue,
            eligibility=eligibility,
            halls=halls,
            max_meetings_per_participant=max_meetings_per_participant,
            meeting_programme=meeting_programme,
            waitlist_hold_seconds=waitlist_hold_seconds,
        )

        return fair_create

