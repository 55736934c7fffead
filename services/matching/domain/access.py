"""Who sees a sourcing request: its buyer, whole; each producer matched to it, the request without the
buyer's identity and with its own matches only; nobody else (to them it does not exist)."""
from __future__ import annotations

from dataclasses import dataclass, replace

from services.matching.domain.rfq import Match, Rfq


@dataclass(frozen=True)
class Viewer:
    """The caller, as sourcing knows it: a buyer (its client id) or a producer (the producer it acts for)."""

    buyer: str | None = None
    producer_id: str | None = None


def visible(viewer: Viewer, rfq: Rfq, matches: list[Match]) -> tuple[Rfq, list[Match]] | None:
    """The part of the request and its matches that `viewer` may see, or None when it may see nothing."""
    if viewer.buyer is not None and rfq.buyer == viewer.buyer:
        return rfq, matches
    if viewer.producer_id is not None:
        own = [m for m in matches if m.producer_id == viewer.producer_id]
        if own:
            return for_producer(rfq), own
    return None


def for_producer(rfq: Rfq) -> Rfq:
    """A buyer's identity is its own to share: a matched producer sees what is asked, not who asks."""
    return replace(rfq, buyer=None)
