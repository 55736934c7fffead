"""The database itself, not only the code, refuses double bookings and double-booked meetings (PostgreSQL)."""
from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

import pytest
from sqlalchemy.exc import IntegrityError

from services.events.adapters.orm import applications, bookings, booths, buyers, fairs, meetings
from shared.db import make_engine, make_session_factory
from shared.migrations import upgrade_to_head

MIGRATIONS = Path(__file__).resolve().parents[2] / "services" / "events" / "migrations"
NOW = datetime(2026, 11, 23, 12, tzinfo=timezone.utc)


@pytest.fixture
async def sessions(new_database):
    engine = make_engine(await new_database("fairs_db"))
    await upgrade_to_head(engine, MIGRATIONS)
    yield make_session_factory(engine)
    await engine.dispose()


async def seed(s) -> None:
    await s.execute(fairs.insert().values(
        id="F-1", name="Fair", kind="forum", venue={}, timezone="Asia/Bangkok", starts_on=NOW.date(), ends_on=NOW.date(),
        organiser="o", window_opens_at=NOW, window_closes_at=NOW, rules={}, programme={"slot_minutes": 30, "sessions": []},
        max_meetings_per_participant=8, waitlist_hold_seconds=60, version=1, created_at=NOW))
    await s.execute(booths.insert().values(id=1, fair_id="F-1", hall="A", code="A-1", size_m2=9, type="inline", price=1,
                                           currency="USD", status="free"))
    for a in ("A-1", "A-2"):
        await s.execute(applications.insert().values(
            id=a, fair_id="F-1", producer_id=f"P-{a}", country="VN", product_ids=[], groups=[], booth_preferences=[],
            status="approved", version=1, created_at=NOW))
    await s.execute(buyers.insert().values(id="B-1", fair_id="F-1", buyer_ref="b", name="b", availability=[], slots=[0],
                                           created_at=NOW))


def booking(app: str, status: str = "active") -> dict:
    return dict(fair_id="F-1", booth_id=1, booth_code="A-1", application_id=app, country="VN", status=status, version=1,
                created_at=NOW)


def meeting(mid: str, app: str, booth: str, buyer: str = "B-1", status: str = "scheduled") -> dict:
    return dict(id=mid, fair_id="F-1", buyer_id=buyer, application_id=app, booth_code=booth, slot=0, starts_at=NOW,
                ends_at=NOW, value=1.0, status=status, version=1, created_at=NOW)


async def test_a_second_active_booking_of_one_booth_is_refused_by_the_database(sessions):
    async with sessions() as s, s.begin():
        await seed(s)
        await s.execute(bookings.insert().values(**booking("A-1")))
        await s.execute(bookings.insert().values(**booking("A-2", "cancelled")))  # history is fine
    with pytest.raises(IntegrityError, match="uq_active_booking_per_booth"):
        async with sessions() as s, s.begin():
            await s.execute(bookings.insert().values(**booking("A-2")))


async def test_one_buyer_in_two_meetings_in_one_slot_is_refused_by_the_database(sessions):
    async with sessions() as s, s.begin():
        await seed(s)
        await s.execute(meetings.insert().values(**meeting("M-1", "A-1", "A-1")))
        await s.execute(meetings.insert().values(**meeting("M-0", "A-2", "A-2", status="cancelled")))
    with pytest.raises(IntegrityError, match="uq_meeting_buyer_slot"):
        async with sessions() as s, s.begin():
            await s.execute(meetings.insert().values(**meeting("M-2", "A-2", "A-2")))
