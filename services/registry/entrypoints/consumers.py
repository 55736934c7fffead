"""Kafka entrypoint: other member states' registry events into this node's read-only replica."""
from __future__ import annotations

from aiokafka import ConsumerRecord

from services.registry.domain.errors import InvalidField
from services.registry.service_layer.services import RegistryService
from shared.contracts.registry import InvalidRegistryEvent, decode, topic_country
from shared.events import CloudEvent
from shared.kafka import PermanentEventError


def make_handlers(service: RegistryService):
    async def handle(event: CloudEvent, record: ConsumerRecord) -> None:
        if topic_country(record.topic) == service.country:
            return  # our own topics: this node is their writer
        try:
            kind, data = decode(event.type, event.source, event.data, record.topic)
            await service.apply_remote(kind, data.record)
        except (InvalidRegistryEvent, InvalidField) as exc:
            raise PermanentEventError(str(exc)) from exc

    async def handle_batch(items: list[tuple[CloudEvent, ConsumerRecord]]) -> None:
        # Any contract breach raises, and the runner retries the batch one event at a time, so that only
        # the bad event is dead-lettered.
        records = [decode(e.type, e.source, e.data, r.topic) for e, r in items
                   if topic_country(r.topic) != service.country]
        await service.apply_remote_many([(kind, data.record) for kind, data in records])

    return handle, handle_batch
