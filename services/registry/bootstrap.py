"""Wires a registry node: settings -> runtime (database, Kafka, outbox) -> service -> HTTP and Kafka entrypoints."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from fastapi import FastAPI

from services.registry.adapters.orm import metadata
from services.registry.entrypoints.api import build_router, install_domain_errors
from services.registry.entrypoints.consumers import make_handlers
from services.registry.service_layer.imports import ImportService
from services.registry.entrypoints.sweeper import ProgrammeSweeper
from services.registry.service_layer.indicators import Indicators
from services.registry.service_layer.programme import ProgrammeService
from services.registry.service_layer.services import RegistryService
from services.registry.settings import RegistrySettings
from shared.contracts.registry import (directory_topic, other_countries_pattern, producers_topic, products_topic,
                                       programme_topic)
from shared.app import service_app
from shared.logging import configure_logging
from shared.runtime import Runtime

COMPACTED = {"cleanup.policy": "compact", "min.insync.replicas": "1"}


@dataclass
class Container:
    settings: RegistrySettings
    runtime: Runtime
    service: RegistryService
    imports: ImportService
    indicators: Indicators
    programme: ProgrammeService


def bootstrap(settings: RegistrySettings) -> Container:
    cc = settings.node_country
    runtime = Runtime(settings, metadata, Path(__file__).parent / "migrations", client_id=f"registry-{cc}")
    service = RegistryService(cc, runtime.sessions, runtime.outbox)
    imports = ImportService(service, runtime.sessions)
    runtime.on_start(imports.mark_interrupted)
    runtime.on_stop(imports.drain)
    runtime.own_topics({products_topic(cc): COMPACTED, producers_topic(cc): COMPACTED, programme_topic(cc): {},
                        directory_topic(cc): COMPACTED})
    programme = ProgrammeService(service, runtime.sessions, runtime.outbox,
                                 expiry_notice_days=settings.certificate_notice_days)
    sweeper = ProgrammeSweeper(programme, settings.programme_sweep_interval_s)
    runtime.on_start(sweeper.start)
    runtime.on_stop(sweeper.stop)
    handler, batch_handler = make_handlers(service)
    # Each topic is ordered on its own; the replica does not need a product's producer to arrive first.
    runtime.consume(group_id=f"registry-{cc}-replica-producers", handler=handler, batch_handler=batch_handler,
                    pattern=other_countries_pattern("producers", cc))
    runtime.consume(group_id=f"registry-{cc}-replica-products", handler=handler, batch_handler=batch_handler,
                    pattern=other_countries_pattern("products", cc))
    # The network's directory: every other member state's national focal point.
    runtime.consume(group_id=f"registry-{cc}-replica-directory", handler=handler, batch_handler=batch_handler,
                    pattern=other_countries_pattern("directory", cc))
    return Container(settings, runtime, service, imports, Indicators(cc, runtime.sessions), programme)


def create_app(settings: RegistrySettings | None = None) -> FastAPI:
    settings = settings or RegistrySettings()
    configure_logging(f"registry-{settings.node_country}", settings.log_level)
    container = bootstrap(settings)
    return service_app(title=f"OVOP registry node {settings.node_country}", container=container, runtime=container.runtime,
                       routers=[build_router()], error_handlers=[install_domain_errors],
                       examples=Path(__file__).parent / "entrypoints" / "openapi_examples.json")
