"""Applying another service's records at their version: newer replaces, same or older is dropped, and a
record never changes its owning country.

One statement (INSERT ... ON CONFLICT DO UPDATE ... WHERE newer AND same country), so a duplicate, a stale
event, two consumers racing on one record or another country reusing an id can never move a record
backwards or hand it to another country. When no row moved, a read in the same transaction tells a stale
event (dropped quietly) from a foreign one (refused: `ForeignRecord`, which the consumer runner puts in the
dead-letter topic with its reason). Works on PostgreSQL and SQLite.
"""
from __future__ import annotations

from typing import Any

from sqlalchemy import Table, and_, bindparam, func, select
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.ext.asyncio import AsyncSession

from shared.contracts.registry import foreign_id_reason
from shared.kafka import PermanentEventError


class ForeignRecord(PermanentEventError):
    """A record whose id belongs to another country, or that is already held under another country."""


def _insert_for(dialect: str):
    if dialect == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    elif dialect == "sqlite":
        from sqlalchemy.dialects.sqlite import insert
    else:  # pragma: no cover - only the two supported databases
        raise NotImplementedError(dialect)
    return insert


def _owned(table: Table, columns, country: str) -> bool:
    """Records of tables with a country column belong to that country; other tables have no owner."""
    return country in table.c and country in columns


def _check_ids(rows: list[dict[str, Any]], key: str, country: str) -> None:
    for row in rows:
        if why := foreign_id_reason(str(row[key]), row[country]):
            raise ForeignRecord(why)


async def _refuse_held_elsewhere(session: AsyncSession, table: Table, rows: list[dict[str, Any]], key: str,
                                 country: str) -> None:
    """Raises ForeignRecord if any of `rows` is stored under another country than the row claims."""
    by_country: dict[str, list[Any]] = {}
    for row in rows:
        by_country.setdefault(row[country], []).append(row[key])
    postgres = session.bind.dialect.name == "postgresql"
    for cc, ids in by_country.items():
        for i in range(0, len(ids), 500):
            chunk = ids[i:i + 500]
            # On PostgreSQL one array parameter: one prepared statement, whatever the batch's size.
            among = (table.c[key] == func.any(bindparam("ids", chunk, type_=ARRAY(table.c[key].type)))
                     if postgres else table.c[key].in_(chunk))
            held = (await session.execute(select(table.c[key], table.c[country]).where(
                among, table.c[country] != cc).limit(1))).first()
            if held is not None:
                raise ForeignRecord(f"{held[0]} is held under {held[1]}; an event of {cc} may not change it "
                                    f"(a record's country never changes)")


def _statement(insert, table: Table, columns, key: str, version: str, country: str, owned: bool, values=None):
    stmt = insert(table)
    if values is not None:
        stmt = stmt.values(**values)
    newer = stmt.excluded[version] > table.c[version]
    return stmt.on_conflict_do_update(
        index_elements=[table.c[key]],
        set_={c: stmt.excluded[c] for c in columns if c != key},
        where=and_(newer, table.c[country] == stmt.excluded[country]) if owned else newer,
    )


async def upsert_if_newer(session: AsyncSession, table: Table, values: dict[str, Any], *, key: str = "id",
                          version: str = "version", country: str = "country") -> bool:
    """Returns True when the record was inserted or moved forward, False when it was stale or repeated;
    raises ForeignRecord when its id belongs to another country or it is held under another country."""
    owned = _owned(table, values, country)
    if owned:
        _check_ids([values], key, country)
    insert = _insert_for(session.bind.dialect.name)
    result = await session.execute(_statement(insert, table, values, key, version, country, owned, values))
    if result.rowcount == 1:
        return True
    if owned:
        await _refuse_held_elsewhere(session, table, [values], key, country)
    return False


async def upsert_many_if_newer(session: AsyncSession, table: Table, rows: list[dict[str, Any]], *, key: str = "id",
                               version: str = "version", country: str = "country") -> set[Any]:
    """The same for many records in one statement per batch; of repeats within `rows` the newest wins.
    Returns the keys of the records that were inserted or moved forward.
    If any record is foreign, ForeignRecord is raised and the caller's transaction must roll back (the
    consumer runner then applies the batch's events one by one, so only the foreign one is dead-lettered)."""
    newest: dict[Any, dict[str, Any]] = {}
    for row in rows:
        held = newest.get(row[key])
        if held is None or row[version] > held[version]:
            newest[row[key]] = row
    if not newest:
        return set()
    cols = list(next(iter(newest.values())))
    owned = _owned(table, cols, country)
    if owned:
        _check_ids(rows, key, country)
    insert = _insert_for(session.bind.dialect.name)
    stmt = _statement(insert, table, cols, key, version, country, owned)
    # RETURNING names the records that moved; only the others (stale, or foreign) need a second look.
    moved = set((await session.execute(stmt.returning(table.c[key]), list(newest.values()))).scalars().all())
    if not owned:
        return moved
    unmoved = [row for k, row in newest.items() if k not in moved]
    if unmoved:
        await _refuse_held_elsewhere(session, table, unmoved, key, country)
    return moved
