"""The shared apply path (shared/replica.py) on PostgreSQL and on SQLite: a record id belongs to its country
forever; newer versions replace, stale ones are dropped, and nothing ever moves a record to another country."""
from __future__ import annotations

import pytest
from sqlalchemy import Column, Integer, MetaData, String, Table, select

from shared.db import make_engine, make_session_factory
from shared.kafka import PermanentEventError
from shared.replica import ForeignRecord, upsert_if_newer, upsert_many_if_newer

metadata = MetaData()
held = Table("held", metadata, Column("id", String(64), primary_key=True), Column("country", String(2), nullable=False),
             Column("version", Integer, nullable=False), Column("name", String(100), nullable=False))


@pytest.fixture(params=["postgresql", "sqlite"])
async def db(request, new_database, tmp_path):
    url = await new_database("replica") if request.param == "postgresql" else f"sqlite+aiosqlite:///{tmp_path}/r.db"
    engine = make_engine(url)
    async with engine.begin() as conn:
        await conn.run_sync(metadata.create_all)
    yield make_session_factory(engine)
    await engine.dispose()


def row(record_id: str, country: str, version: int, name: str) -> dict:
    return {"id": record_id, "country": country, "version": version, "name": name}


async def stored(db) -> dict[str, tuple]:
    async with db() as s:
        return {r.id: (r.country, r.version, r.name) for r in (await s.execute(select(held))).all()}


async def test_an_id_of_another_country_is_refused_with_the_reason_and_nothing_is_written(db):
    with pytest.raises(ForeignRecord, match="VN-P-1 belongs to VN, not to KH"):
        async with db() as s, s.begin():
            await upsert_if_newer(s, held, row("VN-P-1", "KH", 1, "taken"))
    assert await stored(db) == {}


async def test_a_record_held_under_another_country_never_changes_country_even_at_a_newer_version(db):
    # A row already stored under VN whose id (wrongly) carries KH's code: only the country column guards it.
    async with db() as s, s.begin():
        await s.execute(held.insert().values(row("KH-P-9", "VN", 1, "Viet Nam's")))
    with pytest.raises(ForeignRecord, match="KH-P-9 is held under VN; an event of KH may not change it"):
        async with db() as s, s.begin():
            await upsert_if_newer(s, held, row("KH-P-9", "KH", 7, "taken over"))
    assert await stored(db) == {"KH-P-9": ("VN", 1, "Viet Nam's")}


async def test_a_refused_record_is_a_permanent_error_so_the_runner_dead_letters_it():
    assert issubclass(ForeignRecord, PermanentEventError)


async def test_newer_versions_replace_and_stale_or_repeated_ones_are_dropped_quietly(db):
    async with db() as s, s.begin():
        assert await upsert_if_newer(s, held, row("VN-P-1", "VN", 2, "two"))
        assert not await upsert_if_newer(s, held, row("VN-P-1", "VN", 1, "one"))
        assert not await upsert_if_newer(s, held, row("VN-P-1", "VN", 2, "two again"))
        assert await upsert_if_newer(s, held, row("VN-P-1", "VN", 3, "three"))
    assert await stored(db) == {"VN-P-1": ("VN", 3, "three")}


async def test_a_batch_with_one_foreign_id_is_refused_whole_and_writes_nothing(db):
    batch = [row("KH-P-1", "KH", 1, "a"), row("VN-P-1", "KH", 5, "taken"), row("KH-P-2", "KH", 1, "b")]
    with pytest.raises(ForeignRecord, match="VN-P-1 belongs to VN"):
        async with db() as s, s.begin():
            await upsert_many_if_newer(s, held, batch)
    assert await stored(db) == {}


async def test_a_batch_touching_a_record_held_under_another_country_is_refused_and_rolled_back(db):
    async with db() as s, s.begin():
        await s.execute(held.insert().values(row("KH-P-9", "VN", 1, "Viet Nam's")))
    batch = [row("KH-P-1", "KH", 1, "a"), row("KH-P-9", "KH", 4, "taken over")]
    with pytest.raises(ForeignRecord, match="KH-P-9 is held under VN"):
        async with db() as s, s.begin():
            await upsert_many_if_newer(s, held, batch)
    assert await stored(db) == {"KH-P-9": ("VN", 1, "Viet Nam's")}


async def test_a_batch_of_own_records_applies_the_newest_of_repeats_and_skips_stale_ones(db):
    async with db() as s, s.begin():
        await upsert_many_if_newer(s, held, [row("KH-P-1", "KH", 3, "three"), row("KH-P-2", "KH", 1, "b")])
    async with db() as s, s.begin():
        await upsert_many_if_newer(s, held, [row("KH-P-1", "KH", 2, "stale"), row("KH-P-2", "KH", 2, "b2"),
                                             row("KH-P-2", "KH", 4, "b4"), row("KH-P-3", "KH", 1, "c")])
    assert await stored(db) == {"KH-P-1": ("KH", 3, "three"), "KH-P-2": ("KH", 4, "b4"), "KH-P-3": ("KH", 1, "c")}


async def test_an_id_without_a_country_code_is_refused(db):
    with pytest.raises(ForeignRecord, match="does not start with its country's code"):
        async with db() as s, s.begin():
            await upsert_if_newer(s, held, row("P-1", "VN", 1, "x"))
