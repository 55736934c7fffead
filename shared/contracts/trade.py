"""Events of the trade service on the regional topics `ovop.trade.quotes`, `ovop.trade.deals` and
`ovop.trade.requests`; source `/trade`, subject and key = the record's id. Every event carries the record's
whole current state and its version, so consumers apply them in order and drop repeats.

No event names a buyer: its identity reaches a producer only by the buyer's own choice, through the API."""
from __future__ import annotations

from pydantic import BaseModel, ConfigDict

SOURCE = "/trade"

QUOTES_TOPIC = "ovop.trade.quotes"
DEALS_TOPIC = "ovop.trade.deals"
REQUESTS_TOPIC = "ovop.trade.requests"

QUOTE_SUBMITTED = "org.asean.ovop.trade.quote.submitted.v1"
QUOTE_CHANGED = "org.asean.ovop.trade.quote.changed.v1"      # shortlisted, declined, accepted or closed
DEAL_AGREED = "org.asean.ovop.trade.deal.agreed.v1"
DEAL_SHIPPED = "org.asean.ovop.trade.deal.shipped.v1"
DEAL_DELIVERED = "org.asean.ovop.trade.deal.delivered.v1"
DEAL_CANCELLED = "org.asean.ovop.trade.deal.cancelled.v1"
REQUEST_CLOSED = "org.asean.ovop.trade.request.closed.v1"


class QuoteEvent(BaseModel):
    """A producer's quote on a sourcing request, as it is now (its message and thread stay private)."""

    model_config = ConfigDict(extra="allow")

    id: str
    version: int
    rfq_id: str
    producer_id: str
    product_id: str | None = None
    country: str
    status: str
    status_reason: str | None = None
    price: float
    currency: str
    quantity: float
    unit: str
    incoterm: str
    value_usd: float


class DealEvent(BaseModel):
    """A deal as it is now: agreed, shipped, delivered or cancelled."""

    model_config = ConfigDict(extra="allow")

    id: str
    version: int
    rfq_id: str
    quote_id: str
    producer_id: str
    product_id: str | None = None
    exporter_country: str
    destination: str
    product_group: str | None = None
    quantity: float
    unit: str
    price: float
    currency: str
    incoterm: str
    value_usd: float
    rate_date: str
    status: str
    agreed_at: str


class RequestClosed(BaseModel):
    """Trade closed a sourcing request to quotes: a quote was accepted, its deadline passed, or it has had
    as many quotes as it takes. Matching stops matching it."""

    model_config = ConfigDict(extra="allow")

    id: str
    version: int
    reason: str
    quotes: int
    accepted_quote_id: str | None = None
    closed_at: str


EVENT_SCHEMAS: dict[str, tuple[str, type[BaseModel]]] = {
    QUOTE_SUBMITTED: (QUOTES_TOPIC, QuoteEvent),
    QUOTE_CHANGED: (QUOTES_TOPIC, QuoteEvent),
    DEAL_AGREED: (DEALS_TOPIC, DealEvent),
    DEAL_SHIPPED: (DEALS_TOPIC, DealEvent),
    DEAL_DELIVERED: (DEALS_TOPIC, DealEvent),
    DEAL_CANCELLED: (DEALS_TOPIC, DealEvent),
    REQUEST_CLOSED: (REQUESTS_TOPIC, RequestClosed),
}
