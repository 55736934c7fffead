"""Wires the gateway: settings -> client store, keys, proxy, rate limiter -> guard and routes."""
from __future__ import annotations

import asyncio
import re
import time
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
from cryptography.hazmat.primitives import serialization
from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware
from fastapi.openapi.docs import get_redoc_html, get_swagger_ui_html
from fastapi.staticfiles import StaticFiles
from fastapi.responses import JSONResponse

from services.gateway.adapters.clients import ClientStore
from services.gateway.adapters.idempotency_store import IdempotencyStore
from services.gateway.adapters.openapi_idempotency import document_idempotency
from services.gateway.adapters.openapi_merge import merge, prune_schemas
from services.gateway.adapters.people import PeopleStore
from services.gateway.adapters.proxy import Proxy
from services.gateway.domain.login_throttle import FailureBucket, LoginThrottle
from services.gateway.domain.policy import allowed_roles
from services.gateway.domain.ratelimit import RateLimiter
from services.gateway.entrypoints.guard import GatewayGuard
from services.gateway.entrypoints.idempotency import IdempotencyKeys
from services.gateway.entrypoints.routes import build_router
from services.gateway.settings import GatewaySettings
from shared.auth import AnonymousIdentity, TokenVerifier
from shared.db import make_engine, make_session_factory
from shared.logging import configure_logging
from shared.metrics import Metrics, MetricsMiddleware
from shared.migrations import upgrade_to_head
from shared.problems import UnhandledErrors, install_problem_handlers
from shared.web import RequestContextMiddleware, health_router

COUNTRY_PARAM = {"name": "country", "in": "path", "required": True,
                 "description": "ISO 3166-1 alpha-2 code of the member state whose registry node answers",
                 "schema": {"type": "string", "pattern": "^[A-Za-z]{2}$", "example": "VN"}}


@dataclass
class Container:
    settings: GatewaySettings
    proxy: Proxy
    clients: ClientStore
    private_key: bytes | None
    verifier: TokenVerifier
    limiter: RateLimiter
    login_throttle: LoginThrottle
    people: PeopleStore | None = None
    openapi_cache: dict[str, Any] = field(default_factory=dict)


def _keys(settings: GatewaySettings) -> tuple[bytes | None, TokenVerifier]:
    if not settings.jwt_private_key_file:
        return None, TokenVerifier(None)
    private = Path(settings.jwt_private_key_file).read_bytes()
    public = serialization.load_pem_private_key(private, None).public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
    return private, TokenVerifier(public)


def _roles_for(method: str, public_path: str) -> list[str] | None:
    """The roles the policy table admits to this documented operation (path templates filled in), or None
    when it is public."""
    sample = public_path.replace("{country}", "VN")
    sample = re.sub(r"\{[^}]+\}", "x", sample)
    matched, roles, _ = allowed_roles(method, sample)
    return sorted(r.value for r in roles) if matched and roles is not None else None


async def _purge_idempotency_keys(store: IdempotencyStore, every_s: float = 600) -> None:
    """Answers kept for Idempotency-Key replays are dropped once they lapse."""
    import logging
    from datetime import datetime, timezone

    while True:
        try:
            await store.purge_expired(datetime.now(timezone.utc))
        except Exception:  # the database may be away for a moment; the next round tries again
            logging.getLogger(__name__).warning("purging lapsed idempotency keys failed", exc_info=True)
        await asyncio.sleep(every_s)


