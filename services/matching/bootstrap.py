"""Wires matching: settings -> runtime -> catalogue -> HTTP and Kafka entrypoints."""
from __future__ import annotations

from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path

from fastapi import FastAPI

from services.matching.adapters.orm import metadata
from services.matching.entrypoints.api import build_router
from services.matching.entrypoints.consumers import make_registry_handler
from services.matching.service_layer.catalogue import Catalogue
from services.matching.settings import MatchingSettings
from shared.contracts.registry import PRODUCERS_TOPIC_PATTERN, PRODUCTS_TOPIC_PATTERN
from shared.logging import configure_logging
from shared.problems import install_problem_handlers
from shared.runtime import Runtime
from shared.web import RequestContextMiddleware, health_router


@dataclass
class Container:
    settings: MatchingSettings
    runtime: Runtime
    catalogue: Catalogue


def bootstrap(settings: MatchingSettings) -> Container:
    runtime = Runtime(settings, metadata, Path(__file__).parent / "migrations", client_id="matching")
    catalogue = Catalogue(runtime.sessions)
    handler = make_registry_handler(catalogue)
    runtime.consume(group_id="matching-catalogue-producers", handler=handler, pattern=PRODUCERS_TOPIC_PATTERN)
    runtime.consume(group_id="matching-catalogue-products", handler=handler, pattern=PRODUCTS_TOPIC_PATTERN)
    return Container(settings, runtime, catalogue)


def create_app(settings: MatchingSettings | None = None) -> FastAPI:
    settings = settings or MatchingSettings()
    configure_logging("matching", settings.log_level)
    container = bootstrap(settings)

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        await container.runtime.start()
        yield
        await container.runtime.stop()

    app = FastAPI(title="OVOP matching", version="1.0.0", lifespan=lifespan)
    app.state.container = container
    app.add_middleware(RequestContextMiddleware)
    install_problem_handlers(app)
    app.include_router(health_router(container.runtime.readiness_checks))
    app.include_router(build_router())
    return app
