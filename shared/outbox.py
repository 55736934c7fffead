"""The transactional outbox: an event is written as a row in the same transaction as the change it
describes, and a relay sends unsent rows to Kafka, in order, until the broker acknowledges them."""
from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from datetime import datetime, timezone

from aiokafka import AIOKafkaProducer
from aiokafka.errors import InvalidProducerIdMapping, OutOfOrderSequenceNumber, UnknownProducerId
from sqlalchemy import (BigInteger, Column, DateTime, Index, Integer, MetaData, String, Table, Text, any_, bindparam,
                        select, update)
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from shared.background import BackgroundLoop
from shared.db import insert_rows
from shared.events import CloudEvent
from shared.signing import EventSigner

log = logging.getLogger(__name__)


def define_outbox(metadata: MetaData) -> Table:
    return Table(
        "outbox",
        metadata,
        # Integer on SQLite so that it is the rowid alias and autoincrements; BIGINT elsewhere.
        Column("seq", BigInteger().with_variant(Integer(), "sqlite"), primary_key=True, autoincrement=True),
        Column("event_id", String(64), nullable=False, unique=True),
        Column("topic", String(255), nullable=False),
        Column("key", String(255), nullable=True),
        Column("envelope", Text, nullable=False),
        Column("created_at", DateTime(timezone=True), nullable=False),
        Column("sent_at", DateTime(timezone=True), nullable=True),
        Index("ix_outbox_unsent", "sent_at", "seq"),
    )


def define_instance(metadata: MetaData) -> Table:
    """One row naming this database's service instance. Consumer groups carry it, so a service started on
    an empty database reads every topic from the start (a rebuild) instead of resuming old offsets."""
    return Table(
        "service_instance",
        metadata,
        Column("id", Integer, primary_key=True),
        Column("instance_id", String(64), nullable=False),
        Column("created_at", DateTime(timezone=True), nullable=False),
    )


class Outbox:
    def __init__(self, table: Table) -> None:
        self.table = table
        self.wakeup = asyncio.Event()

    async def add(self, session: AsyncSession, topic: str, key: str | None, event: CloudEvent) -> None:
        """Stage an event in the caller's transaction; it is sent only if that transaction commits."""
        await session.execute(
            self.table.insert().values(
                event_id=event.id, topic=topic, key=key, envelope=event.to_json(),
                created_at=datetime.now(timezone.utc),
            )
        )

    async def add_many(self, session: AsyncSession, rows: list[tuple[str, str | None, CloudEvent]]) -> None:
        if not rows:
            return
        now = datetime.now(timezone.utc)
        await insert_rows(session, self.table, [dict(event_id=e.id, topic=t, key=k, envelope=e.to_json(), created_at=now)
                                                for t, k, e in rows])

    def notify(self) -> None:
        """Call after a commit that added rows, so the relay sends them without waiting for its next poll."""
        self.wakeup.set()

    async def pending(self, sessions: async_sessionmaker[AsyncSession]) -> int:
        from sqlalchemy import func

        async with sessions() as s:
            return (await s.execute(select(func.count()).select_from(self.table).where(self.table.c.sent_at.is_(None)))).scalar_one()


PRODUCER_STATE_LOST = (OutOfOrderSequenceNumber, UnknownProducerId, InvalidProducerIdMapping)


class OutboxRelay(BackgroundLoop):
    """Sends unsent outbox rows in `seq` order. One relay per service database (a single writer keeps
    each record's events in order); it retries until Kafka acknowledges, so nothing committed is lost."""

    name = "outbox-relay"

    def __init__(self, outbox: Outbox, sessions: async_sessionmaker[AsyncSession], producer: AIOKafkaProducer,
                 poll_interval_s: float = 0.5, batch_size: int = 1000, topic_prefix: str = "",
                 signer: "EventSigner | None" = None,
                 producer_factory: Callable[[], AIOKafkaProducer] | None = None) -> None:
        self.prefix, self.signer = topic_prefix, signer
        self.outbox, self.sessions, self.producer = outbox, sessions, producer
        # An idempotent producer whose sequence the brokers no longer accept (after a partition's leader
        # died with unreplicated writes, say) fails every send for good: the relay then replaces it with a
        # new one (a new producer id) from this factory and sends the unsent rows again.
        self.producer_factory = producer_factory
        self.renewals = 0
        self.poll_interval_s, self.batch_size = poll_interval_s, batch_size
        self.sent = 0
        super().__init__()

    async def _run(self) -> None:
        backoff = 0.2
        while True:
            try:
                sent = await self.relay_once()
                backoff = 0.2
            except asyncio.CancelledError:
                raise
            except PRODUCER_STATE_LOST as exc:
                log.warning("outbox relay: the producer's idempotence state was lost (%r); renewing it", exc)
                await self._renew_producer()
                continue
            except Exception as exc:  # broker or database away: keep the rows, try again
                log.warning("outbox relay failed: %r; retrying in %.1fs", exc, backoff)
                await asyncio.sleep(backoff)
                backoff = min(backoff * 2, 5)
                continue
            if sent < self.batch_size:
                self.outbox.wakeup.clear()
                try:
                    await asyncio.wait_for(self.outbox.wakeup.wait(), self.poll_interval_s)
                except asyncio.TimeoutError:
                    pass

    async def stop(self) -> None:
        """Stops the loop, then the producer it sends with (its own: it may have replaced the one it was given)."""
        await super().stop()
        await self.producer.stop()

    async def _renew_producer(self) -> None:
        if self.producer_factory is None:
            await asyncio.sleep(1)
            return
        old, new = self.producer, self.producer_factory()
        try:
            await new.start()
        except Exception as exc:  # broker away: the next round tries again
            log.warning("outbox relay: a new producer could not start: %r", exc)
            await new.stop()
            await asyncio.sleep(1)
            return
        self.producer = new
        self.renewals += 1
        try:
            await old.stop()
        except Exception as exc:  # it was broken anyway
            log.info("outbox relay: stopping the old producer: %r", exc)

    async def relay_once(self) -> int:
        t = self.outbox.table
        async with self.sessions() as session:
            rows = (
                await session.execute(
                    select(t.c.seq, t.c.topic, t.c.key, t.c.envelope)
                    .where(t.c.sent_at.is_(None)).order_by(t.c.seq).limit(self.batch_size)
                )
            ).all()
        if not rows:
            return 0
        futures = []
        for row in rows:
            value, headers = CloudEvent.kafka_record_of(row.envelope)
            if self.signer:
                headers = self.signer.sign(headers, value)
            futures.append(await self.producer.send(
                self.prefix + row.topic, value=value, key=row.key.encode() if row.key else None, headers=headers,
            ))
        # All acknowledged (acks=all) before any row is marked: a crash in between re-sends, and
        # consumers drop the repeats by record version.
        await asyncio.gather(*futures)
        seqs = [r.seq for r in rows]
        async with self.sessions() as session, session.begin():
            # On PostgreSQL one array parameter, not a thousand (their binding cost the relay a tenth of its CPU).
            these = (t.c.seq == any_(bindparam("seqs", seqs, type_=ARRAY(BigInteger)))
                    if session.bind.dialect.name == "postgresql" else t.c.seq.in_(seqs))
            await session.execute(update(t).where(these).values(sent_at=datetime.now(timezone.utc)))
        self.sent += len(rows)
        return len(rows)
