"""Faults while 10,000 changes are imported and synced over a 3-node Kafka cluster (replication factor 3,
min.insync.replicas 2, producers with acks=all and idempotence): a registry node SIGKILLed; the broker
leading the registry topics SIGKILLed; the active controller SIGKILLed (a controller failover); the whole
cluster stopped and restarted; matching killed after handling events but before committing their offsets;
PostgreSQL restarted. Every fault is asserted to have happened while the import ran; a fault that cannot be
injected fails the run. Afterwards every accepted change is on every node, in the catalogue and in the
fairs' view, exactly once, at its version — reconciled by id and version, not by counting alone — and the
tally is written to var/reports/faults.json."""
from __future__ import annotations

import asyncio
import json
import os
import shutil
import signal
import subprocess
import time
from pathlib import Path

import asyncpg
import httpx
import pytest

from services.registry.demo.generator import producers, products
from tests.support.cluster import Cluster
from tests.support.network import Network
from tests.support.waiting import eventually

ROOT = Path(__file__).resolve().parents[2]
N_PRODUCTS = 8000
N_UPDATES = 2000           # 8,000 creations and 2,000 changes: 10,000 changes in all
CHUNK = 250
REPORT = ROOT / "var/reports/faults.json"


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
def cluster(tmp_path):
    # Its own ports beside the test broker's: KAFKA_PORT + 20 … + 25.
    cluster = Cluster(tmp_path / "kafka", int(os.environ.get("KAFKA_PORT", "29092")) + 20)
    cluster.start()
    try:
        yield cluster
    finally:
        cluster.stop()


LOGS = ROOT / "var/reports/fault-logs"


@pytest.fixture
async def faulty_network(cluster, new_database, tmp_path):
    """The services' logs go to var/reports/fault-logs (kept after the run, replaced by the next one)."""
    if os.environ.get("PG_DATA_DIR_MANAGED") != "1":
        pytest.fail("the fault tests restart the PostgreSQL that `make test` started; run them with make test "
                    "(or ./deploy/test.sh tests/faults) rather than against a PostgreSQL of your own")
    shutil.rmtree(LOGS, ignore_errors=True)
    LOGS.mkdir(parents=True)
    net = Network(cluster.bootstrap, LOGS)
    dbs = {"VN": await new_database("f_vn"), "KH": await new_database("f_kh"), "matching": await new_database("f_m"),
           "events": await new_database("f_e")}
    rf = {"KAFKA_REPLICATION_FACTOR": "3"}
    net.add("registry-VN", "registry", dbs["VN"], NODE_COUNTRY="VN", **rf)
    net.add("registry-KH", "registry", dbs["KH"], NODE_COUNTRY="KH", **rf)
    net.add("matching", "matching", dbs["matching"], SEARCH_INDEX_DIR=str(tmp_path / "index"), **rf)
    net.add("events", "events", dbs["events"], **rf)
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
        # The test lets the upload run this many chunks ahead, so the import is still going at each fault.
        self.allowed = 2
        self._more = asyncio.Event()

    def allow(self, chunks: int) -> None:
        self.allowed = chunks
        self._more.set()

    async def run(self) -> None:
        headers = self.net.auth("registry_admin", "VN")
        async with httpx.AsyncClient(timeout=60) as client:
            for i in range(0, len(self.rows), CHUNK):
                while self.done_chunks >= self.allowed:
                    self._more.clear()
                    await self._more.wait()
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


