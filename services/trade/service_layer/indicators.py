"""The trade indicators: a read model of facts applied from events (trade's own quotes and deals in the
transaction that makes them, matching's requests and matches and the fairs' meeting outcomes from Kafka),
answered as aggregates only: deals and value by exporting country × destination × product group × month,
from fairs and from requests; the funnel requests → matches → quotes → deals; each fair's outcomes."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from services.trade.adapters.orm import deal_cells, fair_cells, fairs_run, funnel_counts
from services.trade.service_layer.publish import add_facts, month_of
from shared import money
from shared.contracts.events import FairOrganisers, MeetingOutcome
from shared.replica import upsert_many_if_newer

OUTCOMES = ("no_interest", "follow_up", "deal")


@dataclass(frozen=True)
class Filters:
    channel: str | None = None
    exporter: str | None = None
    destination: str | None = None
    group: str | None = None
    month_from: str | None = None
    month_to: str | None = None


class Indicators:
    def __init__(self, sessions: async_sessionmaker[AsyncSession]) -> None:
        self.sessions = sessions

    async def apply_meeting_outcomes(self, outcomes: list[MeetingOutcome]) -> None:
        rows = []
        for o in outcomes:
            value_usd = None
            if o.outcome == "deal" and o.value is not None and o.currency in money.UNITS_PER_USD:
                value_usd = round(money.to_usd(o.value, o.currency), 2)
            # (a deal in a currency outside the reference table counts as a deal of unknown value: the fairs
            # service refuses such outcomes, so only an older or foreign publisher's can arrive)
            rows.append(dict(id=f"meeting:{o.meeting_id}", version=o.version, kind="meeting", channel="fair",
                             fair_id=o.fair_id, exporter=o.exporter_country, destination=o.buyer_country,
                             product_group=o.product_group, month=month_of(o.recorded_at.astimezone(timezone.utc)),
                             status=o.outcome, value_usd=value_usd))
        async with self.sessions() as session, session.begin():
            await add_facts(session, rows)

    async def apply_fair_organisers(self, found: list[FairOrganisers]) -> None:
        rows = [dict(id=f.fair_id, version=f.version, organisers=[*([f.owner] if f.owner else []), *f.co_organisers])
                for f in found]
        async with self.sessions() as session, session.begin():
            await upsert_many_if_newer(session, fairs_run, rows)

    async def fairs_run_by(self, client_id: str) -> set[str]:
        """The fairs this organiser client runs (owner or co-organiser), as the fairs service last said."""
        async with self.sessions() as session:
            rows = (await session.execute(select(fairs_run.c.id, fairs_run.c.organisers))).all()
        return {r.id for r in rows if client_id in r.organisers}

    @staticmethod
    def _cells(filters: Filters) -> list:
        c = deal_cells.c
        where = [c.deals > 0]
        for col, value in ((c.channel, filters.channel), (c.exporter, filters.exporter),
                           (c.destination, filters.destination), (c.product_group, filters.group)):
            if value is not None:
                where.append(col == value)
        if filters.month_from:
            where.append(c.month >= filters.month_from)
        if filters.month_to:
            where.append(c.month <= filters.month_to)
        return where

    async def deals(self, filters: Filters, limit: int | None = None, offset: int = 0) -> list[dict[str, Any]]:
        """Deals (live ones: agreed, shipped, delivered) and their value, by channel × exporter × destination
        × group × month, by month first; a page of them with `limit`. A fair meeting whose outcome is a deal
        counts as a deal from a fair."""
        c = deal_cells.c
        stmt = select(c.channel, c.exporter, c.destination, c.product_group, c.month, c.deals, c.delivered,
                      c.value_usd).where(*self._cells(filters)).order_by(c.month, c.channel, c.exporter,
                                                                          c.destination, c.product_group)
        if limit is not None:
            stmt = stmt.limit(limit).offset(offset)
        async with self.sessions() as session:
            rows = (await session.execute(stmt)).all()
        return [dict(channel=r.channel, exporter=r.exporter or None, destination=r.destination or None,
                     product_group=r.product_group or None, month=r.month, deals=int(r.deals),
                     delivered=int(r.delivered), value_usd=round(r.value_usd, 2)) for r in rows]

    async def deal_totals(self, filters: Filters) -> tuple[int, int, float]:
        """(cells, deals, value in USD) of every cell the filters select, summed in the database."""
        c = deal_cells.c
        stmt = select(func.count(), func.coalesce(func.sum(c.deals), 0), func.coalesce(func.sum(c.value_usd), 0.0)
                      ).where(*self._cells(filters))
        async with self.sessions() as session:
            cells, deals, value = (await session.execute(stmt)).one()
        return int(cells), int(deals), round(float(value), 2)

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

    async def fairs(self, fair_ids: set[str]) -> list[dict[str, Any]]:
        """These fairs' outcome reports: meetings with an outcome, follow-ups, deals, their value in USD."""
        if not fair_ids:
            return []
        c = fair_cells.c
        stmt = select(fair_cells).where(c.meetings > 0, c.fair_id.in_(sorted(fair_ids))).order_by(c.fair_id)
        async with self.sessions() as session:
            rows = (await session.execute(stmt)).all()
        return [dict(fair_id=r.fair_id, meetings=int(r.meetings), no_interest=int(r.no_interest),
                     follow_ups=int(r.follow_ups), deals=int(r.deals), value_usd=round(r.value_usd, 2)) for r in rows]


def this_month() -> str:
    return month_of(datetime.now(timezone.utc))
