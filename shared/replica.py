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
