"""Soak: a bounded mixed load through the gateway on loopback for several minutes — searches, product
reads, single writes, small imports, sourcing requests, fair booth bookings and cancellations — with
p99 latency per minute and the memory of every process per minute. It stops by itself.

    .venv/bin/python -m benchmarks.soak [--minutes 5] [--rate 40]

`--rate` is the total requests per second offered (open loop: requests are sent on schedule whether or
not earlier ones have finished, so a slowdown shows as latency, not as a lower rate)."""
from __future__ import annotations

import argparse
import asyncio
import random
import tempfile
import time
import uuid
from collections import defaultdict
from datetime import datetime, timedelta, timezone
from pathlib import Path

import httpx

from benchmarks.infra import infrastructure, machine, new_database, percentiles
from services.registry.demo.generator import products
from services.events.demo import load_fair
from services.registry.demo.loader import jsonl, load_country
from tests.support.network import Network


def rss_mib(pid: int) -> float:
    try:
        for line in open(f"/proc/{pid}/status"):
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return float("nan")


async def run(minutes: float, rate: float) -> None:
    with infrastructure(kafka_port=19292, pg_port=15632) as (kafka, pg):
        tmp = Path(tempfile.mkdtemp(prefix="soak-"))
        net = Network(kafka, tmp)
        for cc in ("VN", "KH"):
            net.add(f"registry-{cc}", "registry", await new_database(pg, f"soak_{cc.lower()}"), NODE_COUNTRY=cc,
                    LOG_LEVEL="WARNING")
        net.add("matching", "matching", await new_database(pg, "soak_m"), SEARCH_INDEX_DIR=str(tmp / "index"),
                LOG_LEVEL="WARNING")
        net.add("events", "events", await new_database(pg, "soak_e"), LOG_LEVEL="WARNING")
        net.add_gateway(RATE_LIMIT_PER_S="100000", RATE_LIMIT_BURST="100000", LOG_LEVEL="WARNING")
        await net.start()
        gw = net["gateway"].url + "/v1"
        vn_admin = net.auth("registry_admin", "VN")
        buyer = net.auth("buyer")
        try:
            await asyncio.to_thread(load_country, gw + "/registry", "VN", 2000, token=net.token("registry_admin", "VN"))
            async with httpx.AsyncClient(timeout=30, limits=httpx.Limits(max_connections=200)) as c:
                listed = (await c.get(f"{gw}/registry/VN/products", params={"limit": 500, "country": "VN",
                                                                            "status": "listed"})).json()["items"]
                ids = [p["id"] for p in listed]
                by_producer = {p["producer_id"]: p["id"] for p in listed if (p.get("stars") or 0) >= 3}
                organiser = net.auth("fair_organiser")
                await asyncio.to_thread(load_fair, net["gateway"].url, net["events"].url,
                                        net.token("fair_organiser"), list(by_producer.items())[:60])
                fair = (await c.get(f"{gw}/fairs")).json()["items"][0]
                apps = {a["id"]: set(a["groups"]) for a in (await c.get(f"{gw}/fairs/{fair['id']}/applications",
                                                                         headers=organiser)).json()["items"]
                        if a["status"] == "approved"}
                detail = (await c.get(f"{gw}/fairs/{fair['id']}")).json()
                zones = {b["code"]: b.get("zone") for h in detail["halls"] for b in h["booths"]}
                bookings: list[str] = []

                async def book():  # a booth in a zone the exhibitor's products belong to
                    app = random.choice(list(apps))
                    fitting = [code for code, zone in zones.items() if zone is None or zone in apps[app]]
                    r = await c.post(f"{gw}/fairs/{fair['id']}/bookings", headers=organiser, json={
                        "application_id": app, "booth_code": random.choice(fitting)})
                    if r.status_code == 201:
                        bookings.append(r.json()["id"])
                    return r

                async def cancel():
                    if not bookings:
                        return await book()
                    return await c.post(f"{gw}/fairs/{fair['id']}/bookings/{bookings.pop(random.randrange(len(bookings)))}/cancel",
                                        headers=organiser)

                producer_id = (await c.get(f"{gw}/registry/VN/producers", params={"limit": 1})).json()["items"][0]["id"]
                words = ["fish sauce", "coffee", "honey", "silk", "ceramics", "tea", "rice", "basket", "lacquer", "nuoc mam"]
                deadline_iso = (datetime.now(timezone.utc) + timedelta(days=30)).isoformat()
                counter = iter(range(10**9))

                def product(i: int) -> dict:
                    p = next(products("VN", 1, seed=1000 + i))
                    p.pop("producer_ref")
                    return p | {"producer_id": producer_id, "external_ref": f"soak-{i}-{uuid.uuid4().hex[:6]}"}

                ops = {  # name: (weight, coroutine factory)
                    "search": (40, lambda: c.get(f"{gw}/catalogue/search", params={"q": random.choice(words), "min_stars": 3})),
                    "read": (35, lambda: c.get(f"{gw}/registry/VN/products/{random.choice(ids)}")),
                    "write": (12, lambda: c.post(f"{gw}/registry/VN/products", json=product(next(counter)), headers=vn_admin)),
                    "import": (3, lambda: c.post(f"{gw}/registry/VN/imports/products", params={"format": "jsonl", "wait": "true"},
                                                 content=jsonl([product(next(counter)) for _ in range(50)]), headers=vn_admin)),
                    "rfq": (10, lambda: c.post(f"{gw}/sourcing-requests", headers=buyer, json={
                        "text": random.choice(words), "group": "food", "quantity": 100, "unit": "kg", "destination": "JP",
                        "deadline": deadline_iso, "delivery_window": {"start": "2027-01-01", "end": "2027-02-01"}})),
                    "book": (6, book),      # 409 is an expected answer: booth taken or exhibitor already placed
                    "cancel": (2, cancel),
                }
                names = list(ops)
                weights = [ops[n][0] for n in names]
                lat: dict[tuple[int, str], list[float]] = defaultdict(list)
                errors: dict[str, int] = defaultdict(int)
                statuses: dict[int, int] = defaultdict(int)
                memory: list[dict[str, float]] = []
                pending: set[asyncio.Task] = set()

                async def one(minute: int, name: str) -> None:
                    t = time.perf_counter()
                    try:
                        r = await ops[name][1]()
                        statuses[r.status_code] += 1
                        if r.status_code >= 400 and not (name in ("book", "cancel") and r.status_code == 409):
                            errors[name] += 1
                    except httpx.HTTPError:
                        errors[name] += 1
                    lat[(minute, name)].append((time.perf_counter() - t) * 1000)

                start = time.perf_counter()
                end = start + minutes * 60
                n = 0
                next_memory = start
                while time.perf_counter() < end:
                    now = time.perf_counter()
                    if now >= next_memory:
                        memory.append({s.name: rss_mib(s.proc.pid) for s in net.services.values() if s.proc})
                        next_memory += 60
                    minute = int((now - start) // 60)
                    task = asyncio.create_task(one(minute, random.choices(names, weights)[0]))
                    pending.add(task)
                    task.add_done_callback(pending.discard)
                    n += 1
                    await asyncio.sleep(max(0.0, start + n / rate - time.perf_counter()))
                await asyncio.gather(*pending)
                memory.append({s.name: rss_mib(s.proc.pid) for s in net.services.values() if s.proc})
        finally:
            net.stop()
    total = sum(len(v) for v in lat.values())
    print(f"\nmachine: {machine()}")
    print(f"load: {total} requests in {minutes:g} min at {rate:g}/s offered through the gateway; "
          f"mix {dict(zip(names, weights))}; statuses {dict(statuses)}; errors {dict(errors) or 0}")
    print("p99 latency (ms) by minute:")
    print("minute " + " ".join(f"{n:>9}" for n in names))
    for m in range(int(minutes + 0.999)):
        print(f"{m + 1:>6} " + " ".join(f"{percentiles(lat.get((m, n), [])).get('p99', float('nan')):9.1f}" for n in names))
    print("memory RSS (MiB) at each minute:")
    print("minute " + " ".join(f"{s:>12}" for s in memory[0]))
    for i, snap in enumerate(memory):
        print(f"{i:>6} " + " ".join(f"{v:12.1f}" for v in snap.values()))


if __name__ == "__main__":
    p = argparse.ArgumentParser()
    p.add_argument("--minutes", type=float, default=5)
    p.add_argument("--rate", type=float, default=40)
    a = p.parse_args()
    asyncio.run(run(a.minutes, a.rate))
