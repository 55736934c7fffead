"""What the shared apply path's sovereignty rule costs: `shared.replica` (version order plus "a record never
changes country": a WHERE on the country in the ON CONFLICT update, and a read that tells stale from foreign)
against the same upsert without the rule, on PostgreSQL and on SQLite.

    .venv/bin/python -m benchmarks.replica_apply_bench [--records 100000] [--batch 500] [--singles 2000] [--rounds 2]

Per backend and path: N new records in batches (one transaction per batch, as a consumer applies one poll of a
partition), the same N again (all stale, as after a replay), then single-record upserts of new and of stale
records (the one-by-one path a failed batch falls back to). Starts its own PostgreSQL unless
BENCH_DATABASE_URL names one (benchmarks/infra.py); SQLite in a temporary directory."""
from __future__ import annotations

import argparse
import asyncio
import tempfile
import time
from pathlib import Path

from sqlalchemy import JSON, Column, DateTime, Integer, MetaData, String, Table

from benchmarks.figures import Figure, summary, write
from benchmarks.infra import infrastructure, new_database, percentiles
from shared.db import make_engine, make_session_factory
from shared.replica import _insert_for, upsert_if_newer, upsert_many_if_newer

metadata = MetaData()
table = Table("catalogue", metadata, Column("id", String(64), primary_key=True), Column("country", String(2), nullable=False),
              Column("version", Integer, nullable=False), Column("name_en", String(200), nullable=False),
              Column("record", JSON, nullable=False), Column("applied_at", DateTime(timezone=True)))


def records(n: int, version: int) -> list[dict]:
    return [{"id": f"VN-P-{i:024X}", "country": "VN", "version": version, "name_en": f"Product {i}",
             "record": {"id": f"VN-P-{i:024X}", "name_en": f"Product {i}", "group": "food", "stars": 4}}
            for i in range(n)]


def _unguarded(insert, values=None, cols=None):
    """The upsert as it was before the rule: version order only."""
    stmt = insert(table)
    if values is not None:
        stmt = stmt.values(**values)
    cols = cols or list(values)
    return stmt.on_conflict_do_update(index_elements=[table.c.id], set_={c: stmt.excluded[c] for c in cols if c != "id"},
                                      where=stmt.excluded.version > table.c.version)


async def many_unguarded(session, rows):
    insert = _insert_for(session.bind.dialect.name)
    await session.execute(_unguarded(insert, cols=list(rows[0])), rows)


async def one_unguarded(session, values):
    insert = _insert_for(session.bind.dialect.name)
    return (await session.execute(_unguarded(insert, values))).rowcount == 1


PATHS = {"guarded": (lambda s, rows: upsert_many_if_newer(s, table, rows), lambda s, v: upsert_if_newer(s, table, v)),
         "unguarded": (many_unguarded, one_unguarded)}


async def measure(url: str, backend: str, path: str, n: int, batch: int, singles: int) -> list[Figure]:
    engine = make_engine(url)
    async with engine.begin() as conn:
        await conn.run_sync(metadata.drop_all)
        await conn.run_sync(metadata.create_all)
    sessions = make_session_factory(engine)
    apply_many, apply_one = PATHS[path]
    size = f"{n} records, batches of {batch}"
    out: list[Figure] = []
    rows = records(n, 1)
    for phase in ("new", "stale"):
        per_batch = []
        t0 = time.perf_counter()
        for i in range(0, n, batch):
            t = time.perf_counter()
            async with sessions() as s, s.begin():
                await apply_many(s, rows[i:i + batch])
            per_batch.append((time.perf_counter() - t) * 1000)
        rate = n / (time.perf_counter() - t0)
        p = percentiles(per_batch)
        print(f"{backend:10} {path:9} batch {phase:5}: {rate:8.0f} records/s, per batch median {p['median']:.2f} "
              f"p95 {p['p95']:.2f} ms")
        out.append(Figure(f"{backend}.{path}.batch_{phase}.rate", rate, "records/s", size))
        out += summary(f"{backend}.{path}.batch_{phase}.per_batch", per_batch, size)
    fresh = records(n + singles, 1)[n:]
    for phase, items in (("new", fresh), ("stale", fresh)):
        times = []
        for values in items:
            t = time.perf_counter()
            async with sessions() as s, s.begin():
                await apply_one(s, values)
            times.append((time.perf_counter() - t) * 1000)
        p = percentiles(times)
        print(f"{backend:10} {path:9} one   {phase:5}: median {p['median']:.3f} p95 {p['p95']:.3f} ms per record")
        out += summary(f"{backend}.{path}.single_{phase}", times, f"{singles} records, one transaction each")
    await engine.dispose()
    return out


async def run(n: int, batch: int, singles: int, rounds: int) -> None:
    figures: list[Figure] = []
    with infrastructure(pg_port=15532, kafka=False) as (_, pg):
        with tempfile.TemporaryDirectory(prefix="replica-bench-") as tmp:
            for backend in ("postgresql", "sqlite"):
                for r in range(1, rounds + 1):
                    for path in ("unguarded", "guarded"):  # alternated: a shared machine drifts
                        url = (await new_database(pg, "replica_bench") if backend == "postgresql"
                               else f"sqlite+aiosqlite:///{Path(tmp) / f'{path}-{r}.db'}")
                        got = await measure(url, backend, path, n, batch, singles)
                        figures += [Figure(f.name, f.value, f.unit, f.size, {**f.extra, "round": r}) for f in got]
    write("replica_apply_bench", figures)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--records", type=int, default=100_000)
    ap.add_argument("--batch", type=int, default=500)
    ap.add_argument("--singles", type=int, default=2000)
    ap.add_argument("--rounds", type=int, default=2)
    args = ap.parse_args()
    asyncio.run(run(args.records, args.batch, args.singles, args.rounds))


if __name__ == "__main__":
    main()
