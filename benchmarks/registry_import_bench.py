"""Bulk import of N generated products into one registry node on PostgreSQL, and the time until every
other node's replica holds all of them.

Each member state runs its node on its own machines; on one 2-core machine, replicas applying the import while
it runs would take half the CPU the importing node has in production. So by default the import runs with
only the VN node and the gateway up, and the KH and TH nodes start when it ends and rebuild their replicas
from the topics (their catch-up time is the figure for that); --replicas-during runs them all at once.

    .venv/bin/python -m benchmarks.registry_import_bench [--products 100000]

Starts its own Kafka and PostgreSQL (see benchmarks/infra.py), real registry node processes (VN imports; KH
and TH replicate) and the gateway. The upload is one CSV request through the gateway, as an integrator sends
it. With --profile, py-spy samples the VN node and the gateway during the import and writes a flame graph (SVG)
and a speedscope file of each under var/bench/profiles/. Besides the rate, it reports the CPU the node (with
its outbox relay) and the gateway used during the import, and the load average, since on a shared machine
the wall-clock rate follows other people's load."""
from __future__ import annotations

import argparse
import asyncio
import math
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

from benchmarks.figures import ROOT, Figure, write
from benchmarks.infra import infrastructure, machine, new_database, percentiles
from services.registry.demo.generator import PRODUCTS_PER_PRODUCER, producers, products
from services.registry.demo.imports_csv import products_csv
from services.registry.demo.loader import jsonl
from tests.support.network import Network


