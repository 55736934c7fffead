"""Kafka entrypoint: the regional topics' events, fanned out into deliveries for the subscriptions that may see them."""
from __future__ import annotations

from aiokafka import ConsumerRecord

from services.webhooks.service_layer.webhooks import Event, Webhooks
from shared.contracts.registry import InvalidRegistryEvent, decode
from shared.events import CloudEvent
from shared.kafka import PermanentEventError


def _event(event: CloudEvent, record: ConsumerRecord) -> Event:
    if event.source.startswith("/registry/"):
        try:
            # The registry's trust rules: the record belongs to the topic's and the source's country.
            decode(event.type, event.source, event.data, record.topic)
        except InvalidRegistryEvent as exc:
            raise PermanentEventError(str(exc)) from exc
    return Event(event.id, event.type, event.time, dict(event.data))


def make_handlers(webhooks: Webhooks):
    async def handle(event: CloudEvent, record: ConsumerRecord) -> None:
        await webhooks.fan_out([_event(event, record)])

    async def handle_batch(items: list[tuple[CloudEvent, ConsumerRecord]]) -> None:
        await webhooks.fan_out([_event(e, r) for e, r in items])

    return handle, handle_batch
