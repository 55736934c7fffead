"""The fairs' view of the regional catalogue, applied from registry events in version order."""
from __future__ import annotations

from datetime import datetime, timezone
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from services.events.adapters.orm import known_producers, known_products
from shared.replica import upsert_if_newer, upsert_many_if_newer


class CatalogueView:
    def __init__(self, sessions: async_sessionmaker[AsyncSession]) -> None:
        self.sessions = sessions

    @staticmethod
    def _row(kind: str, rec: dict[str, Any]) -> dict[str, Any]:
        now = datetime.now(timezone.utc)
        if kind == "product":
            return dict(id=rec["id"], country=rec["country"], version=rec["version"], producer_id=rec["producer_id"],
                        status=rec["status"], group=rec["group"], stars=rec.get("stars"), name_en=rec["name_en"],
                        applied_at=now)
        return dict(id=rec["id"], country=rec["country"], version=rec["version"], name_en=rec["name_en"], record=rec,
                    applied_at=now)

    async def apply(self, kind: str, rec: dict[str, Any]) -> bool:
        table = known_products if kind == "product" else known_producers
        async with self.sessions() as session, session.begin():
            return await upsert_if_newer(session, table, self._row(kind, rec))

    async def apply_many(self, records: list[tuple[str, dict[str, Any]]]) -> None:
        async with self.sessions() as session, session.begin():
            for kind, table in (("product", known_products), ("producer", known_producers)):
                await upsert_many_if_newer(session, table, [self._row(k, r) for k, r in records if k == kind])

    async def product(self, product_id: str) -> dict | None:
        async with self.sessions() as session:
            row = (await session.execute(select(known_products).where(known_products.c.id == product_id))).first()
        return dict(row._mapping) if row else None

    async def producer(self, producer_id: str) -> dict | None:
        async with self.sessions() as session:
            row = (await session.execute(select(known_producers).where(known_producers.c.id == producer_id))).first()
        return dict(row._mapping) if row else None
