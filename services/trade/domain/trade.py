"""The rules of the trade loop: quotes on a sourcing request, the request closing to quotes, and deals.

    quote:  submitted ──> shortlisted ──> accepted
               │               │
               ├───────────────┴──> declined (by the buyer, with a reason)
               └───────────────┴──> closed   (another quote was accepted, the request closed, it lapsed)

    deal:   agreed ──> shipped (the producer) ──> delivered (the buyer)
               └──────────┴──> cancelled (either party, before delivery)

A request closes to quotes when one is accepted, at its deadline, after `max_quotes` quotes, or when it
ends in matching (closed, cancelled, expired). Plain Python: no database, no HTTP, no Kafka.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from enum import Enum

from shared import money

# Incoterms 2020 (ICC): any mode of transport, then sea and inland waterway only.
INCOTERMS_2020 = ("EXW", "FCA", "CPT", "CIP", "DAP", "DPU", "DDP", "FAS", "FOB", "CFR", "CIF")


class QuoteStatus(str, Enum):
    submitted = "submitted"
    shortlisted = "shortlisted"
    declined = "declined"
    accepted = "accepted"
    closed = "closed"


OPEN_QUOTES = frozenset({QuoteStatus.submitted, QuoteStatus.shortlisted})


class DealStatus(str, Enum):
    agreed = "agreed"
    shipped = "shipped"
    delivered = "delivered"
    cancelled = "cancelled"


class Party(str, Enum):
    buyer = "buyer"
    producer = "producer"


# Who moves a deal to each status, from which.
DEAL_STEPS: dict[DealStatus, tuple[frozenset[DealStatus], frozenset[Party]]] = {
    DealStatus.shipped: (frozenset({DealStatus.agreed}), frozenset({Party.producer})),
    DealStatus.delivered: (frozenset({DealStatus.shipped}), frozenset({Party.buyer})),
    DealStatus.cancelled: (frozenset({DealStatus.agreed, DealStatus.shipped}),
                           frozenset({Party.buyer, Party.producer})),
}


class ClosedBecause(str, Enum):
    accepted = "accepted"         # a quote was accepted
    deadline = "deadline"         # the request's deadline passed
    quote_limit = "quote_limit"   # it had as many quotes as a request takes
    ended = "ended"               # the buyer ended it in matching (closed, cancelled); an expiry there is `deadline`


QUOTE_CLOSED_REASONS = {
    ClosedBecause.accepted: "another quote was accepted",
    ClosedBecause.deadline: "the request's deadline passed",
    ClosedBecause.quote_limit: "the request closed to quotes",
    ClosedBecause.ended: "the buyer ended the request",
}
MATCHING_ENDED = frozenset({"closed", "cancelled", "expired"})


class TradeRuleBroken(Exception):
    """A change the current state does not allow (answered 409)."""


@dataclass(frozen=True)
class Quote:
    id: str
    rfq_id: str
    buyer: str | None
    producer_id: str
    country: str
    product_id: str | None
    match_id: str | None
    price: float
    currency: str
    quantity: float
    unit: str
    incoterm: str
    lead_time_days: int
    valid_until: datetime
    message: str
    submitted_by: str
    status: QuoteStatus = QuoteStatus.submitted
    status_reason: str | None = None
    buyer_revealed: bool = False
    version: int = 1
    created_at: datetime | None = None
    updated_at: datetime | None = None

    @property
    def value(self) -> float:
        return self.price * self.quantity

    @property
    def value_usd(self) -> float:
        return money.to_usd(self.value, self.currency)

    def lapsed(self, now: datetime) -> bool:
        return self.valid_until <= now

    def moved(self, status: QuoteStatus, reason: str | None, now: datetime) -> "Quote":
        return replace(self, status=status, status_reason=reason, version=self.version + 1, updated_at=now)

    def shortlist(self, now: datetime) -> "Quote":
        if self.status is QuoteStatus.shortlisted:
            return self
        self._open_or_refuse("shortlisted")
        return self.moved(QuoteStatus.shortlisted, None, now)

    def decline(self, reason: str, now: datetime) -> "Quote":
        self._open_or_refuse("declined")
        return self.moved(QuoteStatus.declined, reason, now)

    def accept(self, now: datetime) -> "Quote":
        self._open_or_refuse("accepted")
        if self.lapsed(now):
            raise TradeRuleBroken(f"quote {self.id} was valid until {self.valid_until.isoformat()}; "
                                  "it cannot be accepted")
        return replace(self.moved(QuoteStatus.accepted, None, now), buyer_revealed=True)

    def close(self, because: ClosedBecause, now: datetime) -> "Quote":
        return self.moved(QuoteStatus.closed, QUOTE_CLOSED_REASONS[because], now)

    def reveal_buyer(self, now: datetime) -> "Quote":
        return self if self.buyer_revealed else replace(self, buyer_revealed=True, version=self.version + 1,
                                                        updated_at=now)

    def _open_or_refuse(self, to: str) -> None:
        if self.status not in OPEN_QUOTES:
            raise TradeRuleBroken(f"quote {self.id} is {self.status.value}; it cannot be {to}")


@dataclass(frozen=True)
class Deal:
    id: str
    rfq_id: str
    quote_id: str
    buyer: str
    producer_id: str
    product_id: str | None
    exporter_country: str
    destination: str
    product_group: str | None
    quantity: float
    unit: str
    price: float
    currency: str
    incoterm: str
    value_usd: float
    rate_date: str
    agreed_at: datetime
    updated_at: datetime
    status: DealStatus = DealStatus.agreed
    version: int = 1

    def party(self, *, buyer: str | None = None, producer_id: str | None = None) -> Party | None:
        if buyer is not None and buyer == self.buyer:
            return Party.buyer
        if producer_id is not None and producer_id == self.producer_id:
            return Party.producer
        return None

    def move(self, to: DealStatus, by: Party, now: datetime) -> "Deal":
        step = DEAL_STEPS.get(to)
        if step is None:
            raise TradeRuleBroken(f"a deal cannot be moved to {to.value}")
        sources, parties = step
        if self.status not in sources:
            raise TradeRuleBroken(f"deal {self.id} is {self.status.value}; it cannot become {to.value}")
        if by not in parties:
            raise PartyRefused(f"the {by.value} may not mark a deal {to.value}; "
                               f"{' or '.join(sorted(p.value for p in parties))} does")
        return replace(self, status=to, version=self.version + 1, updated_at=now)


class PartyRefused(Exception):
    """The caller is a party, but not the one that takes this step (answered 403)."""


def deal_from(quote: Quote, rfq_destination: str, product_group: str | None, deal_id: str, now: datetime,
              value_usd: float, rate_date: str) -> Deal:
    """The deal an accepted quote makes, valued in US dollars at the reference rates in force (of `rate_date`)."""
    return Deal(id=deal_id, rfq_id=quote.rfq_id, quote_id=quote.id, buyer=quote.buyer or "",
                producer_id=quote.producer_id, product_id=quote.product_id, exporter_country=quote.country,
                destination=rfq_destination, product_group=product_group, quantity=quote.quantity, unit=quote.unit,
                price=quote.price, currency=quote.currency, incoterm=quote.incoterm,
                value_usd=round(value_usd, 2), rate_date=rate_date, agreed_at=now, updated_at=now)


def closes_after(quotes_so_far: int, max_quotes: int) -> bool:
    return quotes_so_far >= max_quotes
