"""The outbox relay in a process of its own (OUTBOX_RELAY=process), against the real broker and a real
PostgreSQL: rows staged by the service reach Kafka in order; a child killed with SIGKILL is started again and
loses nothing; the child ends with its service, even one killed with SIGKILL; one child relays at a time."""
from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import textwrap
import uuid
from pathlib import Path

import pytest
from sqlalchemy import MetaData, text

from shared.db import make_engine, make_session_factory
from shared.events import CloudEvent
from shared.kafka import ensure_topics
from shared.outbox import Outbox, define_outbox
from shared.relay_process import LOCK_KEY, RelayProcess
from shared.settings import ServiceSettings
from tests.integration.test_outbox_and_consumer import _event, _read_all
from tests.support.waiting import eventually

pytestmark = pytest.mark.integration
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
async def database(new_database):
    url = await new_database("relay")
    engine = make_engine(url)
    async with engine.begin() as conn:
        await conn.run_sync(define_outbox(MetaData()).metadata.create_all)
    yield url, make_session_factory(engine)
    await engine.dispose()


def _settings(url: str, bootstrap: str) -> str:
    return ServiceSettings(database_url=url, kafka_bootstrap=bootstrap, outbox_poll_interval_s=5.0).model_dump_json()


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    status = Path(f"/proc/{pid}/stat").read_text().split()[2] if Path(f"/proc/{pid}/stat").exists() else "X"
    return status not in ("Z", "X")


async def _stage(sessions, outbox: Outbox, topic: str, numbers: range) -> None:
    async with sessions() as s, s.begin():
        await outbox.add_many(s, [(topic, f"r{i}", _event(i)) for i in numbers])
    outbox.notify()


async def test_the_child_relays_in_order_is_started_again_after_sigkill_and_loses_nothing(database, kafka_bootstrap):
    url, sessions = database
    topic = f"test.relayproc.{uuid.uuid4().hex[:8]}"
    await ensure_topics(kafka_bootstrap, {topic: {}}, partitions=1, replication=1)
    outbox = Outbox(define_outbox(MetaData()))
    relay = RelayProcess(outbox, _settings(url, kafka_bootstrap), "tests-relay")
    await relay.start()
    try:
        await _stage(sessions, outbox, topic, range(0, 200))
        # A poll interval of 5 s: what arrives sooner came by the service's wake-up.
        first = await _read_all(kafka_bootstrap, topic, 200, timeout_s=4)
        assert [m.key for m in first] == [f"r{i}".encode() for i in range(200)]
        assert await eventually(lambda: _pending_is(sessions, outbox, 0), 10)

        killed = relay.child.pid
        os.kill(killed, signal.SIGKILL)
        await _stage(sessions, outbox, topic, range(200, 400))  # staged while no child runs
        assert await eventually(lambda: _running_again(relay, killed), 15), "the child was not started again"
        assert relay.starts == 2
        messages = await _read_all(kafka_bootstrap, topic, 400, timeout_s=20)
        subjects = [CloudEvent.from_kafka(m.headers, m.value).subject for m in messages]
        assert subjects == [f"r{i}" for i in range(400)]
        assert await eventually(lambda: _pending_is(sessions, outbox, 0), 10)
    finally:
        child = relay.child
        await relay.stop()
    assert not _alive(child.pid) and not relay.running


async def _pending_is(sessions, outbox: Outbox, n: int) -> bool:
    return await outbox.pending(sessions) == n


async def _running_again(relay: RelayProcess, killed: int) -> bool:
    return relay.running and relay.child.pid != killed


async def test_the_child_ends_when_its_service_is_killed(database, kafka_bootstrap, tmp_path):
    url, _ = database
    service = tmp_path / "service.py"
    service.write_text(textwrap.dedent(f"""
        import asyncio, sys
        from sqlalchemy import MetaData
        from shared.outbox import Outbox, define_outbox
        from shared.relay_process import RelayProcess
        from tests.support.waiting import eventually

        async def main():
            relay = RelayProcess(Outbox(define_outbox(MetaData())), sys.argv[1], "tests-relay-orphan")
            await relay.start()
            started = await eventually(lambda: _running(relay), 30)
            print(relay.child.pid if started else "no child", flush=True)
            await asyncio.Event().wait()  # runs until the test kills it

        async def _running(relay):
            return relay.running

        asyncio.run(main())
    """))
    proc = subprocess.Popen([sys.executable, str(service), _settings(url, kafka_bootstrap)], cwd=ROOT,
                            stdout=subprocess.PIPE, text=True, env={**os.environ, "PYTHONPATH": str(ROOT)})
    try:
        line = proc.stdout.readline().strip()
        assert line.isdigit(), f"the service's relay process did not start: {line!r}"
        child = int(line)
        assert _alive(child)
        proc.kill()
        proc.wait(10)

        async def gone():
            return not _alive(child)

        assert await eventually(gone, 10), f"relay process {child} outlived its killed service"
    finally:
        proc.kill()


async def test_a_second_child_waits_for_the_database_lock_before_relaying(database, kafka_bootstrap):
    url, sessions = database
    topic = f"test.relaylock.{uuid.uuid4().hex[:8]}"
    await ensure_topics(kafka_bootstrap, {topic: {}}, partitions=1, replication=1)
    engine = make_engine(url)
    holder = await engine.connect()
    await holder.execute(text("SELECT pg_advisory_lock(:key)"), {"key": LOCK_KEY})  # as a first child would
    await holder.commit()
    outbox = Outbox(define_outbox(MetaData()))
    relay = RelayProcess(outbox, _settings(url, kafka_bootstrap), "tests-relay-lock")
    await relay.start()
    try:
        await _stage(sessions, outbox, topic, range(0, 20))
        assert await _read_all(kafka_bootstrap, topic, 20, timeout_s=3) == []
        await holder.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": LOCK_KEY})  # the first one ends
        await holder.close()
        messages = await _read_all(kafka_bootstrap, topic, 20, timeout_s=20)
        assert [m.key for m in messages] == [f"r{i}".encode() for i in range(20)]
    finally:
        await relay.stop()
        await engine.dispose()
