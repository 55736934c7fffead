"""Gateway overhead: the same requests through the gateway and straight to the backend, in one run,
with wrk as the load generator on loopback.

    .venv/bin/python -m benchmarks.gateway_bench [--duration 10] [--connections 16] [--products 2000]

Starts its own Kafka and PostgreSQL (benchmarks/infra.py), a VN registry node and matching on
PostgreSQL, and the gateway (its per-client rate limit raised so that it does not cap the figures).
Targets: a product read (registry) and a catalogue search (matching). Each pair is measured twice,
alternating direct and through the gateway, so drift on the shared machine hits both sides."""
from __future__ import annotations

import argparse
import asyncio
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import httpx

from benchmarks.figures import Figure, write
from benchmarks.infra import infrastructure, machine, new_database
from services.registry.demo.loader import load_country
from tests.support.network import Network


def wrk(url: str, duration: int, connections: int, headers: dict[str, str] | None = None) -> dict:
    threads = min(2, connections)
    extra = [arg for k, v in (headers or {}).items() for arg in ("-H", f"{k}: {v}")]
    out = subprocess.run(["wrk", f"-t{threads}", f"-c{connections}", f"-d{duration}s", "--latency", *extra, url],
                         capture_output=True, text=True, check=True).stdout

    def ms(token: str) -> float:
        value, unit = re.match(r"([\d.]+)(us|ms|s)", token).groups()
        return float(value) * {"us": 0.001, "ms": 1, "s": 1000}[unit]

    lat = dict(re.findall(r"^\s+(50|75|90|99)%\s+(\S+)", out, re.M))
    non2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    return {"rps": float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1)), "p50": ms(lat["50"]),
            "p99": ms(lat["99"]), "errors": int(non2xx.group(1)) if non2xx else 0}


async def run(duration: int, connections: int, n_products: int) -> None:
    if not shutil.which("wrk"):
        sys.exit("wrk is needed (Debian: apt-get install wrk)")
    with infrastructure(kafka_port=19192, pg_port=15532) as (kafka, pg):
        tmp = Path(tempfile.mkdtemp(prefix="bench-gw-"))
        net = Network(kafka, tmp)
        net.add("registry-VN", "registry", await new_database(pg, "gwb_vn"), NODE_COUNTRY="VN", LOG_LEVEL="WARNING")
        net.add("matching", "matching", await new_database(pg, "gwb_m"), SEARCH_INDEX_DIR=str(tmp / "index"),
                LOG_LEVEL="WARNING")
        net.add_gateway(RATE_LIMIT_PER_S="1000000", RATE_LIMIT_BURST="1000000", LOG_LEVEL="WARNING")
        await net.start()
        try:
            await asyncio.to_thread(load_country, f"{net['gateway'].url}/v1/registry", "VN", n_products,
                                    token=net.token("registry_admin", "VN"))
            # A service answers only with an identity: called directly, it gets the one the gateway signs
            # for anonymous reads.
            direct_auth = net.public_auth()
            async with httpx.AsyncClient(timeout=10, headers=direct_auth) as c:
                page = (await c.get(f"{net['registry-VN'].url}/products", params={"limit": 1, "country": "VN"})).json()
                product_id = page["items"][0]["id"]
                for _ in range(300):
                    r = await c.get(f"{net['matching'].url}/catalogue/search", params={"q": "fish sauce"})
                    if r.json()["total"] > 0:
                        break
                    await asyncio.sleep(0.2)
            gw = net["gateway"].url
            targets = {
                "product read": (f"{net['registry-VN'].url}/products/{product_id}", f"{gw}/v1/registry/VN/products/{product_id}"),
                "catalogue search (text + 2 filters)": (
                    f"{net['matching'].url}/catalogue/search?q=honey&country=VN&min_stars=3",
                    f"{gw}/v1/catalogue/search?q=honey&country=VN&min_stars=3"),
            }
            results: dict = {}
            latency: dict = {}
            for name, (direct, through) in targets.items():
                for _ in range(2):
                    for side, url in (("direct", direct), ("gateway", through)):
                        headers = direct_auth if side == "direct" else None
                        results.setdefault((name, side), []).append(wrk(url, duration, connections, headers))
                        # One connection: no queueing, so the difference is the gateway's own time.
                        latency.setdefault((name, side), []).append(wrk(url, duration, 1, headers))
        finally:
            net.stop()
    print(f"\nmachine: {machine()}")
    print(f"data: {n_products} VN products; one uvicorn worker per service; wrk -t2 -c{connections} -d{duration}s, "
          f"two alternating rounds per side (figures: the better round's rps, the median round's latency)")
    print(f"{'target':38} {'side':8} {'req/s':>9} {'p50 ms':>8} {'p99 ms':>8} {'non-2xx':>8}")
    figures: list[Figure] = []
    size = f"{n_products} products"
    for name in targets:
        key = "gateway." + ("product_read" if name.startswith("product") else "catalogue_search")
        best = {}
        for side in ("direct", "gateway"):
            runs = results[(name, side)]
            rps = max(r["rps"] for r in runs)
            p50 = sorted(r["p50"] for r in runs)[0]
            p99 = sorted(r["p99"] for r in runs)[0]
            best[side] = (rps, p50)
            print(f"{name:38} {side:8} {rps:9.0f} {p50:8.2f} {p99:8.2f} {sum(r['errors'] for r in runs):8d}")
        print(f"{'':38} {'ratio':8} {best['gateway'][0] / best['direct'][0]:9.2f} (gateway throughput / direct)")
        one = {side: sorted(r["p50"] for r in latency[(name, side)])[0] for side in ("direct", "gateway")}
        one99 = {side: sorted(r["p99"] for r in latency[(name, side)])[0] for side in ("direct", "gateway")}
        print(f"{'':38} {'1 conn':8} median {one['direct']:.2f} -> {one['gateway']:.2f} ms "
              f"(gateway adds {one['gateway'] - one['direct']:+.2f} ms), p99 {one99['direct']:.2f} -> {one99['gateway']:.2f} ms")
        conns = {"connections": connections, "duration_s": duration}
        for side in ("direct", "gateway"):
            figures += [Figure(f"{key}.{side}.rps", best[side][0], "req/s", size, conns),
                        Figure(f"{key}.{side}.median_1conn", one[side], "ms", size, {"connections": 1}),
                        Figure(f"{key}.{side}.p99_1conn", one99[side], "ms", size, {"connections": 1})]
        figures.append(Figure(f"{key}.throughput_ratio", best["gateway"][0] / best["direct"][0], "ratio", size, conns))
    write("gateway", figures)


if __name__ == "__main__":
    p = argparse.ArgumentParser()
    p.add_argument("--duration", type=int, default=10)
    p.add_argument("--connections", type=int, default=16)
    p.add_argument("--products", type=int, default=2000)
    a = p.parse_args()
    asyncio.run(run(a.duration, a.connections, a.products))
