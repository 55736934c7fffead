"""The fairs' service layer on SQLite, the embedded default of the local run: the same guarantees hold there
(one exhibitor per booth and quotas under concurrency, holds lapsing, schedules), with events in the outbox."""
from __future__ import annotations

import asyncio
from collections import Counter
from datetime import datetime, timezone
from pathlib import Path

import pytest
from sqlalchemy import select

from services.events.adapters.orm import metadata, outbox as outbox_table
from services.events.domain.fairs import Conflict, RuleBroken
from services.events.entrypoints.schemas import FairCreate
from services.events.service_layer.booking import BookingService
from services.events.service_layer.catalogue_view import CatalogueView
from services.events.service_layer.fairs import FairsService
from services.events.service_layer.meetings import MeetingsService
from shared.db import make_engine, make_session_factory
from shared.migrations import upgrade_to_head
from shared.outbox import Outbox
from tests.support.fairs import catalogue_entry, fair_body

MIGRATIONS = Path(__file__).resolve().parents[2] / "services" / "events" / "migrations"


@pytest.fixture
async def services(tmp_path):
    engine = make_engine(f"sqlite+aiosqlite:///{tmp_path}/events.db")
    await upgrade_to_head(engine, MIGRATIONS)
    sessions = make_session_factory(engine)
    box = Outbox(metadata.tables["outbox"])
    yield dict(sessions=sessions, view=CatalogueView(sessions), fairs=FairsService(sessions, box),
               booking=BookingService(sessions, box), meetings=MeetingsService(sessions, box))
    await engine.dispose()


def spec(**over) -> dict:
    """A fair as the API hands it to the service layer: validated, in its JSON form."""
    return FairCreate.model_validate(fair_body(**over)).model_dump(mode="json")


async def approved(svc, fair_id: str, countries: list[str]) -> list[str]:
    ids = []
    for cc in countries:
        producer, product = catalogue_entry(cc)
        await svc["view"].apply("producer", producer)
        await svc["view"].apply("product", product)
        app = await svc["fairs"].apply(fair_id, {"producer_id": producer["id"], "product_ids": [product["id"]],
                                                 "booth_preferences": []})
        await svc["fairs"].decide(fair_id, app["id"], True, None)
        ids.append(app["id"])
    return ids


async def attempt(coro):
    try:
        return await coro
    except (Conflict, RuleBroken) as exc:
        return exc


async def test_concurrent_bookings_on_sqlite_give_one_exhibitor_per_booth_and_keep_the_quota(services):
    fair = await services["fairs"].create_fair(spec(n_booths=10, eligibility={"quota_per_country": 3}), owner="organiser-1")
    apps = await approved(services, fair["id"], ["VN"] * 10 + ["KH"] * 10 + ["TH"] * 10)
    results = await asyncio.gather(*(attempt(services["booking"].book(fair["id"], a, f"A-{i % 10:03d}"))
                                     for i, a in enumerate(apps)))
    booked = [r for r in results if isinstance(r, dict)]
    assert len(booked) == 9
    assert Counter(b["country"] for b in booked) == {"VN": 3, "KH": 3, "TH": 3}
    assert len({b["booth_code"] for b in booked}) == 9
    async with services["sessions"]() as s:
        types = Counter(e for e in (await s.execute(select(outbox_table.c.envelope))).scalars() if "booth.booked" in e)
    assert sum(types.values()) == 9


async def test_a_hold_lapses_on_sqlite_and_the_booth_goes_to_the_next_in_line(services):
    fair = await services["fairs"].create_fair(spec(n_booths=1, waitlist_hold_seconds=1), owner="organiser-1")
    a, b, c = await approved(services, fair["id"], ["VN", "KH", "TH"])
    booking = await services["booking"].book(fair["id"], a, "A-000")
    await services["booking"].join_waitlist(fair["id"], b, 0)
    await services["booking"].join_waitlist(fair["id"], c, 0)
    out = await services["booking"].cancel(fair["id"], booking["id"])
    assert out["offered_to"]["application_id"] == b
    await asyncio.sleep(1.1)
    assert await services["booking"].lapse_holds() == 1
    line = {w["application_id"]: w["status"] for w in await services["booking"].waitlist(fair["id"])}
    assert line == {b: "lapsed", c: "offered"}


async def test_an_exhibitor_whose_booking_is_cancelled_loses_its_meetings_and_nobody_else_does(services):
    fair = await services["fairs"].create_fair(spec(n_booths=3, meeting_programme={
        "slot_minutes": 30, "sessions": [{"start": f"{fair_body()['ends_on']}T09:00:00", "slots": 4}]}), owner="organiser-1")
    fid = fair["id"]
    apps = await approved(services, fid, ["VN", "KH", "TH"])
    bookings = [await services["booking"].book(fid, a, f"A-{i:03d}") for i, a in enumerate(apps)]
    day = fair_body()["ends_on"]
    buyers = [(await services["meetings"].register_buyer(fid, {
        "buyer_ref": f"b{i}", "name": f"Buyer {i}", "availability": [{"start": f"{day}T09:00:00", "end": f"{day}T11:00:00"}]}))["id"]
        for i in range(4)]
    for b in buyers:
        for a in apps:
            await services["meetings"].add_wish(fid, {"buyer_id": b, "application_id": a, "source": "buyer", "value": 1.0})
    plan = await services["meetings"].schedule(fid)
    assert plan["meetings"] == 12  # 4 buyers x 3 exhibitors in 4 slots
    first = min(await services["meetings"].list_meetings(fid), key=lambda m: m["slot"])
    # 09:00 in Ho Chi Minh City (UTC+7) is 02:00 UTC, whatever the database keeps of offsets
    assert datetime.fromisoformat(first["starts_at"]).replace(tzinfo=timezone.utc) == \
        datetime.fromisoformat(f"{day}T09:00:00+07:00")
    out = await services["booking"].cancel(fid, bookings[0]["id"])
    assert out["meetings_cancelled"] == 4
    left = await services["meetings"].list_meetings(fid)
    assert len(left) == 8 and apps[0] not in {m["application_id"] for m in left}
