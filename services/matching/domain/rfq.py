"""Sourcing requests (RFQs) and their matches: the rules of their lifecycles.

    open ──> matched ──> closed
      │         ├──────> cancelled
      └─────────┴──────> expired   (the deadline passed)

A request is `matched` once it has at least one match; `closed` means the buyer is done with a matched
request; `cancelled` and `expired` end it with or without matches. Nothing changes after it ended.
A match is proposed, then the producer accepts or declines it, while its request has not ended.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from enum import Enum

from shared import money


class RfqStatus(str, Enum):
    open = "open"
    matched = "matched"
    closed = "closed"
    expired = "expired"
    cancelled = "cancelled"


ENDED = frozenset({RfqStatus.closed, RfqStatus.expired, RfqStatus.cancelled})
TRANSITIONS: dict[RfqStatus, frozenset[RfqStatus]] = {
    RfqStatus.open: frozenset({RfqStatus.matched, RfqStatus.cancelled, RfqStatus.expired}),
    RfqStatus.matched: frozenset({RfqStatus.closed, RfqStatus.cancelled, RfqStatus.expired}),
}


class MatchStatus(str, Enum):
    proposed = "proposed"
    accepted = "accepted"
    declined = "declined"


class InvalidRfq(ValueError):
    """A request that breaks a rule; names the field at fault."""

    def __init__(self, field_name: str, reason: str) -> None:
        super().__init__(f"{field_name}: {reason}")
        self.field, self.reason = field_name, reason


class IllegalTransition(Exception):
    """A change its current state does not allow (answered 409)."""


_HS = re.compile(r"^\d{2}(\d{2}){0,4}$")


@dataclass(frozen=True)
class Rfq:
    id: str
    text: str
    group: str | None
    hs_code: str | None
    quantity: float
    unit: str
    target_price: float | None
    currency: str | None
    certifications: tuple[str, ...]
    destination: str
    delivery_from: date | None
    delivery_to: date | None
    deadline: datetime
    buyer: str | None = None
    inferred: tuple[str, ...] = ()      # the fields matching inferred from the text ("group", "hs_code")
    status: RfqStatus = RfqStatus.open
    version: int = 1
    created_at: datetime | None = None
    updated_at: datetime | None = None

    # -- rules ---------------------------------------------------------------------------------
    def asks_for(self, product) -> bool:
        """Whether a product (anything with `group` and `hs_code`) is of the kind this request asks for: its
        HS chapter when the request names an HS code, otherwise its product group."""
        if self.hs_code:
            return bool(product.hs_code) and product.hs_code[:2] == self.hs_code[:2]
        return product.group == self.group

    def check(self, now: datetime) -> "Rfq":
        if not self.text.strip():
            raise InvalidRfq("text", "say what you are looking for")
        if not self.group and not self.hs_code:
            raise InvalidRfq("text", "no product of the catalogue answers these words; say it otherwise, "
                                     "or give a product group or an HS code")
        if self.hs_code and not _HS.match(self.hs_code):
            raise InvalidRfq("hs_code", "an HS code or prefix is 2, 4, 6, 8 or 10 digits")
        if not self.quantity > 0:
            raise InvalidRfq("quantity", "must be greater than 0")
        if self.target_price is not None:
            if self.target_price <= 0:
                raise InvalidRfq("target_price", "must be greater than 0")
            if not self.currency:
                raise InvalidRfq("currency", "a target price needs its currency")
        if self.currency and self.currency not in money.UNITS_PER_USD:
            raise InvalidRfq("currency", f"{self.currency!r} is not a currency of the reference rate table")
        if self.delivery_from and self.delivery_to and self.delivery_to < self.delivery_from:
            raise InvalidRfq("delivery_window.end", "is before its start")
        if self.deadline <= now:
            raise InvalidRfq("deadline", "must be in the future")
        return self

    @property
    def ended(self) -> bool:
        return self.status in ENDED

    def due(self, now: datetime) -> bool:
        return not self.ended and self.deadline <= now

    # -- changes (each returns the next state, version + 1) ------------------------------------
    def _next(self, now: datetime, **changes) -> "Rfq":
        return replace(self, version=self.version + 1, updated_at=now, **changes)

    def _refuse_if_ended(self) -> None:
        if self.ended:
            raise IllegalTransition(f"request {self.id} is {self.status.value}; it can no longer change")

    def amend(self, now: datetime, **changes) -> "Rfq":
        self._refuse_if_ended()
        if "status" in changes or "id" in changes or "version" in changes:
            raise InvalidRfq("status", "not changed by an amendment")
        return self._next(now, **changes).check(now)

    def move_to(self, status: RfqStatus, now: datetime) -> "Rfq":
        self._refuse_if_ended()
        if status not in TRANSITIONS[self.status]:
            raise IllegalTransition(f"request {self.id} cannot go from {self.status.value} to {status.value}")
        if status is not RfqStatus.expired and self.due(now):
            raise IllegalTransition(f"request {self.id} passed its deadline")
        return self._next(now, status=status)

    def matched(self, now: datetime) -> "Rfq":
        """After a match was proposed: an open request becomes matched; otherwise unchanged."""
        return self.move_to(RfqStatus.matched, now) if self.status is RfqStatus.open else self

    def expire(self, now: datetime) -> "Rfq":
        return self.move_to(RfqStatus.expired, now)


@dataclass(frozen=True)
class Match:
    id: str
    rfq_id: str
    product_id: str
    producer_id: str
    country: str
    score: float
    reasons: list[dict] = field(default_factory=list)
    status: MatchStatus = MatchStatus.proposed
    version: int = 1
    created_at: datetime | None = None
    updated_at: datetime | None = None

    def respond(self, accept: bool, rfq: Rfq, now: datetime) -> "Match":
        if rfq.ended or rfq.due(now):
            raise IllegalTransition(f"request {rfq.id} has ended; its matches can no longer be answered")
        if self.status is not MatchStatus.proposed:
            raise IllegalTransition(f"match {self.id} was already {self.status.value}")
        return replace(self, status=MatchStatus.accepted if accept else MatchStatus.declined,
                       version=self.version + 1, updated_at=now)
