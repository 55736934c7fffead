"""Fixtures for the real infrastructure: the Kafka broker and PostgreSQL that `make test` starts
(TEST_KAFKA_BOOTSTRAP, TEST_DATABASE_URL), or testcontainers where a Docker engine answers.
Integration tests never fall back to fakes: without the infrastructure they fail and say why."""
from __future__ import annotations

import os
import shutil
import subprocess
import uuid

import asyncpg
import pytest


def _docker_available() -> bool:
    if not shutil.which("docker"):
        return False
    return subprocess.run(["docker", "info"], capture_output=True).returncode == 0


@pytest.fixture(scope="session")
def kafka_bootstrap() -> str:
    if os.environ.get("TEST_KAFKA_BOOTSTRAP"):
        return os.environ["TEST_KAFKA_BOOTSTRAP"]
    if _docker_available():
        from testcontainers.kafka import KafkaContainer

        container = KafkaContainer().with_kraft()
        container.start()
        return container.get_bootstrap_server()
    pytest.fail("no Kafka: run the tests with `make test` (it starts a broker) or set TEST_KAFKA_BOOTSTRAP")


@pytest.fixture(scope="session")
def pg_url() -> str:
    """An asyncpg URL of a PostgreSQL server (its maintenance database)."""
    if os.environ.get("TEST_DATABASE_URL"):
        return os.environ["TEST_DATABASE_URL"]
    if _docker_available():
        from testcontainers.postgres import PostgresContainer

        container = PostgresContainer("postgres:16-alpine", driver="asyncpg")
        container.start()
        return container.get_connection_url()
    pytest.fail("no PostgreSQL: run the tests with `make test` or set TEST_DATABASE_URL")


def _plain(url: str) -> str:
    return url.replace("postgresql+asyncpg://", "postgresql://")


@pytest.fixture(scope="session")
def new_database(pg_url):
    """Creates a fresh, empty PostgreSQL database per call and returns its SQLAlchemy URL."""
    created: list[str] = []

    async def make(prefix: str = "t") -> str:
        name = f"{prefix}_{uuid.uuid4().hex[:10]}".lower()
        conn = await asyncpg.connect(_plain(pg_url))
        try:
            await conn.execute(f'CREATE DATABASE "{name}"')
        finally:
            await conn.close()
        created.append(name)
        base, _, _ = pg_url.rpartition("/")
        return f"{base}/{name}"

    yield make
