"""The gateway's Idempotency-Key record on PostgreSQL (the e2e gateways run on SQLite): one claim per key,
answers kept and replayed, lapsed and abandoned records taken over once, released keys claimed again."""
from __future__ import annotations

import asyncio
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import text

from services.gateway.adapters.idempotency_store import Answer, IdempotencyStore
from services.gateway.domain.idempotency import IN_FLIGHT_LEASE, RETENTION, Decision, decide
from shared.db import make_engine, make_session_factory
from shared.migrations import alembic_config, upgrade_to_head

pytestmark = pytest.mark.integration
NOW = datetime.now(timezone.utc)


MIGRATIONS = Path(__file__).resolve().parents[2] / "services/gateway/migrations"


@pytest.fixture
async def engine(new_database):
    engine = make_engine(await new_database("gw_idem"))
    yield engine
    await engine.dispose()


@pytest.fixture
async def store(engine):
    await upgrade_to_head(engine, MIGRATIONS)
    return IdempotencyStore(make_session_factory(engine))


async def _raw_rows(engine) -> list:
    async with engine.connect() as conn:
        return (await conn.execute(text("SELECT * FROM idempotency_keys"))).mappings().all()


async def test_of_many_concurrent_claims_of_one_key_exactly_one_wins(store):
    won = await asyncio.gather(*(store.claim("c1", "k", "fp", NOW, None) for _ in range(20)))
    assert won.count(True) == 1
    stored, answer = await store.get("c1", "k")
    assert decide(stored, "fp", NOW) is Decision.in_flight and answer is None
    assert await store.claim("c2", "k", "fp", NOW, None)  # another client's key of the same name


async def test_a_completed_answer_is_kept_and_replayed_and_another_request_is_a_mismatch(store):
    assert await store.claim("c1", "k", "fp", NOW, None)
    await store.complete("c1", "k", Answer(201, [("location", "/v1/x/1"), ("etag", '"1"')], b'{"id":"1"}'))
    stored, answer = await store.get("c1", "k")
    assert decide(stored, "fp", NOW) is Decision.replay
    assert answer == Answer(201, [("location", "/v1/x/1"), ("etag", '"1"')], b'{"id":"1"}')
    assert decide(stored, "other", NOW) is Decision.mismatch
    await store.release("c1", "k")  # a completed record is never released
    assert (await store.get("c1", "k"))[1] is not None


async def test_an_abandoned_or_lapsed_record_is_taken_over_by_one_request_only(store):
    assert await store.claim("c1", "k", "fp", NOW, None)
    later = NOW + IN_FLIGHT_LEASE + timedelta(seconds=1)
    stored, _ = await store.get("c1", "k")
    assert decide(stored, "fp", later) is Decision.proceed
    takers = await asyncio.gather(*(store.claim("c1", "k", "fp", later, stored) for _ in range(5)))
    assert takers.count(True) == 1
    await store.complete("c1", "k", Answer(200, [], b"{}"))
    lapsed = later + RETENTION
    stored, _ = await store.get("c1", "k")
    assert decide(stored, "new body", lapsed) is Decision.proceed  # 24 h on, the key is free again
    assert await store.purge_expired(lapsed) == 1 and await store.get("c1", "k") is None


async def test_a_released_key_can_be_claimed_again(store):
    assert await store.claim("c1", "k", "fp", NOW, None)
    await store.release("c1", "k")
    assert await store.get("c1", "k") is None
    assert await store.claim("c1", "k", "fp", NOW, None)


async def test_the_table_keeps_neither_the_key_nor_the_answer_in_the_clear(store, engine):
    secret = b'{"id":"whs_1","secret":"whsec_c2VjcmV0IHNob3duIG9uY2U="}'
    assert await store.claim("c1", "my-key-1", "fp", NOW, None)
    await store.complete("c1", "my-key-1", Answer(201, [("location", "/v1/webhooks/subscriptions/whs_1")], secret))
    [row] = await _raw_rows(engine)
    assert row["key"] != "my-key-1" and len(row["key"]) == 64
    assert b"whsec_" not in bytes(row["body"]) and b"/v1/webhooks" not in bytes(row["body"])
    # Only the same client with the same key opens it: another client's record of that key name is its own.
    assert (await store.get("c1", "my-key-1"))[1].body == secret
    assert await store.get("c2", "my-key-1") is None and await store.get("c1", "my-key-2") is None


async def test_the_migration_seals_the_records_kept_before_it(engine):
    cfg = alembic_config(MIGRATIONS)

    def to(revision: str):
        def run(connection) -> None:
            cfg.attributes["connection"] = connection
            command.upgrade(cfg, revision)
        return run

    async with engine.begin() as conn:
        await conn.run_sync(to("0005"))
        await conn.execute(text(
            "INSERT INTO idempotency_keys (client_id, key, fingerprint, completed, status, headers, body, created_at, "
            "expires_at) VALUES ('c1', 'old-key', 'fp', true, 201, :headers, :body, :now, :until), "
            "('c1', 'in-flight', 'fp2', false, NULL, NULL, NULL, :now, :until)"),
            {"headers": '[["location", "/v1/x/1"]]', "body": b'{"id":"1"}', "now": NOW, "until": NOW + RETENTION})
        await conn.run_sync(to("head"))
    store = IdempotencyStore(make_session_factory(engine))
    stored, answer = await store.get("c1", "old-key")
    assert decide(stored, "fp", NOW) is Decision.replay
    assert answer == Answer(201, [("location", "/v1/x/1")], b'{"id":"1"}')
    stored, answer = await store.get("c1", "in-flight")
    assert decide(stored, "fp2", NOW) is Decision.in_flight and answer is None
    assert all(row["key"] not in ("old-key", "in-flight") for row in await _raw_rows(engine))
