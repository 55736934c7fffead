"""The trade indicators: a read model of facts applied from events (trade's own quotes and deals in the
transaction that makes them, matching's requests and matches and the fairs' meeting outcomes from Kafka),
answered as aggregates only: deals and value by exporting country × destination × product group × month,
from fairs and from requests; the funnel requests → matches → quotes → deals; each fair's outcomes."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any

from sqlalchemy import case, func, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from services.trade.adapters.orm import DEAL_FACT, facts, funnel_counts
from services.trade.service_layer.publish import add_facts, month_of
from shared import money
from shared.contracts.events import MeetingOutcome

OUTCOMES = ("no_interest", "follow_up", "deal")


@dataclass(frozen=True)
class Filters:
    channel: str | None = None
    exporter: str | None = None
    destination: str | None = None
    group: str | None = None
    month_from: str | None = None
    month_to: str | None = None

    def apply(self, stmt):
        f = facts.c
        for col, value in ((f.channel, self.channel), (f.exporter, self.exporter), (f.destination, self.destination),
                           (f.product_group, self.group)):
            if value is not None:
                stmt = stmt.where(col == value)
        if self.month_from:
            stmt = stmt.where(f.month >= self.month_from)
        if self.month_to:
            stmt = stmt.where(f.month <= self.month_to)
        return stmt


class Indicators:
    def __init__(self, sessions: async_sessionmaker[AsyncSession]) -> None:
        self.sessions = sessions

    async def apply_meeting_outcomes(self, outcomes: list[MeetingOutcome]) -> None:
        rows = []
        for o in outcomes:
            value_usd = None
            if o.outcome == "deal" and o.value is not None and o.currency:
                value_usd = round(money.to_usd(o.value, o.currency), 2)
            rows.append(dict(id=f"meeting:{o.meeting_id}", version=o.version, kind="meeting", channel="fair",
                             fair_id=o.fair_id, exporter=o.exporter_country, destination=o.buyer_country,
                             product_group=o.product_group, month=month_of(o.recorded_at.astimezone(timezone.utc)),
                             status=o.outcome, value_usd=value_usd))
        async with self.sessions() as session, session.begin():
            await add_facts(session, rows)

    async def deals(self, filters: Filters) -> list[dict[str, Any]]:
        """Deals (live ones: agreed, shipped, delivered) and their value, by channel × exporter × destination
        × group × month. A fair meeting whose outcome is a deal counts as a deal from a fair."""
        f = facts.c
        is_deal = DEAL_FACT
        keys = (f.channel, f.exporter, f.destination, f.product_group, f.month)
        stmt = filters.apply(select(*keys, func.count().label("deals"),
                                    func.coalesce(func.sum(f.value_usd), 0).label("value_usd"),
                                    func.sum(case((f.status == "delivered", 1), else_=0)).label("delivered"))
                             .where(is_deal).group_by(*keys).order_by(f.month, f.channel, f.exporter, f.destination,
                                                                      f.product_group))
        async with self.sessions() as session:
            return [dict(r._mapping) | {"value_usd": round(r.value_usd, 2)} for r in (await session.execute(stmt)).all()]

    async def funnel(self, filters: Filters) -> list[dict[str, Any]]:
        """Per exporting country and group: requests that reached its producers, matches, quotes, deals
        (counted as they first arrived; a deal counts from its agreement, whatever became of it)."""
        f = funnel_counts.c
        stmt = select(f.exporter, f.product_group, f.kind, func.sum(f.n).label("n")).group_by(
            f.exporter, f.product_group, f.kind)
        for col, value in ((f.exporter, filters.exporter), (f.product_group, filters.group)):
            if value is not None:
                stmt = stmt.where(col == value)
        if filters.month_from:
            stmt = stmt.where(f.month >= filters.month_from)
        if filters.month_to:
            stmt = stmt.where(f.month <= filters.month_to)
        async with self.sessions() as session:
            rows = (await session.execute(stmt)).all()
        out: dict[tuple, dict[str, Any]] = {}
        for r in rows:
            item = out.setdefault((r.exporter, r.product_group), dict(
                exporter=r.exporter or None, product_group=r.product_group or None, requests=0, matches=0, quotes=0,
                deals=0))
            item[{"request": "requests", "match": "matches", "quote": "quotes", "deal": "deals"}[r.kind]] = int(r.n)
        return [out[k] for k in sorted(out)]

    async def fairs(self, fair_id: str | None = None) -> list[dict[str, Any]]:
        """Each fair's outcome report: meetings with an outcome, follow-ups, deals, their value in USD."""
        f = facts.c
        stmt = (select(f.fair_id, func.count().label("meetings"),
                       func.sum(case((f.status == "no_interest", 1), else_=0)).label("no_interest"),
                       func.sum(case((f.status == "follow_up", 1), else_=0)).label("follow_ups"),
                       func.sum(case((f.status == "deal", 1), else_=0)).label("deals"),
                       func.coalesce(func.sum(case((f.status == "deal", f.value_usd), else_=0)), 0).label("value_usd"))
                .where(f.kind == "meeting").group_by(f.fair_id).order_by(f.fair_id))
        if fair_id is not None:
            stmt = stmt.where(f.fair_id == fair_id)
        async with self.sessions() as session:
            return [dict(r._mapping) | {"value_usd": round(r.value_usd or 0, 2)}
                    for r in (await session.execute(stmt)).all()]


def this_month() -> str:
    return month_of(datetime.now(timezone.utc))
