"""OAuth2 clients of the gateway: id, a hash of the secret (Argon2id), the role and its binding.

Secrets are checked in worker threads, never on the event loop, and no more than `max_concurrent` at a time:
a storm of logins then costs the gateway at most that many cores' worth of hashing, and everything else it
serves keeps its latency. Hashes written before Argon2id (salted scrypt, `scrypt$salt$digest`) still verify,
and are replaced by an Argon2id hash at the client's next successful login."""
from __future__ import annotations

import asyncio
import functools
import hashlib
import hmac
import secrets
import unicodedata
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime, timezone

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import Boolean, Column, DateTime, MetaData, String, Table, false, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from shared.auth import Principal, Role
from shared.validation import countries

metadata = MetaData()
clients = Table(
    "clients", metadata,
    Column("client_id", String(64), primary_key=True),
    Column("secret_hash", String(200), nullable=False),
    Column("role", String(30), nullable=False),
    Column("country", String(2)),
    Column("producer_id", String(64)),
    Column("province", String(200)),
    Column("name", String(200), nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    # The network's own web app: it may exchange a person's password for that person's token (and gets no
    # token of its own); every other client only ever gets its own.
    Column("first_party", Boolean, nullable=False, server_default=false(), default=False),
)

# OWASP's Argon2id baseline (19 MiB, 2 passes, 1 lane): one lane keeps each check on one core. Client secrets
# are 256 random bits, so the hash guards a leaked table, not a guessable password.
HASHER = PasswordHasher(time_cost=2, memory_cost=19 * 1024, parallelism=1)


def hash_secret(secret: str) -> str:
    return HASHER.hash(secret)


def _legacy_scrypt_matches(secret: str, stored: str) -> bool:
    """Hashes written before Argon2id: `scrypt$<salt hex>$<digest hex>` (n=2**14, r=8, p=1)."""
    try:
        _, salt, digest = stored.split("$")
        computed = hashlib.scrypt(secret.encode(), salt=bytes.fromhex(salt), n=2**14, r=8, p=1, dklen=32)
    except ValueError:
        return False
    return hmac.compare_digest(computed.hex(), digest)


def secret_matches(secret: str, stored: str) -> bool:
    if stored.startswith("scrypt$"):
        return _legacy_scrypt_matches(secret, stored)
    try:
        return HASHER.verify(stored, secret)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def needs_rehash(stored: str) -> bool:
    return stored.startswith("scrypt$") or HASHER.check_needs_rehash(stored)


@functools.cache
def _dummy_hash() -> str:
    """Checked against when the client id is unknown, so that an unknown id costs the same work as a wrong secret."""
    return hash_secret(secrets.token_urlsafe(32))


def _matches_nothing(secret: str) -> bool:
    secret_matches(secret, _dummy_hash())
    return False


class Busy(Exception):
    """More secret checks are waiting than the store queues: the caller should come back shortly."""


class ClientStore:
    def __init__(self, sessions: async_sessionmaker[AsyncSession], max_concurrent: int = 1,
                 max_waiting: int = 64) -> None:
        self.sessions, self.max_waiting = sessions, max_waiting
        self._hashing = ThreadPoolExecutor(max_workers=max_concurrent, thread_name_prefix="secret-check")
        self._waiting = 0

    async def _in_thread(self, fn, *args):
        if self._waiting >= self.max_waiting:
            raise Busy()
        self._waiting += 1
        try:
            return await asyncio.get_running_loop().run_in_executor(self._hashing, fn, *args)
        finally:
            self._waiting -= 1

    def close(self) -> None:
        self._hashing.shutdown(wait=False, cancel_futures=True)

    async def create(self, role: Role, name: str, country: str | None = None,
                     producer_id: str | None = None, province: str | None = None,
                     first_party: bool = False) -> tuple[str, str]:
        if role is Role.public:
            raise ValueError("the public role is the gateway's anonymous identity, never a client's")
        if role is Role.registry_admin and not country:
            raise ValueError("a registry admin client is bound to a country (--country)")
        if country and country.upper() not in countries():
            raise ValueError(f"{country!r} is not an ISO 3166-1 alpha-2 country code")
        if role is Role.producer and not producer_id:
            raise ValueError("a producer client is bound to a producer id (--producer-id)")
        if role is Role.committee and not country:
            raise ValueError("a committee client is bound to a country (--country)")
        if role is Role.provincial_officer and not (country and province and province.strip()):
            raise ValueError("a provincial officer client is bound to a country and a province (--country, --province)")
        if province and role is not Role.provincial_officer:
            raise ValueError("only a provincial officer is bound to a province")
        client_id = f"{'web' if first_party else role.value}-{secrets.token_hex(6)}"
        secret = secrets.token_urlsafe(32)
        secret_hash = await self._in_thread(hash_secret, secret)
        async with self.sessions() as s, s.begin():
            await s.execute(clients.insert().values(
                client_id=client_id, secret_hash=secret_hash, role=role.value,
                country=country.upper() if country else None, producer_id=producer_id, name=name,
                province=unicodedata.normalize("NFC", province.strip()) if province else None,
                created_at=datetime.now(timezone.utc), first_party=first_party))
        return client_id, secret

    async def authenticate(self, client_id: str, secret: str) -> Principal | None:
        """The client's own identity (client credentials); a first-party client has none."""
        row = await self._check(client_id, secret)
        if row is None or row.first_party:
            return None
        return Principal(client_id=row.client_id, role=Role(row.role), country=row.country, producer_id=row.producer_id,
                         province=row.province)

    async def authenticate_first_party(self, client_id: str, secret: str) -> bool | None:
        """None: unknown client or wrong secret; False: a client that may not sign people in; True: it may."""
        row = await self._check(client_id, secret)
        return None if row is None else bool(row.first_party)

    async def _check(self, client_id: str, secret: str):
        async with self.sessions() as s:
            row = (await s.execute(select(clients).where(clients.c.client_id == client_id))).first()
        if row is None:
            await self._in_thread(_matches_nothing, secret)
            return None
        if not await self._in_thread(secret_matches, secret, row.secret_hash):
            return None
        if needs_rehash(row.secret_hash):
            new_hash = await self._in_thread(hash_secret, secret)
            async with self.sessions() as s, s.begin():
                await s.execute(clients.update().where(clients.c.client_id == client_id,
                                                       clients.c.secret_hash == row.secret_hash)
                                .values(secret_hash=new_hash))
        return row
