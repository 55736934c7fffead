"""The async SQLAlchemy engine and session factory, for PostgreSQL (asyncpg) or SQLite (aiosqlite)."""
from __future__ import annotations

from operator import itemgetter
from typing import Any

import orjson
from sqlalchemy import JSON, Table, event
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker, create_async_engine


def _json_dumps(value) -> str:
    # JSON columns (records, history, outbox payloads) are written in bulk by imports and consumers: orjson
    # encodes them several times faster than the standard library, which showed in the import's profile.
    return orjson.dumps(value, option=orjson.OPT_NON_STR_KEYS).decode()


def make_engine(url: str, **kwargs) -> AsyncEngine:
    kwargs.setdefault("json_serializer", _json_dumps)
    kwargs.setdefault("json_deserializer", orjson.loads)
    if url.startswith("sqlite"):
        engine = create_async_engine(url, connect_args={"timeout": 30}, **kwargs)

        @event.listens_for(engine.sync_engine, "connect")
        def _sqlite_pragmas(dbapi_conn, _record):  # WAL lets readers run beside the single writer
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA synchronous=NORMAL")
            cur.execute("PRAGMA foreign_keys=ON")
            cur.execute("PRAGMA busy_timeout=30000")
            cur.close()

        return engine
    kwargs.setdefault("pool_size", 10)
    kwargs.setdefault("max_overflow", 10)
    kwargs.setdefault("pool_pre_ping", True)
    return create_async_engine(url, **kwargs)


def make_session_factory(engine: AsyncEngine) -> async_sessionmaker[AsyncSession]:
    return async_sessionmaker(engine, expire_on_commit=False)


async def insert_rows(session: AsyncSession, table: Table, rows: list[dict[str, Any]]) -> None:
    """Inserts many rows (each with the same keys) in the session's transaction. On PostgreSQL with COPY, which
    costs a bulk import a fraction of what an INSERT per row does, in this process and in the server's; it
    keeps every constraint, and a row that breaks one fails the statement, as an INSERT's would."""
    if not rows:
        return
    if session.bind.dialect.name != "postgresql":
        await session.execute(table.insert(), rows)
        return
    columns = list(rows[0])
    values = itemgetter(*columns) if len(columns) > 1 else lambda r: (r[columns[0]],)
    as_json = [i for i, c in enumerate(columns) if isinstance(table.c[c].type, JSON)]
    if as_json:
        records = []
        for r in rows:
            record = list(values(r))
            for i in as_json:
                record[i] = _json_dumps(record[i])
            records.append(record)
    else:
        records = [values(r) for r in rows]
    raw = await (await session.connection()).get_raw_connection()
    await raw.driver_connection.copy_records_to_table(table.name, records=records, columns=columns)
