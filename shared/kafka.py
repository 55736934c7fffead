"""Kafka plumbing: an idempotent producer, topic creation, and a consumer runner that commits offsets
only after the handler's effect is committed, with retries and a dead-letter topic."""
from __future__ import annotations

import asyncio
import dataclasses
import json
import logging
import os
import re
from collections.abc import Awaitable, Callable
from datetime import datetime, timezone

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, ConsumerRecord, TopicPartition
from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from aiokafka.errors import TopicAlreadyExistsError

from shared.background import BackgroundLoop
from shared.events import CloudEvent, EnvelopeError
from shared.logging import request_id_var, traceparent_var

log = logging.getLogger(__name__)

Handler = Callable[[CloudEvent, ConsumerRecord], Awaitable[None]]
# Applies many events in one database transaction; all or nothing.
BatchHandler = Callable[[list[tuple[CloudEvent, ConsumerRecord]]], Awaitable[None]]


class PermanentEventError(Exception):
    """The event can never be applied (bad schema, wrong source, unknown reference): dead-letter it."""


def is_transient(exc: BaseException) -> bool:
    """The database or the network is away for now: wait and retry, never dead-letter (a restarted
    PostgreSQL must not turn valid events into dead letters)."""
    from sqlalchemy.exc import DBAPIError, InterfaceError, OperationalError

    if isinstance(exc, (OSError, ConnectionError, asyncio.TimeoutError, OperationalError, InterfaceError)):
        return True
    if isinstance(exc, DBAPIError) and exc.connection_invalidated:
        return True
    text = repr(exc)
    return any(s in text for s in ("ConnectionDoesNotExist", "CannotConnectNow", "connection was closed",
                                   "AdminShutdown", "the database system is", "Connection refused"))


def kafka_security(settings) -> dict:
    """The aiokafka options that authenticate a service as its own principal (SASL/SCRAM), from its
    settings; empty for a PLAINTEXT broker. Every client a service creates takes these."""
    if settings.kafka_security_protocol == "PLAINTEXT":
        return {}
    return {"security_protocol": settings.kafka_security_protocol, "sasl_mechanism": settings.kafka_sasl_mechanism,
            "sasl_plain_username": settings.kafka_sasl_username, "sasl_plain_password": settings.kafka_sasl_password}


def make_producer(bootstrap: str, client_id: str, security: dict | None = None) -> AIOKafkaProducer:
    # aiokafka defaults to idempotence off; the contract is acks=all with idempotence on.
    return AIOKafkaProducer(
        **(security or {}),
        bootstrap_servers=bootstrap,
        client_id=client_id,
        acks="all",
        enable_idempotence=True,
        linger_ms=5,
        request_timeout_ms=30000,
        retry_backoff_ms=200,
    )


async def ensure_topics(bootstrap: str, topics: dict[str, dict[str, str]], partitions: int, replication: int,
                        prefix: str = "", security: dict | None = None) -> None:
    """Create the topics this service writes (idempotent). `topics` maps name -> topic configs."""
    topics = {prefix + name: cfg for name, cfg in topics.items()}
    admin = AIOKafkaAdminClient(**(security or {}), bootstrap_servers=bootstrap, request_timeout_ms=15000)
    await admin.start()
    try:
        existing = set(await admin.list_topics())
        new = [
            NewTopic(name=name, num_partitions=partitions, replication_factor=replication, topic_configs=cfg)
            for name, cfg in topics.items()
            if name not in existing
        ]
        if new:
            try:
                await admin.create_topics(new)
            except TopicAlreadyExistsError:
                pass
    finally:
        await admin.close()


async def kafka_reachable(bootstrap: str, timeout_s: float = 2.0) -> bool:
    host, _, port = bootstrap.split(",")[0].rpartition(":")
    try:
        _, writer = await asyncio.wait_for(asyncio.open_connection(host, int(port)), timeout_s)
    except (OSError, asyncio.TimeoutError, ValueError):
        return False
    writer.close()
    return True


