"""Trade's integration events, staged in the outbox in the caller's transaction, and the facts they add to
the indicators' read model in the same transaction."""
from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.ext.asyncio import AsyncSession

from services.trade.adapters.orm import deal_cells, facts, fair_cells, funnel_counts
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
    What moved is added to the aggregates in the same transaction: a new fact of the funnel adds one to its
    count; a deal's or a meeting's new state replaces its old one in the deals and fairs cells."""
    if not rows:
        return
    newest: dict[str, dict[str, Any]] = {}
    for r in rows:
        r = {"channel": "request", "fair_id": None, "exporter": None, "destination": None, "product_group": None,
             "status": None, "value_usd": None, **r}
        if r["id"] not in newest or r["version"] > newest[r["id"]]["version"]:
            newest[r["id"]] = r
    stmt = select(facts).where(facts.c.id.in_(list(newest)))
    if session.bind.dialect.name == "postgresql":
        stmt = stmt.with_for_update()   # the old state read here is the one the upsert replaces
    before = {r.id: dict(r._mapping) for r in (await session.execute(stmt)).all()}
    moved = await upsert_many_if_newer(session, facts, list(newest.values()))
    funnel: dict[tuple, int] = {}
    deals: dict[tuple, list] = {}
    fairs: dict[str, list] = {}
    for fid in moved:
        new, old = newest[fid], before.get(fid)
        if new["kind"] in FUNNEL_KINDS and new["channel"] == "request" and old is None:
            key = (new["exporter"] or "", new["product_group"] or "", new["month"], new["kind"])
            funnel[key] = funnel.get(key, 0) + 1
        for fact, sign in ((old, -1), (new, 1)):
            if fact is None:
                continue
            if counts_as_deal(fact):
                key = (fact["channel"], fact["exporter"] or "", fact["destination"] or "", fact["product_group"] or "",
                       fact["month"])
                cell = deals.setdefault(key, [0, 0, 0.0])
                cell[0] += sign
                cell[1] += sign * (fact["status"] == "delivered")
                cell[2] += sign * (fact["value_usd"] or 0.0)
            if fact["kind"] == "meeting" and fact["fair_id"]:
                cell = fairs.setdefault(fact["fair_id"], [0, 0, 0, 0, 0.0])
                cell[0] += sign
                cell[1] += sign * (fact["status"] == "no_interest")
                cell[2] += sign * (fact["status"] == "follow_up")
                cell[3] += sign * (fact["status"] == "deal")
                cell[4] += sign * ((fact["value_usd"] or 0.0) if fact["status"] == "deal" else 0.0)
    insert = pg_insert if session.bind.dialect.name == "postgresql" else sqlite_insert
    if funnel:
        await _add(session, insert, funnel_counts, ["exporter", "product_group", "month", "kind"], ["n"],
                   [dict(exporter=k[0], product_group=k[1], month=k[2], kind=k[3], n=n)
                    for k, n in sorted(funnel.items())])
    if deals:
        await _add(session, insert, deal_cells, ["channel", "exporter", "destination", "product_group", "month"],
                   ["deals", "delivered", "value_usd"],
                   [dict(channel=k[0], exporter=k[1], destination=k[2], product_group=k[3], month=k[4], deals=v[0],
                         delivered=v[1], value_usd=v[2]) for k, v in sorted(deals.items())])
    if fairs:
        await _add(session, insert, fair_cells, ["fair_id"], ["meetings", "no_interest", "follow_ups", "deals",
                                                              "value_usd"],
                   [dict(fair_id=k, meetings=v[0], no_interest=v[1], follow_ups=v[2], deals=v[3], value_usd=v[4])
                    for k, v in sorted(fairs.items())])


def counts_as_deal(fact: dict[str, Any]) -> bool:
    """A live deal (agreed, shipped, delivered) or a fair meeting whose outcome was a deal."""
    return ((fact["kind"] == "deal" and fact["status"] != "cancelled") or
            (fact["kind"] == "meeting" and fact["status"] == "deal"))


async def _add(session: AsyncSession, insert, table, keys: list[str], measures: list[str], rows: list[dict]) -> None:
    """Adds each row's measures to its cell (created at zero), in one statement, in key order (no deadlock)."""
    stmt = insert(table)
    await session.execute(stmt.on_conflict_do_update(
        index_elements=[table.c[k] for k in keys], set_={m: table.c[m] + stmt.excluded[m] for m in measures}), rows)


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