def start_profiler(pid: int, name: str, n: int) -> list[subprocess.Popen]:
    """py-spy attached to a process for the length of the import (stopped with SIGINT, which makes it write)."""
    spy = shutil.which("py-spy") or str(Path(sys.executable).with_name("py-spy"))
    out = ROOT / "var/bench/profiles"
    out.mkdir(parents=True, exist_ok=True)
    return [subprocess.Popen([spy, "record", "--pid", str(pid), "--subprocesses", "--rate", "50", "--format", fmt, "--output",
                              str(out / f"{name}_{n}.{ext}"), "--nonblocking"],
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            for fmt, ext in (("flamegraph", "svg"), ("speedscope", "speedscope.json"))]


def cpu_s(pid: int) -> float:
    """User and system CPU seconds a process has used (Linux /proc): on a shared machine, the cost of the
    import that other people's load does not change, unlike its wall-clock time."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def children(pid: int) -> list[int]:
    """The live child processes of a process (a node's outbox relay runs in one: OUTBOX_RELAY=auto on PostgreSQL)."""
    found = []
    for task in Path(f"/proc/{pid}/task").glob("*/children"):
        found += [int(c) for c in task.read_text().split()]
    return found


def tree_cpu_s(pid: int) -> dict[str, float]:
    """CPU seconds of a process and, apart, of its children."""
    return {"main": cpu_s(pid), "children": sum(cpu_s(c) for c in children(pid))}


def load_average() -> float:
    return os.getloadavg()[0]


async def run(n: int, profile: bool, replicas_during: bool, relay: str = "auto") -> None:
    with infrastructure() as (kafka, pg):
        net = Network(kafka, Path(tempfile.mkdtemp(prefix="bench-logs-")))
        for cc in ("VN", "KH", "TH"):
            net.add(f"registry-{cc}", "registry", await new_database(pg, f"bench_{cc.lower()}"), NODE_COUNTRY=cc,
                    LOG_LEVEL="WARNING", OUTBOX_RELAY=relay)
        net.add_gateway(RATE_LIMIT_PER_S="1000000", RATE_LIMIT_BURST="1000000", LOG_LEVEL="WARNING")
        await net.start(*([] if replicas_during else ["registry-VN", "gateway"]))
        profilers: list[subprocess.Popen] = []
        try:
            vn, replicas = net["registry-VN"], [net["registry-KH"], net["registry-TH"]]
            imports = f"{net['gateway'].url}/v1/registry/VN/imports"
            t = time.perf_counter()
            body_producers = jsonl(producers("VN", math.ceil(n / PRODUCTS_PER_PRODUCER)))
            body_products = products_csv(products("VN", n)).encode()
            print(f"generated {n} products ({len(body_products) / 2**20:.1f} MiB CSV) in {time.perf_counter() - t:.1f} s")
            async with httpx.AsyncClient(timeout=3600, headers=net.auth("registry_admin", "VN")) as client:
                # Not wait=true: an answer that takes longer than the gateway's backend timeout is a 504.
                r = await client.post(f"{imports}/producers", params={"format": "jsonl"}, content=body_producers)
                r.raise_for_status()
                while (status := (await client.get(f"{imports}/{r.json()['id']}")).json())["status"] == "running":
                    await asyncio.sleep(0.5)
                assert status["status"] == "done", status
                if profile:
                    profilers = (start_profiler(vn.proc.pid, "registry_import", n)
                                 + start_profiler(net["gateway"].proc.pid, "registry_import_gateway", n))
                # Progress of the product import, sampled while it runs: per-batch commit rates.
                gateway = net["gateway"]
                cpu0 = {**tree_cpu_s(vn.proc.pid), "gateway": cpu_s(gateway.proc.pid)}
                load0 = load_average()
                t0 = time.perf_counter()
                r = await client.post(f"{imports}/products", params={"format": "csv"}, content=body_products)
                r.raise_for_status()
                t_upload = time.perf_counter() - t0
                job_id = r.json()["id"]
                samples, last = [], (t0, 0)
                while True:
                    status = (await client.get(f"{imports}/{job_id}")).json()
                    now = time.perf_counter()
                    if status["processed"] > last[1]:
                        samples.append((status["processed"] - last[1]) / (now - last[0]))
                        last = (now, status["processed"])
                    if status["status"] != "running":
                        break
                    await asyncio.sleep(0.5)
                t_import = time.perf_counter() - t0
                cpu = {k: v - cpu0[k] for k, v in {**tree_cpu_s(vn.proc.pid), "gateway": cpu_s(gateway.proc.pid)}.items()}
                cpu["node"] = cpu["main"] + cpu["children"]
                load = (load0 + load_average()) / 2
                for spy in profilers:
                    spy.send_signal(subprocess.signal.SIGINT)
                assert status["status"] == "done" and status["created"] == n, status

                async def replica_count(svc) -> int:
                    return (await client.get(f"{svc.url}/products", params={"country": "VN", "limit": 1},
                                             headers=net.public_auth())).json()["total"]

                if not replicas_during:
                    await net.start("registry-KH", "registry-TH")
                caught_up = {}
                while len(caught_up) < len(replicas):
                    for svc in replicas:
                        if svc.name not in caught_up and await replica_count(svc) >= n:
                            caught_up[svc.name] = time.perf_counter() - t0
                    if time.perf_counter() - t0 > 3600:
                        break
                    await asyncio.sleep(0.2)
        finally:
            for spy in profilers:
                spy.wait(timeout=60)
            net.stop()
    rates = percentiles(samples)
    print(f"\nmachine: {machine()}")
    print(f"outbox relay: {relay} ({'a process of its own' if relay != 'inline' else 'in the node'})")
    print(f"data: {n} VN products, {math.ceil(n / PRODUCTS_PER_PRODUCER)} producers; 3 registry nodes on one "
          "PostgreSQL; one CSV upload through the gateway; KH and TH " + ("replicating during the import" if replicas_during
                                                                            else "started when it ended"))
    print(f"import: {t_import:.1f} s from upload start to done = {n / t_import:,.0f} products/s "
          f"(sampled rate over 0.5 s windows: median {rates['median']:,.0f}/s, p95 {rates['p95']:,.0f}/s)")
    print(f"upload through the gateway answered (202, first batch read) in {t_upload:.2f} s; CPU during the import: "
          f"node {cpu['node']:.1f} s ({1e6 * cpu['node'] / n:.0f} µs per product, with its outbox relay: "
          f"{cpu['main']:.1f} s in the node's process, {cpu['children']:.1f} s in its relay's), gateway "
          f"{cpu['gateway']:.2f} s; load average {load:.1f} on {os.cpu_count()} cores")
    for name, at in caught_up.items():
        print(f"{name} replica holds all {n}: {at:.1f} s after upload start, {at - t_import:+.1f} s after the import ended")
    size = f"{n} products"
    figures = [Figure("import.products.time", t_import, "s", size),
               Figure("import.products.rate", n / t_import, "products/s", size),
               Figure("import.products.window_rate.median", rates["median"], "products/s", size, {"window_s": 0.5}),
               Figure("import.products.window_rate.p95", rates["p95"], "products/s", size, {"window_s": 0.5}),
               Figure("import.products.node_cpu_per_product", 1e6 * cpu["node"] / n, "µs", size,
                      {"includes": "the node's outbox relay while the import ran", "load_average": round(load, 1),
                       "node_process_us": round(1e6 * cpu["main"] / n), "relay_process_us": round(1e6 * cpu["children"] / n)}),
               Figure("import.products.gateway_cpu", cpu["gateway"], "s", size)]
    figures += [Figure(f"import.replica_caught_up.{name}", at - t_import, "s after the import ended", size,
                       {"replicas": "during the import" if replicas_during else "started when it ended"})
                for name, at in caught_up.items()]
    figures = [Figure(f.name, f.value, f.unit, f.size, {**f.extra, "outbox_relay": relay}) for f in figures]
    write("registry_import" if relay == "auto" else f"registry_import_relay_{relay}", figures)


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--products", type=int, default=100_000)
    parser.add_argument("--profile", action="store_true", help="sample the importing node with py-spy")
    parser.add_argument("--replicas-during", action="store_true",
                        help="run the KH and TH replicas during the import (they share this machine's CPU)")
    parser.add_argument("--relay", choices=["auto", "inline", "process"], default="auto",
                        help="where the node's outbox relay runs (OUTBOX_RELAY; auto: its own process on PostgreSQL)")
    args = parser.parse_args()
    asyncio.run(run(args.products, args.profile, args.replicas_during, args.relay))
