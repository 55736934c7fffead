"""Faults while thousands of products are imported and synced: a registry node SIGKILLed, Kafka stopped
and restarted, matching killed after handling events but before committing their offsets, PostgreSQL
restarted. Afterwards every accepted change is on every node, in the catalogue and in the fairs' view,
exactly once, at its version — checked by reconciling ids and versions, not by counting alone."""
from __future__ import annotations

import asyncio
import json
import os
import signal
import subprocess
import time
from pathlib import Path

import asyncpg
import httpx
import pytest

from services.registry.demo.generator import producers, products
from tests.support.network import Network

ROOT = Path(__file__).resolve().parents[2]
N_PRODUCTS = 4000
CHUNK = 250


def _plain(url: str) -> str:
    return url.replace("postgresql+asyncpg://", "postgresql://")


def _jsonl(rows) -> bytes:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows).encode()


def _infra(command: list[str]) -> None:
    subprocess.run(command, check=True, cwd=ROOT, env=os.environ.copy(), capture_output=True)


async def _versions(url: str, sql: str) -> dict[str, int]:
    conn = await asyncpg.connect(_plain(url))
    try:
        return {r[0]: r[1] for r in await conn.fetch(sql)}
    finally:
        await conn.close()


@pytest.fixture
async def faulty_network(kafka_bootstrap, new_database, tmp_path):
    if not os.environ.get("KAFKA_DATA_DIR") or os.environ.get("TEST_KAFKA_BOOTSTRAP", "").split(":")[-1] != os.environ.get("KAFKA_PORT"):
        pytest.fail("the fault tests restart the broker and PostgreSQL that `make test` started; run them with make test")
    net = Network(kafka_bootstrap, tmp_path)
    dbs = {"VN": await new_database("f_vn"), "KH": await new_database("f_kh"), "matching": await new_database("f_m"),
           "events": await new_database("f_e")}
    net.add("registry-VN", "registry", dbs["VN"], NODE_COUNTRY="VN")
    net.add("registry-KH", "registry", dbs["KH"], NODE_COUNTRY="KH")
    net.add("matching", "matching", dbs["matching"], SEARCH_INDEX_DIR=str(tmp_path / "index"))
    net.add("events", "events", dbs["events"])
    net.dbs = dbs
    try:
        await net.start()
        yield net
    finally:
        net.stop()


class Importer:
    """Uploads the products in chunks, re-uploading a chunk until the node accepts it whole — what a
    national team's script does when the node or the network fails under it."""

    def __init__(self, net: Network) -> None:
        self.net, self.rows = net, list(products("VN", N_PRODUCTS, seed=11))
        self.done_chunks = 0
        self.attempts = 0
        self.failures = 0

    async def run(self) -> None:
        headers = self.net.auth("registry_admin", "VN")
        async with httpx.AsyncClient(timeout=60) as client:
            for i in range(0, len(self.rows), CHUNK):
                body = _jsonl(self.rows[i:i + CHUNK])
                while True:
                    self.attempts += 1
                    try:
                        r = await client.post(f"{self.net['registry-VN'].url}/imports/products",
                                              params={"format": "jsonl", "wait": "true"}, content=body, headers=headers)
                        if r.status_code == 200 and r.json()["status"] == "done":
                            assert r.json()["rejected"] == 0, r.json()
                            break
                    except httpx.HTTPError:
                        pass
                    self.failures += 1
                    await asyncio.sleep(0.5)
                self.done_chunks += 1


