"""The pieces a service runs beside its HTTP app: database, Kafka producer, outbox relay, consumers.

A service's `bootstrap.py` builds one `Runtime`, adds its consumers, and ties `start`/`stop` to the app's
lifespan. Start order matters: migrations, then producer and topics, then relay and consumers.
"""
from __future__ import annotations

import logging
import uuid
from datetime import datetime, timezone
from collections.abc import Callable
from pathlib import Path

from aiokafka import AIOKafkaProducer
from sqlalchemy import MetaData, select, text

from shared.background import retry
from shared.db import make_engine, make_session_factory
from shared.kafka import (BatchHandler, ConsumerRunner, Handler, ensure_topics, kafka_reachable, kafka_security,
                          make_producer)
from shared.migrations import upgrade_to_head
from shared.outbox import Outbox, OutboxRelay
from shared.relay_process import RelayProcess
from shared.settings import ServiceSettings
from shared.signing import EventSigner, KeyDirectory

log = logging.getLogger(__name__)


class Runtime:
    def __init__(self, settings: ServiceSettings, metadata: MetaData, migrations: Path, client_id: str) -> None:
        self.settings = settings
        self.engine = make_engine(settings.database_url)
        self.sessions = make_session_factory(self.engine)
        self.migrations = migrations
        self.metadata = metadata
        self.instance_id = ""
        self.keys = KeyDirectory(settings.event_keys_directory) if settings.event_keys_directory else None
        if self.keys is None:
            log.warning("EVENT_KEYS_DIRECTORY is not set: registry events are applied without a signature check")
        self.client_id = client_id
        self.outbox = Outbox(metadata.tables["outbox"]) if "outbox" in metadata.tables else None
        # aiokafka clients bind to the running event loop, so they are made in start().
        self.producer: AIOKafkaProducer | None = None
        self.relay: OutboxRelay | RelayProcess | None = None
        self.topics: dict[str, dict[str, str]] = {}
        self.consumers: list[ConsumerRunner] = []
        self._consumer_specs: list[dict] = []
        self._on_start: list[Callable] = []
        self._on_stop: list[Callable] = []

    def on_start(self, hook: Callable) -> None:
        """An async callable run after migrations and before the consumers start."""
        self._on_start.append(hook)

    def on_stop(self, hook: Callable) -> None:
        self._on_stop.append(hook)

    def own_topics(self, topics: dict[str, dict[str, str]]) -> None:
        self.topics.update(topics)

    def consume(self, *, group_id: str, handler: Handler, topics: list[str] | None = None,
                pattern: str | None = None, batch_handler: BatchHandler | None = None) -> None:
        self._consumer_specs.append(dict(group_id=group_id, handler=handler, topics=topics, pattern=pattern,
                                         batch_handler=batch_handler))

    @property
    def dead_letter_topic(self) -> str:
        return f"ovop.deadletter.{self.client_id}"

    async def start(self) -> None:
        await upgrade_to_head(self.engine, self.migrations)
        self.instance_id = await self._instance_id()
        for hook in self._on_start:
            await hook()
        security = kafka_security(self.settings)
        self.producer = make_producer(self.settings.kafka_bootstrap, self.client_id, security)
        await retry("kafka producer", self.producer.start)
        await retry("topics", lambda: ensure_topics(
            self.settings.kafka_bootstrap, {**self.topics, self.dead_letter_topic: {}},
            self.settings.kafka_topic_partitions, self.settings.kafka_replication_factor,
            self.settings.kafka_topic_prefix, security))
        if self.outbox and self.relay_in_process:
            self.relay = RelayProcess(self.outbox, self.settings.model_dump_json(), self.client_id)
            await self.relay.start()
        elif self.outbox:
            # The relay has a producer of its own, which it can replace without touching the consumers'.
            relay_producer = lambda: make_producer(self.settings.kafka_bootstrap, f"{self.client_id}-outbox",  # noqa: E731
                                                   security)
            producer = relay_producer()
            await retry("kafka producer (outbox)", producer.start)
            self.relay = OutboxRelay(self.outbox, self.sessions, producer, self.settings.outbox_poll_interval_s,
                                     topic_prefix=self.settings.kafka_topic_prefix,
                                     signer=EventSigner.from_file(self.settings.event_signing_key_file),
                                     producer_factory=relay_producer)
            await self.relay.start()
        for spec in self._consumer_specs:
            spec = {**spec, "group_id": f"{spec['group_id']}.{self.instance_id}"}
            runner = ConsumerRunner(bootstrap=self.settings.kafka_bootstrap, producer=self.producer,
                                    dead_letter_topic=self.dead_letter_topic,
                                    metadata_max_age_ms=self.settings.kafka_metadata_max_age_ms,
                                    topic_prefix=self.settings.kafka_topic_prefix,
                                    authenticate=self.keys.check if self.keys else None,
                                    fault_exit_before_commit_after=self.settings.fault_exit_before_commit_after,
                                    security=security, **spec)
            await retry(f"consumer {spec['group_id']}", runner.start)
            self.consumers.append(runner)

    async def stop(self) -> None:
        for hook in self._on_stop:
            await hook()
        for runner in self.consumers:
            await runner.stop()
        if self.relay:
            await self.relay.stop()
        if self.producer:
            await self.producer.stop()
        await self.engine.dispose()

    @property
    def relay_in_process(self) -> bool:
        """Does the outbox relay run in a child process of its own (OUTBOX_RELAY)?"""
        mode = self.settings.outbox_relay
        return mode == "process" or (mode == "auto" and self.engine.dialect.name == "postgresql")

    async def _instance_id(self) -> str:
        table = self.metadata.tables["service_instance"]
        async with self.sessions() as session, session.begin():
            found = (await session.execute(select(table.c.instance_id).where(table.c.id == 1))).scalar_one_or_none()
            if found:
                return found
            new = uuid.uuid4().hex[:12]
            await session.execute(table.insert().values(id=1, instance_id=new, created_at=datetime.now(timezone.utc)))
            return new

    # -- readiness -----------------------------------------------------------------------------
    async def database_ok(self) -> bool:
        async with self.engine.connect() as conn:
            await conn.execute(text("SELECT 1"))
        return True

    async def kafka_ok(self) -> bool:
        return await kafka_reachable(self.settings.kafka_bootstrap)

    async def workers_ok(self) -> bool:
        return (self.outbox is None or (self.relay is not None and self.relay.running)) and all(c.running for c in self.consumers)

    def readiness_checks(self) -> dict:
        return {"database": self.database_ok, "kafka": self.kafka_ok, "workers": self.workers_ok}
