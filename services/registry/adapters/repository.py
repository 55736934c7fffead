"""Reads and writes of producer and product rows; no rules here, only storage."""
from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import String, Table, and_, bindparam, func, select
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.ext.asyncio import AsyncSession

from shared.db import insert_rows
from shared.replica import upsert_if_newer, upsert_many_if_newer
from services.registry.adapters.orm import focal_points, history, producers, products

TABLES = {"product": products, "producer": producers, "focal_point": focal_points}


def _columns(kind: str, rec: dict[str, Any]) -> dict[str, Any]:
    if kind == "focal_point":
        return dict(id=rec["id"], country=rec["country"], version=rec["version"], record=rec,
                    updated_at=datetime.fromisoformat(rec["updated_at"]))
    common = dict(id=rec["id"], country=rec["country"], version=rec["version"], external_ref=rec.get("external_ref"),
                  record=rec, created_at=datetime.fromisoformat(rec["created_at"]),
                  updated_at=datetime.fromisoformat(rec["updated_at"]))
    if kind == "product":
        rd = rec.get("rating_date")
        return common | dict(producer_id=rec["producer_id"], status=rec["status"], group=rec["group"],
                             stars=rec.get("stars"), hs_code=rec.get("hs_code"), province=rec["origin"]["province"],
                             rating_date=date.fromisoformat(rd) if rd else None)
    return common | dict(type=rec["type"], province=rec["place"]["province"], women_led=int(rec.get("women_led", False)),
                         youth_led=int(rec.get("youth_led", False)), remote_area=int(rec.get("remote_area", False)),
                         ethnic_minority_area=int(rec.get("ethnic_minority_area", False)))


async def get(session: AsyncSession, kind: str, record_id: str, *, for_update: bool = False) -> dict | None:
    t: Table = TABLES[kind]
    stmt = select(t.c.record, t.c.version).where(t.c.id == record_id)
    if for_update:
        stmt = stmt.with_for_update()
    row = (await session.execute(stmt)).first()
    return dict(row.record) if row else None


async def get_many(session: AsyncSession, kind: str, record_ids: list[str], *,
                   for_update: bool = False) -> dict[str, dict]:
    """The records of `record_ids` by id (locked, in id order, when `for_update`)."""
    t: Table = TABLES[kind]
    stmt = select(t.c.id, t.c.record).where(t.c.id.in_(record_ids)).order_by(t.c.id)
    if for_update:
        stmt = stmt.with_for_update()
    return {r.id: dict(r.record) for r in (await session.execute(stmt)).all()}


async def current_version(session: AsyncSession, kind: str, record_id: str) -> int | None:
    t = TABLES[kind]
    return (await session.execute(select(t.c.version).where(t.c.id == record_id))).scalar_one_or_none()


async def find_by_ref(session: AsyncSession, kind: str, country: str, external_ref: str) -> dict | None:
    t = TABLES[kind]
    row = (await session.execute(select(t.c.record).where(t.c.country == country, t.c.external_ref == external_ref))).first()
    return dict(row.record) if row else None


def _by_refs(session: AsyncSession, t: Table, country: str, refs: list[str], *columns):
    """The rows of `country` with these external refs. On PostgreSQL, a join with the refs as an array, which
    the planner always answers from the (country, external_ref) unique index: `IN (…)` over a table a bulk
    import is filling has stale statistics, and was planned as a scan of all the country's rows per batch."""
    if session.bind.dialect.name != "postgresql":
        return select(*columns).where(t.c.country == country, t.c.external_ref.in_(refs))
    wanted = func.unnest(bindparam("refs", refs, type_=ARRAY(String))).table_valued("ref").render_derived(name="wanted")
    return select(*columns).select_from(wanted.join(t, and_(t.c.country == country,
                                                               t.c.external_ref == wanted.c.ref)))


async def find_by_refs(session: AsyncSession, kind: str, country: str, refs: list[str]) -> dict[str, dict]:
    t = TABLES[kind]
    found: dict[str, dict] = {}
    for i in range(0, len(refs), 5000):
        rows = (await session.execute(_by_refs(session, t, country, refs[i:i + 5000], t.c.record))).all()
        found.update({r.record["external_ref"]: dict(r.record) for r in rows})
    return found


async def producer_ids(session: AsyncSession, country: str, ids: set[str], refs: set[str]) -> tuple[dict, dict]:
    """Of the given producer ids and external refs: {id: country} and {ref: id} as registered."""
    by_id: dict[str, str] = {}
    by_ref: dict[str, str] = {}
    if ids:
        rows = (await session.execute(select(producers.c.id, producers.c.country).where(producers.c.id.in_(ids)))).all()
        by_id = {r.id: r.country for r in rows}
    if refs:
        rows = (await session.execute(_by_refs(session, producers, country, sorted(refs), producers.c.id,
                                               producers.c.external_ref))).all()
        by_ref = {r.external_ref: r.id for r in rows}
    return by_id, by_ref


async def insert_many(session: AsyncSession, kind: str, recs: list[dict[str, Any]]) -> None:
    await insert_rows(session, TABLES[kind], [_columns(kind, r) for r in recs])


async def update_many(session: AsyncSession, kind: str, recs: list[dict[str, Any]]) -> None:
    from sqlalchemy import bindparam

    if not recs:
        return
    t = TABLES[kind]
    rows = [_columns(kind, r) for r in recs]
    cols = [c for c in rows[0] if c != "id"]
    stmt = t.update().where(t.c.id == bindparam("_id")).values({c: bindparam(c) for c in cols})
    await session.execute(stmt, [{**{c: r[c] for c in cols}, "_id": r["id"]} for r in rows])


async def add_history_many(session: AsyncSession, entries: list[dict[str, Any]]) -> None:
    await insert_rows(session, history, entries)


async def insert(session: AsyncSession, kind: str, rec: dict[str, Any]) -> None:
    await session.execute(TABLES[kind].insert().values(**_columns(kind, rec)))


async def upsert_replica(session: AsyncSession, kind: str, rec: dict[str, Any]) -> bool:
    return await upsert_if_newer(session, TABLES[kind], _columns(kind, rec))


async def upsert_replicas(session: AsyncSession, kind: str, recs: list[dict[str, Any]]) -> None:
    await upsert_many_if_newer(session, TABLES[kind], [_columns(kind, r) for r in recs])


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


async def focal_point_list(session: AsyncSession) -> list[dict]:
    rows = (await session.execute(select(focal_points.c.record).order_by(focal_points.c.country))).all()
    return [dict(r.record) for r in rows]
