"""The webhooks service's fan-out on PostgreSQL: a repeated event stages no second delivery, a subscription
hears only what happened after it was made, and a match reaches the buyer who posted its request."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from sqlalchemy import select

from services.webhooks.adapters.orm import deliveries
from services.webhooks.domain.subscriptions import Owner
from services.webhooks.service_layer.webhooks import Event, Webhooks
from shared.auth import Role
from shared.db import make_engine, make_session_factory
from shared.migrations import upgrade_to_head

pytestmark = pytest.mark.integration
PRODUCT = "org.asean.ovop.registry.product.upserted.v1"
RFQ = "org.asean.ovop.matching.rfq.opened.v1"
MATCH = "org.asean.ovop.matching.match.proposed.v1"


@pytest.fixture
async def webhooks(new_database):
    engine = make_engine(await new_database("wh_fan"))
    await upgrade_to_head(engine, Path(__file__).resolve().parents[2] / "services/webhooks/migrations")
    yield Webhooks(make_session_factory(engine), allow_loopback=True)
    await engine.dispose()


async def staged(webhooks: Webhooks) -> list:
    async with webhooks.sessions() as s:
        return (await s.execute(select(deliveries.c.subscription_id, deliveries.c.event_id))).all()


async def test_a_repeated_event_stages_one_delivery(webhooks):
    sub, _ = await webhooks.subscribe(Owner("erp", Role.integrator), "http://127.0.0.1:9/h", [PRODUCT], None)
    event = Event("e1", PRODUCT, datetime.now(timezone.utc), {"id": "VN-P-1", "country": "VN", "version": 1})
    assert await webhooks.fan_out([event]) == 1
    await webhooks.fan_out([event, event])
    assert await staged(webhooks) == [(sub["id"], "e1")]


async def test_a_subscription_hears_only_what_happens_after_it_was_made(webhooks):
    await webhooks.subscribe(Owner("erp", Role.integrator), "http://127.0.0.1:9/h", [PRODUCT], None)
    old = Event("old", PRODUCT, datetime.now(timezone.utc) - timedelta(hours=1), {"id": "VN-P-1", "version": 1})
    assert await webhooks.fan_out([old]) == 0 and await staged(webhooks) == []


async def test_a_match_reaches_the_buyer_of_its_request_known_from_an_earlier_batch(webhooks):
    mine, _ = await webhooks.subscribe(Owner("buyer-a", Role.buyer), "http://127.0.0.1:9/h", [MATCH], None)
    await webhooks.subscribe(Owner("buyer-b", Role.buyer), "http://127.0.0.1:9/h", [MATCH], None)
    now = datetime.now(timezone.utc)
    await webhooks.fan_out([Event("r1", RFQ, now, {"id": "RFQ-1", "buyer": "buyer-a", "version": 1})])
    await webhooks.fan_out([Event("m1", MATCH, now, {"id": "M-1", "rfq_id": "RFQ-1", "producer_id": "VN-M-1"})])
    assert await staged(webhooks) == [(mine["id"], "m1")]
