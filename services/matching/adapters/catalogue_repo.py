from __future__ import annotations

from datetime import datetime, timezone
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from services.matching.adapters.orm import catalogue_producers, catalogue_products
from shared.replica import upsert_if_newer, upsert_many_if_newer


def _product_row(rec: dict[str, Any]) -> dict[str, Any]:
    return dict(id=rec["id"], country=rec["country"], version=rec["version"], producer_id=rec["producer_id"],
                status=rec["status"], group=rec["group"], stars=rec.get("stars"), hs_code=rec.get("hs_code"),
                name_en=rec["name_en"], name_local=rec["name_local"], record=rec, applied_at=datetime.now(timezone.utc))


def _producer_row(rec: dict[str, Any]) -> dict[str, Any]:
    return dict(id=rec["id"], country=rec["country"], version=rec["version"], record=rec,
                applied_at=datetime.now(timezone.utc))


async def apply_product(session: AsyncSession, rec: dict[str, Any]) -> bool:
    return await upsert_if_newer(session, catalogue_products, _product_row(rec))


async def apply_producer(session: AsyncSession, rec: dict[str, Any]) -> bool:
    return await upsert_if_newer(session, catalogue_producers, _producer_row(rec))


async def apply_many(session: AsyncSession, records: list[tuple[str, dict[str, Any]]]) -> None:
    await upsert_many_if_newer(session, catalogue_products, [_product_row(r) for k, r in records if k == "product"])
    await upsert_many_if_newer(session, catalogue_producers, [_producer_row(r) for k, r in records if k == "producer"])


async def get_product(session: AsyncSession, product_id: str) -> dict | None:
    row = (await session.execute(select(catalogue_products.c.record).where(catalogue_products.c.id == product_id))).first()
    return dict(row.record) if row else None


async def list_products(session: AsyncSession, *, country: str | None, group: str | None, limit: int,
                        offset: int) -> tuple[list[dict], int]:
    t = catalogue_products
    conds = [t.c.status == "listed"]
    if country:
        conds.append(t.c.country == country)
    if group:
        conds.append(t.c.group == group)
    total = (await session.execute(select(func.count()).select_from(t).where(*conds))).scalar_one()
    rows = (await session.execute(select(t.c.record).where(*conds).order_by(t.c.id).limit(limit).offset(offset))).all()
    return [dict(r.record) for r in rows], total
