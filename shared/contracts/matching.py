"""Events of the matching service, on the regional topics `ovop.matching.rfqs` and `ovop.matching.matches`.

Each event carries the whole current state of its record and the record's version (keyed by record id),
so consumers apply them in version order and drop repeats, as they do for the registry's events.
"""
from __future__ import annotations

from pydantic import BaseModel, ConfigDict

RFQS_TOPIC = "ovop.matching.rfqs"
MATCHES_TOPIC = "ovop.matching.matches"
SOURCE = "/matching"

RFQ_OPENED = "org.asean.ovop.matching.rfq.opened.v1"
RFQ_CHANGED = "org.asean.ovop.matching.rfq.changed.v1"          # amended, or its status moved
MATCH_PROPOSED = "org.asean.ovop.matching.match.proposed.v1"
MATCH_ACCEPTED = "org.asean.ovop.matching.match.accepted.v1"
MATCH_DECLINED = "org.asean.ovop.matching.match.declined.v1"


class RfqEvent(BaseModel):
    """A sourcing request as it is now."""

    model_config = ConfigDict(extra="allow")

    id: str
    version: int
    status: str
    text: str
    group: str | None = None
    hs_code: str | None = None
    quantity: float
    unit: str
    target_price: float | None = None
    currency: str | None = None
    certifications: list[str] = []
    destination: str
    delivery_from: str | None = None
    delivery_to: str | None = None
    deadline: str


class MatchEvent(BaseModel):
    """A match of a product (and its producer) with a request, as it is now, with its reasons."""

    model_config = ConfigDict(extra="allow")

    id: str
    version: int
    rfq_id: str
    product_id: str
    producer_id: str
    country: str
    score: float
    status: str
    reasons: list[dict]


# The one table of matching's event types: type -> (topic, schema of its data).
EVENT_SCHEMAS: dict[str, tuple[str, type[BaseModel]]] = {
    RFQ_OPENED: (RFQS_TOPIC, RfqEvent),
    RFQ_CHANGED: (RFQS_TOPIC, RfqEvent),
    MATCH_PROPOSED: (MATCHES_TOPIC, MatchEvent),
    MATCH_ACCEPTED: (MATCHES_TOPIC, MatchEvent),
    MATCH_DECLINED: (MATCHES_TOPIC, MatchEvent),
}
