"""Reads and writes of trade's tables."""
from __future__ import annotations

from datetime import datetime, timezone
from typing import Any

from sqlalchemy import and_, func, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from services.trade.adapters.orm import closures, deals, inbox, matches, quote_messages, quotes, rfqs
from services.trade.domain.trade import Deal, DealStatus, Quote, QuoteStatus

_QUOTE_FIELDS = [c.name for c in quotes.c]
_DEAL_FIELDS = [c.name for c in deals.c]


class ConcurrentChange(Exception):
    """The record changed since it was read (answered 409; the caller reads it again)."""


def aware(when: datetime | None) -> datetime | None:
    """SQLite hands back naive datetimes; every time trade stores is UTC."""
    return when.replace(tzinfo=timezone.utc) if when is not None and when.tzinfo is None else when


def quote_from(row: Any) -> Quote:
    m = dict(row._mapping)
    m["status"] = QuoteStatus(m["status"])
    for k in ("valid_until", "created_at", "updated_at"):
        m[k] = aware(m[k])
    return Quote(**{k: m[k] for k in _QUOTE_FIELDS if k != "value_usd"})


def quote_row(q: Quote) -> dict[str, Any]:
    row = {k: getattr(q, k) for k in _QUOTE_FIELDS if k != "value_usd"}
    row["status"] = q.status.value
    row["value_usd"] = round(q.value_usd, 2)
    return row


def deal_from(row: Any) -> Deal:
    m = dict(row._mapping)
    m["status"] = DealStatus(m["status"])
    for k in ("agreed_at", "updated_at"):
        m[k] = aware(m[k])
    return Deal(**{k: m[k] for k in _DEAL_FIELDS})


def deal_row(d: Deal) -> dict[str, Any]:
    row = {k: getattr(d, k) for k in _DEAL_FIELDS}
    row["status"] = d.status.value
    return row


async def get_rfq(session: AsyncSession, rfq_id: str) -> Any | None:
    return (await session.execute(select(rfqs).where(rfqs.c.id == rfq_id))).first()


async def get_closure(session: AsyncSession, rfq_id: str) -> Any | None:
    return (await session.execute(select(closures).where(closures.c.rfq_id == rfq_id))).first()


async def match_of(session: AsyncSession, rfq_id: str, producer_id: str) -> Any | None:
    """The producer's best match on the request, if it was matched to it."""
    m = matches.c
    return (await session.execute(select(matches).where(m.rfq_id == rfq_id, m.producer_id == producer_id)
                                  .order_by(matches.c.score.desc()).limit(1))).first()


async def add_quote(session: AsyncSession, q: Quote) -> None:
    await session.execute(quotes.insert().values(**quote_row(q)))


async def save_quote(session: AsyncSession, q: Quote, read_version: int) -> None:
    row = quote_row(q)
    res = await session.execute(update(quotes).where(quotes.c.id == q.id, quotes.c.version == read_version)
                                .values(**{k: v for k, v in row.items() if k not in ("id", "created_at")}))
    if res.rowcount != 1:
        raise ConcurrentChange(f"quote {q.id} changed meanwhile; read it again")


async def get_quote(session: AsyncSession, quote_id: str) -> Quote | None:
    row = (await session.execute(select(quotes).where(quotes.c.id == quote_id))).first()
    return quote_from(row) if row else None


async def quotes_of_request(session: AsyncSession, rfq_id: str, *, producer_id: str | None = None,
                            limit: int | None = None, offset: int = 0) -> list[Quote]:
    stmt = select(quotes).where(quotes.c.rfq_id == rfq_id).order_by(quotes.c.created_at, quotes.c.id)
    if producer_id is not None:
        stmt = stmt.where(quotes.c.producer_id == producer_id)
    if limit is not None:
        stmt = stmt.limit(limit).offset(offset)
    return [quote_from(r) for r in (await session.execute(stmt)).all()]


async def count_quotes(session: AsyncSession, rfq_id: str) -> int:
    stmt = select(func.count()).select_from(quotes).where(quotes.c.rfq_id == rfq_id)
    return (await session.execute(stmt)).scalar_one()


