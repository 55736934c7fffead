"""Kafka entrypoints: matching's requests and matches, the fairs' organisers and meeting outcomes, and the
registry's producers (their provinces, and contacts where e-mail is on), each decoded against its contract and handed to one service-layer call."""
from __future__ import annotations

from aiokafka import ConsumerRecord
from pydantic import ValidationError

from services.trade.domain.trade import ClosedBecause
from services.trade.service_layer.indicators import Indicators
from services.trade.service_layer.sourcing_view import SourcingView
from services.trade.service_layer.trade import Trade
from shared.contracts import events as fairs
from shared.contracts import matching
from shared.contracts.registry import InvalidRegistryEvent, decode
from shared.events import CloudEvent
from shared.kafka import PermanentEventError


def _matching_event(event: CloudEvent):
    if event.source != matching.SOURCE:
        raise PermanentEventError(f"source {event.source!r} may not publish on matching's topics")
    if event.type not in matching.EVENT_SCHEMAS:
        raise PermanentEventError(f"unknown event type {event.type!r} on matching's topics")
    _topic, schema = matching.EVENT_SCHEMAS[event.type]
    try:
        return schema.model_validate(event.data)
    except ValidationError as exc:
        raise PermanentEventError(f"data does not match {schema.__name__}: {exc.errors()[:3]}") from exc


def make_sourcing_handler(view: SourcingView, trade: Trade):
    async def apply(events: list[CloudEvent]) -> None:
        decoded = [_matching_event(e) for e in events]
        ended = await view.apply([d for d in decoded if isinstance(d, matching.RfqEvent)],
                                 [d for d in decoded if isinstance(d, matching.MatchEvent)])
        for rfq_id, status in ended.items():  # after the replica's commit; a replay finds it closed and does nothing
            # Matching expiring a request is its deadline passing, whichever of the two services sees it first.
            await trade.close_request(rfq_id, ClosedBecause.deadline if status == "expired" else ClosedBecause.ended)

    async def handle(event: CloudEvent, record: ConsumerRecord) -> None:
        await apply([event])

    async def handle_batch(items: list[tuple[CloudEvent, ConsumerRecord]]) -> None:
        await apply([e for e, _r in items])

    return handle, handle_batch


def make_meetings_handler(indicators: Indicators):
    def outcomes(events: list[CloudEvent]) -> list[fairs.MeetingOutcome]:
        found = []
        for e in events:
            if e.type != fairs.MEETING_OUTCOME_RECORDED:
                continue  # scheduled, cancelled, reminders: not trade's business
            if e.source != fairs.SOURCE:
                raise PermanentEventError(f"source {e.source!r} may not publish meeting outcomes")
            try:
                outcome = fairs.MeetingOutcome.model_validate(e.data)
            except ValidationError as exc:
                raise PermanentEventError(f"data does not match MeetingOutcome: {exc.errors()[:3]}") from exc
            if outcome.outcome not in ("no_interest", "follow_up", "deal"):
                raise PermanentEventError(f"outcome {outcome.outcome!r} is not no_interest, follow_up or deal")
            found.append(outcome)
        return found

    async def handle(event: CloudEvent, record: ConsumerRecord) -> None:
        if found := outcomes([event]):
            await indicators.apply_meeting_outcomes(found)

    async def handle_batch(items: list[tuple[CloudEvent, ConsumerRecord]]) -> None:
        if found := outcomes([e for e, _r in items]):
            await indicators.apply_meeting_outcomes(found)

    return handle, handle_batch


def make_fairs_handler(indicators: Indicators):
    """Who runs each fair, from the fairs service (a fair's outcome report is its organisers')."""
    def organisers(events: list[CloudEvent]) -> list[fairs.FairOrganisers]:
        found = []
        for e in events:
            if e.source != fairs.SOURCE:
                raise PermanentEventError(f"source {e.source!r} may not publish on the fairs' topics")
            if e.type != fairs.FAIR_ORGANISERS_CHANGED:
                raise PermanentEventError(f"unknown event type {e.type!r} on {fairs.FAIRS_TOPIC}")
            try:
                found.append(fairs.FairOrganisers.model_validate(e.data))
            except ValidationError as exc:
                raise PermanentEventError(f"data does not match FairOrganisers: {exc.errors()[:3]}") from exc
        return found

    async def handle(event: CloudEvent, record: ConsumerRecord) -> None:
        await indicators.apply_fair_organisers(organisers([event]))

    async def handle_batch(items: list[tuple[CloudEvent, ConsumerRecord]]) -> None:
        await indicators.apply_fair_organisers(organisers([e for e, _r in items]))

    return handle, handle_batch


def make_producers_handler(view: SourcingView):
    async def handle(event: CloudEvent, record: ConsumerRecord) -> None:
        try:
            kind, data = decode(event.type, event.source, event.data, record.topic)
        except InvalidRegistryEvent as exc:
            raise PermanentEventError(str(exc)) from exc
        await view.apply_contacts([{**data.record, "version": data.version}])

    async def handle_batch(items: list[tuple[CloudEvent, ConsumerRecord]]) -> None:
        decoded = [decode(e.type, e.source, e.data, r.topic)[1] for e, r in items]
        await view.apply_contacts([{**d.record, "version": d.version} for d in decoded])

    return handle, handle_batch
