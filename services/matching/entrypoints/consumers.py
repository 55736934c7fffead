"""Kafka entrypoints: every member state's registry events into the regional catalogue; trade's closed requests."""
from __future__ import annotations

from aiokafka import ConsumerRecord

from services.matching.service_layer.catalogue import Catalogue
from services.matching.service_layer.sourcing import Sourcing
from shared.contracts import trade
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


def make_trade_closures_handler(sourcing: Sourcing):
    """A request whose quote the buyer accepted in trade is closed here, so it is matched no more (trade's other
    closures, the deadline and the quote limit, leave it as it is: matching expires it itself)."""
    async def handle(event: CloudEvent, record: ConsumerRecord) -> None:
        if event.source != trade.SOURCE or event.type != trade.REQUEST_CLOSED:
            raise PermanentEventError(f"{event.type!r} from {event.source!r} is not trade's request.closed")
        try:
            closed = trade.RequestClosed.model_validate(event.data)
        except ValueError as exc:
            raise PermanentEventError(f"data does not match RequestClosed: {exc}") from exc
        if closed.reason == "accepted":
            await sourcing.close_on_acceptance(closed.id)

    return handle
