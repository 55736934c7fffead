"""Prometheus metrics for every service: requests by route group and status, and their latency."""
from __future__ import annotations

import time

from fastapi import APIRouter
from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, Counter, Histogram, generate_latest
from starlette.responses import Response


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


def route_group(path: str) -> str:
    """Bounded label values: the first two path segments (ids further down would explode cardinality)."""
    parts = [p for p in path.split("/") if p][:3]
    if parts and parts[0] == "v1":
        parts = parts[:3] if len(parts) > 1 and parts[1] == "registry" else parts[:2]
    else:
        parts = parts[:1]
    return "/" + "/".join(parts)


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
            route = route_group(scope["path"])
            self.metrics.requests.labels(self.metrics.service, scope["method"], route, str(status["code"])).inc()
            self.metrics.latency.labels(self.metrics.service, scope["method"], route).observe(time.perf_counter() - start)
