"""Wires the gateway: settings -> proxy -> routes."""
from __future__ import annotations

from contextlib import asynccontextmanager
from dataclasses import dataclass

import httpx
from fastapi import FastAPI

from services.gateway.adapters.proxy import Proxy
from services.gateway.entrypoints.routes import build_router
from services.gateway.settings import GatewaySettings
from shared.logging import configure_logging
from shared.problems import install_problem_handlers
from shared.web import RequestContextMiddleware, health_router


@dataclass
class Container:
    settings: GatewaySettings
    proxy: Proxy


def create_app(settings: GatewaySettings | None = None) -> FastAPI:
    settings = settings or GatewaySettings()
    configure_logging("gateway", settings.log_level)
    container = Container(settings, Proxy(settings.backend_connect_timeout_s, settings.backend_timeout_s))

    async def backends_ok() -> bool:
        urls = [*settings.registry_nodes.values(), settings.matching_url, settings.events_url]
        async with httpx.AsyncClient(timeout=2.0) as client:
            for url in urls:
                if (await client.get(f"{url}/healthz")).status_code != 200:
                    return False
        return True

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        yield
        await container.proxy.close()

    app = FastAPI(title="OVOP Network API", version="1.0.0", lifespan=lifespan,
                  description="The one public entry of the Network for ASEAN Rural Product Development (OVOP).")
    app.state.container = container
    app.add_middleware(RequestContextMiddleware)
    install_problem_handlers(app)
    app.include_router(health_router(lambda: {"backends": backends_ok}))
    app.include_router(build_router())
    return app
