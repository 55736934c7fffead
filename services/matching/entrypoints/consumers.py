"""Kafka entrypoint: every member state's registry events into the regional catalogue."""
from __future__ import annotations

from aiokafka import ConsumerRecord

from services.matching.service_layer.catalogue import Catalogue
from shared.contracts.registry import InvalidRegistryEvent, decode
from shared.events import CloudEvent
from shared.kafka import PermanentEventError


def make_registry_handler(catalogue: Catalogue):
    async def handle(event: CloudEvent, record: ConsumerRecord) -> None:
        try:
            kind, data = decode(event.type, event.source, event.data, record.topic)
        except InvalidRegistryEvent as exc:
            raise PermanentEventError(str(exc)) from exc
        await catalogue.apply(kind, data.record)

    async def handle_batch(items: list[tuple[CloudEvent, ConsumerRecord]]) -> None:
        # A contract breach raises; the runner then retries the batch event by event to isolate it.
        decoded = [decode(e.type, e.source, e.data, r.topic) for e, r in items]
        await catalogue.apply_many([(kind, data.record) for kind, data in decoded])

    return handle, handle_batch
