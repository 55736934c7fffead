"""The outbox relay and the consumer runner against the real broker and a real PostgreSQL."""
from __future__ import annotations

import asyncio
import uuid

import pytest
from aiokafka import AIOKafkaConsumer
from sqlalchemy import Column, Integer, MetaData, String, Table, select

from shared.db import make_engine, make_session_factory
from shared.events import CloudEvent
from shared.kafka import ConsumerRunner, PermanentEventError, ensure_topics, make_producer
from shared.outbox import Outbox, OutboxRelay, define_outbox
from shared.replica import upsert_if_newer

metadata = MetaData()
outbox_table = define_outbox(metadata)
records = Table("records", metadata, Column("id", String(64), primary_key=True), Column("version", Integer, nullable=False),
                Column("value", String(100), nullable=False))


@pytest.fixture
async def db(new_database):
    engine = make_engine(await new_database("shared"))
    async with engine.begin() as conn:
        await conn.run_sync(metadata.create_all)
    yield make_session_factory(engine)
    await engine.dispose()


@pytest.fixture
async def producer(kafka_bootstrap):
    p = make_producer(kafka_bootstrap, "tests")
    await p.start()
    yield p
    await p.stop()


def _event(i: int, version: int = 1) -> CloudEvent:
    return CloudEvent(source="/tests", type="org.asean.ovop.test.v1", subject=f"r{i}",
                      data={"id": f"r{i}", "version": version, "value": f"v{i}-{version}"})


async def _read_all(bootstrap: str, topic: str, expected: int, timeout_s: float = 20) -> list:
    consumer = AIOKafkaConsumer(topic, bootstrap_servers=bootstrap, auto_offset_reset="earliest",
                                enable_auto_commit=False, group_id=None)
    await consumer.start()
    got = []
    try:
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout_s
        while len(got) < expected and loop.time() < deadline:
            for batch in (await consumer.getmany(timeout_ms=500)).values():
                got.extend(batch)
    finally:
        await consumer.stop()
    return got


async def test_the_relay_sends_committed_outbox_rows_in_order_and_never_a_rolled_back_one(db, producer, kafka_bootstrap):
    topic = f"test.outbox.{uuid.uuid4().hex[:8]}"
    await ensure_topics(kafka_bootstrap, {topic: {}}, partitions=1, replication=1)
    outbox = Outbox(outbox_table)
    async with db() as s, s.begin():
        await outbox.add_many(s, [(topic, f"r{i}", _event(i)) for i in range(50)])
    with pytest.raises(RuntimeError):
        async with db() as s, s.begin():
            await outbox.add(s, topic, "ghost", _event(999))
            raise RuntimeError("the change failed after its event was staged")
    relay = OutboxRelay(outbox, db, producer, poll_interval_s=0.1)
    await relay.start()
    messages = await _read_all(kafka_bootstrap, topic, 50)
    for _ in range(50):  # rows are marked sent just after the broker's acknowledgement
        if await outbox.pending(db) == 0:
            break
        await asyncio.sleep(0.1)
    await relay.stop()
    received = [CloudEvent.from_kafka(m.headers, m.value) for m in messages]
    assert [e.subject for e in received] == [f"r{i}" for i in range(50)]
    assert all(m.key == f"r{i}".encode() for i, m in enumerate(messages))
    assert await outbox.pending(db) == 0
    extra = await _read_all(kafka_bootstrap, topic, 51, timeout_s=2)
    assert len(extra) == 50, "the rolled-back event must never be sent"


