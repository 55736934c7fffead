"""Events of the fairs service, on the regional topics `ovop.events.fairs`, `ovop.events.applications`,
`ovop.events.bookings` and `ovop.events.meetings`; source `/events`, subject and key = the record's id. Every event carries the
record's version, so consumers apply them in order and drop repeats."""
from __future__ import annotations

from datetime import datetime

from typing import Literal

from pydantic import BaseModel, ConfigDict

SOURCE = "/events"

FAIRS_TOPIC = "ovop.events.fairs"
APPLICATIONS_TOPIC = "ovop.events.applications"
BOOKINGS_TOPIC = "ovop.events.bookings"
MEETINGS_TOPIC = "ovop.events.meetings"

FAIR_ORGANISERS_CHANGED = "org.asean.ovop.events.fair.organisers-changed.v1"
APPLICATION_SUBMITTED = "org.asean.ovop.events.application.submitted.v1"
APPLICATION_APPROVED = "org.asean.ovop.events.application.approved.v1"
APPLICATION_REJECTED = "org.asean.ovop.events.application.rejected.v1"
BOOTH_BOOKED = "org.asean.ovop.events.booth.booked.v1"
BOOKING_CANCELLED = "org.asean.ovop.events.booking.cancelled.v1"
BOOTH_OFFERED = "org.asean.ovop.events.booth.offered.v1"
BOOTH_HOLD_LAPSED = "org.asean.ovop.events.booth.hold-lapsed.v1"
MEETING_SCHEDULED = "org.asean.ovop.events.meeting.scheduled.v1"
MEETING_CANCELLED = "org.asean.ovop.events.meeting.cancelled.v1"
MEETING_REMINDER = "org.asean.ovop.events.meeting.reminder.v1"
MEETING_MOVED = "org.asean.ovop.events.meeting.moved.v1"
MEETING_NO_SHOW = "org.asean.ovop.events.meeting.no-show.v1"
MEETING_OUTCOME_RECORDED = "org.asean.ovop.events.meeting.outcome_recorded.v1"


class FairRecordEvent(BaseModel):
    model_config = ConfigDict(extra="allow")

    id: str
    fair_id: str
    version: int


class FairOrganisers(FairRecordEvent):
    """Who runs a fair (id = fair_id): its owner and its co-organisers, whole, on its creation and on each change
    of them; `version` counts those changes. The trade service shows a fair's outcome report to these only."""

    owner: str | None = None  # None: a fair made before owners existed, run by nobody until an operator sets one
    co_organisers: list[str]


class ApplicationChanged(FairRecordEvent):
    """submitted / approved / rejected: the application's whole current state."""

    producer_id: str
    country: str
    product_ids: list[str]
    status: str
    reason: str | None = None


class BookingChanged(FairRecordEvent):
    """booked / cancelled."""

    application_id: str
    booth_code: str
    country: str
    status: str


class BoothOffer(FairRecordEvent):
    """A cancelled booth offered to the next on the waitlist (id = the waitlist entry), or its hold lapsed."""

    application_id: str
    booth_code: str
    status: str
    expires_at: datetime


class MeetingChanged(FairRecordEvent):
    """scheduled / cancelled / reminder (a reminder repeats the meeting as it is, shortly before it starts) /
    moved (its time or place changed: the fair's dates, time zone or venue, or the exhibitor's booth) / no-show
    (`absent` says who did not come)."""

    buyer_id: str
    application_id: str
    booth_code: str
    starts_at: datetime
    ends_at: datetime
    status: str
    source: str | None = None
    absent: str | None = None


class MeetingOutcomeRecorded(BaseModel):
    """What came of a fair meeting, recorded by either participant (key and subject = the meeting's id).
    `version` counts the recordings of this meeting's outcome: a later one replaces an earlier one. The trade
    service counts these in its trade indicators."""

    model_config = ConfigDict(extra="allow")

    meeting_id: str
    fair_id: str
    buyer_id: str
    producer_id: str
    product_id: str | None = None
    product_group: str | None = None
    exporter_country: str
    buyer_country: str | None = None
    outcome: Literal["no_interest", "follow_up", "deal"]
    value: float | None = None
    currency: str | None = None
    recorded_by: str
    recorded_at: datetime
    version: int


# The one table of the fairs' event types: type -> (topic, schema of its data), as matching's.
EVENT_SCHEMAS: dict[str, tuple[str, type[FairRecordEvent]]] = {
    FAIR_ORGANISERS_CHANGED: (FAIRS_TOPIC, FairOrganisers),
    APPLICATION_SUBMITTED: (APPLICATIONS_TOPIC, ApplicationChanged),
    APPLICATION_APPROVED: (APPLICATIONS_TOPIC, ApplicationChanged),
    APPLICATION_REJECTED: (APPLICATIONS_TOPIC, ApplicationChanged),
    BOOTH_BOOKED: (BOOKINGS_TOPIC, BookingChanged),
    BOOKING_CANCELLED: (BOOKINGS_TOPIC, BookingChanged),
    BOOTH_OFFERED: (BOOKINGS_TOPIC, BoothOffer),
    BOOTH_HOLD_LAPSED: (BOOKINGS_TOPIC, BoothOffer),
    MEETING_SCHEDULED: (MEETINGS_TOPIC, MeetingChanged),
    MEETING_CANCELLED: (MEETINGS_TOPIC, MeetingChanged),
    MEETING_REMINDER: (MEETINGS_TOPIC, MeetingChanged),
    MEETING_MOVED: (MEETINGS_TOPIC, MeetingChanged),
    MEETING_NO_SHOW: (MEETINGS_TOPIC, MeetingChanged),
    MEETING_OUTCOME_RECORDED: (MEETINGS_TOPIC, MeetingOutcomeRecorded),
}


# A fair meeting's outcome, recorded by either participant (consumed by trade's indicators).
MEETING_OUTCOME_RECORDED = "org.asean.ovop.events.meeting.outcome_recorded.v1"


class MeetingOutcome(BaseModel):
    """What came of a fair meeting: no interest, a follow-up, or a deal (with its value)."""

    model_config = ConfigDict(extra="allow")

    meeting_id: str
    fair_id: str
    buyer_id: str
    producer_id: str
    product_id: str | None = None
    product_group: str | None = None
    exporter_country: str
    buyer_country: str | None = None
    outcome: str
    value: float | None = None
    currency: str | None = None
    recorded_by: str
    recorded_at: datetime
    version: int
