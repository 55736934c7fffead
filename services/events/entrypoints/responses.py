"""The public response schemas of the fairs and forums API: every operation answers one of these named models."""
from __future__ import annotations

from datetime import date, datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from shared.paging import Page


class Out(BaseModel):
    model_config = ConfigDict(extra="ignore")


# -- the fairs' catalogue view ---------------------------------------------------------------------
class KnownProduct(Out):
    id: str
    country: str
    version: int
    producer_id: str
    status: str
    group: str
    stars: int | None = None
    name_en: str
    applied_at: datetime


class KnownProducer(Out):
    """What the fairs know of a producer: its name and country (its contact details are the registry's)."""

    id: str
    country: str
    version: int
    name_en: str
    applied_at: datetime


# -- fairs ------------------------------------------------------------------------------------------
class Venue(Out):
    name: str
    city: str
    country: str


class WindowOut(Out):
    opens_at: datetime
    closes_at: datetime


class EligibilityOut(Out):
    min_stars: int | None = None
    groups: list[str] = []
    countries: list[str] = []
    quota_per_country: int | None = None


class SessionOut(Out):
    start: str = Field(description="venue local time")
    slots: int


class ProgrammeOut(Out):
    slot_minutes: int
    sessions: list[SessionOut]


class SlotOut(Out):
    slot: int
    starts_at: datetime


class BoothOut(Out):
    id: int
    code: str
    size_m2: float
    type: str
    zone: str | None = None
    price: float
    currency: str
    status: Literal["free", "booked", "held"]


class HallOut(Out):
    code: str
    booths: list[BoothOut]


class Fair(Out):
    id: str
    name: str
    kind: str
    venue: Venue
    timezone: str
    starts_on: date
    ends_on: date
    organiser: str
    application_window: WindowOut
    eligibility: EligibilityOut
    meeting_programme: ProgrammeOut
    max_meetings_per_participant: int
    waitlist_hold_seconds: int
    version: int
    created_at: datetime
    slots: list[SlotOut]
    halls: list[HallOut]


class FairSummary(Out):
    id: str
    name: str
    kind: str
    venue: Venue
    timezone: str
    starts_on: date
    ends_on: date
    organiser: str


class FairEdited(Fair):
    meetings_moved: int = Field(description="scheduled meetings whose time or place changed (published as moved)")
    days_shifted: int = Field(description="how many days the whole fair moved (0: its days stayed)")


class Booth(Out):
    id: int
    fair_id: str
    hall: str
    code: str
    size_m2: float
    type: str
    zone: str | None = None
    price: float
    currency: str
    status: Literal["free", "booked", "held"]


class Application(Out):
    id: str
    fair_id: str
    producer_id: str
    country: str
    product_ids: list[str]
    groups: list[str]
    booth_preferences: list[str]
    availability: list[dict[str, str]] | None = None
    status: Literal["submitted", "approved", "rejected"]
    reason: str | None = None
    version: int
    created_at: datetime
    decided_at: datetime | None = None


class Offer(Out):
    waitlist_id: int
    application_id: str
    expires_at: datetime


class Booking(Out):
    id: int
    fair_id: str
    booth_id: int
    booth_code: str
    application_id: str
    country: str
    status: Literal["active", "cancelled"]
    version: int
    created_at: datetime
    cancelled_at: datetime | None = None
    cancelled_by: str | None = Field(None, description="the client that cancelled it")
    zone: str | None = None
    hall: str | None = None


class BookingCancelled(Booking):
    offered_to: Offer | None = Field(None, description="the waitlist entry now holding the booth")
    meetings_cancelled: int


class BookingMoved(Booking):
    moved_from: str
    meetings_moved: int


class WaitlistEntry(Out):
    id: int
    fair_id: str
    application_id: str
    priority: int
    joined_at: datetime
    status: Literal["waiting", "offered", "accepted", "lapsed"]
    booth_id: int | None = None
    booth_code: str | None = None
    offered_at: datetime | None = None
    expires_at: datetime | None = None


# -- people at the fair -------------------------------------------------------------------------------
class IntervalOut(Out):
    start: str = Field(description="venue local time")
    end: str


class BuyerRegistration(Out):
    id: str
    fair_id: str
    buyer_ref: str
    name: str
    email: str | None = None
    country: str | None = None
    availability: list[IntervalOut]
    slots: list[int]
    created_at: datetime


class BuyerListed(BuyerRegistration):
    wishes: int = Field(description="wishes recorded for this buyer, from every source")
    checked_in: bool


class Wish(Out):
    id: int
    fair_id: str
    buyer_id: str
    application_id: str
    source: Literal["buyer", "exhibitor", "matching"]
    value: float
    created_at: datetime
    answer: Literal["accepted", "declined"] | None = Field(None, description="the exhibitor's answer to a buyer's request")
    answered_at: datetime | None = None


class WishListed(Wish):
    buyer_name: str
    exhibitor_name: str | None = None


