"""The public request schemas of the fairs API; a broken one is answered 422 naming the field and the reason."""
from __future__ import annotations

from datetime import datetime, time, timedelta
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from services.events.domain.fairs import BoothType, FairKind, zone
from shared.validation import (AS_NUMBER, Code, CountryCode, CurrencyCode, Day, DecimalPrice, Email, Instant,
                               RatedCurrency, WallClock, code, decimal_number, invalid, name)

BoothCode = code(40)
Name = name(200)
City = name(100)
Reason = name(500)

# Numbers are JSON numbers, as the published schema says: a string that reads as one is refused, not read.
Int = Annotated[int, AS_NUMBER]
Float = Annotated[float, AS_NUMBER]
Area = decimal_number(gt=0, le=2000)
PositiveAmount = decimal_number(gt=0)


def bounded(low: int, high: int) -> Any:
    """An optional count's type: its bounds inside, so that the schema states them on the number, not the null."""
    return Annotated[int, Field(ge=low, le=high), AS_NUMBER]


GROUPS = Literal["food", "beverages", "herbal", "textiles", "handicrafts", "tourism_services"]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


def _patch_schema(schema: dict[str, Any]) -> None:
    """A patch's published schema says what its validator refuses: an empty patch, and a null for any field
    (a field left out keeps its value; there is nothing to set to null)."""
    schema["minProperties"] = 1
    for prop in schema.get("properties", {}).values():
        branches = [b for b in prop.pop("anyOf", []) if b != {"type": "null"}]
        if len(branches) == 1:
            prop.update(branches[0])
        elif branches:
            prop["anyOf"] = branches
        prop.pop("default", None)


class BoothIn(Strict):
    code: BoothCode = Field(examples=["A-012"])
    size_m2: Area
    type: BoothType
    zone: GROUPS | None = Field(None, description="the product group this booth's zone is for")
    price: DecimalPrice
    currency: CurrencyCode


class HallIn(Strict):
    code: BoothCode
    booths: list[BoothIn] = Field(min_length=1, max_length=2000)


class VenueIn(Strict):
    name: Name
    city: City
    country: CountryCode


class WindowIn(Strict):
    opens_at: Instant
    closes_at: Instant

    @model_validator(mode="after")
    def _order(self) -> "WindowIn":
        if self.closes_at <= self.opens_at:
            raise invalid("closes_at", "must come after opens_at", str(self.closes_at))
        return self


class EligibilityIn(Strict):
    min_stars: bounded(1, 5) | None = None
    groups: list[GROUPS] = Field(default_factory=list, description="empty: every group")
    countries: list[CountryCode] = Field(default_factory=list, max_length=250, description="empty: every country")
    quota_per_country: bounded(1, 10_000) | None = Field(None, description="booths booked or held per country")


class SessionIn(Strict):
    start: WallClock = Field(description="the first slot's start, in the venue's local time (no UTC offset: "
                                         "the fair's time zone applies)")
    slots: Int = Field(ge=1, le=48)


class ProgrammeIn(Strict):
    slot_minutes: Int = Field(30, ge=5, le=240)
    sessions: list[SessionIn] = Field(default_factory=list, max_length=100)


class FairCreate(Strict):
    name: Name
    kind: FairKind
    venue: VenueIn
    timezone: code(64) = Field(description="the venue's IANA time zone", examples=["Asia/Ho_Chi_Minh"])
    starts_on: Day
    ends_on: Day
    organiser: Name
    application_window: WindowIn
    eligibility: EligibilityIn = Field(default_factory=EligibilityIn)
    halls: list[HallIn] = Field(default_factory=list, max_length=100)
    meeting_programme: ProgrammeIn = Field(default_factory=ProgrammeIn)
    max_meetings_per_participant: Int = Field(8, ge=1, le=100)
    waitlist_hold_seconds: Int = Field(172800, ge=1, le=90 * 86400,
                                       description="how long a booth offered from the waitlist is held")

    @field_validator("timezone")
    @classmethod
    def _zone(cls, v: str) -> str:
        zone(v)
        return v

    @model_validator(mode="after")
    def _consistent(self) -> "FairCreate":
        if self.ends_on < self.starts_on:
            raise invalid("ends_on", "is before starts_on", str(self.ends_on))
        codes = [b.code for h in self.halls for b in h.booths]
        seen: set[str] = set()
        dup = sorted({c for c in codes if c in seen or seen.add(c)})
        if dup:
            raise invalid("halls", f"booth codes must be unique in a fair: {', '.join(dup[:10])}")
        slot = timedelta(minutes=self.meeting_programme.slot_minutes)
        for i, s in enumerate(self.meeting_programme.sessions):
            end = s.start + s.slots * slot
            if s.start.date() < self.starts_on or end > datetime.combine(self.ends_on + timedelta(days=1), time()):
                raise invalid(("meeting_programme", "sessions", i, "start"),
                              f"the session's slots ({s.start:%Y-%m-%d %H:%M}-{end:%Y-%m-%d %H:%M}) are not within "
                              f"the fair's dates {self.starts_on}..{self.ends_on}", str(s.start))
        return self


