"""Webhooks and Idempotency-Key, measured on the real network (one registry node, the webhooks service, the
gateway, real Kafka and PostgreSQL) with a real subscriber on loopback:

- delivery latency: a product created through the gateway (its 201 answer) to its signed delivery at the
  subscriber, one product every `--interval` seconds;
- delivery rate: `--burst` products imported at once, the time from the import's end to the last delivery;
- the gateway's cost of an Idempotency-Key: a create's answer time with and without a key (alternately).

    python -m benchmarks.webhooks_bench [--products 200] [--burst 2000] [--creates 200]"""
from __future__ import annotations

import argparse
import asyncio
import json
import math
import tempfile
import time
import uuid
from pathlib import Path

import httpx
from aiohttp import web

from benchmarks.figures import Figure, summary, write
from benchmarks.infra import infrastructure, new_database
from services.registry.demo.generator import PRODUCTS_PER_PRODUCER, producers, products
from services.registry.demo.loader import jsonl
from tests.support.factories import producer_body, product_body
from tests.support.network import Network

PRODUCT = "org.asean.ovop.registry.product.upserted.v1"


class Subscriber:
    def __init__(self) -> None:
        self.arrived: dict[str, float] = {}
        self.url = ""

    async def start(self) -> web.AppRunner:
        async def hook(request: web.Request):
            body = json.loads(await request.read())
            self.arrived.setdefault(body["data"]["id"], time.monotonic())
            return web.Response(status=204)

        app = web.Application()
        app.router.add_post("/hook", hook)
        runner = web.AppRunner(app, access_log=None)
        await runner.setup()
        site = web.TCPSite(runner, "127.0.0.1", 0)
        await site.start()
        self.url = f"http://127.0.0.1:{site._server.sockets[0].getsockname()[1]}/hook"
        return runner


async def until(predicate, timeout_s: float) -> bool:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if predicate():
            return True
        await asyncio.sleep(0.05)
    return False


async def run(n_products: int, interval: float, burst: int, creates: int) -> None:
    with infrastructure(kafka_port=19292, pg_port=15232) as (kafka, pg):
        tmp = Path(tempfile.mkdtemp(prefix="bench-webhooks-"))
        net = Network(kafka, tmp)
        net.add("registry-VN", "registry", await new_database(pg, "wh_vn"), NODE_COUNTRY="VN", LOG_LEVEL="WARNING")
        net.add("webhooks", "webhooks", await new_database(pg, "wh_hooks"), ALLOW_LOOPBACK_URLS="true",
                LOG_LEVEL="WARNING")
        net.add_gateway(RATE_LIMIT_PER_S="100000", RATE_LIMIT_BURST="100000", LOG_LEVEL="WARNING",
                        DATABASE_URL=await new_database(pg, "wh_gw"))
        subscriber = Subscriber()
        runner = await subscriber.start()
        await net.start()
        figures: list[Figure] = []
        try:
            gw = net["gateway"].url + "/v1"
            admin = net.auth("registry_admin", "VN")
            async with httpx.AsyncClient(timeout=120) as c:
                r = await c.post(f"{gw}/webhooks/subscriptions", headers=net.auth("integrator", client_id="bench-erp"),
                                 json={"url": subscriber.url, "event_types": [PRODUCT]})
                r.raise_for_status()
                producer = (await c.post(f"{gw}/registry/VN/producers", json=producer_body(), headers=admin)).json()["id"]

                # 1. latency, one product at a time
                committed: dict[str, float] = {}
                for _ in range(n_products):
                    r = await c.post(f"{gw}/registry/VN/products", json=product_body(producer), headers=admin)
                    committed[r.json()["id"]] = time.monotonic()
                    await asyncio.sleep(interval)
                await until(lambda: all(p in subscriber.arrived for p in committed), 60)
                lat = [(subscriber.arrived[p] - t) * 1000 for p, t in committed.items() if p in subscriber.arrived]
                size = f"{n_products} products created one every {interval} s"
                figures += summary("webhooks.delivery_latency", lat, size, delivered=len(lat))

                # 2. rate, a burst of imported products
                rows = list(products("VN", burst, seed=11))
                await c.post(f"{gw}/registry/VN/imports/producers", params={"format": "jsonl", "wait": "true"},
                             content=jsonl(producers("VN", math.ceil(burst / PRODUCTS_PER_PRODUCER), 11)),
                             headers=admin | {"content-type": "application/x-ndjson"})
                before = len(subscriber.arrived)
                r = await c.post(f"{gw}/registry/VN/imports/products", params={"format": "jsonl", "wait": "true"},
                                 content=jsonl(rows), headers=admin | {"content-type": "application/x-ndjson"})
                r.raise_for_status()
                imported_at = time.monotonic()
                await until(lambda: len(subscriber.arrived) - before >= burst, 600)
                got = len(subscriber.arrived) - before
                last = max(subscriber.arrived.values())
                spent = max(1e-3, last - imported_at)
                figures.append(Figure("webhooks.burst.after_import_s", spent, "s", f"{burst} imported products",
                                      {"delivered": got}))
                figures.append(Figure("webhooks.burst.rate", got / spent, "deliveries/s", f"{burst} imported products"))

                # 3. Idempotency-Key at the gateway: the same create with and without a key, alternately
                with_key, without = [], []
                for i in range(creates):
                    for keyed in (i % 2 == 0, i % 2 == 1):
                        headers = admin | ({"Idempotency-Key": str(uuid.uuid4())} if keyed else {})
                        t0 = time.perf_counter()
                        r = await c.post(f"{gw}/registry/VN/producers", json=producer_body(), headers=headers)
                        (with_key if keyed else without).append((time.perf_counter() - t0) * 1000)
                        assert r.status_code == 201, r.text
                key = admin | {"Idempotency-Key": str(uuid.uuid4())}
                await c.post(f"{gw}/registry/VN/producers", json=producer_body(), headers=key)
                replays = []
                for _ in range(creates):
                    t0 = time.perf_counter()
                    r = await c.post(f"{gw}/registry/VN/producers", json=producer_body(), headers=key)
                    replays.append((time.perf_counter() - t0) * 1000)
                    assert r.headers.get("idempotent-replayed") == "true"
                size = f"{creates} creates each way, gateway on PostgreSQL"
                figures += summary("idempotency.create_with_key", with_key, size)
                figures += summary("idempotency.create_without_key", without, size)
                figures += summary("idempotency.replay", replays, size)
        finally:
            net.stop()
            await runner.cleanup()
    for f in figures:
        print(f"{f.name:40} {f.value:10.1f} {f.unit:14} {f.size}")
    write("webhooks_bench", figures)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--products", type=int, default=200)
    parser.add_argument("--interval", type=float, default=0.2)
    parser.add_argument("--burst", type=int, default=2000)
    parser.add_argument("--creates", type=int, default=200)
    args = parser.parse_args()
    asyncio.run(run(args.products, args.interval, args.burst, args.creates))


if __name__ == "__main__":
    main()
