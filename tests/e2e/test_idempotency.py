"""Idempotency-Key at the gateway: a retried create returns the first answer and makes one record."""
from __future__ import annotations

import asyncio
import json
import uuid
from datetime import datetime, timedelta, timezone

import httpx
import pytest
from aiohttp import web

from tests.support.factories import producer_body


@pytest.fixture
async def buyer(network):
    async with httpx.AsyncClient(base_url=network["gateway"].url, timeout=60,
                                 headers=network.auth("buyer", client_id=f"buyer-{uuid.uuid4().hex[:6]}")) as c:
        yield c


async def test_a_retried_create_with_the_same_key_returns_the_first_answer_and_makes_one_producer(vn_admin):
    name = f"Idempotent Cooperative {uuid.uuid4().hex[:8]}"
    body = producer_body(name_en=name)
    key = str(uuid.uuid4())
    first = await vn_admin.post("/v1/registry/VN/producers", json=body, headers={"Idempotency-Key": key})
    assert first.status_code == 201 and "idempotent-replayed" not in first.headers
    again = await vn_admin.post("/v1/registry/VN/producers", json=body, headers={"Idempotency-Key": key})
    assert again.status_code == 201
    assert again.headers["idempotent-replayed"] == "true"
    assert again.json() == first.json()
    assert again.headers["location"] == first.headers["location"]
    assert again.headers["etag"] == first.headers["etag"]
    listed = (await vn_admin.get("/v1/registry/VN/producers", params={"limit": 500})).json()["items"]
    assert [p["id"] for p in listed if p["name_en"] == name] == [first.json()["id"]]


async def test_without_a_key_the_same_create_twice_makes_two_producers(vn_admin):
    name = f"Keyless Cooperative {uuid.uuid4().hex[:8]}"
    one = await vn_admin.post("/v1/registry/VN/producers", json=producer_body(name_en=name))
    two = await vn_admin.post("/v1/registry/VN/producers", json=producer_body(name_en=name))
    assert (one.status_code, two.status_code) == (201, 201) and one.json()["id"] != two.json()["id"]


async def test_a_retried_sourcing_request_with_the_same_key_makes_one_request_in_matching(buyer):
    body = {"text": f"Robusta coffee beans {uuid.uuid4().hex[:6]}", "group": "food", "hs_code": "090111", "quantity": 2, "unit": "t",
            "destination": "JP",
            "deadline": (datetime.now(timezone.utc) + timedelta(days=7)).isoformat()}
    key = str(uuid.uuid4())
    first = await buyer.post("/v1/sourcing-requests", json=body, headers={"Idempotency-Key": key})
    assert first.status_code == 201, first.text
    again = await buyer.post("/v1/sourcing-requests", json=body, headers={"Idempotency-Key": key})
    assert again.status_code == 201 and again.headers["idempotent-replayed"] == "true"
    assert again.json()["id"] == first.json()["id"]
    listing = (await buyer.get("/v1/sourcing-requests")).json()
    items = listing["items"] if isinstance(listing, dict) else listing
    assert [r["id"] for r in items] == [first.json()["id"]]


async def test_the_same_key_with_another_body_is_refused_naming_the_header(vn_admin):
    key = str(uuid.uuid4())
    first = await vn_admin.post("/v1/registry/VN/producers", json=producer_body(name_en="First body"),
                                headers={"Idempotency-Key": key})
    assert first.status_code == 201
    other = await vn_admin.post("/v1/registry/VN/producers", json=producer_body(name_en="Second body"),
                                headers={"Idempotency-Key": key})
    assert other.status_code == 422
    assert other.headers["content-type"] == "application/problem+json"
    problem = other.json()
    assert problem["errors"] == [{"field": "Idempotency-Key", "type": "header",
                                  "reason": "was already used with a different method, path or body"}]
    assert problem["instance"] == "/v1/registry/VN/producers"


async def test_keys_belong_to_their_client(network, vn_admin):
    key = str(uuid.uuid4())
    body = producer_body(name_en=f"Scoped {key[:8]}")
    mine = await vn_admin.post("/v1/registry/VN/producers", json=body, headers={"Idempotency-Key": key})
    async with httpx.AsyncClient(base_url=network["gateway"].url, timeout=60, headers=network.auth(
            "registry_admin", "VN", client_id="another-vn-admin")) as other_admin:
        theirs = await other_admin.post("/v1/registry/VN/producers", json=body, headers={"Idempotency-Key": key})
    assert (mine.status_code, theirs.status_code) == (201, 201)
    assert "idempotent-replayed" not in theirs.headers and theirs.json()["id"] != mine.json()["id"]