class ConsumerRunner(BackgroundLoop):
    """Consumes topics (by name or pattern) and hands each event to `handler`.

    The offset of a message is committed only once the handler has returned, i.e. after the handler's own
    database transaction is committed; handlers must therefore be idempotent (a crash between the two
    replays the message). A transient failure is retried with back-off; a message that cannot be parsed or
    is refused as permanently invalid goes to the dead-letter topic with the reason and its origin.

    With a `batch_handler`, the events of one poll of a partition are applied in one transaction (much
    faster when a whole country's catalogue streams in); if the batch fails, its events are retried one
    by one through `handler`, so a single bad event is isolated and dead-lettered alone.
    """

    def __init__(
        self,
        *,
        bootstrap: str,
        group_id: str,
        handler: Handler,
        producer: AIOKafkaProducer,
        dead_letter_topic: str,
        topics: list[str] | None = None,
        pattern: str | None = None,
        metadata_max_age_ms: int = 3000,
        max_attempts: int = 5,
        batch_handler: BatchHandler | None = None,
        topic_prefix: str = "",
        authenticate: Callable[[ConsumerRecord], None] | None = None,
        fault_exit_before_commit_after: int | None = None,
        security: dict | None = None,
    ) -> None:
        if not topics and not pattern:
            raise ValueError("give topics or a pattern")
        self.bootstrap, self.group_id, self.handler = bootstrap, group_id, handler
        self.producer, self.dead_letter_topic = producer, dead_letter_topic
        self.topics, self.pattern = topics, pattern
        self.metadata_max_age_ms = metadata_max_age_ms
        self.max_attempts = max_attempts
        self.batch_handler = batch_handler
        self.prefix = topic_prefix
        # Raises for a message that is not authentic (e.g. a signature check); it is dead-lettered.
        self.authenticate = authenticate
        # Fault injection for the tests: the process dies after handling this many messages, before
        # committing their offsets (the worst moment for "exactly once" effects).
        self.fault_exit_after = fault_exit_before_commit_after
        self.security = security or {}
        super().__init__()
        self.name = f"consumer:{group_id}"
        self._consumer: AIOKafkaConsumer | None = None
        self.processed = 0
        self.dead_lettered = 0

    async def start(self) -> None:
        self._consumer = AIOKafkaConsumer(
            **self.security,
            bootstrap_servers=self.bootstrap,
            group_id=self.group_id,
            enable_auto_commit=False,
            auto_offset_reset="earliest",
            metadata_max_age_ms=self.metadata_max_age_ms,
            max_poll_records=500,
            session_timeout_ms=30000,
            heartbeat_interval_ms=3000,
        )
        await self._consumer.start()
        if self.pattern:
            self._consumer.subscribe(pattern="^" + re.escape(self.prefix) + self.pattern.removeprefix("^"))
        else:
            self._consumer.subscribe(topics=[self.prefix + t for t in self.topics])
        await super().start()

    async def stop(self) -> None:
        await super().stop()
        if self._consumer:
            await self._consumer.stop()

    async def _run(self) -> None:
        assert self._consumer is not None
        while True:
            try:
                batches = await self._consumer.getmany(timeout_ms=500)
            except asyncio.CancelledError:
                raise
            except Exception:
                log.exception("poll failed; retrying")
                await asyncio.sleep(1)
                continue
            items = list(batches.items())
            for i, (tp, records) in enumerate(items):
                try:
                    await self._process(tp, records)
                except asyncio.CancelledError:
                    raise
                except Exception:  # e.g. the broker went away while dead-lettering: read these again
                    log.exception("processing %s failed; re-reading from offset %d", tp, records[0].offset)
                    for later_tp, later in items[i:]:  # the fetch position has moved past all of them
                        self._consumer.seek(later_tp, later[0].offset)
                    await asyncio.sleep(1)
                    break

    async def _process(self, tp: TopicPartition, physical: list[ConsumerRecord]) -> None:
        records = physical
        if self.prefix:  # handlers see logical topic names
            records = [dataclasses.replace(r, topic=r.topic[len(self.prefix):]) for r in physical]
        if self.batch_handler is None or not await self._handle_batch(records):
            for record in records:
                await self._handle(record)
        self.processed += len(records)
        if self.fault_exit_after is not None and self.processed >= self.fault_exit_after:
            log.error("fault injection: exiting before committing offsets (%d handled)", self.processed)
            os._exit(137)
        # The effect of every record up to here is committed; now their offsets may be.
        await self._commit(tp, physical[-1].offset + 1)

    async def _commit(self, tp: TopicPartition, offset: int) -> None:
        assert self._consumer is not None
        delay = 0.2
        while True:
            try:
                await self._consumer.commit({tp: offset})
                return
            except asyncio.CancelledError:
                raise
            except Exception as exc:  # a rebalance or a broker restart: the records replay idempotently
                log.warning("offset commit failed (%s); retrying", exc)
                await asyncio.sleep(delay)
                delay = min(delay * 2, 5)
                if tp not in self._consumer.assignment():
                    return

    async def _handle_batch(self, records: list[ConsumerRecord]) -> bool:
        """True if the whole batch was applied; False to fall back to one-by-one handling."""
        assert self.batch_handler is not None
        try:
            events = []
            for r in records:
                if self.authenticate:
                    self.authenticate(r)
                events.append((CloudEvent.from_kafka(r.headers, r.value), r))
        except Exception:  # one by one: the bad message is dead-lettered alone
            return False
        try:
            await self.batch_handler(events)
            return True
        except asyncio.CancelledError:
            raise
        except Exception as exc:
            log.warning("batch of %d failed (%r); handling its events one by one", len(records), exc)
            return False

    async def reprocess(self, record: ConsumerRecord) -> None:
        """Runs a (dead-lettered) message through the same checks and handler once; raises if it still fails."""
        if self.authenticate:
            self.authenticate(record)
        await self.handler(CloudEvent.from_kafka(record.headers, record.value), record)

    async def _handle(self, record: ConsumerRecord) -> None:
        if self.authenticate:
            try:
                self.authenticate(record)
            except Exception as exc:
                await self._dead_letter(record, f"not authentic: {exc}")
                return
        try:
            event = CloudEvent.from_kafka(record.headers, record.value)
        except EnvelopeError as exc:
            await self._dead_letter(record, f"unreadable envelope: {exc}")
            return
        token_r = request_id_var.set(event.id)
        token_t = traceparent_var.set(event.traceparent)
        try:
            delay = 0.2
            attempt = 0
            while True:
                attempt += 1
                try:
                    await self.handler(event, record)
                    return
                except PermanentEventError as exc:
                    await self._dead_letter(record, str(exc))
                    return
                except asyncio.CancelledError:
                    raise
                except Exception as exc:
                    if is_transient(exc):
                        log.warning("handler waits for the database or network: %r", exc,
                                    extra={"event_id": event.id, "topic": record.topic})
                        await asyncio.sleep(delay)
                        delay = min(delay * 2, 5)
                        continue
                    if attempt == self.max_attempts:
                        log.exception("handler failed %d times; dead-lettering", attempt,
                                      extra={"event_id": event.id, "topic": record.topic})
                        await self._dead_letter(record, f"handler failed {attempt} times: {exc!r}")
                        return
                    log.warning("handler failed (attempt %d): %r; retrying", attempt, exc,
                                extra={"event_id": event.id, "topic": record.topic})
                    await asyncio.sleep(delay)
                    delay = min(delay * 2, 5)
        finally:
            request_id_var.reset(token_r)
            traceparent_var.reset(token_t)

    async def _dead_letter(self, record: ConsumerRecord, reason: str) -> None:
        headers = list(record.headers or ()) + [
            ("dlq_reason", reason.encode()[:2000]),
            ("dlq_origin", json.dumps({"topic": self.prefix + record.topic, "partition": record.partition,
                                       "offset": record.offset, "group": self.group_id}).encode()),
            ("dlq_time", datetime.now(timezone.utc).isoformat().encode()),
        ]
        # Awaited to the broker's ack: the offset is committed after this, so the message is never lost.
        await self.producer.send_and_wait(self.prefix + self.dead_letter_topic, value=record.value, key=record.key, headers=headers)
        self.dead_lettered += 1
        log.error("dead-lettered: %s", reason, extra={"topic": record.topic})
