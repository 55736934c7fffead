"""OAuth2 clients of the gateway: id, a salted scrypt hash of the secret, the role and its binding."""
from __future__ import annotations

import hashlib
import hmac
import secrets
from datetime import datetime, timezone

from sqlalchemy import Column, DateTime, MetaData, String, Table, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from shared.auth import Principal, Role

metadata = MetaData()
clients = Table(
    "clients", metadata,
    Column("client_id", String(64), primary_key=True),
    Column("secret_hash", String(200), nullable=False),
    Column("role", String(30), nullable=False),
    Column("country", String(2)),
    Column("producer_id", String(64)),
    Column("name", String(200), nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
)

_N, _R, _P = 2**14, 8, 1


def hash_secret(secret: str, salt: bytes | None = None) -> str:
    salt = salt or secrets.token_bytes(16)
    digest = hashlib.scrypt(secret.encode(), salt=salt, n=_N, r=_R, p=_P, dklen=32)
    return f"scrypt${salt.hex()}${digest.hex()}"


def secret_matches(secret: str, stored: str) -> bool:
    try:
        _, salt, digest = stored.split("$")
    except ValueError:
        return False
    return hmac.compare_digest(hash_secret(secret, bytes.fromhex(salt)).split("$")[2], digest)


class ClientStore:
    def __init__(self, sessions: async_sessionmaker[AsyncSession]) -> None:
        self.sessions = sessions

    async def create(self, role: Role, name: str, country: str | None = None,
                     producer_id: str | None = None) -> tuple[str, str]:
        if role is Role.public:
            raise ValueError("the public role is the gateway's anonymous identity, never a client's")
        if role is Role.registry_admin and not country:
            raise ValueError("a registry admin client is bound to a country (--country)")
        if role is Role.producer and not producer_id:
            raise ValueError("a producer client is bound to a producer id (--producer-id)")
        client_id = f"{role.value}-{secrets.token_hex(6)}"
        secret = secrets.token_urlsafe(32)
        async with self.sessions() as s, s.begin():
            await s.execute(clients.insert().values(
                client_id=client_id, secret_hash=hash_secret(secret), role=role.value,
                country=country.upper() if country else None, producer_id=producer_id, name=name,
                created_at=datetime.now(timezone.utc)))
        return client_id, secret

    async def authenticate(self, client_id: str, secret: str) -> Principal | None:
        async with self.sessions() as s:
            row = (await s.execute(select(clients).where(clients.c.client_id == client_id))).first()
        if row is None:
            hash_secret(secret)  # same work whether or not the client exists
            return None
        if not secret_matches(secret, row.secret_hash):
            return None
        return Principal(client_id=row.client_id, role=Role(row.role), country=row.country, producer_id=row.producer_id)
