"""Catalogue search latency through the gateway at idle and while a storm of wrong logins arrives.

    .venv/bin/python -m benchmarks.login_storm_bench [--logins 300] [--concurrency 30] [--rounds 2]

Starts its own Kafka and PostgreSQL (benchmarks/infra.py), a VN registry node and matching on PostgreSQL,
and the gateway with its production defaults for the token endpoint (Argon2id in one worker thread, at
most 64 checks waiting, 5 failed logins per client and 20 per address a minute); only the per-client
request rate limit is raised, so that it does not cap the searches. Loads `--products` demo products.

One searcher (a thread with its own connection, one request at a time, five queries in turn) measures
catalogue search through the gateway, `--searches` times at idle and for as long as each storm lasts:
- idle: nothing else happens;
- storm, distributed: `--logins` wrong logins, each from its own address (X-Forwarded-For, which the
  gateway's uvicorn trusts from 127.0.0.1) and naming its own client id, `--concurrency` in flight: no
  throttle applies, so every login is a full Argon2id check (the worst case for the gateway's CPU);
- storm, one address: the same logins from one address against one real client: the throttle answers 429
  after the first failures without hashing.
Phases alternate for `--rounds` rounds so that drift on the shared machine hits each alike; the figures
pool each phase's samples. Each round's one-address storm uses a new address and a new client. The aim: search p95 during a storm within 2x of idle."""
from __future__ import annotations

import argparse
import asyncio
import collections
import shutil
import tempfile
import threading
import time
from pathlib import Path

import httpx

from benchmarks.figures import Figure, summary, write
from benchmarks.infra import infrastructure, machine, new_database, percentiles
from services.registry.demo.loader import load_country
from tests.support.network import Network

QUERIES = [{"q": "fish sauce", "country": "VN"}, {"q": "honey", "min_stars": 3}, {"q": "coffee"},
           {"q": "silk", "group": "textiles"}, {"q": "rice", "country": "VN", "min_stars": 3}]


class Searcher:
    """Searches in a thread of its own (its own connection), so the storm's client does not delay it."""

    def __init__(self, gateway: str) -> None:
        self.client = httpx.Client(base_url=gateway, timeout=30)
        self.errors = 0

    def run(self, stop: threading.Event | None, count: int = 10**9) -> list[float]:
        """`count` searches, or as many as fit until `stop` is set."""
        samples: list[float] = []
        while len(samples) < count and not (stop and stop.is_set()):
            params = QUERIES[len(samples) % len(QUERIES)]
            t0 = time.perf_counter()
            r = self.client.get("/v1/catalogue/search", params=params)
            samples.append((time.perf_counter() - t0) * 1000)
            if r.status_code != 200:
                self.errors += 1
        return samples


async def storm(gateway: str, logins: int, concurrency: int, *, client_id: str | None,
                address: str) -> tuple[collections.Counter, float]:
    """`logins` wrong logins, `concurrency` at a time; distinct addresses and ids unless `client_id` is given."""
    codes: collections.Counter = collections.Counter()
    queue: asyncio.Queue[int] = asyncio.Queue()
    for i in range(logins):
        queue.put_nowait(i)
    t0 = time.perf_counter()
    async with httpx.AsyncClient(base_url=gateway, timeout=60,
                                 limits=httpx.Limits(max_connections=concurrency)) as c:
        async def worker():
            while not queue.empty():
                i = queue.get_nowait()
                source = address if client_id else f"10.{i // 250}.{i % 250}.1"
                r = await c.post("/v1/oauth/token", headers={"X-Forwarded-For": source}, data={
                    "grant_type": "client_credentials", "client_id": client_id or f"buyer-{i:012x}",
                    "client_secret": f"wrong-{i}"})
                codes[r.status_code] += 1

        await asyncio.gather(*(worker() for _ in range(concurrency)))
    return codes, time.perf_counter() - t0