async def test_the_consumer_commits_only_after_the_effect_so_a_restart_loses_and_duplicates_nothing(
        db, producer, kafka_bootstrap):
    topic = f"test.consume.{uuid.uuid4().hex[:8]}"
    await ensure_topics(kafka_bootstrap, {topic: {}}, partitions=3, replication=1)
    for i in range(200):
        e = _event(i % 80, version=i // 80 + 1)  # 80 records, up to 3 versions each, some repeated below
        await producer.send(topic, key=e.subject.encode(), value=e.kafka_value(), headers=e.kafka_headers())
    dup = _event(5, version=1)  # a stale repeat of an old version
    await (await producer.send(topic, key=b"r5", value=dup.kafka_value(), headers=dup.kafka_headers()))
    applied = 0
    stop_after = asyncio.Event()

    async def handler(event: CloudEvent, _record) -> None:
        nonlocal applied
        async with db() as s, s.begin():
            await upsert_if_newer(s, records, {"id": event.data["id"], "version": event.data["version"],
                                               "value": event.data["value"]})
        applied += 1
        if applied == 90:
            stop_after.set()

    group = f"g-{uuid.uuid4().hex[:6]}"
    kwargs = dict(bootstrap=kafka_bootstrap, group_id=group, handler=handler, producer=producer,
                  dead_letter_topic=f"{topic}.dlq", topics=[topic])
    first = ConsumerRunner(**kwargs)
    await first.start()
    await asyncio.wait_for(stop_after.wait(), 30)
    await first.stop()  # stopped part-way: whatever was not committed is read again
    second = ConsumerRunner(**kwargs)
    await second.start()
    loop = asyncio.get_running_loop()
    deadline = loop.time() + 30
    while loop.time() < deadline:
        async with db() as s:
            rows = {r.id: r for r in (await s.execute(select(records))).all()}
        if len(rows) == 80 and all(r.version == (3 if int(r.id[1:]) < 40 else 2) for r in rows.values()):
            break
        await asyncio.sleep(0.3)
    await second.stop()
    assert len(rows) == 80
    for rid, row in rows.items():
        expected_version = 3 if int(rid[1:]) < 40 else 2
        assert row.version == expected_version, f"{rid} stopped at v{row.version}"
        assert row.value == f"v{rid[1:]}-{expected_version}"


async def test_a_poison_message_goes_to_the_dead_letter_topic_with_its_reason_and_the_next_one_is_handled(
        db, producer, kafka_bootstrap):
    topic = f"test.poison.{uuid.uuid4().hex[:8]}"
    dlq = f"{topic}.dlq"
    await ensure_topics(kafka_bootstrap, {topic: {}, dlq: {}}, partitions=1, replication=1)
    await producer.send(topic, key=b"x", value=b"not an event at all")
    bad = _event(1)
    await producer.send(topic, key=b"r1", value=bad.kafka_value(), headers=bad.kafka_headers())
    good = _event(2)
    await (await producer.send(topic, key=b"r2", value=good.kafka_value(), headers=good.kafka_headers()))
    handled: list[str] = []

    async def handler(event: CloudEvent, _record) -> None:
        if event.subject == "r1":
            raise PermanentEventError("refers to an unknown record")
        handled.append(event.subject)

    runner = ConsumerRunner(bootstrap=kafka_bootstrap, group_id=f"g-{uuid.uuid4().hex[:6]}", handler=handler,
                            producer=producer, dead_letter_topic=dlq, topics=[topic])
    await runner.start()
    dead = await _read_all(kafka_bootstrap, dlq, 2)
    for _ in range(100):  # the good event comes after the dead letters in the partition
        if handled:
            break
        await asyncio.sleep(0.1)
    await runner.stop()
    assert handled == ["r2"]
    reasons = [dict(m.headers)["dlq_reason"].decode() for m in dead]
    assert any("unreadable envelope" in r for r in reasons)
    assert any("unknown record" in r for r in reasons)
    assert all(topic in dict(m.headers)["dlq_origin"].decode() for m in dead)


async def test_a_replica_keeps_the_newest_version_whatever_order_and_repeats_arrive_in(db):
    async with db() as s, s.begin():
        assert await upsert_if_newer(s, records, {"id": "a", "version": 2, "value": "two"})
        assert not await upsert_if_newer(s, records, {"id": "a", "version": 1, "value": "one"})
        assert not await upsert_if_newer(s, records, {"id": "a", "version": 2, "value": "two again"})
        assert await upsert_if_newer(s, records, {"id": "a", "version": 3, "value": "three"})
    async with db() as s:
        row = (await s.execute(select(records).where(records.c.id == "a"))).one()
    assert (row.version, row.value) == (3, "three")
