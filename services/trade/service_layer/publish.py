"""Trade's integration events, staged in the outbox in the caller's transaction, and the facts they add to
the indicators' read model in the same transaction."""
from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.ext.asyncio import AsyncSession

from services.trade.adapters.orm import facts, funnel_counts
from services.trade.domain.trade import Deal, DealStatus, Quote
from shared.contracts import trade as contract
from shared.events import CloudEvent
from shared.logging import traceparent_var
from shared.outbox import Outbox
from shared.replica import upsert_many_if_newer

DEAL_EVENT_TYPES = {DealStatus.agreed: contract.DEAL_AGREED, DealStatus.shipped: contract.DEAL_SHIPPED,
                    DealStatus.delivered: contract.DEAL_DELIVERED, DealStatus.cancelled: contract.DEAL_CANCELLED}


async def publish(outbox: Outbox, session: AsyncSession, event_type: str, data: dict) -> None:
    topic, schema = contract.EVENT_SCHEMAS[event_type]
    data = schema.model_validate(data).model_dump(mode="json")
    await outbox.add(session, topic, data["id"], CloudEvent(
        source=contract.SOURCE, type=event_type, subject=data["id"], data=data, traceparent=traceparent_var.get()))


def quote_body(q: Quote) -> dict[str, Any]:
    return dict(id=q.id, version=q.version, rfq_id=q.rfq_id, producer_id=q.producer_id, product_id=q.product_id,
                country=q.country, status=q.status.value, status_reason=q.status_reason, price=q.price,
                currency=q.currency, quantity=q.quantity, unit=q.unit, incoterm=q.incoterm,
                value_usd=round(q.value_usd, 2))


def deal_body(d: Deal) -> dict[str, Any]:
    return dict(id=d.id, version=d.version, rfq_id=d.rfq_id, quote_id=d.quote_id, producer_id=d.producer_id,
                product_id=d.product_id, exporter_country=d.exporter_country, destination=d.destination,
                product_group=d.product_group, quantity=d.quantity, unit=d.unit, price=d.price, currency=d.currency,
                incoterm=d.incoterm, value_usd=d.value_usd, rate_date=d.rate_date, status=d.status.value,
                agreed_at=d.agreed_at.isoformat())


async def quote_event(outbox: Outbox, session: AsyncSession, q: Quote, *, submitted: bool = False) -> None:
    await publish(outbox, session, contract.QUOTE_SUBMITTED if submitted else contract.QUOTE_CHANGED, quote_body(q))


async def deal_event(outbox: Outbox, session: AsyncSession, d: Deal) -> None:
    await publish(outbox, session, DEAL_EVENT_TYPES[d.status], deal_body(d))


FUNNEL_KINDS = ("request", "match", "quote", "deal")


async def add_facts(session: AsyncSession, rows: list[dict[str, Any]]) -> None:
    """Facts at their version through the shared apply path: a repeat or an older state changes nothing.
    A fact of the funnel that is new (not there before, and inserted now) adds one to its count."""
    if not rows:
        return
    full = [{"channel": "request", "fair_id": None, "exporter": None, "destination": None, "product_group": None,
             "status": None, "value_usd": None, **r} for r in rows]
    counted = [r for r in full if r["kind"] in FUNNEL_KINDS and r["channel"] == "request"]
    before = set()
    if counted:
        before = set((await session.execute(select(facts.c.id).where(
            facts.c.id.in_({r["id"] for r in counted})))).scalars().all())
    moved = await upsert_many_if_newer(session, facts, full)
    new: dict[tuple, int] = {}
    seen: set[str] = set()
    for r in counted:
        if r["id"] in moved and r["id"] not in before and r["id"] not in seen:
            seen.add(r["id"])
            key = (r["exporter"] or "", r["product_group"] or "", r["month"], r["kind"])
            new[key] = new.get(key, 0) + 1
    if new:
        insert = (pg_insert if session.bind.dialect.name == "postgresql" else sqlite_insert)(funnel_counts)
        await session.execute(insert.on_conflict_do_update(
            index_elements=[funnel_counts.c.exporter, funnel_counts.c.product_group, funnel_counts.c.month,
                            funnel_counts.c.kind], set_={"n": funnel_counts.c.n + insert.excluded.n}),
            [dict(exporter=k[0], product_group=k[1], month=k[2], kind=k[3], n=n) for k, n in sorted(new.items())])


def month_of(when) -> str:
    return when.strftime("%Y-%m")


def quote_fact(q: Quote, group: str | None, destination: str | None) -> dict[str, Any]:
    assert q.created_at is not None
    return dict(id=f"quote:{q.id}", version=1, kind="quote", exporter=q.country, destination=destination,
                product_group=group, month=month_of(q.created_at))


def deal_fact(d: Deal) -> dict[str, Any]:
    return dict(id=f"deal:{d.id}", version=d.version, kind="deal", exporter=d.exporter_country,
                destination=d.destination, product_group=d.product_group, month=month_of(d.agreed_at),
                status=d.status.value, value_usd=d.value_usd)
