"""Wires the events service: settings -> runtime -> services -> HTTP, Kafka and background entrypoints."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

from fastapi import FastAPI

from services.events.adapters.orm import metadata
from services.events.entrypoints.api import build_router, install_error_handlers
from services.events.entrypoints.consumers import make_registry_handler
from services.events.entrypoints.sweeper import Sweeper
from services.events.service_layer.booking import BookingService
from services.events.service_layer.catalogue_view import CatalogueView
from services.events.service_layer.editing import EditService
from services.events.service_layer.forums import ForumsService
from services.events.service_layer.onsite import OnSiteService
from services.events.service_layer.fairs import FairsService
from services.events.service_layer.meetings import MeetingsService
from services.events.settings import EventsSettings
from shared.app import service_app
from shared.contracts.events import APPLICATIONS_TOPIC, BOOKINGS_TOPIC, FAIRS_TOPIC, MEETINGS_TOPIC
from shared.contracts.registry import PRODUCERS_TOPIC_PATTERN, PRODUCTS_TOPIC_PATTERN
from shared.logging import configure_logging
from shared.runtime import Runtime


class EventsRuntime(Runtime):
    """The shared runtime plus the sweeper, started after the database and the outbox relay."""

    sweeper: Sweeper | None = None

    async def start(self) -> None:
        await super().start()
        if self.sweeper:
            await self.sweeper.start()

    async def stop(self) -> None:
        if self.sweeper:
            await self.sweeper.stop()
        await super().stop()

    async def workers_ok(self) -> bool:
        return await super().workers_ok() and (self.sweeper is None or self.sweeper.running)


@dataclass
class Container:
    settings: EventsSettings
    runtime: Runtime
    view: CatalogueView
    fairs: FairsService
    booking: BookingService
    meetings: MeetingsService
    edits: EditService
    onsite: OnSiteService
    forums: ForumsService


def bootstrap(settings: EventsSettings) -> Container:
    runtime = EventsRuntime(settings, metadata, Path(__file__).parent / "migrations", client_id="events")
    runtime.own_topics({FAIRS_TOPIC: {}, APPLICATIONS_TOPIC: {}, BOOKINGS_TOPIC: {}, MEETINGS_TOPIC: {}})
    view = CatalogueView(runtime.sessions)
    handler, batch_handler = make_registry_handler(view)
    runtime.consume(group_id="events-catalogue-producers", handler=handler, batch_handler=batch_handler,
                    pattern=PRODUCERS_TOPIC_PATTERN)
    runtime.consume(group_id="events-catalogue-products", handler=handler, batch_handler=batch_handler,
                    pattern=PRODUCTS_TOPIC_PATTERN)
    fairs = FairsService(runtime.sessions, runtime.outbox)
    booking = BookingService(runtime.sessions, runtime.outbox)
    meetings = MeetingsService(runtime.sessions, runtime.outbox)
    edits = EditService(runtime.sessions, runtime.outbox)
    onsite = OnSiteService(runtime.sessions, runtime.outbox, meetings)
    forums = ForumsService(runtime.sessions)
    runtime.sweeper = Sweeper(booking, meetings, onsite, settings.sweep_interval_s,
                              timedelta(minutes=settings.reminder_lead_minutes),
                              timedelta(minutes=settings.no_show_grace_minutes))
    return Container(settings, runtime, view, fairs, booking, meetings, edits, onsite, forums)


def create_app(settings: EventsSettings | None = None) -> FastAPI:
    settings = settings or EventsSettings()
    configure_logging("events", settings.log_level)
    container = bootstrap(settings)
    return service_app(title="OVOP fairs", container=container, runtime=container.runtime,
                       routers=[build_router()], error_handlers=[install_error_handlers],
                       examples=Path(__file__).parent / "entrypoints" / "openapi_examples.json")
