"""Wires matching: settings -> runtime -> catalogue -> HTTP and Kafka entrypoints."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from fastapi import FastAPI

from services.matching.adapters.orm import metadata
from services.matching.entrypoints.api import build_router
from services.matching.entrypoints.consumers import make_registry_handler
from services.matching.service_layer.catalogue import Catalogue
from services.matching.settings import MatchingSettings
from shared.contracts.registry import PRODUCERS_TOPIC_PATTERN, PRODUCTS_TOPIC_PATTERN
from shared.app import service_app
from shared.logging import configure_logging
from shared.runtime import Runtime


@dataclass
class Container:
    settings: MatchingSettings
    runtime: Runtime
    catalogue: Catalogue


def bootstrap(settings: MatchingSettings) -> Container:
    runtime = Runtime(settings, metadata, Path(__file__).parent / "migrations", client_id="matching")
    catalogue = Catalogue(runtime.sessions)
    handler, batch_handler = make_registry_handler(catalogue)
    runtime.consume(group_id="matching-catalogue-producers", handler=handler, batch_handler=batch_handler,
                    pattern=PRODUCERS_TOPIC_PATTERN)
    runtime.consume(group_id="matching-catalogue-products", handler=handler, batch_handler=batch_handler,
                    pattern=PRODUCTS_TOPIC_PATTERN)
    return Container(settings, runtime, catalogue)


def create_app(settings: MatchingSettings | None = None) -> FastAPI:
    settings = settings or MatchingSettings()
    configure_logging("matching", settings.log_level)
    container = bootstrap(settings)
    return service_app(title="OVOP matching", container=container, runtime=container.runtime,
                       routers=[build_router()])
