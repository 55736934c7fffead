"""Starts (or reuses) the real Kafka broker and PostgreSQL a benchmark runs on, and stops what it started.
BENCH_KAFKA_BOOTSTRAP / BENCH_DATABASE_URL reuse servers you run; otherwise fresh ones on their own ports."""
from __future__ import annotations

import os
import platform
import subprocess
import uuid
from contextlib import contextmanager
from pathlib import Path

import asyncpg

ROOT = Path(__file__).resolve().parents[1]


@contextmanager
def infrastructure(kafka_port: int = 19092, pg_port: int = 15432, kafka: bool = True):
    """Yields (Kafka bootstrap or None without `kafka`, PostgreSQL URL)."""
    started = []
    env = {**os.environ, "KAFKA_PORT": str(kafka_port), "KAFKA_DATA_DIR": str(ROOT / f"var/bench-kafka-{kafka_port}"),
           "PG_PORT": str(pg_port), "PG_DATA_DIR": str(ROOT / f".cache/bench-pg-{pg_port}"), "KAFKA_HEAP": "512m"}
    try:
        use_kafka, kafka = kafka, os.environ.get("BENCH_KAFKA_BOOTSTRAP")
        if use_kafka and not kafka:
            subprocess.run(["rm", "-rf", env["KAFKA_DATA_DIR"]], check=True)
            subprocess.run([str(ROOT / "deploy/kafka/kafka.sh"), "start"], check=True, env=env)
            started.append("kafka")
            kafka = f"127.0.0.1:{kafka_port}"
        pg = os.environ.get("BENCH_DATABASE_URL")
        if not pg:
            pg = subprocess.run([str(ROOT / "deploy/postgres/pg.sh"), "start"], check=True, env=env,
                                capture_output=True, text=True).stdout.strip()
            started.append("pg")
        yield kafka, pg
    finally:
        if "kafka" in started:
            subprocess.run([str(ROOT / "deploy/kafka/kafka.sh"), "stop"], env=env)
        if "pg" in started:
            subprocess.run([str(ROOT / "deploy/postgres/pg.sh"), "stop"], env=env)


async def new_database(pg_url: str, prefix: str) -> str:
    name = f"{prefix}_{uuid.uuid4().hex[:8]}"
    conn = await asyncpg.connect(pg_url.replace("postgresql+asyncpg://", "postgresql://"))
    try:
        await conn.execute(f'CREATE DATABASE "{name}"')
    finally:
        await conn.close()
    return f"{pg_url.rpartition('/')[0]}/{name}"


def machine() -> str:
    cpu = "?"
    try:
        for line in open("/proc/cpuinfo"):
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    return f"{os.cpu_count()} cores ({cpu}), {mem:.0f} GiB RAM, {platform.system()} {platform.release()}, Python {platform.python_version()}"


def percentiles(samples: list[float]) -> dict[str, float]:
    s = sorted(samples)
    if not s:
        return {}
    pick = lambda q: s[min(len(s) - 1, int(round(q * (len(s) - 1))))]  # noqa: E731
    return {"median": pick(0.5), "p95": pick(0.95), "p99": pick(0.99), "max": s[-1]}
