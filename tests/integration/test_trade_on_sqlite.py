"""Trade's service layer on SQLite, the embedded default of the local run (`make up`) and on PostgreSQL: matching's
events applied (a match before its request counted once the request arrives, repeats adding nothing), a quote
accepted, the deal moved and cancelled, the aggregates following each change, the events in the outbox."""
from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from sqlalchemy import select

from services.trade.adapters.orm import metadata
from services.trade.adapters.orm import outbox as outbox_table
from services.trade.domain.trade import DealStatus
from services.trade.service_layer.indicators import Filters, Indicators
from services.trade.service_layer.sourcing_view import SourcingView
from services.trade.service_layer.trade import Trade, Viewer
from shared.contracts.events import FairOrganisers, MeetingOutcome
from shared.contracts.matching import MatchEvent, RfqEvent
from shared.db import make_engine, make_session_factory
from shared.migrations import upgrade_to_head
from shared.outbox import Outbox

MIGRATIONS = Path(__file__).resolve().parents[2] / "services" / "trade" / "migrations"
NOW = datetime.now(timezone.utc)


@pytest.fixture(params=["sqlite", "postgresql"])
async def trade(request, tmp_path):
    if request.param == "sqlite":
        url = f"sqlite+aiosqlite:///{tmp_path}/trade.db"
    else:
        url = await request.getfixturevalue("new_database")("trade_layer")
    engine = make_engine(url)
    await upgrade_to_head(engine, MIGRATIONS)
    sessions = make_session_factory(engine)
    yield dict(sessions=sessions, view=SourcingView(sessions), trade=Trade(sessions, Outbox(metadata.tables["outbox"]), 10),
               indicators=Indicators(sessions))
    await engine.dispose()


def rfq(version: int = 1, status: str = "matched") -> RfqEvent:
    return RfqEvent(id="R-1", version=version, status=status, text="fish sauce", group="food", quantity=1000,
                    unit="l", destination="JP", deadline=(NOW + timedelta(days=7)).isoformat(), buyer="buyer-a",
                    created_at=NOW.isoformat())


def match(n: int, producer: str, country: str) -> MatchEvent:
    return MatchEvent(id=f"M-{n}", version=1, rfq_id="R-1", product_id=f"{country}-P-{n}", producer_id=producer,
                      country=country, score=0.8, status="proposed", reasons=[])


QUOTE = dict(price=4.0, currency="USD", quantity=1000.0, unit="l", incoterm="FOB", lead_time_days=20,
             valid_until=NOW + timedelta(days=5), message="")


async def test_the_trade_loop_keeps_its_aggregates_right_through_repeats_and_a_cancellation(trade):
    view, t, ind = trade["view"], trade["trade"], trade["indicators"]
    # A match arrives before its request: in the inbox once the request is known, counted then.
    await view.apply([], [match(1, "VN-M-1", "VN")])
    assert await t.inbox("VN-M-1", 10, 0) == []
    await view.apply([rfq()], [match(2, "KH-M-2", "KH")])
    await view.apply([rfq()], [match(1, "VN-M-1", "VN"), match(2, "KH-M-2", "KH")])   # repeated: nothing more
    assert [i.match_id for i in await t.inbox("VN-M-1", 10, 0)] == ["M-1"]
    funnel = {(r["exporter"], r["product_group"]): r for r in await ind.funnel(Filters())}
    assert funnel[("VN", "food")] == {"exporter": "VN", "product_group": "food", "requests": 1, "matches": 1,
                                      "quotes": 0, "deals": 0}

    q1 = await t.submit("R-1", Viewer(producer_id="VN-M-1", actor="producer:p1"), dict(QUOTE))
    q2 = await t.submit("R-1", Viewer(producer_id="KH-M-2", actor="producer:p2"), dict(QUOTE, price=16000.0,
                                                                                        currency="KHR"))
    buyer = Viewer(buyer="buyer-a", actor="buyer:buyer-a")
    accepted, deal = await t.buyer_step(q1.id, buyer, "accept", None, q1.version)
    assert accepted.status.value == "accepted" and deal.value_usd == 4000.0
    assert (await t.get(q2.id, buyer)).status_reason == "another quote was accepted"
    cells = await ind.deals(Filters())
    assert [(c["exporter"], c["deals"], c["delivered"], c["value_usd"]) for c in cells] == [("VN", 1, 0, 4000.0)]
    assert await ind.deal_totals(Filters()) == (1, 1, 4000.0)
    assert (await ind.deals(Filters(), 1, 0), await ind.deals(Filters(), 1, 1)) == (cells, [])

    shipped = await t.move_deal(deal.id, Viewer(producer_id="VN-M-1"), DealStatus.shipped, deal.version)
    await t.move_deal(deal.id, buyer, DealStatus.cancelled, shipped.version)
    assert await ind.deals(Filters()) == []              # a cancelled deal leaves its cell
    assert await ind.deal_totals(Filters()) == (0, 0, 0.0)
    funnel = {(r["exporter"], r["product_group"]): r for r in await ind.funnel(Filters(group="food"))}
    assert funnel[("VN", "food")]["deals"] == 1 and funnel[("KH", "food")]["quotes"] == 1

    # A fair meeting recorded twice (its second version changes the outcome) counts once, as its latest.
    base = dict(meeting_id="MT-1", fair_id="F-1", buyer_id="B-1", producer_id="KH-M-2", exporter_country="KH",
                buyer_country="TH", product_group="food", recorded_by="buyer:b", recorded_at=NOW)
    await ind.apply_meeting_outcomes([MeetingOutcome(**base, outcome="follow_up", version=1)])
    await ind.apply_meeting_outcomes([MeetingOutcome(**base, outcome="deal", value=3500.0, currency="THB",
                                                     version=2)])
    await ind.apply_meeting_outcomes([MeetingOutcome(**base, outcome="follow_up", version=1)])   # stale
    assert await ind.fairs({"F-1", "F-2"}) == [{"fair_id": "F-1", "meetings": 1, "no_interest": 0, "follow_ups": 0,
                                                "deals": 1, "value_usd": 100.0}]
    assert await ind.fairs(set()) == []
    # Who runs a fair, at its version: a stale change of its organisers arriving late changes nothing.
    await ind.apply_fair_organisers([FairOrganisers(id="F-1", fair_id="F-1", version=2, owner="org-1",
                                                    co_organisers=["org-3"])])
    await ind.apply_fair_organisers([FairOrganisers(id="F-1", fair_id="F-1", version=1, owner="org-1",
                                                    co_organisers=["org-2"])])
    assert (await ind.fairs_run_by("org-1"), await ind.fairs_run_by("org-3")) == ({"F-1"}, {"F-1"})
    assert await ind.fairs_run_by("org-2") == set()

    async with trade["sessions"]() as s:
        types = [json.loads(r.envelope)["type"] for r in (await s.execute(
            select(outbox_table.c.envelope).order_by(outbox_table.c.seq))).all()]
    assert types.count("org.asean.ovop.trade.quote.submitted.v1") == 2
    assert "org.asean.ovop.trade.request.closed.v1" in types
    assert [t.rsplit(".", 2)[-2] for t in types if ".deal." in t] == ["agreed", "shipped", "cancelled"]
