"""HTTP pieces every service's FastAPI app uses: request ids / trace context, health and readiness."""
from __future__ import annotations

import logging
import os
import re
import time
from collections.abc import Awaitable, Callable
from typing import Literal

from fastapi import APIRouter
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field

from shared.logging import request_id_var, traceparent_var

log = logging.getLogger("http")
_TRACEPARENT = re.compile(r"^00-([0-9a-f]{32})-([0-9a-f]{16})-[0-9a-f]{2}$")


def new_traceparent(trace_id: str | None = None) -> str:
    return f"00-{trace_id or os.urandom(16).hex()}-{os.urandom(8).hex()}-01"


class RequestContextMiddleware:
    """Takes `X-Request-ID` and W3C `traceparent` from the request (or makes them), keeps them in context
    for logs and outgoing events, and returns `X-Request-ID` on every response."""

    def __init__(self, app) -> None:
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers", [])}
        tp = headers.get("traceparent", "")
        m = _TRACEPARENT.match(tp)
        traceparent = tp if m else new_traceparent()
        rid = headers.get("x-request-id") or traceparent.split("-")[1]
        rid = rid[:128]
        t_rid, t_tp = request_id_var.set(rid), traceparent_var.set(traceparent)
        start = time.perf_counter()
        status_holder = {"status": 500}

        async def send_with_id(message):
            if message["type"] == "http.response.start":
                status_holder["status"] = message["status"]
                message.setdefault("headers", [])
                message["headers"] = list(message["headers"]) + [(b"x-request-id", rid.encode())]
            await send(message)

        try:
            await self.app(scope, receive, send_with_id)
        finally:
            log.info("%s %s", scope["method"], scope["path"], extra={
                "method": scope["method"], "path": scope["path"], "status": status_holder["status"],
                "duration_ms": round((time.perf_counter() - start) * 1000, 2)})
            request_id_var.reset(t_rid)
            traceparent_var.reset(t_tp)


ReadinessCheck = Callable[[], Awaitable[bool]]


class Readiness(BaseModel):
    status: Literal["ready", "not ready"]
    checks: dict[str, bool] = Field(description="each dependency by name: reachable or not")


def health_router(checks: Callable[[], dict[str, ReadinessCheck]]) -> APIRouter:
    """`/healthz`: the process answers. `/readyz`: every named dependency (database, Kafka...) is reachable."""
    router = APIRouter(tags=["health"])

    @router.get("/healthz", operation_id="healthz", summary="The process is alive")
    async def healthz() -> dict:
        return {"status": "ok"}

    @router.get("/readyz", operation_id="readyz", summary="The service's database and Kafka are reachable",
                response_model=Readiness,
                responses={503: {"description": "A dependency is not reachable", "model": Readiness}})
    async def readyz():
        results = {}
        for name, check in checks().items():
            try:
                results[name] = bool(await check())
            except Exception:
                results[name] = False
        ok = all(results.values())
        return JSONResponse({"status": "ready" if ok else "not ready", "checks": results}, status_code=200 if ok else 503)

    return router