async def test_no_accepted_change_is_lost_or_duplicated_through_kills_and_restarts(faulty_network, capsys):
    net = faulty_network
    async with httpx.AsyncClient(timeout=60) as client:
        r = await client.post(f"{net['registry-VN'].url}/imports/producers", params={"format": "jsonl", "wait": "true"},
                              content=_jsonl(producers("VN", N_PRODUCTS // 4, seed=11)),
                              headers=net.auth("registry_admin", "VN"))
        assert r.status_code == 200 and r.json()["rejected"] == 0
        rfq = await client.post(f"{net['matching'].url}/sourcing-requests", headers=net.auth("buyer"), json={
            "text": "fish sauce", "hs_code": "210390", "quantity": 100, "unit": "l", "destination": "JP",
            "deadline": "2030-01-01T00:00:00Z", "delivery_window": {"start": "2030-02-01", "end": "2030-03-01"}})
        assert rfq.status_code == 201, rfq.text

    importer = Importer(net)
    task = asyncio.create_task(importer.run())
    faults = []

    async def when_chunks(n: int) -> None:
        while importer.done_chunks < n and not task.done():
            await asyncio.sleep(0.1)

    await when_chunks(2)
    net["registry-VN"].kill(signal.SIGKILL)                    # 1. a registry node dies mid-import
    faults.append("SIGKILL registry-VN during an import")
    await asyncio.sleep(1)
    await net.start("registry-VN")

    await when_chunks(5)
    _infra(["deploy/kafka/kafka.sh", "stop"])                   # 2. the broker goes away...
    faults.append("Kafka stopped for 5 s and restarted")
    await asyncio.sleep(5)
    _infra(["deploy/kafka/kafka.sh", "start"])                  # ...and comes back with its data

    await when_chunks(8)
    net["matching"].kill(signal.SIGKILL)                       # 3. matching dies after handling, before committing
    net["matching"].env["FAULT_EXIT_BEFORE_COMMIT_AFTER"] = "300"
    await net.start("matching")
    deadline = time.monotonic() + 60
    while net["matching"].proc.poll() is None and time.monotonic() < deadline:
        await asyncio.sleep(0.2)
    assert net["matching"].proc.poll() == 137, "the fault injection did not fire"
    faults.append("matching SIGKILLed, then exited after handling 300 events before committing their offsets")
    del net["matching"].env["FAULT_EXIT_BEFORE_COMMIT_AFTER"]
    await net.start("matching")

    await when_chunks(11)
    if os.environ.get("PG_DATA_DIR_MANAGED") == "1":
        _infra(["deploy/postgres/pg.sh", "stop"])               # 4. PostgreSQL restarts under everyone
        faults.append("PostgreSQL stopped for 3 s and restarted")
        await asyncio.sleep(3)
        _infra(["deploy/postgres/pg.sh", "start"])

    await asyncio.wait_for(task, 600)
    # Some products change again (version 2) after all that.
    async with httpx.AsyncClient(timeout=60) as client:
        changed = [dict(p, description=p["description"] + " New harvest.") for p in importer.rows[:300]]
        r = await client.post(f"{net['registry-VN'].url}/imports/products", params={"format": "jsonl", "wait": "true"},
                              content=_jsonl(changed), headers=net.auth("registry_admin", "VN"))
        assert r.status_code == 200 and r.json()["updated"] == 300, r.text

    own = "SELECT id, version FROM products WHERE country = 'VN'"
    views = {
        "registry-KH replica": (net.dbs["KH"], own),
        "matching catalogue": (net.dbs["matching"], "SELECT id, version FROM catalogue_products WHERE country = 'VN'"),
        "events' fair view": (net.dbs["events"], "SELECT id, version FROM known_products WHERE country = 'VN'"),
    }
    accepted = await _versions(net.dbs["VN"], own)
    assert len(accepted) == N_PRODUCTS, "every row of the file is accepted exactly once (idempotent re-uploads)"
    assert sum(v == 2 for v in accepted.values()) == 300

    found: dict[str, dict[str, int]] = {}
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        found = {name: await _versions(url, sql) for name, (url, sql) in views.items()}
        if all(f == accepted for f in found.values()):
            break
        await asyncio.sleep(1)
    for name, f in found.items():
        missing = accepted.keys() - f.keys()
        extra = f.keys() - accepted.keys()
        behind = [i for i in accepted.keys() & f.keys() if f[i] != accepted[i]]
        assert not missing and not extra and not behind, f"{name}: {len(missing)} missing, {len(extra)} extra, {len(behind)} at another version"

    conn = await asyncpg.connect(_plain(net.dbs["matching"]))
    try:
        duplicates = await conn.fetchval("SELECT count(*) FROM (SELECT rfq_id, product_id FROM matches "
                                         "GROUP BY rfq_id, product_id HAVING count(*) > 1) d")
        proposals = await conn.fetchval("SELECT count(*) FROM matches")
    finally:
        await conn.close()
    assert duplicates == 0
    unsent = await _versions(net.dbs["VN"], "SELECT 'outbox', count(*) FROM outbox WHERE sent_at IS NULL")
    assert unsent["outbox"] == 0
    dead = {}
    async with httpx.AsyncClient(timeout=30) as client:
        for svc, role, kw in (("registry-KH", "registry_admin", {"country": "KH"}), ("matching", "integrator", {}),
                              ("events", "integrator", {})):
            r = await client.get(f"{net[svc].url}/dead-letters", headers=net.auth(role, **kw))
            assert r.status_code == 200, r.text
            dead[svc] = len(r.json())
    assert sum(dead.values()) == 0, dead
    with capsys.disabled():
        print(f"\nfaults injected: {len(faults)}: " + "; ".join(faults))
        print(f"changes accepted: {len(accepted)} products ({sum(v == 2 for v in accepted.values())} at version 2), "
              f"in {importer.attempts} upload attempts ({importer.failures} failed and were repeated)")
        print("found afterwards: " + ", ".join(f"{n} {len(f)}/{len(accepted)} at the same versions" for n, f in found.items()))
        print(f"duplicates: 0 (ids are unique per view; {proposals} standing-request proposals, none twice); "
              f"dead letters: {dead}")
