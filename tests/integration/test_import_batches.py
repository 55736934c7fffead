"""A bulk import's batches on PostgreSQL (where rows go in with COPY) and on SQLite: every accepted row is
stored with its history and one outbox event in its batch's transaction, rejected rows are reported with
their lines, and a row the database itself refuses is rejected alone while the rest of its batch is kept."""
from __future__ import annotations

import json

import pytest
from sqlalchemy import func, select, text

from services.registry.adapters.orm import history, metadata, outbox as outbox_table, products
from services.registry.demo.generator import producers as demo_producers, products as demo_products
from services.registry.demo.imports_csv import products_csv
from services.registry.demo.loader import jsonl
from services.registry.service_layer.imports import ImportService
from services.registry.service_layer.services import RegistryService
from shared.db import make_engine, make_session_factory
from shared.outbox import Outbox

REFUSED = "Refused by the database"


@pytest.fixture(params=["postgresql", "sqlite"])
async def node(request, new_database, tmp_path):
    url = await new_database("imports") if request.param == "postgresql" else f"sqlite+aiosqlite:///{tmp_path}/r.db"
    engine = make_engine(url)
    async with engine.begin() as conn:
        await conn.run_sync(metadata.create_all)
        # A rule only the database knows, so that it refuses a row the import's validation accepted.
        if request.param == "postgresql":
            await conn.execute(text(f"ALTER TABLE products ADD CONSTRAINT refuses CHECK (record->>'name_en' <> '{REFUSED}')"))
        else:
            await conn.execute(text(f"CREATE TRIGGER refuses BEFORE INSERT ON products WHEN "
                                    f"json_extract(NEW.record, '$.name_en') = '{REFUSED}' BEGIN SELECT RAISE(ABORT, 'refused'); END"))
    sessions = make_session_factory(engine)
    imports = ImportService(RegistryService("VN", sessions, Outbox(outbox_table)), sessions)
    job = await imports.start("producer", "jsonl", jsonl(demo_producers("VN", 400)), "test", wait=True)
    assert (job["status"], job["created"]) == ("done", 400)
    yield imports, sessions
    await engine.dispose()


async def counts(sessions) -> tuple[int, int, int]:
    async with sessions() as s:
        return tuple([(await s.execute(select(func.count()).select_from(t).where(*where))).scalar_one()
                      for t, where in ((products, ()), (history, (history.c.kind == "product",)),
                                       (outbox_table, (outbox_table.c.topic.like("%products%"),)))])


async def test_every_accepted_row_of_every_batch_is_stored_with_its_history_and_one_signed_out_event(node):
    imports, sessions = node
    rows = list(demo_products("VN", 1500))
    rows[3]["stars"] = 9
    rows[1203]["hs_code"] = "12"
    job = await imports.start("product", "csv", products_csv(rows).encode(), "test", wait=True)
    assert (job["status"], job["created"], job["rejected"]) == ("done", 1498, 2)
    assert [(r["row"], r["line"], r["errors"][0]["field"]) for r in await imports.rejections(job["id"], 10, 0)] == [
        (4, 5, "stars"), (1204, 1205, "hs_code")]
    assert await counts(sessions) == (1498, 1498, 1498)
    async with sessions() as s:
        stored = {r.id: r.record for r in (await s.execute(select(products.c.id, products.c.record))).all()}
        envelopes = [json.loads(e) for e in (await s.execute(select(outbox_table.c.envelope).where(
            outbox_table.c.topic.like("%products%")))).scalars()]
    assert {e["subject"]: e["data"]["record"] for e in envelopes} == stored


async def test_a_row_the_database_refuses_is_rejected_alone_and_the_rest_of_its_batch_is_kept(node):
    imports, sessions = node
    rows = list(demo_products("VN", 1200))
    rows[10]["name_en"] = REFUSED
    rows.append(dict(rows[11]))  # row 1201 repeats row 12, whose batch was imported row by row
    job = await imports.start("product", "csv", products_csv(rows).encode(), "test", wait=True)
    assert (job["status"], job["created"], job["rejected"]) == ("done", 1199, 2)
    rejected = await imports.rejections(job["id"], 10, 0)
    assert [(r["row"], r["line"], r["errors"]) for r in rejected] == [
        (11, 12, [{"field": "row", "reason": "could not be stored; no field was found at fault"}]),
        (1201, 1202, [{"field": "external_ref", "reason": "repeats row 12 of this upload"}])]
    assert await counts(sessions) == (1199, 1199, 1199)
    again = await imports.start("product", "csv", products_csv(rows[:1200]).encode(), "test", wait=True)
    assert (again["created"], again["unchanged"], again["rejected"]) == (0, 1199, 1)