def create_app(settings: GatewaySettings | None = None) -> FastAPI:
    settings = settings or GatewaySettings()
    configure_logging("gateway", settings.log_level)
    engine = make_engine(settings.database_url)
    private, verifier = _keys(settings)
    anonymous = AnonymousIdentity(private)
    container = Container(settings, Proxy(settings.backend_connect_timeout_s, settings.backend_timeout_s, anonymous),
                          ClientStore(make_session_factory(engine), settings.secret_check_threads,
                                      settings.secret_check_queue),
                          private, verifier, RateLimiter(settings.rate_limit_per_s, settings.rate_limit_burst),
                          LoginThrottle(FailureBucket(settings.login_failures_per_client, settings.login_failure_window_s),
                                        FailureBucket(settings.login_failures_per_address,
                                                      settings.login_failure_window_s)))
    container.people = PeopleStore(container.clients, settings.person_max_failures, settings.person_lock_s,
                                   settings.person_account_max_failures)

    idempotency = IdempotencyStore(make_session_factory(engine))

    async def database_ok() -> bool:
        from sqlalchemy import text

        async with engine.connect() as conn:
            await conn.execute(text("SELECT 1"))
        return True

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        await upgrade_to_head(engine, Path(__file__).parent / "migrations")
        purge = asyncio.create_task(_purge_idempotency_keys(idempotency), name="idempotency-purge")
        yield
        purge.cancel()
        await container.proxy.close()
        container.clients.close()
        await engine.dispose()

    app = FastAPI(title="OVOP Network API", version="1.0.0", lifespan=lifespan, openapi_url=None, docs_url=None,
                  redoc_url=None,
                  description="The one public entry of the Network for ASEAN Rural Product Development on the One "
                              "Village One Product model: national registries, the regional catalogue, sourcing "
                              "requests and matches, trade fairs. Errors are RFC 9457 problem documents.")
    app.state.container = container
    metrics = Metrics("gateway")
    app.add_middleware(UnhandledErrors)
    app.add_middleware(IdempotencyKeys, store=idempotency)
    app.add_middleware(GatewayGuard, verifier=verifier, limiter=container.limiter, max_body_bytes=settings.max_body_bytes,
                       max_import_body_bytes=settings.max_import_body_bytes)
    if settings.cors_origins:
        app.add_middleware(CORSMiddleware, allow_origins=settings.cors_origins, allow_methods=["*"],
                           allow_headers=["*"], expose_headers=["X-Request-ID", "ETag", "Location", "Retry-After"])
    app.add_middleware(MetricsMiddleware, metrics=metrics)
    app.add_middleware(RequestContextMiddleware)
    install_problem_handlers(app)
    # Ready means the gateway itself can serve: one member state's node being down must not take the
    # whole front door out of a load balancer (requests to it get 503 instead).
    app.include_router(health_router(lambda: {"database": database_ok}))
    app.include_router(metrics.router())
    app.include_router(build_router())

    async def merged_openapi() -> dict:
        cached = container.openapi_cache
        if cached and time.monotonic() - cached["at"] < 30:
            return cached["doc"]
        from fastapi.openapi.utils import get_openapi

        own = get_openapi(title=app.title, version=app.version, description=app.description, routes=app.routes)
        own["servers"] = [{"url": "/"}]
        backends = []
        # The backends answer nothing without an identity, their documents included.
        identity = anonymous.authorization()
        async with httpx.AsyncClient(timeout=5, headers={"Authorization": identity} if identity else {}) as client:
            async def fetch(url):
                try:
                    r = await client.get(f"{url}/openapi.json")
                    return r.json() if r.status_code == 200 else None
                except httpx.HTTPError:
                    return None

            first_node = next(iter(settings.registry_nodes.values()), None)
            reg, mat, evt, trd, hooks = await asyncio.gather(
                fetch(first_node) if first_node else asyncio.sleep(0), fetch(settings.matching_url),
                fetch(settings.events_url), fetch(settings.trade_url), fetch(settings.webhooks_url))
        if reg:
            backends.append(("registry", reg, [("/", "/v1/registry/{country}/")], COUNTRY_PARAM))
        if mat:
            backends.append(("matching", mat, [("/catalogue", "/v1/catalogue"),
                                               ("/sourcing-requests", "/v1/sourcing-requests")], None))
        if evt:
            backends.append(("events", evt, [("/fairs", "/v1/fairs"), ("/forums", "/v1/forums")], None))
        if trd:
            backends.append(("trade", trd, [("/trade", "/v1/trade")], None))
        if hooks:
            backends.append(("webhooks", hooks, [("/webhooks", "/v1/webhooks")], None))
        if hooks and hooks.get("webhooks"):
            own["webhooks"] = hooks["webhooks"]  # what subscribers receive (OpenAPI 3.1); its schemas come with hooks
        doc = document_idempotency(merge(own, backends, _roles_for))
        doc["info"]["license"] = {"name": settings.api_license_name, "url": settings.api_license_url}
        for path in [p for p in doc["paths"] if p.startswith("/v1/registry/{country}/") and
                     p.rstrip("/").endswith(("healthz", "readyz", "metrics", "node"))]:
            del doc["paths"][path]
        prune_schemas(doc)
        complete = all([reg, mat, evt, trd])
        if complete:
            container.openapi_cache.update(doc=doc, at=time.monotonic())
        return doc

    @app.get("/openapi.json", include_in_schema=False)
    async def openapi_json():
        return JSONResponse(await merged_openapi())

    # The documentation pages' scripts and styles come from the gateway itself (npm packages pinned in
    # services/web/package.json, fetched at install time), so they work on a machine without internet.
    assets = Path(settings.docs_assets_dir)
    app.mount("/docs/assets/swagger-ui", StaticFiles(directory=assets / "swagger-ui-dist", check_dir=False),
              name="swagger-ui")
    app.mount("/docs/assets/redoc", StaticFiles(directory=assets / "redoc" / "bundles", check_dir=False),
              name="redoc")

    @app.get("/docs", include_in_schema=False)
    async def docs():
        return get_swagger_ui_html(openapi_url="/openapi.json", title="OVOP Network API",
                                   swagger_js_url="/docs/assets/swagger-ui/swagger-ui-bundle.js",
                                   swagger_css_url="/docs/assets/swagger-ui/swagger-ui.css",
                                   swagger_favicon_url="/docs/assets/swagger-ui/favicon-32x32.png")

    @app.get("/redoc", include_in_schema=False)
    async def redoc():
        return get_redoc_html(openapi_url="/openapi.json", title="OVOP Network API",
                              redoc_js_url="/docs/assets/redoc/redoc.standalone.js", with_google_fonts=False)

    return app
