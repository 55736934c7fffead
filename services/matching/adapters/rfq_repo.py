"""Sourcing requests and matches in matching's database."""
from __future__ import annotations

from dataclasses import asdict
from datetime import date, datetime
from typing import Any

from sqlalchemy import and_, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from services.matching.adapters.orm import matches, sourcing_requests
from services.matching.domain.rfq import Match, MatchStatus, Rfq, RfqStatus

_DATES = ("delivery_from", "delivery_to")


def rfq_body(rfq: Rfq) -> dict[str, Any]:
    body = asdict(rfq)
    body["status"] = rfq.status.value
    body["certifications"] = list(rfq.certifications)
    body["inferred"] = list(rfq.inferred)
    for k in (*_DATES, "deadline", "created_at", "updated_at"):
        body[k] = body[k].isoformat() if body[k] else None
    return body


def rfq_from(body: dict[str, Any]) -> Rfq:
    b = dict(body)
    b["status"] = RfqStatus(b["status"])
    b["certifications"] = tuple(b["certifications"])
    b["inferred"] = tuple(b.get("inferred") or ())
    for k in _DATES:
        b[k] = date.fromisoformat(b[k]) if b[k] else None
    for k in ("deadline", "created_at", "updated_at"):
        b[k] = datetime.fromisoformat(b[k]) if b[k] else None
    return Rfq(**b)


def _rfq_row(rfq: Rfq) -> dict[str, Any]:
    return dict(id=rfq.id, status=rfq.status.value, version=rfq.version, group=rfq.group, hs_code=rfq.hs_code,
                deadline=rfq.deadline, buyer=rfq.buyer, body=rfq_body(rfq), created_at=rfq.created_at, updated_at=rfq.updated_at)


async def add_rfq(session: AsyncSession, rfq: Rfq) -> None:
    await session.execute(sourcing_requests.insert().values(**_rfq_row(rfq)))


async def save_rfq(session: AsyncSession, rfq: Rfq) -> None:
    """Writes the next version; the version check refuses a concurrent change made since it was read."""
    t = sourcing_requests
    row = _rfq_row(rfq)
    res = await session.execute(update(t).where(t.c.id == rfq.id, t.c.version == rfq.version - 1)
                                .values(**{k: v for k, v in row.items() if k not in ("id", "created_at")}))
    if res.rowcount != 1:
        raise ConcurrentChange(f"request {rfq.id} changed meanwhile")


class ConcurrentChange(Exception):
    pass


async def get_rfq(session: AsyncSession, rfq_id: str, *, for_update: bool = False) -> Rfq | None:
    stmt = select(sourcing_requests.c.body).where(sourcing_requests.c.id == rfq_id)
    if for_update and session.bind.dialect.name == "postgresql":
        stmt = stmt.with_for_update()
    row = (await session.execute(stmt)).first()
    return rfq_from(row.body) if row else None


async def list_rfqs(session: AsyncSession, *, status: str | None, limit: int, offset: int,
                    buyer: str | None = None, producer_id: str | None = None) -> list[Rfq]:
    """Newest first; only `buyer`'s own, or only those `producer_id` was matched to."""
    t = sourcing_requests
    stmt = select(t.c.body).order_by(t.c.created_at.desc(), t.c.id).limit(limit).offset(offset)
    if buyer is not None:
        stmt = stmt.where(t.c.buyer == buyer)
    if producer_id is not None:
        stmt = stmt.where(t.c.id.in_(select(matches.c.rfq_id).where(matches.c.producer_id == producer_id)))
    if status:
        stmt = stmt.where(t.c.status == status)
    return [rfq_from(r.body) for r in (await session.execute(stmt)).all()]


