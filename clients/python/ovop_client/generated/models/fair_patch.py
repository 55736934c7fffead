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
            application_window (None | Unset | WindowIn):
            eligibility (EligibilityPatch | None | Unset):
            ends_on (datetime.date | None | Unset):
            max_meetings_per_participant (int | None | Unset):
            name (None | str | Unset):
            organiser (None | str | Unset):
            starts_on (datetime.date | None | Unset):
            timezone (None | str | Unset):
            venue (None | Unset | VenueIn):
            waitlist_hold_seconds (int | None | Unset):
     """

    application_window: None | Unset | WindowIn = UNSET
    eligibility: EligibilityPatch | None | Unset = UNSET
    ends_on: datetime.date | None | Unset = UNSET
    max_meetings_per_participant: int | None | Unset = UNSET
    name: None | str | Unset = UNSET
    organiser: None | str | Unset = UNSET
    starts_on: datetime.date | None | Unset = UNSET
    timezone: None | str | Unset = UNSET
    venue: None | Unset | VenueIn = UNSET
    waitlist_hold_seconds: int | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.eligibility_patch import EligibilityPatch # noqa: PLC0415
        from ..models.venue_in import VenueIn # noqa: PLC0415
        from ..models.window_in import WindowIn # noqa: PLC0415
        application_window: dict[str, Any] | None | Unset
        if isinstance(self.application_window, Unset):
            application_window = UNSET
        elif isinstance(self.application_window, WindowIn):
            application_window = self.application_window.to_dict()
        else:
            application_window = self.application_window

        eligibility: dict[str, Any] | None | Unset
        if isinstance(self.eligibility, Unset):
            eligibility = UNSET
        elif isinstance(self.eligibility, EligibilityPatch):
            eligibility = self.eligibility.to_dict()
        else:
            eligibility = self.eligibility

        ends_on: None | str | Unset
        if isinstance(self.ends_on, Unset):
            ends_on = UNSET
        elif isinstance(self.ends_on, datetime.date):
            ends_on = self.ends_on.isoformat()
        else:
            ends_on = self.ends_on

        max_meetings_per_participant: int | None | Unset
        if isinstance(self.max_meetings_per_participant, Unset):
            max_meetings_per_participant = UNSET
        else:
            max_meetings_per_participant = self.max_meetings_per_participant

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        organiser: None | str | Unset
        if isinstance(self.organiser, Unset):
            organiser = UNSET
        else:
            organiser = self.organiser

        starts_on: None | str | Unset
        if isinstance(self.starts_on, Unset):
            starts_on = UNSET
        elif isinstance(self.starts_on, datetime.date):
            starts_on = self.starts_on.isoformat()
        else:
            starts_on = self.starts_on

        timezone: None | str | Unset
        if isinstance(self.timezone, Unset):
            timezone = UNSET
        else:
            timezone = self.timezone

        venue: dict[str, Any] | None | Unset
        if isinstance(self.venue, Unset):
            venue = UNSET
        elif isinstance(self.venue, VenueIn):
            venue = self.venue.to_dict()
        else:
            venue = self.venue

        waitlist_hold_seconds: int | None | Unset
        if isinstance(self.waitlist_hold_seconds, Unset):
            waitlist_hold_seconds = UNSET
        else:
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
        def _parse_application_window(data: object) -> None | Unset | WindowIn:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                application_window_type_0 = WindowIn.from_dict(data)



                return application_window_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WindowIn, data)

        application_window = _parse_application_window(d.pop("application_window", UNSET))


        def _parse_eligibility(data: object) -> EligibilityPatch | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                eligibility_type_0 = EligibilityPatch.from_dict(data)



                return eligibility_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EligibilityPatch | None | Unset, data)

        eligibility = _parse_eligibility(d.pop("eligibility", UNSET))


        def _parse_ends_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                ends_on_type_0 = datetime.date.fromisoformat(data)



                return ends_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        ends_on = _parse_ends_on(d.pop("ends_on", UNSET))


        def _parse_max_meetings_per_participant(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_meetings_per_participant = _parse_max_meetings_per_participant(d.pop("max_meetings_per_participant", UNSET))


        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))


        def _parse_organiser(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        organiser = _parse_organiser(d.pop("organiser", UNSET))


        def _parse_starts_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                starts_on_type_0 = datetime.date.fromisoformat(data)



                return starts_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        starts_on = _parse_starts_on(d.pop("starts_on", UNSET))


        def _parse_timezone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        timezone = _parse_timezone(d.pop("timezone", UNSET))


        def _parse_venue(data: object) -> None | Unset | VenueIn:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                venue_type_0 = VenueIn.from_dict(data)



                return venue_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | VenueIn, data)

        venue = _parse_venue(d.pop("venue", UNSET))


        def _parse_waitlist_hold_seconds(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        waitlist_hold_seconds = _parse_waitlist_hold_seconds(d.pop("waitlist_hold_seconds", UNSET))


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