async def test_no_accepted_change_is_lost_or_duplicated_through_kills_and_restarts(faulty_network, cluster, capsys):
    net = faulty_network
    async with httpx.AsyncClient(timeout=60) as client:
        r = await client.post(f"{net['registry-VN'].url}/imports/producers", params={"format": "jsonl", "wait": "true"},
                              content=_jsonl(producers("VN", N_PRODUCTS // 4, seed=11)),
                              headers=net.auth("registry_admin", "VN"))
        assert r.status_code == 200 and r.json()["rejected"] == 0, r.text
        rfq = await client.post(f"{net['matching'].url}/sourcing-requests", headers=net.auth("buyer"), json={
            "text": "fish sauce", "hs_code": "210390", "quantity": 100, "unit": "l", "destination": "JP",
            "deadline": "2030-01-01T00:00:00Z", "delivery_window": {"start": "2030-02-01", "end": "2030-03-01"}})
        assert rfq.status_code == 201, rfq.text

    importer = Importer(net)
    task = asyncio.create_task(importer.run())
    faults: list[str] = []

    async def when_chunks(n: int, fault: str) -> None:
        """Waits for the import to reach chunk n, then lets it run three chunks further while the fault is
        injected; a fault that would land after the import ended fails the run."""
        importer.allow(max(importer.allowed, n))
        while importer.done_chunks < n and not task.done():
            await asyncio.sleep(0.1)
        if task.done():
            task.result()  # the importer's own error, if it had one
            pytest.fail(f"the import ended before the fault could be injected: {fault}")
        importer.allow(n + 3)

    registry_topics = [net.topic("ovop.registry.VN.products"), net.topic("ovop.registry.VN.producers")]

    fault = "SIGKILL registry-VN during an import"                        # 1. a registry node dies mid-import
    await when_chunks(2, fault)
    net["registry-VN"].kill(signal.SIGKILL)
    assert net["registry-VN"].proc.returncode == -signal.SIGKILL
    faults.append(fault)
    await asyncio.sleep(1)
    await net.start("registry-VN")

    fault = "SIGKILL the broker leading the registry topics"             # 2. the partition leader dies
    await when_chunks(6, fault)
    leaders = await cluster.partition_leaders(*registry_topics)
    victim = max(set(leaders.values()), key=list(leaders.values()).count)
    cluster.kill(victim)
    assert victim not in cluster.running()
    moved = await eventually(lambda: _leaders_without(cluster, registry_topics, victim), timeout_s=30)
    assert moved, f"the partitions led by node {victim} got no new leader"
    faults.append(f"{fault} (node {victim}, leader of {list(leaders.values()).count(victim)} of {len(leaders)} partitions)")
    await when_chunks(9, "restart of the killed broker")
    cluster.start_node(victim)

    fault = "SIGKILL the active controller (a controller failover)"      # 3. the quorum elects a new leader
    await when_chunks(12, fault)
    controller = await cluster.quorum_leader()
    cluster.kill(controller)
    successor = await eventually(lambda: _other_leader(cluster, controller), timeout_s=30)
    assert successor and successor != controller, "no new controller was elected"
    faults.append(f"{fault} (node {controller}, then node {successor} led the quorum)")
    await when_chunks(15, "restart of the old controller")
    cluster.start_node(controller)

    fault = "matching SIGKILLed, then exited after handling 300 events before committing their offsets"
    await when_chunks(17, fault)                                          # 4. matching dies before committing
    net["matching"].kill(signal.SIGKILL)
    net["matching"].env["FAULT_EXIT_BEFORE_COMMIT_AFTER"] = "300"
    await net.start("matching")
    deadline = time.monotonic() + 60
    while net["matching"].proc.poll() is None and time.monotonic() < deadline:
        await asyncio.sleep(0.2)
    assert net["matching"].proc.poll() == 137, "the fault injection did not fire"
    faults.append(fault)
    del net["matching"].env["FAULT_EXIT_BEFORE_COMMIT_AFTER"]
    await net.start("matching")

    fault = "PostgreSQL stopped for 3 s and restarted"                    # 5. the database restarts under everyone
    await when_chunks(21, fault)
    _infra(["deploy/postgres/pg.sh", "stop"])
    assert not await _pg_answers(net.dbs["VN"]), "PostgreSQL still answered after pg.sh stop"
    faults.append(fault)
    await asyncio.sleep(3)
    _infra(["deploy/postgres/pg.sh", "start"])

    fault = "the whole Kafka cluster stopped for 5 s and restarted"      # 6. every broker goes away at once
    await when_chunks(25, fault)
    cluster.stop()
    assert cluster.running() == set()
    faults.append(fault)
    await asyncio.sleep(5)
    cluster.start()

    importer.allow(len(importer.rows))
    await asyncio.wait_for(task, 900)
    # Some products change again (version 2) after all that.
    async with httpx.AsyncClient(timeout=120) as client:
        changed = [dict(p, description=p["description"] + " New harvest.") for p in importer.rows[:N_UPDATES]]
        r = await client.post(f"{net['registry-VN'].url}/imports/products", params={"format": "jsonl", "wait": "true"},
                              content=_jsonl(changed), headers=net.auth("registry_admin", "VN"))
        assert r.status_code == 200 and r.json()["updated"] == N_UPDATES, r.text

    own = "SELECT id, version FROM products WHERE country = 'VN'"
    views = {
        "registry-KH replica": (net.dbs["KH"], own),
        "matching catalogue": (net.dbs["matching"], "SELECT id, version FROM catalogue_products WHERE country = 'VN'"),
        "events' fair view": (net.dbs["events"], "SELECT id, version FROM known_products WHERE country = 'VN'"),
    }
    accepted = await _versions(net.dbs["VN"], own)

    async def caught_up():
        found = {name: await _versions(url, sql) for name, (url, sql) in views.items()}
        return found if all(f == accepted for f in found.values()) else None

    # Patient: on a loaded machine, matching (which also re-matches the standing request for every change)
    # can take minutes to apply the last 2,000 changes; only what never arrives is lost.
    t_updated = time.monotonic()
    found = await eventually(caught_up, timeout_s=480) or \
        {name: await _versions(url, sql) for name, (url, sql) in views.items()}
    caught_up_after_s = round(time.monotonic() - t_updated, 1)
    gaps = {}
    for name, f in found.items():
        gaps[name] = {"missing": len(accepted.keys() - f.keys()), "extra": len(f.keys() - accepted.keys()),
                      "behind": sum(1 for i in accepted.keys() & f.keys() if f[i] != accepted[i])}

    conn = await asyncpg.connect(_plain(net.dbs["matching"]))
    try:
        duplicates = await conn.fetchval("SELECT count(*) FROM (SELECT rfq_id, product_id FROM matches "
                                         "GROUP BY rfq_id, product_id HAVING count(*) > 1) d")
        proposals = await conn.fetchval("SELECT count(*) FROM matches")
    finally:
        await conn.close()
    unsent = await _versions(net.dbs["VN"], "SELECT 'outbox', count(*) FROM outbox WHERE sent_at IS NULL")
    dead = {}
    async with httpx.AsyncClient(timeout=30) as client:
        for svc, role, kw in (("registry-KH", "registry_admin", {"country": "KH"}), ("matching", "integrator", {}),
                              ("events", "integrator", {})):
            r = await client.get(f"{net[svc].url}/dead-letters", headers=net.auth(role, **kw))
            assert r.status_code == 200, r.text
            dead[svc] = r.json()["total"]

    tally = {"faults": faults, "accepted": len(accepted), "accepted_at_version_2": sum(v == 2 for v in accepted.values()),
             "found": {name: len(f) for name, f in found.items()},
             "lost": sum(g["missing"] + g["behind"] for g in gaps.values()),
             "duplicated": duplicates + sum(g["extra"] for g in gaps.values()),
             "skipped": [], "upload_attempts": importer.attempts, "failed_uploads_repeated": importer.failures,
             "standing_request_proposals": proposals, "views_caught_up_after_s": caught_up_after_s,
             "dead_letters": dead, "unsent_outbox": unsent["outbox"]}
    REPORT.parent.mkdir(parents=True, exist_ok=True)
    REPORT.write_text(json.dumps(tally, indent=2) + "\n")

    assert len(faults) == 6
    assert len(accepted) == N_PRODUCTS, "every row of the file is accepted exactly once (idempotent re-uploads)"
    assert sum(v == 2 for v in accepted.values()) == N_UPDATES
    service_of = {"registry-KH replica": "registry-KH", "matching catalogue": "matching", "events' fair view": "events"}
    for name, g in gaps.items():
        assert g == {"missing": 0, "extra": 0, "behind": 0}, f"{name}: {g}; {_warnings(service_of[name])}"
    assert duplicates == 0
    assert proposals > 0, "the standing request was never matched, so the match path went untested"
    assert unsent["outbox"] == 0
    assert sum(dead.values()) == 0, dead
    with capsys.disabled():
        print(f"\nfaults injected: {len(faults)}: " + "; ".join(faults))
        print(f"changes accepted: {len(accepted)} products ({tally['accepted_at_version_2']} at version 2), "
              f"in {importer.attempts} upload attempts ({importer.failures} failed and were repeated)")
        print("found afterwards: " + ", ".join(f"{n} {len(f)}/{len(accepted)} at the same versions" for n, f in found.items()))
        print(f"duplicates: 0 ({proposals} standing-request proposals, none twice); dead letters: {dead}; "
              f"tally in {REPORT.relative_to(ROOT)}")


def _warnings(service: str, n: int = 20) -> str:
    lines = [line for line in (LOGS / f"{service}.log").read_text(errors="replace").splitlines()
             if '"level": "INFO"' not in line]
    return f"last warnings of {service} (all in {LOGS / service}.log):\n" + "\n".join(lines[-n:])


async def _leaders_without(cluster: Cluster, topics: list[str], gone: int) -> bool:
    try:
        leaders = await cluster.partition_leaders(*topics)
    except RuntimeError:
        return False
    return bool(leaders) and gone not in leaders.values() and -1 not in leaders.values()


async def _other_leader(cluster: Cluster, old: int) -> int | None:
    try:
        leader = await cluster.quorum_leader()
    except RuntimeError:
        return None
    return leader if leader != old else None


async def _pg_answers(url: str) -> bool:
    try:
        conn = await asyncpg.connect(_plain(url), timeout=2)
    except (OSError, asyncpg.PostgresError, asyncio.TimeoutError):
        return False
    await conn.close()
    return True
