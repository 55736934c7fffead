"""What the fairs' service functions share: the fair row (locked), its domain view, and events for the outbox."""
from __future__ import annotations

import uuid
from datetime import date, datetime, timezone

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from services.events.adapters.orm import fairs
from services.events.domain.fairs import Eligibility, Programme, Session, Window
from shared.contracts.events import SOURCE
from shared.events import CloudEvent


class NotFound(Exception):
    """Answered 404."""


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


def new_id(prefix: str) -> str:
    return f"{prefix}-{uuid.uuid4().hex[:12]}"


def event(type_: str, subject: str, data: dict) -> CloudEvent:
    return CloudEvent(source=SOURCE, type=type_, subject=subject, data=data)


async def fair_row(session: AsyncSession, fair_id: str, *, lock: bool = False):
    """The fair; with `lock`, its row is locked (SELECT ... FOR UPDATE on PostgreSQL) until the transaction
    ends, which serialises the bookings, quota counts and re-plans of one fair."""
    stmt = select(fairs).where(fairs.c.id == fair_id)
    if lock and session.bind.dialect.name == "sqlite":
        # The driver begins SQLite's transaction at the first write, so reads before it would run outside
        # it: a no-op write first takes the database's write lock for the whole transaction.
        await session.execute(update(fairs).where(fairs.c.id == fair_id).values(version=fairs.c.version))
    elif lock:
        stmt = stmt.with_for_update()
    row = (await session.execute(stmt)).first()
    if row is None:
        raise NotFound(f"no fair {fair_id}")
    return row


def window_of(fair) -> Window:
    return Window(aware(fair.window_opens_at), aware(fair.window_closes_at))


def rules_of(fair) -> Eligibility:
    r = fair.rules
    return Eligibility(min_stars=r.get("min_stars"), groups=frozenset(r.get("groups") or ()),
                       countries=frozenset(r.get("countries") or ()), quota_per_country=r.get("quota_per_country"))


def programme_of(fair) -> Programme:
    p = fair.programme
    return Programme(fair.timezone, p["slot_minutes"],
                     tuple(Session(datetime.fromisoformat(s["start"]), s["slots"]) for s in p["sessions"]))


def aware(dt: datetime) -> datetime:
    """SQLite hands back naive datetimes; they are UTC."""
    return dt if dt.tzinfo else dt.replace(tzinfo=timezone.utc)


def jsonable(row) -> dict:
    out = {}
    for k, v in dict(row._mapping).items():
        if isinstance(v, datetime):
            v = aware(v).isoformat()
        elif isinstance(v, date):
            v = v.isoformat()
        elif hasattr(v, "as_tuple"):  # Decimal
            v = float(v)
        out[k] = v
    return out
