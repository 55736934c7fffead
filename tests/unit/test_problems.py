"""Every error of a service's app is one RFC 9457 shape, whatever raised it."""
from __future__ import annotations

from typing import Annotated

import httpx
import pytest
from fastapi import APIRouter, FastAPI, Query
from pydantic import BaseModel

from shared.metrics import Metrics, MetricsMiddleware
from shared.paging import Limit, Offset
from shared.problems import Problem, install_problem_handlers
from shared.validation import CountryCode, Name
from shared.web import RequestContextMiddleware


class Body(BaseModel):
    name: Name
    country: CountryCode


def app() -> FastAPI:
    a = FastAPI()
    a.add_middleware(MetricsMiddleware, metrics=Metrics("problems-test"))
    a.add_middleware(RequestContextMiddleware)
    install_problem_handlers(a)
    router = APIRouter()

    @router.get("/things")
    async def things(limit: Limit(100) = 10, offset: Offset = 0,
                     country: Annotated[CountryCode | None, Query()] = None) -> dict:
        return {"limit": limit, "offset": offset, "country": country}

    @router.post("/things")
    async def create(body: Body) -> dict:
        return body.model_dump()

    @router.get("/broken")
    async def broken() -> dict:
        raise RuntimeError("connection to db-internal.example:5432 refused, password=hunter2")

    @router.get("/refused")
    async def refused() -> dict:
        raise Problem.invalid("currency", "is not in the reference rate table")

    a.include_router(router)
    return a


@pytest.fixture
async def client():
    transport = httpx.ASGITransport(app=app(), raise_app_exceptions=False)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as c:
        yield c


def problem(r: httpx.Response, status: int) -> dict:
    assert r.status_code == status, r.text
    assert r.headers["content-type"] == "application/problem+json"
    body = r.json()
    assert {"type", "title", "status", "detail", "instance"} <= set(body) and body["status"] == status
    return body


async def test_an_uncaught_error_is_a_500_problem_that_reveals_nothing_of_the_internals(client):
    body = problem(await client.get("/broken"), 500)
    assert body == {"type": "/v1/problems/internal-server-error", "title": "Internal Server Error", "status": 500,
                    "detail": "an unexpected error occurred", "instance": "/broken"}


async def test_an_unknown_route_and_an_unknown_method_are_problems(client):
    assert problem(await client.get("/nowhere"), 404)["instance"] == "/nowhere"
    r = await client.delete("/things")
    assert problem(r, 405)["detail"] == "DELETE is not allowed here; the Allow header lists what is"
    assert r.headers["allow"]


async def test_request_validation_and_a_rule_refused_in_code_have_the_same_shape(client):
    body = problem(await client.get("/things", params={"offset": "10000000000000000000", "country": "XX"}), 422)
    assert body["type"] == "/v1/problems/validation"
    assert [(e["field"], e["type"]) for e in body["errors"]] == [("offset", "less_than_equal"), ("country", "value_error")]
    body = problem(await client.post("/things", json={"name": "a\x00b", "country": "vn"}), 422)
    assert body["errors"] == [{"field": "name", "reason": "contains the control character U+0000", "type": "value_error"}]
    body = problem(await client.get("/refused"), 422)
    assert body["type"] == "/v1/problems/validation"
    assert body["errors"] == [{"field": "currency", "reason": "is not in the reference rate table", "type": "rule"}]


async def test_a_body_that_is_not_json_is_a_422_naming_the_body(client):
    body = problem(await client.post("/things", content=b"{not json", headers={"content-type": "application/json"}), 422)
    assert [e["type"] for e in body["errors"]] == ["json_invalid"]


async def test_good_input_is_normalised(client):
    r = await client.post("/things", json={"name": " Cà\u200b Mau ", "country": "vn"})
    assert r.status_code == 200 and r.json() == {"name": "Cà Mau", "country": "VN"}


async def test_a_stray_cancelled_error_from_a_library_is_a_500_problem_too():
    import asyncio

    from shared.problems import UnhandledErrors

    a = app()
    a.add_middleware(UnhandledErrors)

    @a.get("/stray")
    async def stray() -> dict:
        raise asyncio.CancelledError()  # as a Kafka client's stop() can raise, with nobody cancelling the request

    transport = httpx.ASGITransport(app=a, raise_app_exceptions=False)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as c:
        body = problem(await c.get("/stray"), 500)
    assert body["detail"] == "an unexpected error occurred" and body["instance"] == "/stray"
