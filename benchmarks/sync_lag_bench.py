"""Sync lag: how long after a change is committed on its own node it is visible on every other node and
searchable in the regional catalogue.

    .venv/bin/python -m benchmarks.sync_lag_bench [--rate 1000] [--seconds 120] [--products 20000]

Starts its own Kafka and PostgreSQL (benchmarks/infra.py), registry nodes VN, KH and TH and matching as real
processes. VN is loaded with --products products; then, on its listed products,, open loop, every 0.1 s a batch of rate/10 changes
(each adds to a product's description a made-up word unique to the batch) goes to VN's import endpoint, which
answers once the batch is committed. Watchers poll every 20 ms (one query a round for every batch not yet seen; the search watcher the ten
oldest):
KH's and TH's replicas and matching's catalogue table (their databases, for the batch's ids at the new
version) and the catalogue's search
(`q=<the batch's word>`, all of the batch's ids among the hits). A change's lag is the time from its
batch's commit answer to the moment the whole batch is seen there, so it is a batch-resolution figure and
slightly generous to the system (the answer leaves after the commit)."""
from __future__ import annotations

import argparse
import asyncio
import math
import random
import string
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import asyncpg
import httpx

from benchmarks.figures import Figure, write
from benchmarks.infra import infrastructure, machine, new_database, percentiles
from services.registry.demo.generator import PRODUCTS_PER_PRODUCER, producers, products
from services.registry.demo.loader import jsonl
from tests.support.network import Network


@dataclass
class Batch:
    n: int
    word: str
    rows: list[dict]
    expect: dict[str, int]  # product id -> the version this batch gives it
    committed: float | None = None
    seen: dict[str, float] = field(default_factory=dict)


def marker(rng: random.Random) -> str:
    # Ten random letters: no two batches' words are within a typo or two of each other.
    return "".join(rng.choice(string.ascii_lowercase) for _ in range(10))


