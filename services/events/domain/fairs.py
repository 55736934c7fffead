"""Fairs, their rules and the life of an exhibitor application: plain Python, no database, no web."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from enum import Enum
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError


class FairKind(str, Enum):
    national_fair = "national_fair"
    international_fair = "international_fair"
    forum = "forum"


class BoothType(str, Enum):
    inline = "inline"
    corner = "corner"
    island = "island"


class ApplicationStatus(str, Enum):
    submitted = "submitted"
    approved = "approved"
    rejected = "rejected"


class RuleBroken(Exception):
    """A request that breaks a fair's rules (answered 422); `errors` name the field and the reason."""

    def __init__(self, errors: list[dict[str, str]]) -> None:
        super().__init__("; ".join(f"{e['field']}: {e['reason']}" for e in errors))
        self.errors = errors


class IllegalTransition(Exception):
    """A change the record's current state does not allow (answered 409), naming the field concerned."""

    def __init__(self, detail: str, field: str | None = None) -> None:
        super().__init__(detail)
        self.field = field


class Conflict(IllegalTransition):
    """Someone else got there first: the booth, the slot (answered 409)."""


def zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ValueError(f"{name!r} is not an IANA time zone") from exc


@dataclass(frozen=True)
class Eligibility:
    min_stars: int | None = None
    groups: frozenset[str] = frozenset()
    countries: frozenset[str] = frozenset()
    quota_per_country: int | None = None


@dataclass(frozen=True)
class ProductFacts:
    """What the fairs know of a product, from the registry's events."""

    id: str
    producer_id: str
    country: str
    group: str
    stars: int | None
    status: str


def refusals(rules: Eligibility, producer_id: str, producer_country: str | None, product_ids: list[str],
             known: dict[str, ProductFacts]) -> list[dict[str, str]]:
    """Every reason the application cannot be accepted, each naming the field it concerns."""
    out: list[dict[str, str]] = []
    if producer_country is None:
        out.append({"field": "producer_id", "reason": f"producer {producer_id} is not known to the fairs' catalogue"})
    elif rules.countries and producer_country not in rules.countries:
        out.append({"field": "producer_id",
                    "reason": f"producers from {producer_country} may not exhibit (allowed: {sorted(rules.countries)})"})
    for i, pid in enumerate(product_ids):
        where = f"product_ids.{i}"
        p = known.get(pid)
        if p is None:
            out.append({"field": where, "reason": f"product {pid} is not known to the fairs' catalogue"})
            continue
        if p.producer_id != producer_id:
            out.append({"field": where, "reason": f"product {pid} belongs to another producer"})
        if p.status != "listed":
            out.append({"field": where, "reason": f"product {pid} is {p.status}, not listed"})
        if rules.min_stars is not None and (p.stars or 0) < rules.min_stars:
            out.append({"field": where, "reason": f"product {pid} has {p.stars or 0} stars; the fair asks for {rules.min_stars}"})
        if rules.groups and p.group not in rules.groups:
            out.append({"field": where, "reason": f"product group {p.group} is not shown at this fair"})
    return out


@dataclass(frozen=True)
class Window:
    opens_at: datetime
    closes_at: datetime

    def is_open(self, now: datetime) -> bool:
        return self.opens_at <= now < self.closes_at


def check_can_apply(window: Window, now: datetime) -> None:
    if now < window.opens_at:
        raise IllegalTransition(f"the application window opens at {window.opens_at.isoformat()}")
    if now >= window.closes_at:
        raise IllegalTransition(f"the application window closed at {window.closes_at.isoformat()}")


def decide(status: ApplicationStatus, approve: bool, window: Window, now: datetime) -> ApplicationStatus:
    """The organiser's decision. Only a submitted application is decided, and approvals only while the
    window is open; a rejection stays possible later, so that nothing waits for ever."""
    if status is not ApplicationStatus.submitted:
        raise IllegalTransition(f"the application is already {status.value}", "decision")
    if approve:
        if now >= window.closes_at:
            raise IllegalTransition(f"no approval after the window closed at {window.closes_at.isoformat()}", "decision")
        return ApplicationStatus.approved
    return ApplicationStatus.rejected


def check_can_hold_booth(status: ApplicationStatus) -> None:
    if status is not ApplicationStatus.approved:
        raise IllegalTransition(f"a {status.value} application gets no booth; only approved ones do", "application_id")


# -- the meeting programme: slots in the venue's local time ------------------------------------------

@dataclass(frozen=True)
class Session:
    start: datetime  # naive, venue local time
    slots: int


@dataclass(frozen=True)
class Programme:
    """Meeting sessions of a fair; slot i is the i-th slot counted across the sessions in order."""

    timezone: str
    slot_minutes: int
    sessions: tuple[Session, ...] = field(default_factory=tuple)

    def slot_starts(self) -> list[datetime]:
        tz = zone(self.timezone)
        out = []
        for s in self.sessions:
            for k in range(s.slots):
                out.append((s.start + timedelta(minutes=k * self.slot_minutes)).replace(tzinfo=tz))
        return out

    @property
    def n_slots(self) -> int:
        return sum(s.slots for s in self.sessions)

    def slot_bounds(self, slot: int) -> tuple[datetime, datetime]:
        start = self.slot_starts()[slot]
        return start, start + timedelta(minutes=self.slot_minutes)

    def slots_within(self, intervals: list[tuple[datetime, datetime]]) -> list[int]:
        """Slots lying wholly inside one of the local (naive) intervals."""
        tz = zone(self.timezone)
        spans = [(a.replace(tzinfo=tz), b.replace(tzinfo=tz)) for a, b in intervals]
        out = []
        for i, start in enumerate(self.slot_starts()):
            end = start + timedelta(minutes=self.slot_minutes)
            if any(a <= start and end <= b for a, b in spans):
                out.append(i)
        return out


def outside_fair_days(intervals: list[tuple[datetime, datetime]], starts_on: date, ends_on: date,
                      field: str = "availability") -> list[dict[str, str]]:
    """The venue-local intervals that do not lie within the fair's days, as refusals naming each one."""
    first, last = datetime.combine(starts_on, time()), datetime.combine(ends_on + timedelta(days=1), time())
    return [{"field": f"{field}.{i}", "reason": f"{a:%Y-%m-%d %H:%M}..{b:%Y-%m-%d %H:%M} is not within the fair's days "
                                                f"{starts_on}..{ends_on}"}
            for i, (a, b) in enumerate(intervals) if a < first or b > last]
