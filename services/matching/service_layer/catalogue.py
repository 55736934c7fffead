"""The regional catalogue: applies every registry's record events in version order, keeps the search
index in step, proposes new products to standing requests; reads and search for buyers."""
from __future__ import annotations

import asyncio
import logging
from datetime import datetime, timezone
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from services.matching.adapters import catalogue_repo as repo
from services.matching.adapters.search_index import SearchIndex, SearchPage, SearchRequest
from services.matching.service_layer.matchmaking import standing_matches_many
from shared.outbox import Outbox

log = logging.getLogger(__name__)


class Catalogue:
    def __init__(self, sessions: async_sessionmaker[AsyncSession], index: SearchIndex, outbox: Outbox) -> None:
        self.sessions, self.index, self.outbox = sessions, index, outbox

    async def apply(self, kind: str, rec: dict[str, Any]) -> bool:
        return await self.apply_many([(kind, rec)]) == 1

    async def apply_many(self, records: list[tuple[str, dict[str, Any]]]) -> int:
        """Applies records in one transaction (a batch from one partition), one statement per kind;
        returns how many changed."""
        now = datetime.now(timezone.utc)
        products = [rec for kind, rec in records if kind == "product"]
        producers = [rec for kind, rec in records if kind != "product"]
        proposed = 0
        async with self.sessions() as session, session.begin():
            moved_producers = await repo.apply_producers(session, producers, now) if producers else set()
            moved = await repo.apply_products(session, products, now) if products else set()
            newest: dict[str, dict[str, Any]] = {}
            for rec in products:  # of a product's repeats in the batch, the newest is what was applied
                if rec["id"] in moved and (rec["id"] not in newest or rec["version"] > newest[rec["id"]]["version"]):
                    newest[rec["id"]] = rec
            staged = list(newest.values())
            # In the same transaction: a replay finds the product already applied and proposes nothing twice.
            proposed = await standing_matches_many(session, self.outbox, staged, now)
        for rec in staged:
            self.index.stage(rec, now)
        if proposed:
            self.outbox.notify()
        return len(moved) + len(moved_producers)

    async def prepare_index(self) -> None:
        """Opens the index; rebuilds it from the catalogue table when it is missing or behind."""
        await asyncio.to_thread(self.index.open)
        async with self.sessions() as session:
            listed, last = await repo.listed_count_and_last_change(session)
        why = self.index.stale(listed, last)
        if why is None:
            return
        log.info("rebuilding the search index from the catalogue table: %s", why)
        await asyncio.to_thread(self.index.begin_rebuild)
        n = 0
        async with self.sessions() as session:
            async for batch in repo.listed_records(session):
                n += await asyncio.to_thread(self.index.add_batch, batch)
        await asyncio.to_thread(self.index.finish_rebuild, last)
        log.info("search index rebuilt with %d listed products", n)

    async def search(self, request: SearchRequest) -> SearchPage:
        return await asyncio.to_thread(self.index.search, request)

    async def producers(self, producer_ids: list[str]) -> dict[str, dict]:
        """The registry records of these producers (as the registries published them)."""
        async with self.sessions() as session:
            return await repo.get_producers(session, producer_ids)

    async def producer_page(self, producer_id: str, limit: int, offset: int) -> tuple[dict | None, SearchPage]:
        """A producer and its listed products."""
        found = await self.producers([producer_id])
        page = await self.search(SearchRequest(producer_id=producer_id, limit=limit, offset=offset, facets=False,
                                               diverse=False))
        return found.get(producer_id), page

    async def get_product(self, product_id: str) -> dict | None:
        """A product of the catalogue: listed, i.e. approved by its programme (a draft, a registration under
        review and a delisted product are not in it)."""
        async with self.sessions() as session:
            rec = await repo.get_product(session, product_id)
        return rec if rec is not None and rec.get("status") == "listed" else None

    async def list_products(self, **filters) -> tuple[list[dict], int]:
        async with self.sessions() as session:
            return await repo.list_products(session, **filters)