async def run(rate: int, seconds: int, n_products: int) -> None:
    per_batch = max(1, rate // 10)
    n_batches = seconds * 10
    with infrastructure(kafka_port=19292, pg_port=15632) as (kafka, pg):
        tmp = Path(tempfile.mkdtemp(prefix="bench-sync-"))
        net = Network(kafka, tmp)
        dbs = {}
        for cc in ("VN", "KH", "TH"):
            dbs[cc] = await new_database(pg, f"sync_{cc.lower()}")
            net.add(f"registry-{cc}", "registry", dbs[cc], NODE_COUNTRY=cc, LOG_LEVEL="WARNING")
        dbs["catalogue"] = await new_database(pg, "sync_m")
        net.add("matching", "matching", dbs["catalogue"], SEARCH_INDEX_DIR=str(tmp / "index"),
                LOG_LEVEL="WARNING")
        await net.start()
        try:
            vn = net["registry-VN"]
            headers = net.auth("registry_admin", "VN")
            base = list(products("VN", n_products, seed=5))
            async with httpx.AsyncClient(timeout=600, headers=headers) as client:
                for kind, rows in (("producers", producers("VN", math.ceil(n_products / PRODUCTS_PER_PRODUCER), 5)),
                                   ("products", base)):
                    r = await client.post(f"{vn.url}/imports/{kind}", params={"format": "jsonl", "wait": "true"},
                                          content=jsonl(rows))
                    r.raise_for_status()
                ids = await _ids_by_ref(dbs["VN"])
            # Wait until the replicas and the catalogue hold the preload, so the measured window is steady state.
            for cc in ("KH", "TH"):
                await _until(lambda cc=cc: _count(dbs[cc], "SELECT count(*) FROM products WHERE country = 'VN'"),
                             n_products)
            await _until(lambda: _count(dbs["catalogue"], "SELECT count(*) FROM catalogue_products"), n_products)
            print(f"preloaded {n_products} VN products; replicas and the catalogue caught up", flush=True)

            rng = random.Random(1)
            batches: list[Batch] = []
            versions: dict[str, int] = {}
            descriptions = {r["external_ref"]: r["description"] for r in base}
            listed = [r for r in base if r["status"] == "listed"]  # drafts are never searchable
            for k in range(n_batches):
                rows = [listed[(k * per_batch + i) % len(listed)] for i in range(per_batch)]
                word = marker(rng)
                # The words accumulate, so a later change of a product never hides an earlier batch's word.
                for r in rows:
                    descriptions[r["external_ref"]] += f" {word}"
                rows = [dict(r, description=descriptions[r["external_ref"]]) for r in rows]
                expect = {}
                for r in rows:
                    pid = ids[r["external_ref"]]
                    versions[pid] = versions.get(pid, 1) + 1
                    expect[pid] = versions[pid]
                batches.append(Batch(k, word, rows, expect))

            sem = asyncio.Semaphore(8)
            stop = asyncio.Event()

            async def send(client: httpx.AsyncClient, b: Batch) -> None:
                async with sem:
                    r = await client.post(f"{vn.url}/imports/products", params={"format": "jsonl", "wait": "true"},
                                          content=jsonl(b.rows))
                    r.raise_for_status()
                    assert r.json()["updated"] == len(b.rows), r.text
                    b.committed = time.perf_counter()

            async def watch_db(cc: str) -> None:
                # One query per round for every batch not yet seen, so the watcher stays cheap at any backlog.
                table = "catalogue_products" if cc == "catalogue" else "products"
                conn = await asyncpg.connect(dbs[cc].replace("postgresql+asyncpg://", "postgresql://"))
                try:
                    while not stop.is_set():
                        pending = [b for b in batches if b.committed and cc not in b.seen]
                        if pending:
                            ids = list({i for b in pending for i in b.expect})
                            got = dict(await conn.fetch(f"SELECT id, version FROM {table} WHERE id = ANY($1::text[])",
                                                        ids))
                            now = time.perf_counter()
                            for b in pending:
                                if all(got.get(i, 0) >= v for i, v in b.expect.items()):
                                    b.seen[cc] = now
                        await asyncio.sleep(0.02)
                finally:
                    await conn.close()

            async def watch_search(client: httpx.AsyncClient) -> None:
                while not stop.is_set():
                    # The oldest unseen batches first (changes become searchable roughly in order), a few per round.
                    for b in [b for b in batches if b.committed and "search" not in b.seen][:10]:
                        r = await client.get(f"{net['matching'].url}/catalogue/search",
                                             params={"q": b.word, "limit": 100, "facets": "false"})
                        if r.status_code == 200 and set(b.expect) <= {h["product"]["id"] for h in r.json()["items"]}:
                            b.seen["search"] = time.perf_counter()
                    await asyncio.sleep(0.02)

            async with httpx.AsyncClient(timeout=120, headers=headers) as client:
                watchers = [asyncio.create_task(watch_db("KH")), asyncio.create_task(watch_db("TH")),
                            asyncio.create_task(watch_db("catalogue")),
                            asyncio.create_task(watch_search(client))]
                t0 = time.perf_counter()
                senders = []
                for b in batches:  # open loop: a batch every 0.1 s whatever the answers' pace
                    await asyncio.sleep(max(0.0, t0 + b.n * 0.1 - time.perf_counter()))
                    senders.append(asyncio.create_task(send(client, b)))
                await asyncio.gather(*senders)
                drive_s = time.perf_counter() - t0
                deadline = time.perf_counter() + 120
                while any(len(b.seen) < 4 for b in batches) and time.perf_counter() < deadline:
                    await asyncio.sleep(0.1)
                stop.set()
                await asyncio.gather(*watchers)
        finally:
            net.stop()

    changes = n_batches * per_batch
    size = f"{changes} changes at {rate}/s over {seconds} s onto {n_products} products, 3 nodes + matching"
    print(f"\nmachine: {machine()}")
    print(f"drove {changes} changes in {drive_s:.1f} s ({changes / drive_s:,.0f}/s committed; target {rate}/s)")
    figures = [Figure("sync.changes_committed_per_s", changes / drive_s, "changes/s", size)]
    for where in ("KH", "TH", "catalogue", "search"):
        lags = [(b.seen[where] - b.committed) * 1000 for b in batches if where in b.seen]
        unseen = sum(1 for b in batches if where not in b.seen)
        p = percentiles(lags)
        label = {"KH": "visible on KH's node", "TH": "visible on TH's node", "catalogue": "in matching's catalogue table",
                 "search": "searchable in the catalogue"}[where]
        print(f"{label:30} p50 {p['median']:8.1f} ms  p99 {p['p99']:8.1f} ms  max {p['max']:8.1f} ms"
              f"   ({len(lags)} batches seen, {unseen} not within 120 s)")
        key = {"KH": "sync_lag.replica_KH", "TH": "sync_lag.replica_TH", "catalogue": "sync_lag.catalogue_table",
               "search": "sync_lag.searchable"}[where]
        figures += [Figure(f"{key}.p50", p["median"], "ms", size), Figure(f"{key}.p99", p["p99"], "ms", size),
                    Figure(f"{key}.max", p["max"], "ms", size),
                    Figure(f"{key}.unseen_batches", unseen, "batches", size)]
    write("sync_lag", figures)


async def _ids_by_ref(url: str) -> dict[str, str]:
    conn = await asyncpg.connect(url.replace("postgresql+asyncpg://", "postgresql://"))
    try:
        return {r[0]: r[1] for r in await conn.fetch("SELECT external_ref, id FROM products")}
    finally:
        await conn.close()


async def _count(url: str, sql: str) -> int:
    conn = await asyncpg.connect(url.replace("postgresql+asyncpg://", "postgresql://"))
    try:
        return await conn.fetchval(sql)
    finally:
        await conn.close()


async def _until(fetch, target: int, timeout_s: float = 600) -> None:
    deadline = time.monotonic() + timeout_s
    while await fetch() < target:
        if time.monotonic() > deadline:
            raise TimeoutError(f"not caught up to {target} within {timeout_s} s")
        await asyncio.sleep(0.5)


if __name__ == "__main__":
    p = argparse.ArgumentParser()
    p.add_argument("--rate", type=int, default=1000, help="changes per second")
    p.add_argument("--seconds", type=int, default=120)
    p.add_argument("--products", type=int, default=20000)
    a = p.parse_args()
    asyncio.run(run(a.rate, a.seconds, a.products))
