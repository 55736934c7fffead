"""Webhooks: what an integrator may subscribe to, who receives which event, and how deliveries are retried.

Plain Python. A subscriber receives only what its owner may see through the API: public catalogue records
(a producer's contact details only to those `shared/privacy.py` allows), a buyer's own sourcing requests and
their matches, a producer's own matches."""
from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import datetime, timedelta

from shared.auth import Principal, Role
from shared.contracts import matching as m
from shared.contracts import registry as r
from shared.privacy import may_see_contact, without_contact

# event type -> who receives it (shown to integrators by GET /webhooks/event-types)
EVENT_TYPES: dict[str, str] = {
    r.PRODUCT_UPSERTED: "anyone: a product of the regional catalogue was registered or changed",
    r.PRODUCER_UPSERTED: "anyone (contact details only to buyers, the producer itself and its country's registry "
                         "admins): a producer was registered or changed",
    m.RFQ_OPENED: "the buyer who posted the sourcing request",
    m.RFQ_CHANGED: "the buyer who posted the sourcing request",
    m.MATCH_PROPOSED: "the request's buyer and the matched producer",
    m.MATCH_ACCEPTED: "the request's buyer and the matched producer",
    m.MATCH_DECLINED: "the request's buyer and the matched producer",
}
RFQ_TYPES = {m.RFQ_OPENED, m.RFQ_CHANGED}
MATCH_TYPES = {m.MATCH_PROPOSED, m.MATCH_ACCEPTED, m.MATCH_DECLINED}



# A rotated secret keeps signing beside the new one for this long by default (at most MAX_OVERLAP), so that a
# subscriber that verifies with either switches over without losing a delivery; 0 drops it at once (a leak).
DEFAULT_OVERLAP = timedelta(hours=24)
MAX_OVERLAP = timedelta(days=7)


def signing_secrets(current: str, previous: str | None, previous_until: datetime | None,
                    now: datetime) -> list[str]:
    """The secrets a delivery sent `now` is signed with: the current one, and the one before a rotation while
    its overlap lasts (Standard Webhooks: one signature per secret, space-separated, any one verifies)."""
    if previous and previous_until is not None and now < previous_until:
        return [current, previous]
    return [current]


@dataclass(frozen=True)
class Backoff:
    """Exponential back-off with jitter: after the n-th failed try, wait between half and all of
    min(cap, base * 2**(n-1)); give up after `max_attempts` tries (8 by default: about 10 minutes)."""

    base: timedelta = timedelta(seconds=5)
    cap: timedelta = timedelta(hours=1)
    max_attempts: int = 8

    def next_attempt(self, attempts: int, now: datetime, rand: random.Random | None = None) -> datetime | None:
        """When to try again after `attempts` failed tries, or None to give up."""
        if attempts >= self.max_attempts:
            return None
        ceiling = min(self.cap, self.base * (2 ** (attempts - 1)))
        return now + ceiling * (rand or random).uniform(0.5, 1.0)


@dataclass(frozen=True)
class Owner:
    """The OAuth2 client that made a subscription, as its token said."""

    client_id: str
    role: Role
    country: str | None = None
    producer_id: str | None = None

    @classmethod
    def of(cls, principal: Principal) -> "Owner":
        return cls(principal.client_id, principal.role, principal.country, principal.producer_id)

    def principal(self) -> Principal:
        return Principal(self.client_id, self.role, self.country, self.producer_id)


@dataclass(frozen=True)
class Subscription:
    id: str
    owner: Owner
    url: str
    event_types: frozenset[str]
    created_at: datetime


def payload_for(sub: Subscription, event_type: str, data: dict, rfq_buyer: str | None) -> dict | None:
    """What this subscriber may see of an event, or None when it is none of its business.
    `rfq_buyer` is the client that posted the sourcing request an RFQ or match event is about."""
    if event_type not in sub.event_types:
        return None
    owner = sub.owner
    if event_type == r.PRODUCT_UPSERTED:
        return data
    if event_type == r.PRODUCER_UPSERTED:
        if may_see_contact(owner.principal(), data.get("id"), data.get("country")):
            return data
        return without_contact(data)
    if event_type in RFQ_TYPES:
        return data if owner.role is Role.buyer and rfq_buyer == owner.client_id else None
    if event_type in MATCH_TYPES:
        if owner.role is Role.buyer and rfq_buyer == owner.client_id:
            return data
        if owner.role is Role.producer and owner.producer_id and owner.producer_id == data.get("producer_id"):
            return data  # a match carries no buyer identity
        return None
    return None


def delivered(status: int | None) -> bool:
    return status is not None and 200 <= status < 300
