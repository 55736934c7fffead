"""The FastAPI app every backend service is: request context, problem+json errors, health, its routers,
and a lifespan that starts and stops the service's runtime (database, Kafka, outbox, consumers)."""
from __future__ import annotations

import gc
from collections.abc import Callable, Iterable
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import APIRouter, FastAPI

from shared.auth import RequireIdentity, TokenVerifier
from shared.deadletters import dead_letter_router
from shared.examples import install_examples
from shared.metrics import Metrics, MetricsMiddleware
from shared.problems import UnhandledErrors, install_problem_handlers
from shared.runtime import Runtime
from shared.web import RequestContextMiddleware, health_router


GC_THRESHOLD = 50_000


def service_app(*, title: str, container, runtime: Runtime, routers: Iterable[APIRouter],
                error_handlers: Iterable[Callable[[FastAPI], None]] = (), description: str = "",
                examples: Path | None = None) -> FastAPI:
    """`examples`: the service's example requests and answers for its OpenAPI document (shared/examples.py)."""
    @asynccontextmanager
    async def lifespan(app: FastAPI):
        await runtime.start()
        # What start-up made (modules, schemas, routes, clients) lives as long as the process: frozen, it is
        # out of the cyclic collector's walks, which had cost a bulk import a third of its CPU. A batch of
        # rows makes tens of thousands of objects, freed by reference counting; collecting every 700 new
        # objects walked them again and again (another fifth of the CPU): every 50,000 holds little garbage.
        gc.collect()
        gc.freeze()
        gc.set_threshold(GC_THRESHOLD, 10, 10)
        yield
        await runtime.stop()

    app = FastAPI(title=title, version="1.0.0", description=description, lifespan=lifespan)
    app.state.container = container
    app.state.verifier = TokenVerifier.from_file(runtime.settings.jwt_public_key_file)
    metrics = Metrics(runtime.settings.service_name)
    app.add_middleware(UnhandledErrors)
    # Innermost, so that a refused request still gets its request id, its log line and its metric.
    app.add_middleware(RequireIdentity, verifier=app.state.verifier)
    app.add_middleware(MetricsMiddleware, metrics=metrics)
    app.add_middleware(RequestContextMiddleware)
    install_problem_handlers(app)
    for install in error_handlers:
        install(app)
    app.include_router(health_router(runtime.readiness_checks))
    app.include_router(metrics.router())
    app.include_router(dead_letter_router(runtime))
    for router in routers:
        app.include_router(router)
    if examples is not None:
        install_examples(app, examples)
    return app
