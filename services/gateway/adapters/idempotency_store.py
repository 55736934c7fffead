"""The gateway's record of Idempotency-Keys: per client and key, the request's fingerprint, and once
answered, the first answer (status, headers, body) until it expires."""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timezone

from sqlalchemy import (Boolean, Column, DateTime, Integer, LargeBinary, String, Table, Text, and_, delete, select,
                        update)
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from services.gateway.adapters.clients import metadata
from services.gateway.domain.idempotency import RETENTION, Stored

idempotency_keys = Table(
    "idempotency_keys", metadata,
    Column("client_id", String(64), primary_key=True),
    Column("key", String(255), primary_key=True),
    Column("fingerprint", String(64), nullable=False),
    Column("completed", Boolean, nullable=False, default=False),
    Column("status", Integer),
    Column("headers", Text),
    Column("body", LargeBinary),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("expires_at", DateTime(timezone=True), nullable=False, index=True),
)


def _utc(value: datetime) -> datetime:
    return value if value.tzinfo else value.replace(tzinfo=timezone.utc)  # SQLite hands back naive times


@dataclass(frozen=True)
class Answer:
    status: int
    headers: list[tuple[str, str]]
    body: bytes


class IdempotencyStore:
    def __init__(self, sessions: async_sessionmaker[AsyncSession]) -> None:
        self.sessions = sessions

    async def get(self, client_id: str, key: str) -> tuple[Stored, Answer | None] | None:
        async with self.sessions() as s:
            row = (await s.execute(select(idempotency_keys).where(
                idempotency_keys.c.client_id == client_id, idempotency_keys.c.key == key))).first()
        if row is None:
            return None
        stored = Stored(row.fingerprint, row.completed, _utc(row.created_at), _utc(row.expires_at))
        answer = Answer(row.status, [tuple(h) for h in json.loads(row.headers)], row.body) if row.completed else None
        return stored, answer

    async def claim(self, client_id: str, key: str, fingerprint: str, now: datetime,
                    previous: Stored | None) -> bool:
        """Marks the key in flight for this request; False when another request got there first."""
        values = dict(fingerprint=fingerprint, completed=False, status=None, headers=None, body=None,
                      created_at=now, expires_at=now + RETENTION)
        async with self.sessions() as s, s.begin():
            if previous is None:
                dialect_insert = pg_insert if s.bind.dialect.name == "postgresql" else sqlite_insert
                result = await s.execute(dialect_insert(idempotency_keys).values(client_id=client_id, key=key, **values)
                                         .on_conflict_do_nothing())
                return result.rowcount == 1
            # Taking over a lapsed record: only if nobody else has changed it since it was read.
            result = await s.execute(update(idempotency_keys).where(
                idempotency_keys.c.client_id == client_id, idempotency_keys.c.key == key,
                idempotency_keys.c.created_at == previous.created_at,
                idempotency_keys.c.completed == previous.completed).values(**values))
            return result.rowcount == 1

    async def complete(self, client_id: str, key: str, answer: Answer) -> None:
        async with self.sessions() as s, s.begin():
            await s.execute(update(idempotency_keys).where(
                idempotency_keys.c.client_id == client_id, idempotency_keys.c.key == key).values(
                completed=True, status=answer.status, headers=json.dumps(answer.headers), body=answer.body))

    async def release(self, client_id: str, key: str) -> None:
        async with self.sessions() as s, s.begin():
            await s.execute(delete(idempotency_keys).where(
                and_(idempotency_keys.c.client_id == client_id, idempotency_keys.c.key == key,
                     idempotency_keys.c.completed.is_(False))))

    async def purge_expired(self, now: datetime) -> int:
        async with self.sessions() as s, s.begin():
            result = await s.execute(delete(idempotency_keys).where(idempotency_keys.c.expires_at <= now))
            return result.rowcount
