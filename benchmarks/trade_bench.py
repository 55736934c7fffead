"""How fast trade answers at scale: a producer's inbox, a buyer's quote comparison in one currency, and the
trade indicators (deals by country × destination × group × month, the funnel, fairs' outcomes), over requests,
matches, quotes and deals bulk-loaded straight into trade's PostgreSQL tables (COPY).

    .venv/bin/python -m benchmarks.trade_bench [--requests 100000] [--quotes-per-request 5] [--deals 50000]
                                               [--rounds 200]

Measured: the service layer's calls that the API's routes make (the same queries and the same conversion),
in process, without HTTP or the gateway (gateway_bench measures what they add). Starts its own PostgreSQL
unless BENCH_DATABASE_URL names one."""
from __future__ import annotations

import argparse
import asyncio
import json
import random
import time
from collections import Counter
from datetime import datetime, timedelta, timezone

import asyncpg

from benchmarks.figures import Figure, summary, write
from benchmarks.infra import infrastructure, new_database
from services.trade.adapters.orm import metadata
from services.trade.service_layer.indicators import Filters, Indicators
from services.trade.service_layer.publish import counts_as_deal
from services.trade.service_layer.trade import Trade, Viewer
from shared import money
from shared.db import make_engine, make_session_factory
from shared.migrations import upgrade_to_head

COUNTRIES = ["VN", "KH", "TH", "LA", "MY", "ID", "PH", "MM"]
GROUPS = ["food"] * 16 + ["beverages"] * 2 + ["handicrafts"] * 2 + ["herbal", "textiles"]
DESTINATIONS = ["JP", "KR", "CN", "US", "DE", "FR", "AU", "SG", "AE", "GB"]
CURRENCIES = ["USD", "EUR", "VND", "THB", "KHR", "MYR", "JPY"]
INCOTERMS = ["FOB", "CIF", "EXW", "DAP", "CFR"]


def month(t: datetime) -> str:
    return t.strftime("%Y-%m")


