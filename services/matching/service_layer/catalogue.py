"""The regional catalogue: applies every registry's record events in version order; reads for buyers."""
from __future__ import annotations

from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from services.matching.adapters import catalogue_repo as repo


class Catalogue:
    def __init__(self, sessions: async_sessionmaker[AsyncSession]) -> None:
        self.sessions = sessions

    async def apply(self, kind: str, rec: dict[str, Any]) -> bool:
        async with self.sessions() as session, session.begin():
            if kind == "product":
                return await repo.apply_product(session, rec)
            return await repo.apply_producer(session, rec)

    async def apply_many(self, records: list[tuple[str, dict[str, Any]]]) -> None:
        async with self.sessions() as session, session.begin():
            await repo.apply_many(session, records)

    async def get_product(self, product_id: str) -> dict | None:
        async with self.sessions() as session:
            return await repo.get_product(session, product_id)

    async def list_products(self, **filters) -> tuple[list[dict], int]:
        async with self.sessions() as session:
            return await repo.list_products(session, **filters)