async def test_a_refused_create_is_replayed_as_refused(vn_admin):
    key = str(uuid.uuid4())
    bad = producer_body(type="conglomerate")
    first = await vn_admin.post("/v1/registry/VN/producers", json=bad, headers={"Idempotency-Key": key})
    again = await vn_admin.post("/v1/registry/VN/producers", json=bad, headers={"Idempotency-Key": key})
    assert (first.status_code, again.status_code) == (422, 422)
    assert again.json() == first.json() and again.headers["idempotent-replayed"] == "true"


@pytest.mark.parametrize("key,reason", [
    ("", "must not be empty"),
    ("x" * 256, "must be at most 255 characters"),
    ("two words", "must be visible ASCII characters only (no spaces or control characters)"),
])
async def test_a_malformed_key_is_refused_with_400_naming_the_header(vn_admin, key, reason):
    r = await vn_admin.post("/v1/registry/VN/producers", json=producer_body(), headers={"Idempotency-Key": key})
    assert r.status_code == 400
    assert r.json()["errors"] == [{"field": "Idempotency-Key", "reason": reason}]


@pytest.fixture(scope="module")
async def slow_node():
    """A registry node that takes 1.5 s to create anything; `calls` counts what reached it."""
    calls = []

    async def create(request: web.Request):
        calls.append(await request.read())
        await asyncio.sleep(1.5)
        return web.json_response({"id": f"LA-M-{len(calls)}"}, status=201, headers={"Location": "/producers/x"})

    app = web.Application()
    app.router.add_post("/producers", create)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]
    yield f"http://127.0.0.1:{port}", calls
    await runner.cleanup()


@pytest.fixture(scope="module")
async def slow_gateway(network, slow_node):
    gw = network.add_gateway("gateway-slow", REGISTRY_NODES=json.dumps({"LA": slow_node[0]}))
    gw.start(network.log_dir)
    from tests.e2e.conftest import eventually_up

    await eventually_up(gw.url + "/healthz")
    return gw


async def test_a_retry_while_the_first_is_in_flight_gets_409_and_the_backend_sees_one_create(network, slow_node,
                                                                                             slow_gateway):
    url, calls = slow_node
    calls.clear()
    headers = {**network.auth("registry_admin", "LA", client_id="la-admin"), "Idempotency-Key": str(uuid.uuid4())}
    async with httpx.AsyncClient(base_url=slow_gateway.url, timeout=30, headers=headers) as c:
        first = asyncio.create_task(c.post("/v1/registry/LA/producers", json={"name_en": "x"}))
        await asyncio.sleep(0.5)
        retry = await c.post("/v1/registry/LA/producers", json={"name_en": "x"})
        assert retry.status_code == 409
        assert retry.headers["retry-after"] == "1"
        assert retry.json()["errors"] == [{"field": "Idempotency-Key",
                                           "reason": "a request with this key is still in flight"}]
        assert (await first).status_code == 201
        after = await c.post("/v1/registry/LA/producers", json={"name_en": "x"})
        assert after.status_code == 201 and after.headers["idempotent-replayed"] == "true"
        assert after.json() == {"id": "LA-M-1"}
    assert len(calls) == 1


async def test_a_backend_that_cannot_answer_releases_the_key_for_a_retry(network):
    from tests.support.network import free_port

    gw = network.add_gateway("gateway-down", REGISTRY_NODES=json.dumps({"LA": f"http://127.0.0.1:{free_port()}"}))
    gw.start(network.log_dir)
    from tests.e2e.conftest import eventually_up

    await eventually_up(gw.url + "/healthz")
    headers = {**network.auth("registry_admin", "LA", client_id="la-admin"), "Idempotency-Key": str(uuid.uuid4())}
    async with httpx.AsyncClient(base_url=gw.url, timeout=30, headers=headers) as c:
        first = await c.post("/v1/registry/LA/producers", json={"name_en": "x"})
        again = await c.post("/v1/registry/LA/producers", json={"name_en": "x"})
    assert (first.status_code, again.status_code) == (503, 503)
    assert "idempotent-replayed" not in again.headers


async def test_the_merged_spec_documents_the_key_on_every_post(network):
    async with httpx.AsyncClient(base_url=network["gateway"].url, timeout=30) as c:
        doc = (await c.get("/openapi.json")).json()
    posts = {path: item["post"] for path, item in doc["paths"].items() if "post" in item and path != "/v1/oauth/token"}
    assert "/v1/registry/{country}/producers" in posts and "/v1/sourcing-requests" in posts
    for path, op in posts.items():
        header = [p for p in op["parameters"] if p["in"] == "header" and p["name"] == "Idempotency-Key"]
        assert len(header) == 1 and header[0]["required"] is False, path
        assert "409" in op["responses"] and "422" in op["responses"], path
    created = posts["/v1/registry/{country}/producers"]["responses"]["201"]
    assert created["headers"]["Idempotent-Replayed"]["schema"] == {"type": "string", "enum": ["true"]}
