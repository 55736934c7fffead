"""Sourcing requests: post, read, amend, end; the matches proposed for them and the producers' answers."""
from __future__ import annotations

import asyncio
import logging
import uuid
from datetime import datetime, timedelta, timezone
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from services.matching.adapters import rfq_repo
from services.matching.adapters.search_index import SearchIndex
from services.matching.domain.access import Viewer, for_producer, visible
from services.matching.domain.rfq import Match, Rfq, RfqStatus
from services.matching.service_layer.events import match_event, rfq_event
from services.matching.service_layer.matchmaking import best_for, record_matches, understand, with_recent_products
from shared.outbox import Outbox
from shared.preconditions import check_version

log = logging.getLogger(__name__)
# Products applied this recently may still wait for the index's next batch commit; they are scored from
# the catalogue table as well, so a request posted meanwhile does not miss them.
RECENT = timedelta(seconds=10)


class NotFound(LookupError):
    pass


def _now() -> datetime:
    return datetime.now(timezone.utc)


class Sourcing:
    def __init__(self, sessions: async_sessionmaker[AsyncSession], index: SearchIndex, outbox: Outbox) -> None:
        self.sessions, self.index, self.outbox = sessions, index, outbox

    async def post(self, fields: dict[str, Any]) -> tuple[Rfq, list[Match]]:
        now = _now()
        rfq = await asyncio.to_thread(understand, self.index, dict(
            id=f"RFQ-{uuid.uuid4().hex[:20].upper()}", created_at=now, updated_at=now, **fields), now)
        found = await best_for(self.index, rfq)
        async with self.sessions() as session, session.begin():
            await rfq_repo.add_rfq(session, rfq)
            await rfq_event(self.outbox, session, rfq, opened=True)
            found = await with_recent_products(session, rfq, found, now - RECENT)
            rfq, created = await record_matches(session, self.outbox, rfq, found, now)
        self.outbox.notify()
        return rfq, created

    async def _current(self, session: AsyncSession, rfq_id: str, now: datetime) -> Rfq:
        """The request, locked for the transaction, expired first if its deadline passed."""
        rfq = await rfq_repo.get_rfq(session, rfq_id, for_update=True)
        if rfq is None:
            raise NotFound(f"no sourcing request {rfq_id}")
        if rfq.due(now):
            rfq = rfq.expire(now)
            await rfq_repo.save_rfq(session, rfq)
            await rfq_event(self.outbox, session, rfq)
        return rfq

    async def get(self, rfq_id: str, viewer: Viewer) -> tuple[Rfq, list[Match]]:
        """The request and its matches as `viewer` may see them; NotFound when it may see nothing of it
        (someone else's request is not told apart from a missing one)."""
        now = _now()
        async with self.sessions() as session, session.begin():
            rfq = await self._current(session, rfq_id, now)
            seen = visible(viewer, rfq, await rfq_repo.list_matches(session, rfq_id=rfq_id))
        if seen is None:
            raise NotFound(f"no sourcing request {rfq_id}")
        return seen

    async def list(self, viewer: Viewer, *, status: str | None, limit: int, offset: int) -> list[Rfq]:
        """A buyer's own requests, or those a producer was matched to."""
        async with self.sessions() as session:
            if viewer.buyer is not None:
                return await rfq_repo.list_rfqs(session, status=status, limit=limit, offset=offset, buyer=viewer.buyer)
            if viewer.producer_id is not None:
                found = await rfq_repo.list_rfqs(session, status=status, limit=limit, offset=offset,
                                                 producer_id=viewer.producer_id)
                return [for_producer(r) for r in found]
            return []

    async def amend(self, rfq_id: str, changes: dict[str, Any], expected_version: int) -> tuple[Rfq, list[Match]]:
        """Changes what the request asks for, if it is still at `expected_version`; products that now fit
        are proposed too."""
        now = _now()
        async with self.sessions() as session, session.begin():
            rfq = await self._current(session, rfq_id, now)
            check_version(f"sourcing request {rfq_id}", rfq.version, expected_version)
            changes = await self._reinfer(rfq, dict(changes))
            rfq = rfq.amend(now, **changes)
            await rfq_repo.save_rfq(session, rfq)
            await rfq_event(self.outbox, session, rfq)
            already = await rfq_repo.matched_product_ids(session, rfq_id)
        found = await best_for(self.index, rfq, exclude=already)
        async with self.sessions() as session, session.begin():
            current = await self._current(session, rfq_id, now)
            if not current.ended:
                fresh = [(p, s) for p, s in found if p.id not in await rfq_repo.matched_product_ids(session, rfq_id)]
                current, _ = await record_matches(session, self.outbox, current, fresh, now)
            matches = await rfq_repo.list_matches(session, rfq_id=rfq_id)
        self.outbox.notify()
        return current, matches

    async def _reinfer(self, rfq: Rfq, changes: dict[str, Any]) -> dict[str, Any]:
        """A buyer's group or HS code replaces what was inferred; new words re-infer what still is."""
        corrected = {"group", "hs_code"} & set(changes)
        inferred = [f for f in rfq.inferred if f not in corrected]
        if "text" in changes and inferred:
            group, hs_code = await asyncio.to_thread(
                self.index.infer, changes["text"], None if "group" in inferred else changes.get("group", rfq.group))
            for name, value in (("group", group), ("hs_code", hs_code)):
                if name in inferred:
                    changes[name] = value
        if corrected or "text" in changes:
            changes["inferred"] = tuple(f for f in inferred if changes.get(f, getattr(rfq, f)))
        return changes

    async def move_to(self, rfq_id: str, status: RfqStatus, expected_version: int) -> Rfq:
        now = _now()
        async with self.sessions() as session, session.begin():
            rfq = await self._current(session, rfq_id, now)
            check_version(f"sourcing request {rfq_id}", rfq.version, expected_version)
            rfq = rfq.move_to(status, now)
            await rfq_repo.save_rfq(session, rfq)
            await rfq_event(self.outbox, session, rfq)
        self.outbox.notify()
        return rfq

    async def respond(self, rfq_id: str, match_id: str, accept: bool, producer_id: str,
                      expected_version: int) -> Match:
        """The producer named in the match answers it; to any other producer it does not exist."""
        now = _now()
        async with self.sessions() as session, session.begin():
            rfq = await self._current(session, rfq_id, now)
            match = await rfq_repo.get_match(session, rfq_id, match_id)
            if match is None or match.producer_id != producer_id:
                raise NotFound(f"no match {match_id} for request {rfq_id}")
            check_version(f"match {match_id}", match.version, expected_version)
            match = match.respond(accept, rfq, now)
            await rfq_repo.save_match(session, match)
            await match_event(self.outbox, session, match)
        self.outbox.notify()
        return match

    async def matches_of_producer(self, producer_id: str) -> list[Match]:
        async with self.sessions() as session:
            return await rfq_repo.list_matches(session, producer_id=producer_id)

    async def expire_due(self) -> int:
        now = _now()
        async with self.sessions() as session:
            due = await rfq_repo.due_rfq_ids(session, now)
        for rfq_id in due:
            async with self.sessions() as session, session.begin():
                await self._current(session, rfq_id, now)
        if due:
            self.outbox.notify()
        return len(due)

    async def expire_forever(self, interval_s: float) -> None:
        while True:
            await asyncio.sleep(interval_s)
            try:
                await self.expire_due()
            except asyncio.CancelledError:
                raise
            except Exception:
                log.exception("expiring sourcing requests failed; trying again later")