async def live_rfqs_for(session: AsyncSession, groups: set[str], chapters: set[str], now: datetime) -> list[Rfq]:
    """Open or matched requests, before their deadline, that ask for one of these groups (without an HS code)
    or one of these HS chapters: one query for a whole batch of products (`Rfq.asks_for` sorts them out)."""
    t = sourcing_requests
    kind = [and_(t.c.hs_code.is_(None), t.c.group.in_(groups))]
    kind += [t.c.hs_code.like(chapter + "%") for chapter in sorted(chapters)]
    stmt = select(t.c.body).where(t.c.status.in_(["open", "matched"]), t.c.deadline > now, or_(*kind))
    return [rfq_from(r.body) for r in (await session.execute(stmt)).all()]


async def lock_live_rfq(session: AsyncSession, rfq_id: str, now: datetime) -> Rfq | None:
    """The request again, locked, if it is still live: serialises a standing match with a buyer's change
    of that one request (locking every candidate request instead made each product event write hundreds
    of row locks)."""
    t = sourcing_requests
    stmt = select(t.c.body).where(t.c.id == rfq_id, t.c.status.in_(["open", "matched"]), t.c.deadline > now)
    if session.bind.dialect.name == "postgresql":
        stmt = stmt.with_for_update()
    row = (await session.execute(stmt)).first()
    return rfq_from(row.body) if row else None


async def due_rfq_ids(session: AsyncSession, now: datetime) -> list[str]:
    t = sourcing_requests
    return list((await session.execute(select(t.c.id).where(t.c.status.in_(["open", "matched"]),
                                                            t.c.deadline <= now))).scalars())


# -- matches ----------------------------------------------------------------------------------
def match_body(m: Match) -> dict[str, Any]:
    return dict(id=m.id, rfq_id=m.rfq_id, product_id=m.product_id, producer_id=m.producer_id, country=m.country,
                score=m.score, reasons=m.reasons, status=m.status.value, version=m.version,
                created_at=m.created_at.isoformat(), updated_at=m.updated_at.isoformat())


def _match_from(row) -> Match:
    return Match(id=row.id, rfq_id=row.rfq_id, product_id=row.product_id, producer_id=row.producer_id,
                 country=row.country, score=row.score, reasons=row.reasons, status=MatchStatus(row.status),
                 version=row.version, created_at=row.created_at, updated_at=row.updated_at)


async def matched_product_ids(session: AsyncSession, rfq_id: str) -> set[str]:
    return set((await session.execute(select(matches.c.product_id).where(matches.c.rfq_id == rfq_id))).scalars())


async def add_matches(session: AsyncSession, ms: list[Match]) -> None:
    if ms:
        await session.execute(matches.insert(), [
            dict(id=m.id, rfq_id=m.rfq_id, product_id=m.product_id, producer_id=m.producer_id, country=m.country,
                 score=m.score, status=m.status.value, version=m.version, reasons=m.reasons,
                 created_at=m.created_at, updated_at=m.updated_at) for m in ms])


async def save_match(session: AsyncSession, m: Match) -> None:
    res = await session.execute(update(matches).where(matches.c.id == m.id, matches.c.version == m.version - 1)
                                .values(status=m.status.value, version=m.version, updated_at=m.updated_at))
    if res.rowcount != 1:
        raise ConcurrentChange(f"match {m.id} changed meanwhile")


async def get_match(session: AsyncSession, rfq_id: str, match_id: str) -> Match | None:
    row = (await session.execute(select(matches).where(matches.c.id == match_id, matches.c.rfq_id == rfq_id))).first()
    return _match_from(row) if row else None


async def list_matches(session: AsyncSession, *, rfq_id: str | None = None, producer_id: str | None = None) -> list[Match]:
    stmt = select(matches).order_by(matches.c.score.desc(), matches.c.id)
    if rfq_id:
        stmt = stmt.where(matches.c.rfq_id == rfq_id)
    if producer_id:
        stmt = stmt.where(matches.c.producer_id == producer_id)
    return [_match_from(r) for r in (await session.execute(stmt)).all()]