async def run(n_products: int, logins: int, concurrency: int, rounds: int, searches: int) -> None:
    with infrastructure(kafka_port=19492, pg_port=15832) as (kafka, pg):
        tmp = Path(tempfile.mkdtemp(prefix="bench-login-"))
        net = Network(kafka, tmp)
        net.add("registry-VN", "registry", await new_database(pg, "lsb_vn"), NODE_COUNTRY="VN", LOG_LEVEL="WARNING")
        net.add("matching", "matching", await new_database(pg, "lsb_m"), SEARCH_INDEX_DIR=str(tmp / "index"),
                LOG_LEVEL="WARNING")
        net.add_gateway(RATE_LIMIT_PER_S="1000000", RATE_LIMIT_BURST="1000000", LOG_LEVEL="WARNING")
        await net.start()
        try:
            gw = net["gateway"].url
            await asyncio.to_thread(load_country, f"{gw}/v1/registry", "VN", n_products,
                                    token=net.token("registry_admin", "VN"))
            async with httpx.AsyncClient(base_url=gw, timeout=10) as c:
                for _ in range(600):
                    r = await c.get("/v1/catalogue/search", params={"q": "fish sauce"})
                    if r.status_code == 200 and r.json()["total"] > 0:
                        break
                    await asyncio.sleep(0.2)
            searcher = Searcher(gw)
            searcher.run(None, 50)  # warm-up
            samples: dict[str, list[float]] = collections.defaultdict(list)
            outcomes: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
            storm_s: dict[str, list[float]] = collections.defaultdict(list)
            for n in range(rounds):
                samples["idle"] += searcher.run(None, searches)
                # Each round's one-address storm comes from a new address against a new client: it meets a
                # fresh throttle, as the first round's did.
                victim = net.create_client("buyer", name=f"storm target {n}")["client_id"]
                for phase, target in (("storm_distributed", None), ("storm_one_address", victim)):
                    stop = threading.Event()
                    measured = asyncio.get_running_loop().run_in_executor(None, searcher.run, stop)
                    codes, took = await storm(gw, logins, concurrency, client_id=target, address=f"198.51.100.{n + 1}")
                    stop.set()
                    samples[phase] += await measured
                    outcomes[phase].update(codes)
                    storm_s[phase].append(took)
        finally:
            net.stop()
            shutil.rmtree(tmp, ignore_errors=True)

    size = f"{n_products} VN products"
    idle_p95 = percentiles(samples["idle"])["p95"]
    print(f"\nmachine: {machine()}")
    print(f"data: {size}; one uvicorn worker per service; one searcher, one request at a time; storms of {logins} "
          f"wrong logins, {concurrency} in flight; {rounds} alternating rounds; search errors: {searcher.errors}")
    print(f"{'phase':20} {'searches':>8} {'median':>8} {'p95':>8} {'p99':>8} {'p95/idle':>9}  logins answered")
    figures: list[Figure] = []
    for phase in ("idle", "storm_distributed", "storm_one_address"):
        p = percentiles(samples[phase])
        answered = ", ".join(f"{code}: {n}" for code, n in sorted(outcomes[phase].items()))
        took = f" in {sum(storm_s[phase]) / len(storm_s[phase]):.1f} s" if storm_s[phase] else ""
        print(f"{phase:20} {len(samples[phase]):8d} {p['median']:8.2f} {p['p95']:8.2f} {p['p99']:8.2f} "
              f"{p['p95'] / idle_p95:9.2f}  {answered}{took}")
        extra = {"logins": logins, "concurrency": concurrency, "rounds": rounds}
        if phase != "idle":
            extra |= {"login_answers": {str(k): v for k, v in outcomes[phase].items()},
                      "storm_seconds": round(sum(storm_s[phase]) / len(storm_s[phase]), 2)}
        figures += summary(f"login_storm.{phase}.search", samples[phase], size, **extra)
        if phase != "idle":
            figures.append(Figure(f"login_storm.{phase}.search.p95_over_idle", p["p95"] / idle_p95, "ratio", size, extra))
    write("login_storm_bench", figures)


if __name__ == "__main__":
    p = argparse.ArgumentParser()
    p.add_argument("--products", type=int, default=2000)
    p.add_argument("--logins", type=int, default=300)
    p.add_argument("--concurrency", type=int, default=30)
    p.add_argument("--rounds", type=int, default=2)
    p.add_argument("--searches", type=int, default=300, help="searches per idle phase (storm phases: while it lasts)")
    a = p.parse_args()
    asyncio.run(run(a.products, a.logins, a.concurrency, a.rounds, a.searches))
