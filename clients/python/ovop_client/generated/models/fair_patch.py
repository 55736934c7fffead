from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.eligibility_patch import EligibilityPatch
  from ..models.venue_in import VenueIn
  from ..models.window_in import WindowIn





T = TypeVar("T", bound="FairPatch")



@_attrs_define
class FairPatch:
    """ The fields to change; the others stay. Moving `starts_on` moves the whole fair by as many days (its last
    day, meeting programme, participants' hours and scheduled meetings with it); `ends_on` alone may not drop a
    meeting session; `timezone` keeps the wall-clock times (meetings move in absolute time); a new quota or
    meeting cap may not be below what is already booked or scheduled; eligibility applies to later
    applications only.

        Attributes:
            application_window (WindowIn | Unset):
            eligibility (EligibilityPatch | Unset):
            ends_on (datetime.date | Unset): a date between 1900-01-01 and 2100-12-31
            max_meetings_per_participant (int | Unset):
            name (str | Unset):
            organiser (str | Unset):
            starts_on (datetime.date | Unset): a date between 1900-01-01 and 2100-12-31
            timezone (str | Unset):
            venue (VenueIn | Unset):
            waitlist_hold_seconds (int | Unset):
     """

    application_window: WindowIn | Unset = UNSET
    eligibility: EligibilityPatch | Unset = UNSET
    ends_on: datetime.date | Unset = UNSET
    max_meetings_per_participant: int | Unset = UNSET
    name: str | Unset = UNSET
    organiser: str | Unset = UNSET
    starts_on: datetime.date | Unset = UNSET
    timezone: str | Unset = UNSET
    venue: VenueIn | Unset = UNSET
    waitlist_hold_seconds: int | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.eligibility_patch import EligibilityPatch # noqa: PLC0415
        from ..models.venue_in import VenueIn # noqa: PLC0415
        from ..models.window_in import WindowIn # noqa: PLC0415
        application_window: dict[str, Any] | Unset = UNSET
        if not isinstance(self.application_window, Unset):
            application_window = self.application_window.to_dict()

        eligibility: dict[str, Any] | Unset = UNSET
        if not isinstance(self.eligibility, Unset):
            eligibility = self.eligibility.to_dict()

        ends_on: str | Unset = UNSET
        if not isinstance(self.ends_on, Unset):
            ends_on = self.ends_on.isoformat()

        max_meetings_per_participant = self.max_meetings_per_participant

        name = self.name

        organiser = self.organiser

        starts_on: str | Unset = UNSET
        if not isinstance(self.starts_on, Unset):
            starts_on = self.starts_on.isoformat()

        timezone = self.timezone

        venue: dict[str, Any] | Unset = UNSET
        if not isinstance(self.venue, Unset):
            venue = self.venue.to_dict()

        waitlist_hold_seconds = self.waitlist_hold_seconds


        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if application_window is not UNSET:
            field_dict["application_window"] = application_window
        if eligibility is not UNSET:
            field_dict["eligibility"] = eligibility
        if ends_on is not UNSET:
            field_dict["ends_on"] = ends_on
        if max_meetings_per_participant is not UNSET:
            field_dict["max_meetings_per_participant"] = max_meetings_per_participant
        if name is not UNSET:
            field_dict["name"] = name
        if organiser is not UNSET:
            field_dict["organiser"] = organiser
        if starts_on is not UNSET:
            field_dict["starts_on"] = starts_on
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if venue is not UNSET:
            field_dict["venue"] = venue
        if waitlist_hold_seconds is not UNSET:
            field_dict["waitlist_hold_seconds"] = waitlist_hold_seconds

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.eligibility_patch import EligibilityPatch # noqa: PLC0415
        from ..models.venue_in import VenueIn # noqa: PLC0415
        from ..models.window_in import WindowIn # noqa: PLC0415
        d = dict(src_dict)
        _application_window = d.pop("application_window", UNSET)
        application_window: WindowIn | Unset
        if isinstance(_application_window,  Unset):
            application_window = UNSET
        else:
            application_window = WindowIn.from_dict(_application_window)




        _eligibility = d.pop("eligibility", UNSET)
        eligibility: EligibilityPatch | Unset
        if isinstance(_eligibility,  Unset):
            eligibility = UNSET
        else:
            eligibility = EligibilityPatch.from_dict(_eligibility)




        _ends_on = d.pop("ends_on", UNSET)
        ends_on: datetime.date | Unset
        if isinstance(_ends_on,  Unset):
            ends_on = UNSET
        else:
            ends_on = datetime.date.fromisoformat(_ends_on)




        max_meetings_per_participant = d.pop("max_meetings_per_participant", UNSET)

        name = d.pop("name", UNSET)

        organiser = d.pop("organiser", UNSET)

        _starts_on = d.pop("starts_on", UNSET)
        starts_on: datetime.date | Unset
        if isinstance(_starts_on,  Unset):
            starts_on = UNSET
        else:
            starts_on = datetime.date.fromisoformat(_starts_on)




        timezone = d.pop("timezone", UNSET)

        _venue = d.pop("venue", UNSET)
        venue: VenueIn | Unset
        if isinstance(_venue,  Unset):
            venue = UNSET
        else:
            venue = VenueIn.from_dict(_venue)




        waitlist_hold_seconds = d.pop("waitlist_hold_seconds", UNSET)

        fair_patch = cls(
            application_window=application_window,
            eligibility=eligibility,
            ends_on=ends_on,
            max_meetings_per_participant=max_meetings_per_participant,
            name=name,
            organiser=organiser,
            starts_on=starts_on,
            timezone=timezone,
            venue=venue,
            waitlist_hold_seconds=waitlist_hold_seconds,
        )

        return fair_patch

