"""Kafka entrypoint: other member states' registry events into this node's read-only replica."""
from __future__ import annotations

from aiokafka import ConsumerRecord

from services.registry.domain.errors import InvalidField
from services.registry.service_layer.services import RegistryService
from shared.contracts.registry import InvalidRegistryEvent, decode, topic_country
from shared.events import CloudEvent
from shared.kafka import PermanentEventError


def make_handler(service: RegistryService):
    async def handle(event: CloudEvent, record: ConsumerRecord) -> None:
        if topic_country(record.topic) == service.country:
            return  # our own topics: this node is their writer
        try:
            kind, data = decode(event.type, event.source, event.data, record.topic)
            await service.apply_remote(kind, data.record)
        except (InvalidRegistryEvent, InvalidField) as exc:
            raise PermanentEventError(str(exc)) from exc

    return handle
