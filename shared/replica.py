"""Applying another service's records at their version: newer replaces, same or older is dropped.

One statement (INSERT ... ON CONFLICT DO UPDATE ... WHERE newer), so a duplicate, a stale event or two
consumers racing on one record can never move a record backwards. Works on PostgreSQL and SQLite.
"""
from __future__ import annotations

from typing import Any

from sqlalchemy import Table
from sqlalchemy.ext.asyncio import AsyncSession


def _insert_for(dialect: str):
    if dialect == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    elif dialect == "sqlite":
        from sqlalchemy.dialects.sqlite import insert
    else:  # pragma: no cover - only the two supported databases
        raise NotImplementedError(dialect)
    return insert


async def upsert_if_newer(session: AsyncSession, table: Table, values: dict[str, Any], *, key: str = "id",
                          version: str = "version") -> bool:
    """Returns True when the record was inserted or moved forward, False when it was stale or repeated."""
    insert = _insert_for(session.bind.dialect.name)
    stmt = insert(table).values(**values)
    stmt = stmt.on_conflict_do_update(
        index_elements=[table.c[key]],
        set_={c: stmt.excluded[c] for c in values if c != key},
        where=stmt.excluded[version] > table.c[version],
    )
    result = await session.execute(stmt)
    return result.rowcount == 1


async def upsert_many_if_newer(session: AsyncSession, table: Table, rows: list[dict[str, Any]], *, key: str = "id",
                               version: str = "version") -> None:
    """The same for many records in one statement per batch; of repeats within `rows` the newest wins."""
    newest: dict[Any, dict[str, Any]] = {}
    for row in rows:
        held = newest.get(row[key])
        if held is None or row[version] > held[version]:
            newest[row[key]] = row
    if not newest:
        return
    insert = _insert_for(session.bind.dialect.name)
    cols = list(next(iter(newest.values())))
    stmt = insert(table)
    stmt = stmt.on_conflict_do_update(
        index_elements=[table.c[key]],
        set_={c: stmt.excluded[c] for c in cols if c != key},
        where=stmt.excluded[version] > table.c[version],
    )
    await session.execute(stmt, list(newest.values()))