async def quotes_of(session: AsyncSession, *, producer_id: str | None = None, buyer: str | None = None,
                    status: str | None, limit: int, offset: int) -> list[Quote]:
    stmt = select(quotes).order_by(quotes.c.created_at.desc(), quotes.c.id).limit(limit).offset(offset)
    if producer_id is not None:
        stmt = stmt.where(quotes.c.producer_id == producer_id)
    if buyer is not None:
        stmt = stmt.where(quotes.c.buyer == buyer)
    if status:
        stmt = stmt.where(quotes.c.status == status)
    return [quote_from(r) for r in (await session.execute(stmt)).all()]


async def add_message(session: AsyncSession, quote_id: str, author: str, text: str, now: datetime) -> int:
    res = await session.execute(quote_messages.insert().values(quote_id=quote_id, author=author, text=text,
                                                               created_at=now).returning(quote_messages.c.id))
    return res.scalar_one()


async def messages_of(session: AsyncSession, quote_id: str, limit: int, offset: int) -> list[Any]:
    return (await session.execute(select(quote_messages).where(quote_messages.c.quote_id == quote_id)
                                  .order_by(quote_messages.c.id).limit(limit).offset(offset))).all()


async def message_of(session: AsyncSession, quote_id: str, message_id: int) -> Any | None:
    return (await session.execute(select(quote_messages).where(quote_messages.c.quote_id == quote_id,
                                                               quote_messages.c.id == message_id))).first()


async def add_deal(session: AsyncSession, d: Deal) -> None:
    await session.execute(deals.insert().values(**deal_row(d)))


async def save_deal(session: AsyncSession, d: Deal, read_version: int) -> None:
    row = deal_row(d)
    res = await session.execute(update(deals).where(deals.c.id == d.id, deals.c.version == read_version)
                                .values(**{k: v for k, v in row.items() if k not in ("id", "agreed_at")}))
    if res.rowcount != 1:
        raise ConcurrentChange(f"deal {d.id} changed meanwhile; read it again")


async def get_deal(session: AsyncSession, deal_id: str) -> Deal | None:
    row = (await session.execute(select(deals).where(deals.c.id == deal_id))).first()
    return deal_from(row) if row else None


async def deals_of(session: AsyncSession, *, producer_id: str | None = None, buyer: str | None = None,
                   status: str | None, limit: int, offset: int) -> list[Deal]:
    stmt = select(deals).order_by(deals.c.agreed_at.desc(), deals.c.id).limit(limit).offset(offset)
    if producer_id is not None:
        stmt = stmt.where(deals.c.producer_id == producer_id)
    if buyer is not None:
        stmt = stmt.where(deals.c.buyer == buyer)
    if status:
        stmt = stmt.where(deals.c.status == status)
    return [deal_from(r) for r in (await session.execute(stmt)).all()]


async def inbox_of(session: AsyncSession, producer_id: str, limit: int, offset: int) -> list[Any]:
    """The producer's matches, newest first, each with its request and trade's closure of it."""
    stmt = (select(inbox.c.arrived_at, matches.c.id.label("match_id"), matches.c.product_id, matches.c.score,
                   matches.c.status.label("match_status"), rfqs.c.body, rfqs.c.status.label("rfq_status"),
                   closures.c.reason.label("closed_reason"), closures.c.closed_at)
            .select_from(inbox.join(matches, matches.c.id == inbox.c.match_id)
                         .join(rfqs, rfqs.c.id == inbox.c.rfq_id)
                         .outerjoin(closures, closures.c.rfq_id == inbox.c.rfq_id))
            .where(inbox.c.producer_id == producer_id)
            .order_by(inbox.c.arrived_at.desc(), inbox.c.match_id).limit(limit).offset(offset))
    return (await session.execute(stmt)).all()


async def open_requests_past_deadline(session: AsyncSession, now: datetime, limit: int = 200) -> list[str]:
    stmt = (select(rfqs.c.id).outerjoin(closures, closures.c.rfq_id == rfqs.c.id)
            .where(and_(closures.c.rfq_id.is_(None), rfqs.c.deadline <= now)).limit(limit))
    return list((await session.execute(stmt)).scalars().all())
