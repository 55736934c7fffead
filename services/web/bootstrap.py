"""Wires the web app: settings -> gateway client, sign-in adapter, session store, translations, templates
-> pages (the trade and programme pages among them), the app's own static files and the front-end packages fetched at install time."""
from __future__ import annotations

from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path

import hashlib

from fastapi import FastAPI, Request, Response
from fastapi.middleware.gzip import GZipMiddleware
from fastapi.staticfiles import StaticFiles
from jinja2 import Environment, FileSystemLoader, select_autoescape
from babel.support import NullTranslations

from services.web.adapters.gateway import Gateway
from services.web.adapters.i18n import load_translations
from services.web.adapters.sessions import SessionStore
from services.web.adapters.signin import PasswordSignIn
from services.web.entrypoints.pages import build_router, install_page_errors
from services.web.entrypoints.programme_pages import build_programme_router
from services.web.entrypoints.trade_pages import build_trade_router
from services.web.settings import WebSettings
from shared.db import make_engine, make_session_factory
from shared.logging import configure_logging
from shared.metrics import Metrics, MetricsMiddleware
from shared.migrations import upgrade_to_head
from shared.web import RequestContextMiddleware, health_router

HERE = Path(__file__).parent
# URL folder -> the part of a front-end package the pages use (nothing else of node_modules is served).
ASSETS = {
    "htmx": "htmx.org/dist",
    "leaflet": "leaflet/dist",
    "axe": "axe-core",
    "fonts/noto-sans": "@fontsource/noto-sans",
    "fonts/noto-sans-khmer": "@fontsource/noto-sans-khmer",
    "fonts/noto-sans-thai": "@fontsource/noto-sans-thai",
}


# One style sheet for every page (a render-blocking request, not six): the fonts' @font-face rules (each
# font file keeps its unicode-range, so only the scripts a page shows are fetched), Leaflet's and the app's.
STYLES = [("fonts/noto-sans", "400.css"), ("fonts/noto-sans", "700.css"), ("fonts/noto-sans-khmer", "400.css"),
          ("fonts/noto-sans-thai", "400.css"), ("leaflet", "leaflet.css")]


def bundle_styles(assets_dir: Path) -> str:
    parts = []
    for url, name in STYLES:
        path = assets_dir / ASSETS[url] / name
        if path.exists():
            css = path.read_text()
            parts.append(css.replace("url(./", f"url(/assets/{url}/").replace("url(images/", f"url(/assets/{url}/images/"))
    parts.append((HERE / "static" / "app.css").read_text())
    return "\n".join(parts)


@dataclass
class Container:
    settings: WebSettings
    gateway: Gateway
    sign_in: PasswordSignIn
    sessions: SessionStore
    translations: dict[str, NullTranslations]
    templates: Environment


def templates() -> Environment:
    env = Environment(loader=FileSystemLoader(HERE / "templates"), autoescape=select_autoescape(["html"]),
                      extensions=["jinja2.ext.i18n"], trim_blocks=True, lstrip_blocks=True)
    env.install_null_translations(newstyle=True)
    return env


def create_app(settings: WebSettings | None = None) -> FastAPI:
    settings = settings or WebSettings()
    configure_logging("web", settings.log_level)
    engine = make_engine(settings.database_url)
    gateway = Gateway(settings.gateway_url, settings.gateway_timeout_s)
    container = Container(settings, gateway, PasswordSignIn(gateway, settings.web_client_id, settings.web_client_secret),
                          SessionStore(make_session_factory(engine), settings.session_ttl_s), load_translations(),
                          templates())

    async def database_ok() -> bool:
        from sqlalchemy import text

        async with engine.connect() as conn:
            await conn.execute(text("SELECT 1"))
        return True

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        await upgrade_to_head(engine, HERE / "migrations")
        yield
        await gateway.close()
        await engine.dispose()

    app = FastAPI(title="OVOP Network web", lifespan=lifespan, openapi_url=None, docs_url=None, redoc_url=None)
    app.state.container = container
    metrics = Metrics("web")
    app.add_middleware(GZipMiddleware, minimum_size=1000)
    app.add_middleware(MetricsMiddleware, metrics=metrics)
    app.add_middleware(RequestContextMiddleware)
    app.include_router(health_router(lambda: {"database": database_ok}))
    app.include_router(metrics.router())
    app.include_router(build_router())
    app.include_router(build_trade_router())
    app.include_router(build_programme_router())
    install_page_errors(app)
    styles = bundle_styles(settings.assets_dir)
    styles_etag = '"%s"' % hashlib.sha256(styles.encode()).hexdigest()[:16]

    @app.get("/site.css", include_in_schema=False)
    async def site_css(request: Request):
        if request.headers.get("if-none-match") == styles_etag:
            return Response(status_code=304, headers={"ETag": styles_etag})
        return Response(styles, media_type="text/css", headers={"ETag": styles_etag,
                                                                 "Cache-Control": "public, max-age=3600"})

    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    for url, folder in ASSETS.items():
        path = settings.assets_dir / folder
        # Missing only before `make install` fetched them; the pages then say so in the test, not at start.
        app.mount(f"/assets/{url}", StaticFiles(directory=path, check_dir=False), name=f"assets-{url}")
    return app
