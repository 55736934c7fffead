"""Proposing matches: the best products for a request, and the open requests a new product answers."""
from __future__ import annotations

import asyncio
import uuid
from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession

from services.matching.adapters import catalogue_repo, rfq_repo
from services.matching.adapters.search_index import SearchIndex
from services.matching.domain import scoring
from services.matching.domain.products import ProductFacts, facts
from services.matching.domain.rfq import Match, Rfq
from services.matching.service_layer.events import match_event, rfq_event
from shared.outbox import Outbox

CANDIDATES = 300   # drawn from the index by text relevance within the HS chapter or group, then scored


def new_match(rfq: Rfq, product: ProductFacts, scored: scoring.Scored, now: datetime) -> Match:
    return Match(id=f"M-{uuid.uuid4().hex[:20].upper()}", rfq_id=rfq.id, product_id=product.id,
                 producer_id=product.producer_id, country=product.country, score=scored.score,
                 reasons=scored.reasons, created_at=now, updated_at=now)


def understand(index: SearchIndex, fields: dict, now: datetime) -> Rfq:
    """A request from a buyer's fields, checked; what it leaves out (its group, its HS code) inferred from
    the catalogue's products that answer its text, and marked as inferred so the buyer can correct it
    (blocking: an index read)."""
    fields = dict(fields)
    inferred: list[str] = []
    if not fields.get("hs_code"):
        group, hs_code = index.infer(fields["text"], group=fields.get("group"))
        if not fields.get("group") and group:
            fields["group"] = group
            inferred.append("group")
        if hs_code:
            fields["hs_code"] = hs_code
            inferred.append("hs_code")
    fields["inferred"] = tuple(inferred)
    return Rfq(**fields).check(now)


def rank_candidates(index: SearchIndex, rfq: Rfq, limit: int = scoring.MAX_MATCHES,
                    exclude: set[str] = frozenset()) -> list[tuple[ProductFacts, scoring.Scored]]:
    """The best products for a request (blocking: an index read and the scoring)."""
    found = index.candidates(rfq.text, group=rfq.group, hs_code=rfq.hs_code, limit=CANDIDATES)
    by_id = {p.id: p for p in found if p.id not in exclude}
    return [(by_id[s.product_id], s) for s in scoring.rank(rfq, list(by_id.values()), limit)]


async def best_for(index: SearchIndex, rfq: Rfq, limit: int = scoring.MAX_MATCHES,
                   exclude: set[str] = frozenset()) -> list[tuple[ProductFacts, scoring.Scored]]:
    return await asyncio.to_thread(rank_candidates, index, rfq, limit, exclude)


async def with_recent_products(session: AsyncSession, rfq: Rfq, found: list[tuple[ProductFacts, scoring.Scored]],
                               since: datetime) -> list[tuple[ProductFacts, scoring.Scored]]:
    """`found` merged with the recently applied products that fit, best first, at most MAX_MATCHES."""
    seen = {p.id for p, _ in found}
    recent = [p for p in (facts(r) for r in await catalogue_repo.listed_since(session, since)) if p.id not in seen]
    by_id = {p.id: p for p, _ in found} | {p.id: p for p in recent}
    ranked = sorted([*(s for _, s in found), *scoring.rank(rfq, recent)], key=lambda s: (-s.score, s.product_id))
    return [(by_id[s.product_id], s) for s in ranked[:scoring.MAX_MATCHES]]


async def record_matches(session: AsyncSession, outbox: Outbox, rfq: Rfq,
                         found: list[tuple[ProductFacts, scoring.Scored]], now: datetime) -> tuple[Rfq, list[Match]]:
    """Stores the matches and their events; an open request becomes matched. Returns the request as it is now."""
    created = [new_match(rfq, p, s, now) for p, s in found]
    if not created:
        return rfq, []
    await rfq_repo.add_matches(session, created)
    for m in created:
        await match_event(outbox, session, m)
    moved = rfq.matched(now)
    if moved is not rfq:
        await rfq_repo.save_rfq(session, moved)
        await rfq_event(outbox, session, moved)
    return moved, created


async def standing_matches_many(session: AsyncSession, outbox: Outbox, recs: list[dict], now: datetime) -> int:
    """Products just applied to the catalogue: propose each to every live request it answers well enough.
    The live requests are read once for the whole batch."""
    products = [p for p in (facts(rec) for rec in recs) if p.status == "listed"]
    if not products:
        return 0
    live = await rfq_repo.live_rfqs_for(session, {p.group for p in products},
                                        {p.hs_code[:2] for p in products if p.hs_code}, now)
    n = 0
    for product in products:
        n += await _standing_matches(session, outbox, product, [r for r in live if r.asks_for(product)], now)
    return n


async def standing_matches(session: AsyncSession, outbox: Outbox, rec: dict, now: datetime) -> int:
    """A product just applied to the catalogue: propose it to every live request it answers well enough."""
    return await standing_matches_many(session, outbox, [rec], now)


async def _standing_matches(session: AsyncSession, outbox: Outbox, product: ProductFacts, live: list[Rfq],
                            now: datetime) -> int:
    n = 0
    for rfq in live:
        scored = scoring.score(rfq, product)
        if scored is None or scored.score < scoring.MIN_SCORE:
            continue
        rfq = await rfq_repo.lock_live_rfq(session, rfq.id, now)
        if rfq is None:
            continue
        scored = scoring.score(rfq, product)  # against the request as it is now, under the lock
        if scored is None or scored.score < scoring.MIN_SCORE:
            continue
        if product.id in await rfq_repo.matched_product_ids(session, rfq.id):
            continue
        _, created = await record_matches(session, outbox, rfq, [(product, scored)], now)
        n += len(created)
    return n