class Interval(Strict):
    start: WallClock = Field(description="venue local time (no UTC offset: the fair's time zone applies)")
    end: WallClock

    @model_validator(mode="after")
    def _order(self) -> "Interval":
        if self.end <= self.start:
            raise invalid("end", "must come after start", str(self.end))
        return self


class ApplicationCreate(Strict):
    producer_id: Code
    product_ids: list[Code] = Field(min_length=1, max_length=50)
    booth_preferences: list[BoothCode] = Field(default_factory=list, max_length=20, description="booth codes, best first")
    availability: list[Interval] | None = Field(None, max_length=100, description="when the exhibitor takes meetings, "
                                                "within the fair's days; default: always")


class Decision(Strict):
    # In the published schema too: a rejection gives its reason. (The allOf: see PRODUCT_RULES in
    # services/registry/entrypoints/schemas.py.)
    model_config = ConfigDict(extra="forbid", json_schema_extra={
        "if": {"properties": {"decision": {"const": "reject"}}},
        "then": {"allOf": [{"required": ["reason"], "properties": {"reason": {"type": "string"}}}]}})
    decision: Literal["approve", "reject"]
    reason: Reason | None = None

    @model_validator(mode="after")
    def _reason(self) -> "Decision":
        if self.decision == "reject" and not self.reason:
            raise invalid("reason", "a rejection needs a reason")
        return self


class BookingCreate(Strict):
    application_id: Code
    booth_code: BoothCode | None = Field(None, description="omit to take the first free booth of the preferences")


class WaitlistJoin(Strict):
    application_id: Code
    priority: Int = Field(0, ge=0, le=1000, description="higher is offered first; ties by joining time")


class BuyerCreate(Strict):
    buyer_ref: Code
    name: Name
    # The shared e-mail rule (its pattern published, as the service applies it), within the column's 200.
    email: Annotated[Email, Field(max_length=200)] | None = None
    country: CountryCode | None = None
    availability: list[Interval] = Field(min_length=1, max_length=100, description="within the fair's days")


class WishCreate(Strict):
    buyer_id: Code
    application_id: Code
    source: Literal["buyer", "exhibitor", "matching"]
    value: Float = Field(gt=0, le=1000, description="how much this meeting is worth to the one who asks for it")


class OrganiserAdd(Strict):
    client_id: str = Field(min_length=1, max_length=200, pattern=r"^[A-Za-z0-9._:-]+$",
                           description="the OAuth2 client id of a fair organiser who will run this fair too")


class Organisers(BaseModel):
    fair_id: str
    owner: str | None = Field(description="the organiser client that created the fair")
    co_organisers: list[str]


class EligibilityPatch(Strict):
    min_stars: bounded(1, 5) | None = None
    groups: list[GROUPS] | None = None
    countries: list[CountryCode] | None = Field(None, max_length=250)
    quota_per_country: bounded(1, 10_000) | None = None


