"""Server-side sessions, the web app's only data of its own. The browser holds a random id in a Secure
HttpOnly SameSite=Lax cookie; the table keys it by its SHA-256, so a leaked table opens no session. Each
session carries its CSRF token (every form and htmx request sends it back) and, once signed in, the
person's network token, sealed (AES-256-GCM) with a key derived from the session id (HKDF-SHA256) that
only the browser's cookie holds: a leaked table, or a backup of it, yields no token either."""
from __future__ import annotations

import base64
import hashlib
import secrets
import time
from dataclasses import dataclass

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from sqlalchemy import BigInteger, Column, MetaData, String, Table, Text, delete, select, update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

metadata = MetaData()
sessions = Table(
    "sessions", metadata,
    Column("id_hash", String(64), primary_key=True),
    Column("csrf", String(64), nullable=False),
    Column("subject", String(80)),
    Column("role", String(30)),
    Column("country", String(2)),
    Column("producer_id", String(64)),
    Column("token", Text),
    Column("token_expires_at", BigInteger),
    Column("expires_at", BigInteger, nullable=False),
)


@dataclass
class Session:
    id: str
    csrf: str
    subject: str | None = None
    role: str | None = None
    country: str | None = None
    producer_id: str | None = None
    token: str | None = None
    token_expires_at: int | None = None
    fresh: bool = False

    @property
    def signed_in(self) -> bool:
        return bool(self.token and self.token_expires_at and self.token_expires_at > time.time() + 5)

    @property
    def username(self) -> str | None:
        return self.subject.removeprefix("person-") if self.subject else None


def _hash(session_id: str) -> str:
    return hashlib.sha256(session_id.encode()).hexdigest()


def _key(session_id: str) -> AESGCM:
    return AESGCM(HKDF(algorithm=hashes.SHA256(), length=32, salt=None,
                       info=b"ovop-web session token").derive(session_id.encode()))


def seal(token: str, session_id: str) -> str:
    """The token as stored: a random nonce and the AES-GCM ciphertext, bound to the session's row."""
    nonce = secrets.token_bytes(12)
    sealed = _key(session_id).encrypt(nonce, token.encode(), _hash(session_id).encode())
    return "v1." + base64.urlsafe_b64encode(nonce + sealed).decode()


def unseal(stored: str | None, session_id: str) -> str | None:
    """The token, or None when there is none or it does not open with this session's key."""
    if not stored or not stored.startswith("v1."):
        return None
    try:
        raw = base64.urlsafe_b64decode(stored[3:])
        return _key(session_id).decrypt(raw[:12], raw[12:], _hash(session_id).encode()).decode()
    except (InvalidTag, ValueError):
        return None


class SessionStore:
    def __init__(self, factory: async_sessionmaker[AsyncSession], ttl_s: int) -> None:
        self.factory, self.ttl_s = factory, ttl_s

    async def load(self, session_id: str | None) -> Session | None:
        if not session_id or len(session_id) > 100:
            return None
        async with self.factory() as s:
            row = (await s.execute(select(sessions).where(sessions.c.id_hash == _hash(session_id)))).first()
        if row is None or row.expires_at < time.time():
            return None
        return Session(session_id, row.csrf, row.subject, row.role, row.country, row.producer_id,
                       unseal(row.token, session_id), row.token_expires_at)

    async def new(self) -> Session:
        session = Session(secrets.token_urlsafe(32), secrets.token_urlsafe(32), fresh=True)
        async with self.factory() as s, s.begin():
            await s.execute(sessions.insert().values(id_hash=_hash(session.id), csrf=session.csrf,
                                                     expires_at=int(time.time()) + self.ttl_s))
            # Expired sessions go as new ones come.
            await s.execute(delete(sessions).where(sessions.c.expires_at < int(time.time())))
        return session

    async def sign_in(self, old: Session, subject: str, role: str, country: str | None, producer_id: str | None,
                      token: str, token_expires_at: int) -> Session:
        """A new session id at sign-in (the pre-sign-in id is dropped: no session fixation)."""
        await self.drop(old)
        session = await self.new()
        async with self.factory() as s, s.begin():
            await s.execute(update(sessions).where(sessions.c.id_hash == _hash(session.id)).values(
                subject=subject, role=role, country=country, producer_id=producer_id,
                token=seal(token, session.id), token_expires_at=token_expires_at))
        session.subject, session.role, session.country, session.producer_id = subject, role, country, producer_id
        session.token, session.token_expires_at = token, token_expires_at
        return session

    async def renew(self, session: Session, token: str, token_expires_at: int) -> Session:
        """The person's renewed token in its session (the session's own expiry stays)."""
        async with self.factory() as s, s.begin():
            await s.execute(update(sessions).where(sessions.c.id_hash == _hash(session.id)).values(
                token=seal(token, session.id), token_expires_at=token_expires_at))
        session.token, session.token_expires_at = token, token_expires_at
        return session

    async def drop(self, session: Session) -> None:
        async with self.factory() as s, s.begin():
            await s.execute(delete(sessions).where(sessions.c.id_hash == _hash(session.id)))
