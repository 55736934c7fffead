"""Bulk import of N generated products into one registry node on PostgreSQL, and the time until every
other node's replica holds all of them.

    .venv/bin/python -m benchmarks.registry_import_bench [--products 100000]

Starts its own Kafka and PostgreSQL (see benchmarks/infra.py) and real registry node processes (VN
imports; KH and TH replicate). The upload goes straight to the VN node (one CSV request), not through
the gateway, whose body limit is meant for interactive use."""
from __future__ import annotations

import argparse
import asyncio
import math
import tempfile
import time
from pathlib import Path

import httpx

from benchmarks.figures import Figure, write
from benchmarks.infra import infrastructure, machine, new_database, percentiles
from services.registry.demo.generator import PRODUCTS_PER_PRODUCER, producers, products
from services.registry.demo.imports_csv import products_csv
from services.registry.demo.loader import jsonl
from tests.support.network import Network


async def run(n: int) -> None:
    with infrastructure() as (kafka, pg):
        net = Network(kafka, Path(tempfile.mkdtemp(prefix="bench-logs-")))
        for cc in ("VN", "KH", "TH"):
            net.add(f"registry-{cc}", "registry", await new_database(pg, f"bench_{cc.lower()}"), NODE_COUNTRY=cc,
                    LOG_LEVEL="WARNING")
        await net.start()
        try:
            vn, replicas = net["registry-VN"], [net["registry-KH"], net["registry-TH"]]
            t = time.perf_counter()
            body_producers = jsonl(producers("VN", math.ceil(n / PRODUCTS_PER_PRODUCER)))
            body_products = products_csv(products("VN", n)).encode()
            print(f"generated {n} products ({len(body_products) / 2**20:.1f} MiB CSV) in {time.perf_counter() - t:.1f} s")
            async with httpx.AsyncClient(timeout=3600, headers=net.auth("registry_admin", "VN")) as client:
                r = await client.post(f"{vn.url}/imports/producers", params={"format": "jsonl", "wait": "true"},
                                      content=body_producers)
                r.raise_for_status()
                # Progress of the product import, sampled while it runs: per-batch commit rates.
                t0 = time.perf_counter()
                r = await client.post(f"{vn.url}/imports/products", params={"format": "csv"}, content=body_products)
                job_id = r.json()["id"]
                samples, last = [], (t0, 0)
                while True:
                    status = (await client.get(f"{vn.url}/imports/{job_id}")).json()
                    now = time.perf_counter()
                    if status["processed"] > last[1]:
                        samples.append((status["processed"] - last[1]) / (now - last[0]))
                        last = (now, status["processed"])
                    if status["status"] != "running":
                        break
                    await asyncio.sleep(0.5)
                t_import = time.perf_counter() - t0
                assert status["status"] == "done" and status["created"] == n, status

                async def replica_count(svc) -> int:
                    return (await client.get(f"{svc.url}/products", params={"country": "VN", "limit": 1},
                                             headers=net.public_auth())).json()["total"]

                caught_up = {}
                while len(caught_up) < len(replicas):
                    for svc in replicas:
                        if svc.name not in caught_up and await replica_count(svc) >= n:
                            caught_up[svc.name] = time.perf_counter() - t0
                    if time.perf_counter() - t0 > 3600:
                        break
                    await asyncio.sleep(0.2)
        finally:
            net.stop()
    rates = percentiles(samples)
    print(f"\nmachine: {machine()}")
    print(f"data: {n} VN products, {math.ceil(n / PRODUCTS_PER_PRODUCER)} producers; 3 registry nodes on one PostgreSQL")
    print(f"import: {t_import:.1f} s from upload start to done = {n / t_import:,.0f} products/s "
          f"(sampled rate over 0.5 s windows: median {rates['median']:,.0f}/s, p95 {rates['p95']:,.0f}/s)")
    for name, at in caught_up.items():
        print(f"{name} replica holds all {n}: {at:.1f} s after upload start, {at - t_import:+.1f} s after the import ended")
    size = f"{n} products"
    figures = [Figure("import.products.time", t_import, "s", size),
               Figure("import.products.rate", n / t_import, "products/s", size),
               Figure("import.products.window_rate.median", rates["median"], "products/s", size, {"window_s": 0.5}),
               Figure("import.products.window_rate.p95", rates["p95"], "products/s", size, {"window_s": 0.5})]
    figures += [Figure(f"import.replica_caught_up.{name}", at - t_import, "s after the import ended", size)
                for name, at in caught_up.items()]
    write("registry_import", figures)


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--products", type=int, default=100_000)
    asyncio.run(run(parser.parse_args().products))
