"""People's accounts at the gateway: a sign-in name, an Argon2id password hash, a role and its binding
(a registry officer's country and province, a producer's producer id, an organiser's organisation).

The gateway stays the one identity provider: it already holds the machines' clients and mints every token,
so a person's token is minted by the same key and checked by every service the same way. A person signs in
only through a first-party client (the web app), with the password grant of RFC 6749 §4.3; integrators'
clients cannot ask for it. After `max_failures` wrong passwords in a row from one address (the person's, as
the first-party client forwards it) the account is locked for `lock_s` seconds for that address only,
whatever is typed there meanwhile: someone who knows a person's name cannot lock that person out from
elsewhere. Guessing spread over many addresses is bounded too: after `account_max_failures` wrong passwords
in a row from anywhere the account is locked everywhere. A successful sign-in clears its address's count and
the account's.

A member state's own OpenID Connect provider can later take the password's place: the web app's sign-in
adapter then runs the authorization code flow with PKCE against it and exchanges the verified ID token here
for a network token; the people table keeps the role and binding either way."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from sqlalchemy import Column, DateTime, Integer, String, Table, select

from services.gateway.adapters.clients import ClientStore, hash_secret, metadata, needs_rehash, secret_matches
from shared.auth import Principal, Role
from shared.validation import countries

people = Table(
    "people", metadata,
    Column("username", String(40), primary_key=True),
    Column("password_hash", String(200), nullable=False),
    Column("display_name", String(200), nullable=False),
    Column("role", String(30), nullable=False),
    Column("country", String(2)),
    Column("province", String(100)),
    Column("producer_id", String(64)),
    Column("organisation", String(200)),
    Column("failed_count", Integer, nullable=False, default=0),
    Column("locked_until", DateTime(timezone=True)),
    Column("created_at", DateTime(timezone=True), nullable=False),
)

# Wrong passwords in a row per account and address (the address as the first-party client saw it).
sign_in_failures = Table(
    "sign_in_failures", metadata,
    Column("username", String(40), primary_key=True),
    Column("address", String(64), primary_key=True),
    Column("failed_count", Integer, nullable=False),
    Column("locked_until", DateTime(timezone=True)),
)

USERNAME = re.compile(r"^[a-z0-9][a-z0-9._-]{2,39}$")
PERSON_PREFIX = "person-"  # a person's token subject: never a client id (those start with their role)


@dataclass(frozen=True)
class Person:
    username: str
    display_name: str
    role: Role
    country: str | None
    province: str | None
    producer_id: str | None
    organisation: str | None

    @property
    def principal(self) -> Principal:
        return Principal(client_id=PERSON_PREFIX + self.username, role=self.role, country=self.country,
                         producer_id=self.producer_id, province=self.province)


class Locked(Exception):
    def __init__(self, until: datetime) -> None:
        self.until = until


def _aware(t: datetime | None) -> datetime | None:
    return t.replace(tzinfo=timezone.utc) if t is not None and t.tzinfo is None else t


def _person(row) -> Person:
    return Person(row.username, row.display_name, Role(row.role), row.country, row.province, row.producer_id,
                  row.organisation)


class PeopleStore:
    """Accounts, checked with the client store's hashing threads (at most its few checks at a time)."""

    def __init__(self, clients: ClientStore, max_failures: int = 5, lock_s: float = 900,
                 account_max_failures: int = 50) -> None:
        self.clients, self.sessions = clients, clients.sessions
        self.max_failures, self.lock_s, self.account_max_failures = max_failures, lock_s, account_max_failures

    async def create(self, username: str, password: str, role: Role, display_name: str, country: str | None = None,
                     province: str | None = None, producer_id: str | None = None,
                     organisation: str | None = None) -> Person:
        if not USERNAME.match(username):
            raise ValueError("a username is 3-40 characters: lower-case letters, digits, '.', '_' or '-'")
        if len(password) < 12:
            raise ValueError("a password has at least 12 characters")
        if role in (Role.public, Role.integrator):
            raise ValueError(f"people do not take the {role.value} role (integrators are machines: OAuth2 clients)")
        if role is Role.registry_admin and not country:
            raise ValueError("a registry officer is bound to a country (--country)")
        if country and country.upper() not in countries():
            raise ValueError(f"{country!r} is not an ISO 3166-1 alpha-2 country code")
        if role is Role.producer and not producer_id:
            raise ValueError("a producer's person is bound to a producer id (--producer-id)")
        password_hash = await self.clients._in_thread(hash_secret, password)
        person = Person(username, display_name, role, country.upper() if country else None, province, producer_id,
                        organisation)
        async with self.sessions() as s, s.begin():
            await s.execute(people.insert().values(
                username=username, password_hash=password_hash, display_name=display_name, role=role.value,
                country=person.country, province=province, producer_id=producer_id, organisation=organisation,
                failed_count=0, created_at=datetime.now(timezone.utc)))
        return person

    async def get(self, username: str) -> Person | None:
        """The person as the table holds them now (a renewed token carries their current role and binding)."""
        async with self.sessions() as s:
            row = (await s.execute(select(people).where(people.c.username == username))).first()
        if row is None:
            return None
        return _person(row)

    async def exists(self, username: str) -> bool:
        async with self.sessions() as s:
            return (await s.execute(select(people.c.username).where(people.c.username == username))).first() is not None

    async def authenticate(self, username: str, password: str, address: str = "?") -> Person | None:
        """The person, or None (unknown name or wrong password); raises Locked while the account is locked for
        this address (or, after many failures from anywhere, for every address)."""
        address = address[:64]
        async with self.sessions() as s:
            row = (await s.execute(select(people).where(people.c.username == username))).first()
            pair = (await s.execute(select(sign_in_failures).where(
                sign_in_failures.c.username == username, sign_in_failures.c.address == address))).first()
        if row is None:
            await self.clients._in_thread(secret_matches, password, await self._dummy())
            return None
        now = datetime.now(timezone.utc)
        for locked_until in (_aware(pair.locked_until) if pair else None, _aware(row.locked_until)):
            if locked_until is not None and locked_until > now:
                raise Locked(locked_until)
        if not await self.clients._in_thread(secret_matches, password, row.password_hash):
            await self._failed(username, address, row, pair, now)
            return None
        values: dict = {"failed_count": 0, "locked_until": None}
        if needs_rehash(row.password_hash):
            values["password_hash"] = await self.clients._in_thread(hash_secret, password)
        async with self.sessions() as s, s.begin():
            await s.execute(people.update().where(people.c.username == username).values(**values))
            await s.execute(sign_in_failures.delete().where(sign_in_failures.c.username == username,
                                                            sign_in_failures.c.address == address))
        return _person(row)

    async def _failed(self, username: str, address: str, row, pair, now: datetime) -> None:
        """Counts a wrong password for the address and for the account; raises Locked when either is locked."""
        lock_at = now + timedelta(seconds=self.lock_s)
        failures = (pair.failed_count if pair else 0) + 1
        pair_lock = lock_at if failures >= self.max_failures else None
        account_failures = (row.failed_count or 0) + 1
        account_lock = lock_at if account_failures >= self.account_max_failures else None
        async with self.sessions() as s, s.begin():
            values = dict(failed_count=0 if pair_lock else failures, locked_until=pair_lock)
            if pair is None:
                await s.execute(sign_in_failures.insert().values(username=username, address=address, **values))
            else:
                await s.execute(sign_in_failures.update().where(sign_in_failures.c.username == username,
                                                                sign_in_failures.c.address == address).values(**values))
            await s.execute(people.update().where(people.c.username == username).values(
                failed_count=0 if account_lock else account_failures, locked_until=account_lock))
        if pair_lock or account_lock:
            raise Locked(lock_at)

    async def _dummy(self) -> str:
        from services.gateway.adapters.clients import _dummy_hash

        return _dummy_hash()
