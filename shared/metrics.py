"""Prometheus metrics for every service: requests by route template and status, and their latency."""
from __future__ import annotations

import time

from fastapi import APIRouter
from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, Counter, Histogram, generate_latest
from starlette.responses import Response
from starlette.routing import Match


class Metrics:
    def __init__(self, service: str) -> None:
        self.registry = CollectorRegistry()
        self.requests = Counter("http_requests_total", "HTTP requests", ["service", "method", "route", "status"],
                                registry=self.registry)
        self.latency = Histogram("http_request_duration_seconds", "HTTP request latency", ["service", "method", "route"],
                                 registry=self.registry,
                                 buckets=(0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10))
        self.service = service

    def router(self) -> APIRouter:
        router = APIRouter(tags=["health"])

        @router.get("/metrics", operation_id="metrics", summary="Prometheus metrics", include_in_schema=False)
        async def metrics() -> Response:
            return Response(generate_latest(self.registry), media_type=CONTENT_TYPE_LATEST)

        return router


UNMATCHED = "unmatched"
METHODS = frozenset({"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"})


def route_template(scope) -> str:
    """The template of the route that served this request (`/v1/registry/{country}/{path:anypath}`), never the raw
    path: label values stay a fixed set however many distinct paths a scanner tries. Paths that no route
    serves share one label."""
    path = getattr(scope.get("route"), "path", None)  # set by the router when the request reached it
    if isinstance(path, str):
        return path
    # Answered before routing (the gateway's guard refuses a token, a body, a rate): the route it would reach.
    partial = None
    for route in _routes(getattr(getattr(scope.get("app"), "router", None), "routes", ())):
        path = getattr(route, "path", None)
        if not isinstance(path, str):
            continue
        match, _ = route.matches(scope)
        if match is Match.FULL:
            return path
        if match is Match.PARTIAL and partial is None:
            partial = path  # the path exists, the method does not (405)
    return partial or UNMATCHED


def _routes(routes):
    """Routes with included routers flattened (newer FastAPI keeps an included router as one entry)."""
    for route in routes:
        inner = getattr(route, "original_router", None)
        if inner is not None:
            yield from _routes(inner.routes)
        else:
            yield route


class MetricsMiddleware:
    def __init__(self, app, metrics: Metrics) -> None:
        self.app, self.metrics = app, metrics

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or scope["path"] == "/metrics":
            return await self.app(scope, receive, send)
        start = time.perf_counter()
        status = {"code": 500}

        async def capture(message):
            if message["type"] == "http.response.start":
                status["code"] = message["status"]
            await send(message)

        try:
            await self.app(scope, receive, capture)
        finally:
            route = route_template(scope)
            method = scope["method"] if scope["method"] in METHODS else "other"
            self.metrics.requests.labels(self.metrics.service, method, route, str(status["code"])).inc()
            self.metrics.latency.labels(self.metrics.service, method, route).observe(time.perf_counter() - start)