async def load(url: str, n_requests: int, per_request: int, n_deals: int, seed: int = 7) -> dict:
    rnd = random.Random(seed)
    now = datetime.now(timezone.utc)
    n_producers = max(50, n_requests // 50)
    producers = [(f"{cc}-M-{i:08d}", cc) for i, cc in ((i, COUNTRIES[i % len(COUNTRIES)]) for i in range(n_producers))]
    buyers = [f"buyer-{i:05d}" for i in range(max(10, n_requests // 20))]
    rfqs, matches, inbox, quotes, deals, closures, facts = [], [], [], [], [], [], []
    funnel: Counter = Counter()
    deal_rfqs = set(rnd.sample(range(n_requests), min(n_deals, n_requests)))
    for i in range(n_requests):
        rid = f"R-{i:08d}"
        created = now - timedelta(days=rnd.randint(0, 720), seconds=rnd.randint(0, 86400))
        group, dest, buyer = rnd.choice(GROUPS), rnd.choice(DESTINATIONS), rnd.choice(buyers)
        body = {"id": rid, "version": 2, "status": "matched", "text": f"{group} request {i}", "group": group,
                "hs_code": None, "quantity": 1000, "unit": "kg", "target_price": None, "currency": None,
                "certifications": [], "destination": dest, "delivery_from": None, "delivery_to": None,
                "deadline": (now + timedelta(days=30)).isoformat(), "buyer": buyer}
        rfqs.append((rid, 2, "matched", buyer, group, dest, now + timedelta(days=30), json.dumps(body), created, now))
        chosen = rnd.sample(producers, per_request)
        countries_reached = set()
        accepted_at = None
        for k, (pid, cc) in enumerate(chosen):
            mid, qid = f"M-{i:08d}-{k}", f"Q-{i:08d}-{k}"
            matches.append((mid, 1, rid, f"{cc}-P-{i:08d}{k}", pid, cc, rnd.random(), "proposed", now))
            inbox.append((mid, pid, rid, created + timedelta(minutes=k)))
            facts.append((f"match:{mid}", 1, "match", "request", None, cc, dest, group, month(created), None, None))
            funnel[(cc, group, month(created), "match")] += 1
            if cc not in countries_reached:
                countries_reached.add(cc)
                facts.append((f"request:{rid}:{cc}", 1, "request", "request", None, cc, dest, group, month(created),
                              None, None))
                funnel[(cc, group, month(created), "request")] += 1
            currency = rnd.choice(CURRENCIES)
            price = round(rnd.uniform(2, 20) * money.UNITS_PER_USD[currency], 2)
            status, reason = "submitted", None
            if i in deal_rfqs:
                status, reason = ("accepted", None) if k == 0 else ("closed", "another quote was accepted")
            qcreated = created + timedelta(hours=k + 1)
            value_usd = round(money.to_usd(price * 1000, currency), 2)
            quotes.append((qid, rid, buyer, pid, cc, f"{cc}-P-{i:08d}{k}", mid, price, currency, 1000.0, "kg",
                           rnd.choice(INCOTERMS), rnd.randint(5, 60), now + timedelta(days=20), "", status, reason,
                           status == "accepted", value_usd, "producer:bench", 1, qcreated, qcreated))
            facts.append((f"quote:{qid}", 1, "quote", "request", None, cc, dest, group, month(created), None, None))
            funnel[(cc, group, month(created), "quote")] += 1
            if k == 0 and i in deal_rfqs:
                accepted_at = qcreated + timedelta(days=2)
                dstatus = rnd.choice(["agreed", "shipped", "delivered", "delivered", "cancelled"])
                did = f"D-{i:08d}"
                deals.append((did, rid, qid, buyer, pid, f"{cc}-P-{i:08d}{k}", cc, dest, group, 1000.0, "kg", price,
                              currency, "FOB", value_usd, accepted_at.date().isoformat(), dstatus, 1, accepted_at,
                              accepted_at))
                facts.append((f"deal:{did}", 1, "deal", "request", None, cc, dest, group, month(accepted_at), dstatus,
                               value_usd))
                funnel[(cc, group, month(accepted_at), "deal")] += 1
        if accepted_at:
            closures.append((rid, "accepted", f"Q-{i:08d}-0", per_request, accepted_at))
    n_fairs = 50
    for j in range(n_requests // 5):   # meetings at fairs with an outcome
        outcome = rnd.choice(["no_interest", "follow_up", "follow_up", "deal"])
        when = now - timedelta(days=rnd.randint(0, 720))
        value = round(rnd.uniform(1000, 100000), 2) if outcome == "deal" else None
        facts.append((f"meeting:MT-{j:08d}", 1, "meeting", "fair", f"F-{j % n_fairs:03d}", rnd.choice(COUNTRIES),
                       rnd.choice(DESTINATIONS), rnd.choice(GROUPS), month(when), outcome, value))
    # The aggregates the service keeps as facts arrive, computed here the same way (counts_as_deal).
    deal_cells: dict[tuple, list] = {}
    fair_cells: dict[str, list] = {}
    for (_id, _v, kind, channel, fair_id, exporter, dest, group, mon, status, value) in facts:
        fact = {"kind": kind, "status": status}
        if counts_as_deal(fact):
            cell = deal_cells.setdefault((channel, exporter, dest, group, mon), [0, 0, 0.0])
            cell[0] += 1
            cell[1] += status == "delivered"
            cell[2] += value or 0.0
        if kind == "meeting":
            cell = fair_cells.setdefault(fair_id, [0, 0, 0, 0, 0.0])
            cell[0] += 1
            cell[1] += status == "no_interest"
            cell[2] += status == "follow_up"
            cell[3] += status == "deal"
            cell[4] += value or 0.0
    conn = await asyncpg.connect(url.replace("postgresql+asyncpg://", "postgresql://"))
    try:
        for table, rows in (("rfqs", rfqs), ("matches", matches), ("inbox", inbox), ("quotes", quotes),
                            ("deals", deals), ("request_closures", closures), ("trade_facts", facts),
                            ("funnel_counts", [(*k, n) for k, n in funnel.items()]),
                            ("deal_cells", [(*k, *v) for k, v in deal_cells.items()]),
                            ("fair_cells", [(k, *v) for k, v in fair_cells.items()]),
                            # who runs each fair: ten organisers, five fairs each
                            ("fairs_run", [(f"F-{j:03d}", 1, json.dumps([f"org-{j % 10}"])) for j in range(n_fairs)])):
            cols = [c.name for c in metadata.tables[table].c]
            await conn.copy_records_to_table(table, records=rows, columns=cols)
        await conn.execute("ANALYZE")
    finally:
        await conn.close()
    return {"producers": [p for p, _ in producers], "buyers_of": {r[0]: r[3] for r in rfqs},
            "rfqs": [r[0] for r in rfqs], "facts": len(facts), "matches": len(matches), "quotes": len(quotes),
            "deals": len(deals)}


async def timed(fn, rounds: int) -> list[float]:
    out = []
    for _ in range(rounds):
        t0 = time.perf_counter()
        await fn()
        out.append((time.perf_counter() - t0) * 1000)
    return out


async def run(args) -> None:
    with infrastructure(kafka=False, pg_port=15532) as (_kafka, pg):
        url = await new_database(pg, "trade_bench")
        engine = make_engine(url)
        from pathlib import Path

        import services.trade

        await upgrade_to_head(engine, Path(services.trade.__file__).parent / "migrations")
        t0 = time.monotonic()
        data = await load(url, args.requests, args.quotes_per_request, args.deals)
        print(f"loaded {args.requests} requests, {data['matches']} matches, {data['quotes']} quotes, "
              f"{data['deals']} deals, {data['facts']} indicator facts in {time.monotonic() - t0:.1f} s")
        sessions = make_session_factory(engine)
        trade, indicators = Trade(sessions, None, 10), Indicators(sessions)
        rnd = random.Random(11)
        size = f"{args.requests} requests, {data['quotes']} quotes, {data['deals']} deals"

        async def inbox():
            await trade.inbox(rnd.choice(data["producers"]), 50, 0)

        async def compare():
            rid = rnd.choice(data["rfqs"])
            _r, _c, found = await trade.compare(rid, Viewer(buyer=data["buyers_of"][rid]))
            sorted((money.convert(q.price, q.currency, "EUR"), q.id) for q in found)

        async def deals_page(f: Filters):  # what the route makes: the totals, then the first page of cells
            await indicators.deal_totals(f)
            await indicators.deals(f, 1000, 0)

        async def deals_by_exporter():
            await deals_page(Filters(exporter=rnd.choice(COUNTRIES)))

        async def deals_all():
            await deals_page(Filters(month_from="2026-01"))

        async def funnel():
            await indicators.funnel(Filters())

        async def fairs():  # an organiser's report: the fairs it runs, then their outcomes
            await indicators.fairs(await indicators.fairs_run_by(f"org-{rnd.randrange(10)}"))

        figures: list[Figure] = []
        for name, fn in (("trade.inbox", inbox), ("trade.compare_quotes", compare),
                         ("trade.indicators.deals_one_exporter", deals_by_exporter),
                         ("trade.indicators.deals_all_since_month", deals_all), ("trade.indicators.funnel", funnel),
                         ("trade.indicators.fairs", fairs)):
            await timed(fn, 5)  # warm the caches
            samples = await timed(fn, args.rounds)
            fs = summary(name, samples, size)
            figures += fs
            print(f"{name:45} " + "  ".join(f"{f.name.rsplit('.', 1)[1]} {f.value:7.2f} ms" for f in fs))
        await engine.dispose()
    write("trade_bench", figures)


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--requests", type=int, default=100_000)
    p.add_argument("--quotes-per-request", type=int, default=5)
    p.add_argument("--deals", type=int, default=50_000)
    p.add_argument("--rounds", type=int, default=200)
    asyncio.run(run(p.parse_args()))


if __name__ == "__main__":
    main()
