"""The gateway's record of Idempotency-Keys: per client and key, the request's fingerprint, and once
answered, the first answer (status, headers, body) until it expires.

A first answer may hold what is shown once (a webhook subscription's signing secret, a new client's secret), so
the record keeps neither the key nor the answer in the clear: the key as its SHA-256, the answer's headers and
body sealed with AES-256-GCM under a key derived (HKDF-SHA256) from the Idempotency-Key and the client, which
only the retrying client holds. A leaked table or backup yields no answer."""
from __future__ import annotations

import hashlib
import json
import secrets
from dataclasses import dataclass
from datetime import datetime, timezone

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from sqlalchemy import Boolean, Column, DateTime, Integer, LargeBinary, String, Table, and_, delete, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from services.gateway.adapters.clients import metadata
from services.gateway.domain.idempotency import RETENTION, Stored

idempotency_keys = Table(
    "idempotency_keys", metadata,
    Column("client_id", String(64), primary_key=True),
    Column("key", String(255), primary_key=True),  # the key's SHA-256 (hex)
    Column("fingerprint", String(64), nullable=False),
    Column("completed", Boolean, nullable=False, default=False),
    Column("status", Integer),
    Column("body", LargeBinary),  # the answer's headers and body, sealed (see `seal`)
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


def stored_key(key: str) -> str:
    return hashlib.sha256(key.encode()).hexdigest()


def _cipher(client_id: str, key: str) -> AESGCM:
    return AESGCM(HKDF(algorithm=hashes.SHA256(), length=32, salt=client_id.encode(),
                       info=b"ovop-gateway idempotent answer").derive(key.encode()))


def seal(client_id: str, key: str, answer: Answer) -> bytes:
    """The answer as stored: a random nonce and the AES-GCM ciphertext of its headers (a JSON line) and body,
    bound to its row (client and stored key)."""
    nonce = secrets.token_bytes(12)
    plain = json.dumps(answer.headers).encode() + b"\n" + answer.body
    return b"v1" + nonce + _cipher(client_id, key).encrypt(nonce, plain, f"{client_id}/{stored_key(key)}".encode())


def unseal(client_id: str, key: str, status: int, sealed: bytes) -> Answer | None:
    """The stored answer, or None when it does not open with this client's key (then it is not replayed)."""
    if not sealed.startswith(b"v1"):
        return None
    try:
        plain = _cipher(client_id, key).decrypt(sealed[2:14], sealed[14:], f"{client_id}/{stored_key(key)}".encode())
    except InvalidTag:
        return None
    headers, _, body = plain.partition(b"\n")
    return Answer(status, [tuple(h) for h in json.loads(headers)], body)


class IdempotencyStore:
    def __init__(self, sessions: async_sessionmaker[AsyncSession]) -> None:
        self.sessions = sessions

    async def get(self, client_id: str, key: str) -> tuple[Stored, Answer | None] | None:
        async with self.sessions() as s:
            row = (await s.execute(select(idempotency_keys).where(
                idempotency_keys.c.client_id == client_id, idempotency_keys.c.key == stored_key(key)))).first()
        if row is None:
            return None
        answer = unseal(client_id, key, row.status, bytes(row.body)) if row.completed else None
        # A record whose answer does not open (altered in the table) is taken as lapsed, never replayed.
        expires_at = _utc(row.expires_at) if answer is not None or not row.completed else _utc(row.created_at)
        stored = Stored(row.fingerprint, row.completed, _utc(row.created_at), expires_at)
        return stored, answer

    async def claim(self, client_id: str, key: str, fingerprint: str, now: datetime,
                    previous: Stored | None) -> bool:
        """Marks the key in flight for this request; False when another request got there first."""
        values = dict(fingerprint=fingerprint, completed=False, status=None, body=None,
                      created_at=now, expires_at=now + RETENTION)
        key = stored_key(key)
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
                idempotency_keys.c.client_id == client_id, idempotency_keys.c.key == stored_key(key)).values(
                completed=True, status=answer.status, body=seal(client_id, key, answer)))

    async def release(self, client_id: str, key: str) -> None:
        async with self.sessions() as s, s.begin():
            await s.execute(delete(idempotency_keys).where(
                and_(idempotency_keys.c.client_id == client_id, idempotency_keys.c.key == stored_key(key),
                     idempotency_keys.c.completed.is_(False))))

    async def purge_expired(self, now: datetime) -> int:
        async with self.sessions() as s, s.begin():
            result = await s.execute(delete(idempotency_keys).where(idempotency_keys.c.expires_at <= now))
            return result.rowcount