class FairPatch(Strict):
    """The fields to change; the others stay. Moving `starts_on` moves the whole fair by as many days (its last
    day, meeting programme, participants' hours and scheduled meetings with it); `ends_on` alone may not drop a
    meeting session; `timezone` keeps the wall-clock times (meetings move in absolute time); a new quota or
    meeting cap may not be below what is already booked or scheduled; eligibility applies to later
    applications only."""
    model_config = ConfigDict(extra="forbid", json_schema_extra=_patch_schema)

    name: Name | None = None
    organiser: Name | None = None
    venue: VenueIn | None = None
    timezone: code(64) | None = Field(None, examples=["Asia/Ho_Chi_Minh"])
    starts_on: Day | None = None
    ends_on: Day | None = None
    application_window: WindowIn | None = None
    eligibility: EligibilityPatch | None = None
    max_meetings_per_participant: bounded(1, 100) | None = None
    waitlist_hold_seconds: bounded(1, 90 * 86400) | None = None

    @field_validator("timezone")
    @classmethod
    def _zone(cls, v: str | None) -> str | None:
        if v is not None:
            zone(v)
        return v

    @model_validator(mode="after")
    def _something(self) -> "FairPatch":
        if not self.model_fields_set:
            raise invalid("body", "name at least one field to change")
        for f in self.model_fields_set:
            if getattr(self, f) is None:
                raise invalid(f, "cannot be null; leave it out to keep it")
        return self


class BoothAdd(BoothIn):
    hall: BoothCode


class BoothPatch(Strict):
    model_config = ConfigDict(extra="forbid", json_schema_extra=_patch_schema)
    size_m2: Area | None = None
    type: BoothType | None = None
    zone: GROUPS | None = None
    price: DecimalPrice | None = None
    currency: CurrencyCode | None = None

    @model_validator(mode="after")
    def _something(self) -> "BoothPatch":
        if not self.model_fields_set:
            raise invalid("body", "name at least one field to change")
        for f in self.model_fields_set:
            if getattr(self, f) is None:
                raise invalid(f, "cannot be null; leave it out to keep it")
        return self


class BookingMove(Strict):
    booth_code: BoothCode


class WishAnswer(Strict):
    answer: Literal["accepted", "declined"]


class CheckInCreate(Strict):
    token: str = Field(min_length=10, max_length=4000, pattern=r"^[A-Za-z0-9_\-]+\.[A-Za-z0-9_\-]+\.[A-Za-z0-9_\-]+$",
                       description="the badge's token, as its QR code carries it")


class NoShowCreate(Strict):
    absent: Literal["buyer", "exhibitor", "both"] | None = Field(
        None, description="who did not come; omit to take whoever is not checked in")


class OutcomeCreate(Strict):
    # In the published schema too: a deal has its value and currency, any other outcome neither (allOf: as
    # Decision's).
    model_config = ConfigDict(extra="forbid", json_schema_extra={
        "if": {"properties": {"outcome": {"const": "deal"}}},
        "then": {"allOf": [{"required": ["value", "currency"],
                            "properties": {"value": {"type": "number"}, "currency": {"type": "string"}}}]},
        "else": {"allOf": [{"properties": {"value": {"type": "null"}, "currency": {"type": "null"}}}]}})
    outcome: Literal["no_interest", "follow_up", "deal"]
    value: PositiveAmount | None = Field(None, description="the deal's value (deals only)")
    currency: RatedCurrency | None = Field(None, description="the deal's currency, one the trade indicators can "
                                                             "value in USD (deals only)")

    @model_validator(mode="after")
    def _deal(self) -> "OutcomeCreate":
        if self.outcome == "deal" and (self.value is None or self.currency is None):
            raise invalid("value", "a deal needs its value and currency")
        if self.outcome != "deal" and (self.value is not None or self.currency is not None):
            raise invalid("value", "only a deal has a value")
        return self


class ForumCreate(Strict):
    name: Name
    fair_id: Code | None = Field(None, description="the fair this forum runs beside (one the caller organises)")
    venue: VenueIn
    timezone: code(64) = Field(examples=["Asia/Ho_Chi_Minh"])
    starts_on: Day
    ends_on: Day

    @field_validator("timezone")
    @classmethod
    def _zone(cls, v: str) -> str:
        zone(v)
        return v

    @model_validator(mode="after")
    def _order(self) -> "ForumCreate":
        if self.ends_on < self.starts_on:
            raise invalid("ends_on", "is before starts_on", str(self.ends_on))
        return self


class ForumSessionCreate(Strict):
    room: name(100)
    starts_at: WallClock = Field(description="venue local time")
    ends_at: WallClock
    topic: name(300)
    speakers: list[Name] = Field(default_factory=list, max_length=20)
    capacity: Int = Field(ge=1, le=100_000)

    @model_validator(mode="after")
    def _order(self) -> "ForumSessionCreate":
        if self.ends_at <= self.starts_at:
            raise invalid("ends_at", "must come after starts_at", str(self.ends_at))
        return self


class ForumRegistrationCreate(Strict):
    name: Name
