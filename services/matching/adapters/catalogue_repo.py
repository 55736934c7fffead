from __future__ import annotations

from datetime import datetime, timezone
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from services.matching.adapters.orm import catalogue_producers, catalogue_products
from shared.replica import upsert_if_newer, upsert_many_if_newer


def _product_row(rec: dict[str, Any], applied_at: datetime) -> dict[str, Any]:
    return dict(id=rec["id"], country=rec["country"], version=rec["version"], producer_id=rec["producer_id"],
                status=rec["status"], group=rec["group"], stars=rec.get("stars"), hs_code=rec.get("hs_code"),
                name_en=rec["name_en"], name_local=rec["name_local"], record=rec, applied_at=applied_at)


async def apply_product(session: AsyncSession, rec: dict[str, Any], applied_at: datetime | None = None) -> bool:
    return await upsert_if_newer(session, catalogue_products, _product_row(rec, applied_at or datetime.now(timezone.utc)))


async def apply_products(session: AsyncSession, recs: list[dict[str, Any]], applied_at: datetime) -> set[str]:
    """Many products in one statement; returns the ids of those that were new or moved forward."""
    return await upsert_many_if_newer(session, catalogue_products, [_product_row(r, applied_at) for r in recs])


async def apply_producers(session: AsyncSession, recs: list[dict[str, Any]], applied_at: datetime) -> set[str]:
    return await upsert_many_if_newer(session, catalogue_producers, [
        dict(id=r["id"], country=r["country"], version=r["version"], record=r, applied_at=applied_at) for r in recs])


async def apply_producer(session: AsyncSession, rec: dict[str, Any]) -> bool:
    return await upsert_if_newer(session, catalogue_producers, dict(
        id=rec["id"], country=rec["country"], version=rec["version"], record=rec,
        applied_at=datetime.now(timezone.utc)))


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


async def listed_count_and_last_change(session: AsyncSession) -> tuple[int, datetime | None]:
    t = catalogue_products
    listed = (await session.execute(select(func.count()).select_from(t).where(t.c.status == "listed"))).scalar_one()
    last = (await session.execute(select(func.max(t.c.applied_at)))).scalar_one()
    if last is not None and last.tzinfo is None:  # SQLite hands back naive datetimes; they were written in UTC
        last = last.replace(tzinfo=timezone.utc)
    return listed, last


async def listed_since(session: AsyncSession, since: datetime) -> list[dict]:
    """Listed products applied since `since`: they may not be in the search index's last commit yet."""
    t = catalogue_products
    rows = (await session.execute(select(t.c.record).where(t.c.status == "listed", t.c.applied_at >= since))).all()
    return [dict(r.record) for r in rows]


async def listed_records(session: AsyncSession, batch: int = 2000):
    """Every listed product's record, in id order, a batch at a time (keyset paging, bounded memory)."""
    t = catalogue_products
    after = ""
    while True:
        rows = (await session.execute(select(t.c.id, t.c.record).where(t.c.status == "listed", t.c.id > after)
                                      .order_by(t.c.id).limit(batch))).all()
        if not rows:
            return
        yield [dict(r.record) for r in rows]
        after = rows[-1].id


async def get_producers(session: AsyncSession, producer_ids: list[str]) -> dict[str, dict]:
    if not producer_ids:
        return {}
    t = catalogue_producers
    rows = (await session.execute(select(t.c.id, t.c.record).where(t.c.id.in_(set(producer_ids))))).all()
    return {r.id: dict(r.record) for r in rows}