class WishAnswered(Wish):
    meetings_cancelled: int


class ScheduleResult(Out):
    fair_id: str
    added: int
    meetings: int
    value: float = Field(description="total value of the wishes met")
    bound: float = Field(description="an upper bound on the value of any schedule (the b-matching LP without slots)")
    gap: float = Field(description="bound - value: at most this much is left on the table")
    of_bound: float = Field(description="value / bound (1.0 = provably optimal)")
    wishes: int
    wishes_unmet: int


class Meeting(Out):
    id: str
    fair_id: str
    buyer_id: str
    application_id: str
    booth_code: str
    slot: int
    starts_at: datetime
    ends_at: datetime
    value: float
    status: Literal["scheduled", "cancelled", "no_show"]
    absent: str | None = None
    version: int
    created_at: datetime


class MeetingCancelled(Out):
    cancelled: str
    added: list[Meeting]


# -- on the day ---------------------------------------------------------------------------------------
class BadgeKey(Out):
    fair_id: str
    algorithm: Literal["EdDSA"]
    jwk: dict[str, str] = Field(description="the fair's Ed25519 public key as a JWK (RFC 8037)")
    pem: str


class Badge(Out):
    fair_id: str
    kind: Literal["buyer", "exhibitor"]
    participant_id: str
    name: str
    token: str = Field(description="a JWT signed with the fair's Ed25519 key; verify it with GET …/badge-key")
    qr_svg: str = Field(description="the token as a QR code, SVG")


class CheckIn(Out):
    fair_id: str
    kind: Literal["buyer", "exhibitor"]
    participant_id: str
    name: str = ""
    checked_in_at: datetime
    first_scan: bool = True


class CheckInListed(Out):
    fair_id: str
    kind: Literal["buyer", "exhibitor"]
    participant_id: str
    checked_in_at: datetime
    checked_in_by: str


class NoShow(Out):
    meeting_id: str
    absent: Literal["buyer", "exhibitor", "both"]
    added: list[Meeting] = Field(description="meetings of checked-in walk-ins placed in the freed slot")


class Outcome(Out):
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


class OutcomeCell(Out):
    no_interest: int
    follow_up: int
    deal: int
    deal_value: dict[str, float] = Field(description="deal values by currency")


class OutcomeByCountry(OutcomeCell):
    country: str


class OutcomeByGroup(OutcomeCell):
    product_group: str


class OutcomesOut(Out):
    recorded: int
    by_country: list[OutcomeByCountry]
    by_product_group: list[OutcomeByGroup]


class MeetingCounts(Out):
    scheduled: int
    held: int
    no_shows: int
    cancelled: int


class CheckedIn(Out):
    buyers: int
    exhibitors: int


class FairReport(Out):
    fair_id: str
    name: str
    exhibitors: int
    buyers: int
    checked_in: CheckedIn
    meetings: MeetingCounts
    outcomes: OutcomesOut


# -- forums ---------------------------------------------------------------------------------------------
class ForumSession(Out):
    id: str
    forum_id: str
    room: str
    starts_at: str = Field(description="venue local time")
    ends_at: str
    topic: str
    speakers: list[str]
    capacity: int
    registered: int
    waiting: int
    full: bool
    version: int


class ForumSummary(Out):
    id: str
    fair_id: str | None = None
    name: str
    venue: Venue
    timezone: str
    starts_on: date
    ends_on: date
    version: int
    created_at: datetime


class Forum(ForumSummary):
    sessions: list[ForumSession] = Field(description="the programme, in time order")


class ForumRegistration(Out):
    id: int
    session_id: str
    participant: str
    name: str
    status: Literal["registered", "waiting", "cancelled"]
    position: int | None = Field(None, description="place in the waiting line (1 = next)")
    created_at: datetime
    promoted_at: datetime | None = None
    cancelled_at: datetime | None = None


class ForumRegistrationEnded(ForumRegistration):
    promoted: int | None = Field(None, description="the waiting registration that got the freed seat")


# -- pages of the lists (shared/paging.py's envelope) ------------------------------------------------------
class FairPage(Page[FairSummary]):
    """Fairs, latest first."""


class ApplicationPage(Page[Application]):
    """Applications to exhibit."""


class BookingPage(Page[Booking]):
    """Booth bookings."""


class WaitlistPage(Page[WaitlistEntry]):
    """The waitlist, in the order booths are offered."""


class MeetingPage(Page[Meeting]):
    """Meetings, by slot and booth."""


class BuyerPage(Page[BuyerListed]):
    """Registered buyers."""


class WishPage(Page[WishListed]):
    """Meeting wishes."""


class CheckInPage(Page[CheckInListed]):
    """Check-ins, in the order they happened."""


class ForumPage(Page[ForumSummary]):
    """Forums, by their first day."""


class RegistrationPage(Page[ForumRegistration]):
    """Seats and the waiting line, in the order of arrival."""
