"""Reads and writes of producer and product rows; no rules here, only storage."""
from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import Table, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from shared.replica import upsert_if_newer
from services.registry.adapters.orm import history, producers, products

TABLES = {"product": products, "producer": producers}


def _columns(kind: str, rec: dict[str, Any]) -> dict[str, Any]:
    common = dict(id=rec["id"], country=rec["country"], version=rec["version"], external_ref=rec.get("external_ref"),
                  record=rec, created_at=datetime.fromisoformat(rec["created_at"]),
                  updated_at=datetime.fromisoformat(rec["updated_at"]))
    if kind == "product":
        rd = rec.get("rating_date")
        return common | dict(producer_id=rec["producer_id"], status=rec["status"], group=rec["group"],
                             stars=rec.get("stars"), hs_code=rec.get("hs_code"), province=rec["origin"]["province"],
                             rating_date=date.fromisoformat(rd) if rd else None)
    return common | dict(type=rec["type"], province=rec["place"]["province"], women_led=int(rec.get("women_led", False)),
                         youth_led=int(rec.get("youth_led", False)))


async def get(session: AsyncSession, kind: str, record_id: str, *, for_update: bool = False) -> dict | None:
    t: Table = TABLES[kind]
    stmt = select(t.c.record, t.c.version).where(t.c.id == record_id)
    if for_update:
        stmt = stmt.with_for_update()
    row = (await session.execute(stmt)).first()
    return dict(row.record) if row else None


async def current_version(session: AsyncSession, kind: str, record_id: str) -> int | None:
    t = TABLES[kind]
    return (await session.execute(select(t.c.version).where(t.c.id == record_id))).scalar_one_or_none()


async def find_by_ref(session: AsyncSession, kind: str, country: str, external_ref: str) -> dict | None:
    t = TABLES[kind]
    row = (await session.execute(select(t.c.record).where(t.c.country == country, t.c.external_ref == external_ref))).first()
    return dict(row.record) if row else None


async def insert(session: AsyncSession, kind: str, rec: dict[str, Any]) -> None:
    await session.execute(TABLES[kind].insert().values(**_columns(kind, rec)))


async def upsert_replica(session: AsyncSession, kind: str, rec: dict[str, Any]) -> bool:
    return await upsert_if_newer(session, TABLES[kind], _columns(kind, rec))


async def update(session: AsyncSession, kind: str, rec: dict[str, Any]) -> None:
    t = TABLES[kind]
    await session.execute(t.update().where(t.c.id == rec["id"]).values(**_columns(kind, rec)))


async def add_history(session: AsyncSession, kind: str, record_id: str, version: int, actor: str, at, changes: dict) -> None:
    await session.execute(history.insert().values(kind=kind, record_id=record_id, version=version, actor=actor, at=at,
                                                  changes=changes))


async def list_history(session: AsyncSession, record_id: str) -> list[dict]:
    rows = (await session.execute(select(history).where(history.c.record_id == record_id).order_by(history.c.version))).all()
    return [dict(version=r.version, actor=r.actor, at=r.at.isoformat() if hasattr(r.at, "isoformat") else r.at,
                 changes=r.changes) for r in rows]


async def list_records(session: AsyncSession, kind: str, *, country: str | None = None, status: str | None = None,
                       producer_id: str | None = None, limit: int = 50, offset: int = 0) -> tuple[list[dict], int]:
    t = TABLES[kind]
    conds = []
    if country:
        conds.append(t.c.country == country)
    if status and kind == "product":
        conds.append(t.c.status == status)
    if producer_id and kind == "product":
        conds.append(t.c.producer_id == producer_id)
    total = (await session.execute(select(func.count()).select_from(t).where(*conds))).scalar_one()
    rows = (await session.execute(select(t.c.record).where(*conds).order_by(t.c.id).limit(limit).offset(offset))).all()
    return [dict(r.record) for r in rows], total
