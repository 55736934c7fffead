"""What trade knows of sourcing requests and matches: matching's events applied at their version (the shared
apply path), producers' inboxes, the funnel's facts, and a request that ended in matching closed to quotes."""
from __future__ import annotations

from datetime import datetime, timezone
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from services.trade.adapters.orm import inbox, matches, producer_contacts, rfqs
from services.trade.domain.trade import MATCHING_ENDED
from services.trade.service_layer.notify import Notifier
from services.trade.service_layer.publish import add_facts, month_of
from shared.contracts.matching import MatchEvent, RfqEvent
from shared.replica import upsert_many_if_newer


def _when(value: str | None) -> datetime:
    if not value:
        return datetime.now(timezone.utc)
    t = datetime.fromisoformat(value)
    return t if t.tzinfo else t.replace(tzinfo=timezone.utc)


def _insert_ignore(session: AsyncSession, table):
    if session.bind.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert
    return insert(table).on_conflict_do_nothing()


class SourcingView:
    def __init__(self, sessions: async_sessionmaker[AsyncSession], notifier: Notifier | None = None) -> None:
        self.sessions, self.notifier = sessions, notifier

    async def apply(self, rfq_events: list[RfqEvent], match_events: list[MatchEvent]) -> dict[str, str]:
        """Applies a batch in one transaction; returns the ids of the requests that ended in matching."""
        t = datetime.now(timezone.utc)
        ended: dict[str, str] = {}  # a request that ended in matching: its status there
        async with self.sessions() as session, session.begin():
            if rfq_events:
                rows = [dict(id=e.id, version=e.version, status=e.status, buyer=getattr(e, "buyer", None),
                             group=e.group, destination=e.destination, deadline=_when(e.deadline),
                             body=e.model_dump(mode="json"), created_at=_when(getattr(e, "created_at", None)),
                             applied_at=t) for e in rfq_events]
                moved = await upsert_many_if_newer(session, rfqs, rows)
                ended = {r["id"]: r["status"] for r in rows if r["id"] in moved and r["status"] in MATCHING_ENDED}
            if match_events:
                rows = [dict(id=e.id, version=e.version, rfq_id=e.rfq_id, product_id=e.product_id,
                             producer_id=e.producer_id, producer_country=e.country, score=e.score, status=e.status,
                             applied_at=t) for e in match_events]
                await upsert_many_if_newer(session, matches, rows)
                arrived = await session.execute(
                    _insert_ignore(session, inbox).returning(inbox.c.match_id, inbox.c.producer_id, inbox.c.rfq_id),
                    [dict(match_id=r["id"], producer_id=r["producer_id"], rfq_id=r["rfq_id"], arrived_at=t)
                     for r in rows])
                new = arrived.all()
                if self.notifier and new:
                    await self.notifier.new_matches(session, [(n.producer_id, n.rfq_id) for n in new])
            # The funnel's facts of every match whose request is known: a match may arrive before its request
            # (two topics), and is then counted when the request arrives.
            touched = {e.id for e in rfq_events} | {e.rfq_id for e in match_events}
            if touched:
                known = (await session.execute(
                    select(matches.c.id, matches.c.rfq_id, matches.c.producer_country, rfqs.c.group,
                           rfqs.c.destination, rfqs.c.created_at)
                    .join(rfqs, rfqs.c.id == matches.c.rfq_id).where(matches.c.rfq_id.in_(touched)))).all()
                facts = []
                for m in known:
                    common = dict(version=1, exporter=m.producer_country, product_group=m.group,
                                  destination=m.destination, month=month_of(m.created_at))
                    facts.append(dict(id=f"match:{m.id}", kind="match", **common))
                    facts.append(dict(id=f"request:{m.rfq_id}:{m.producer_country}", kind="request", **common))
                await add_facts(session, facts)
        return ended

    async def apply_contacts(self, records: list[dict[str, Any]]) -> None:
        """Producers' contact e-mail, name and province from the registry's (signed) producer events."""
        rows = [dict(id=r["id"], country=r["country"], version=r["version"], email=r.get("contact_email"),
                     name=(r.get("name_en") or r.get("name_local") or r["id"])[:200],
                     province=((r.get("place") or {}).get("province") or None)) for r in records]
        async with self.sessions() as session, session.begin():
            await upsert_many_if_newer(session, producer_contacts, rows)

    async def province_of(self, producer_id: str) -> tuple[str, str | None] | None:
        """(country, province) of a producer the registry has told trade of; None for one it has not."""
        async with self.sessions() as session:
            row = (await session.execute(select(producer_contacts.c.country, producer_contacts.c.province)
                                         .where(producer_contacts.c.id == producer_id))).first()
        return (row.country, row.province) if row else None
