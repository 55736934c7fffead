"""How fast a registry node's programme sweep settles what its dates decide: N products, each with a rating and
a certificate that have both ended, swept in one call (each item: mark it, recompute the product's stars,
write the record's next version, its history row and its events in the outbox), then the same sweep again
(nothing left: the cost of an idle round), on PostgreSQL, in process (the outbox's relay to Kafka is not
part of it).

    .venv/bin/python -m benchmarks.programme_sweep_bench [--products 20000] [--batch 500]

Starts its own PostgreSQL unless BENCH_DATABASE_URL names one (benchmarks/infra.py)."""
from __future__ import annotations

import argparse
import asyncio
import time
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from benchmarks.figures import Figure, write
from benchmarks.infra import infrastructure, new_database
from services.registry.adapters import repository as repo
from services.registry.adapters.orm import certificates, evaluations, metadata
from services.registry.service_layer.programme import ProgrammeService
from services.registry.service_layer.services import RegistryService
from shared.db import make_engine, make_session_factory
from shared.migrations import upgrade_to_head
from shared.outbox import Outbox

MIGRATIONS = Path(__file__).resolve().parents[1] / "services" / "registry" / "migrations"
TODAY = date(2026, 11, 25)


def rows(n: int):
    now = datetime.now(timezone.utc)
    stamp = now.isoformat()
    ended = TODAY - timedelta(days=1)
    producers, products, evals, certs = [], [], [], []
    for i in range(n):
        mid, pid, cid = f"VN-M-{i:024X}", f"VN-P-{i:024X}", f"VN-C-{i:024X}"
        if i % 4 == 0:
            producers.append({"id": mid, "country": "VN", "version": 1, "name_local": f"HTX {i}", "name_en": f"Coop {i}",
                              "type": "cooperative", "place": {"country": "VN", "province": "Kiên Giang"},
                              "created_at": stamp, "updated_at": stamp, "updated_by": "bench"})
        cert = {"id": cid, "scheme": "VietGAP", "standard": "VIETGAP", "certificate_no": f"VG-{i}", "issuer": "b",
                "valid_from": "2024-01-01", "valid_until": ended.isoformat(), "status": "valid"}
        products.append({"id": pid, "country": "VN", "version": 1, "producer_id": f"VN-M-{i - i % 4:024X}",
                         "name_local": f"Sản phẩm {i}", "name_en": f"Product {i}", "programme": "OCOP", "group": "food",
                         "stars": 4, "rating_date": "2023-10-24", "hs_code": "210390", "status": "listed",
                         "origin": {"country": "VN", "province": "Kiên Giang"}, "certifications": [cert],
                         "rating": {"evaluation_id": f"VN-E-{i:024X}", "total": 77, "council_level": "provincial",
                                    "evaluated_on": "2023-10-24", "valid_until": ended.isoformat()},
                         "created_at": stamp, "updated_at": stamp, "updated_by": "bench"})
        evals.append(dict(id=f"VN-E-{i:024X}", product_id=pid, country="VN", programme="OCOP",
                          scorecard={"A": 33, "B": 20, "C": 24}, total=77, stars=4, council_level="provincial",
                          council_name="c", assessors=["a"], notes="", evaluated_on=date(2023, 10, 24),
                          valid_until=ended, status="valid", recorded_by="bench", recorded_at=now))
        certs.append(dict(id=cid, country="VN", owner_kind="product", owner_id=pid, standard="VIETGAP", scheme="VietGAP",
                          certificate_no=f"VG-{i}", issuer="b", valid_from=date(2024, 1, 1), valid_until=ended,
                          status="valid", expiry_notice_sent=0, created_by="bench", created_at=now))
    return producers, products, evals, certs


async def run(url: str, n: int, batch: int) -> list[Figure]:
    engine = make_engine(url)
    await upgrade_to_head(engine, MIGRATIONS)
    sessions = make_session_factory(engine)
    producers, products, evals, certs = rows(n)
    async with sessions() as s, s.begin():
        for i in range(0, n, 2000):
            await repo.insert_many(s, "producer", producers[i // 4:(i + 2000) // 4])
            await repo.insert_many(s, "product", products[i:i + 2000])
            await s.execute(evaluations.insert(), evals[i:i + 2000])
            await s.execute(certificates.insert(), certs[i:i + 2000])
    outbox = Outbox(metadata.tables["outbox"])
    programme = ProgrammeService(RegistryService("VN", sessions, outbox), sessions, outbox, today=lambda: TODAY)
    t0 = time.perf_counter()
    report = await programme.sweep(TODAY, batch=batch)
    busy = time.perf_counter() - t0
    assert report.evaluations_expired == n and report.certificates_expired == n and report.stars_changed == n, report
    t0 = time.perf_counter()
    again = await programme.sweep(TODAY, batch=batch)
    idle = time.perf_counter() - t0
    assert again.evaluations_expired == again.certificates_expired == 0, again
    await engine.dispose()
    size = f"{n} products, each with an ended rating and an ended certificate"
    items = 2 * n
    print(f"sweep of {items} items: {busy:.2f} s = {items / busy:.0f} items/s; an idle sweep after it: {idle * 1000:.1f} ms")
    return [Figure("programme_sweep.items_per_s", items / busy, "items/s", size, {"batch": batch, "seconds": busy}),
            Figure("programme_sweep.idle_ms", idle * 1000, "ms", size)]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--products", type=int, default=20000)
    ap.add_argument("--batch", type=int, default=500)
    args = ap.parse_args()
    with infrastructure(pg_port=15332, kafka=False) as (_, pg):
        url = asyncio.run(new_database(pg, "sweep_bench"))
        figures = asyncio.run(run(url, args.products, args.batch))
    write("programme_sweep_bench", figures)


if __name__ == "__main__":
    main()
