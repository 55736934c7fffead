"""Wires the events service: settings -> runtime -> catalogue view -> HTTP and Kafka entrypoints."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from fastapi import FastAPI

from services.events.adapters.orm import metadata
from services.events.entrypoints.api import build_router
from services.events.entrypoints.consumers import make_registry_handler
from services.events.service_layer.catalogue_view import CatalogueView
from services.events.settings import EventsSettings
from shared.contracts.registry import PRODUCERS_TOPIC_PATTERN, PRODUCTS_TOPIC_PATTERN
from shared.app import service_app
from shared.logging import configure_logging
from shared.runtime import Runtime


@dataclass
class Container:
    settings: EventsSettings
    runtime: Runtime
    view: CatalogueView


def bootstrap(settings: EventsSettings) -> Container:
    runtime = Runtime(settings, metadata, Path(__file__).parent / "migrations", client_id="events")
    view = CatalogueView(runtime.sessions)
    handler, batch_handler = make_registry_handler(view)
    runtime.consume(group_id="events-catalogue-producers", handler=handler, batch_handler=batch_handler,
                    pattern=PRODUCERS_TOPIC_PATTERN)
    runtime.consume(group_id="events-catalogue-products", handler=handler, batch_handler=batch_handler,
                    pattern=PRODUCTS_TOPIC_PATTERN)
    return Container(settings, runtime, view)


def create_app(settings: EventsSettings | None = None) -> FastAPI:
    settings = settings or EventsSettings()
    configure_logging("events", settings.log_level)
    container = bootstrap(settings)
    return service_app(title="OVOP fairs", container=container, runtime=container.runtime,
                       routers=[build_router()])
