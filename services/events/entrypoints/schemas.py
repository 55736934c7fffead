"""The public request schemas of the fairs API; a broken one is answered 422 naming the field and the reason."""
from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Literal

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field, NaiveDatetime, field_validator, model_validator

from services.events.domain.fairs import BoothType, FairKind, zone

GROUPS = Literal["food", "beverages", "herbal", "textiles", "handicrafts", "tourism_services"]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class BoothIn(Strict):
    code: str = Field(min_length=1, max_length=40, examples=["A-012"])
    size_m2: Decimal = Field(gt=0, le=2000)
    type: BoothType
    zone: GROUPS | None = Field(None, description="the product group this booth's zone is for")
    price: Decimal = Field(ge=0)
    currency: str = Field(pattern=r"^[A-Z]{3}$")


class HallIn(Strict):
    code: str = Field(min_length=1, max_length=40)
    booths: list[BoothIn] = Field(min_length=1)


class VenueIn(Strict):
    name: str = Field(min_length=1, max_length=200)
    city: str = Field(min_length=1, max_length=100)
    country: str = Field(pattern=r"^[A-Z]{2}$")


class WindowIn(Strict):
    opens_at: AwareDatetime
    closes_at: AwareDatetime

    @model_validator(mode="after")
    def _order(self) -> "WindowIn":
        if self.closes_at <= self.opens_at:
            raise ValueError("closes_at must come after opens_at")
        return self


class EligibilityIn(Strict):
    min_stars: int | None = Field(None, ge=1, le=5)
    groups: list[GROUPS] = Field(default_factory=list, description="empty: every group")
    countries: list[str] = Field(default_factory=list, description="empty: every country")
    quota_per_country: int | None = Field(None, ge=1, description="booths booked or held per country")


class SessionIn(Strict):
    start: NaiveDatetime = Field(description="the first slot's start, in the venue's local time")
    slots: int = Field(ge=1, le=48)


class ProgrammeIn(Strict):
    slot_minutes: int = Field(30, ge=5, le=240)
    sessions: list[SessionIn] = Field(default_factory=list)


class FairCreate(Strict):
    name: str = Field(min_length=1, max_length=200)
    kind: FairKind
    venue: VenueIn
    timezone: str = Field(description="the venue's IANA time zone", examples=["Asia/Ho_Chi_Minh"])
    starts_on: date
    ends_on: date
    organiser: str = Field(min_length=1, max_length=200)
    application_window: WindowIn
    eligibility: EligibilityIn = Field(default_factory=EligibilityIn)
    halls: list[HallIn] = Field(default_factory=list)
    meeting_programme: ProgrammeIn = Field(default_factory=ProgrammeIn)
    max_meetings_per_participant: int = Field(8, ge=1, le=100)
    waitlist_hold_seconds: int = Field(172800, ge=1, description="how long a booth offered from the waitlist is held")

    @field_validator("timezone")
    @classmethod
    def _zone(cls, v: str) -> str:
        zone(v)
        return v

    @model_validator(mode="after")
    def _consistent(self) -> "FairCreate":
        if self.ends_on < self.starts_on:
            raise ValueError("ends_on is before starts_on")
        codes = [b.code for h in self.halls for b in h.booths]
        dup = sorted({c for c in codes if codes.count(c) > 1})
        if dup:
            raise ValueError(f"booth codes must be unique in a fair: {', '.join(dup)}")
        for s in self.meeting_programme.sessions:
            if not self.starts_on <= s.start.date() <= self.ends_on:
                raise ValueError(f"meeting session at {s.start} is outside the fair's dates")
        return self


class Interval(Strict):
    start: NaiveDatetime = Field(description="venue local time")
    end: NaiveDatetime

    @model_validator(mode="after")
    def _order(self) -> "Interval":
        if self.end <= self.start:
            raise ValueError("end must come after start")
        return self


class ApplicationCreate(Strict):
    producer_id: str = Field(min_length=1, max_length=64)
    product_ids: list[str] = Field(min_length=1, max_length=50)
    booth_preferences: list[str] = Field(default_factory=list, max_length=20, description="booth codes, best first")
    availability: list[Interval] | None = Field(None, description="when the exhibitor takes meetings; default: always")


class Decision(Strict):
    decision: Literal["approve", "reject"]
    reason: str | None = Field(None, max_length=500)

    @model_validator(mode="after")
    def _reason(self) -> "Decision":
        if self.decision == "reject" and not self.reason:
            raise ValueError("a rejection needs a reason")
        return self


class BookingCreate(Strict):
    application_id: str
    booth_code: str | None = Field(None, description="omit to take the first free booth of the preferences")


class WaitlistJoin(Strict):
    application_id: str
    priority: int = Field(0, ge=0, le=1000, description="higher is offered first; ties by joining time")


class BuyerCreate(Strict):
    buyer_ref: str = Field(min_length=1, max_length=64)
    name: str = Field(min_length=1, max_length=200)
    email: str | None = Field(None, max_length=200)
    country: str | None = Field(None, pattern=r"^[A-Z]{2}$")
    availability: list[Interval] = Field(min_length=1)


class WishCreate(Strict):
    buyer_id: str
    application_id: str
    source: Literal["buyer", "exhibitor", "matching"]
    value: float = Field(gt=0, le=1000, description="how much this meeting is worth to the one who asks for it")


class OrganiserAdd(Strict):
    client_id: str = Field(min_length=1, max_length=200, pattern=r"^[A-Za-z0-9._:-]+$",
                           description="the OAuth2 client id of a fair organiser who will run this fair too")


class Organisers(BaseModel):
    fair_id: str
    owner: str | None = Field(description="the organiser client that created the fair")
    co_organisers: list[str]
