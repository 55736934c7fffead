"""The gateway as the one front door: identity, the authorisation matrix, protection, tracing, OpenAPI."""
from __future__ import annotations

import asyncio
import json
import subprocess
import time
import uuid

import httpx
import pytest
from aiokafka import AIOKafkaConsumer
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from shared.auth import Principal, Role, issue_token
from shared.events import CloudEvent
from tests.support.factories import product_body, producer_body
from tests.support.network import free_port

ROLES = [("registry_admin", "VN", None), ("registry_admin", "KH", None), ("buyer", None, None),
         ("producer", None, "VN-M-X"), ("fair_organiser", None, None), ("integrator", None, None)]


@pytest.fixture(scope="module")
async def vn_producer(network) -> str:
    async with httpx.AsyncClient(base_url=network["gateway"].url, headers=network.auth("registry_admin", "VN")) as c:
        return (await c.post("/v1/registry/VN/producers", json=producer_body("VN"))).json()["id"]


@pytest.mark.parametrize("role,country,producer_id", ROLES + [(None, None, None)])
async def test_only_the_countrys_registry_admin_may_write_its_registry(network, vn_producer, role, country, producer_id):
    headers = network.auth(role, country, producer_id) if role else {}
    async with httpx.AsyncClient(base_url=network["gateway"].url, headers=headers, timeout=10) as c:
        r = await c.post("/v1/registry/VN/products", json=product_body(vn_producer, "VN"))
        imp = await c.post("/v1/registry/VN/imports/products", content=b"external_ref,name_local,name_en\n",
                           headers={"Content-Type": "text/csv"})
    expected = 201 if (role, country) == ("registry_admin", "VN") else 401 if role is None else 403
    assert r.status_code == expected, r.text
    assert imp.status_code == (202 if expected == 201 else expected), imp.text
    if expected != 201:
        assert r.headers["content-type"].startswith("application/problem+json")


async def test_reading_the_public_catalogue_needs_no_token(network):
    async with httpx.AsyncClient(base_url=network["gateway"].url, timeout=10) as c:
        assert (await c.get("/v1/registry/VN/products")).status_code == 200
        assert (await c.get("/v1/catalogue/products")).status_code == 200


async def test_a_forged_or_expired_token_is_refused(network, vn_producer):
    other_key = Ed25519PrivateKey.generate().private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                                           serialization.NoEncryption())
    admin = Principal(client_id="mallory", role=Role.registry_admin, country="VN")
    forged = issue_token(other_key, admin)
    expired = issue_token(network.private_key.read_bytes(), admin, ttl_s=60, now=time.time() - 3600)
    tampered = network.token("buyer").rsplit(".", 1)[0] + "." + "A" * 86
    async with httpx.AsyncClient(base_url=network["gateway"].url, timeout=10) as c:
        for token in (forged, expired, tampered, "not-a-jwt"):
            r = await c.post("/v1/registry/VN/products", json=product_body(vn_producer, "VN"),
                             headers={"Authorization": f"Bearer {token}"})
            assert r.status_code == 401, r.text
            assert "Bearer" in r.headers["www-authenticate"]
    async with httpx.AsyncClient(base_url=network["registry-VN"].url, timeout=10) as node:  # bypassing the gateway
        r = await node.post("/products", json=product_body(vn_producer, "VN"), headers={"Authorization": f"Bearer {forged}"})
        assert r.status_code == 401


async def test_a_registry_node_refuses_a_token_for_another_country_whatever_the_gateway_did(network, vn_producer):
    async with httpx.AsyncClient(base_url=network["registry-KH"].url, timeout=10) as node:
        r = await node.post("/products", json=product_body(vn_producer, "KH", origin={"country": "KH", "province": "Kampot"}),
                            headers=network.auth("registry_admin", "VN"))
        assert r.status_code == 403
        assert "VN" in r.json()["detail"]
        r = await node.post("/products", json=product_body(vn_producer, "KH"), headers=network.auth("buyer"))
        assert r.status_code == 403


async def test_a_client_created_by_the_admin_command_gets_a_token_that_works(network, vn_producer):
    client = network.create_client("registry_admin", name="VN registry team", country="VN")
    async with httpx.AsyncClient(base_url=network["gateway"].url, timeout=10) as c:
        bad = await c.post("/v1/oauth/token", data={"grant_type": "client_credentials", "client_id": client["client_id"],
                                                    "client_secret": "wrong"})
        assert bad.status_code == 401 and bad.json()["error"] == "invalid_client"
        unsupported = await c.post("/v1/oauth/token", data={"grant_type": "authorization_code"})
        assert unsupported.status_code == 400 and unsupported.json()["errors"][0]["field"] == "grant_type"
        r = await c.post("/v1/oauth/token", data={"grant_type": "client_credentials", "client_id": client["client_id"],
                                                  "client_secret": client["client_secret"]})
        assert r.status_code == 200, r.text
        token = r.json()
        assert token["token_type"] == "Bearer" and token["expires_in"] > 0
        created = await c.post("/v1/registry/VN/products", json=product_body(vn_producer, "VN"),
                               headers={"Authorization": f"Bearer {token['access_token']}"})
        assert created.status_code == 201
        assert created.json()["updated_by"] == f"registry_admin:{client['client_id']}"


async def test_the_admin_command_refuses_a_registry_admin_without_a_country_or_with_an_unknown_one(network):
    with pytest.raises(subprocess.CalledProcessError) as info:
        network.create_client("registry_admin", name="nobody's admin")
    assert info.value.returncode == 2 and "a registry admin client is bound to a country" in info.value.stderr
    with pytest.raises(subprocess.CalledProcessError) as info:
        network.create_client("registry_admin", name="nowhere's admin", country="XX")
    assert info.value.returncode == 2 and "'XX' is not an ISO 3166-1 alpha-2 country code" in info.value.stderr


@pytest.fixture(scope="module")
async def hung_backend():
    """A backend that accepts connections and never answers."""
    writers = []

    async def hang(reader, writer):
        writers.append(writer)
        await asyncio.sleep(3600)

    server = await asyncio.start_server(hang, "127.0.0.1", 0)
    yield f"http://127.0.0.1:{server.sockets[0].getsockname()[1]}"
    for w in writers:
        w.close()
    server.close()


@pytest.fixture(scope="module")
async def strict_gateway(network, hung_backend):
    nodes = {"VN": network["registry-VN"].url, "LA": f"http://127.0.0.1:{free_port()}", "MM": hung_backend}
    gw = network.add_gateway("gateway-strict", REGISTRY_NODES=json.dumps(nodes), RATE_LIMIT_PER_S="1",
                             RATE_LIMIT_BURST="3", BACKEND_TIMEOUT_S="1", MAX_BODY_BYTES="1000",
                             MAX_IMPORT_BODY_BYTES="20000",
                             CORS_ORIGINS='["https://buyers.example"]')
    await network.start("gateway-strict")
    return gw


async def test_a_client_over_its_rate_gets_429_with_retry_after(network, strict_gateway):
    headers = network.auth("buyer")
    async with httpx.AsyncClient(base_url=strict_gateway.url, timeout=10, headers=headers) as c:
        codes = [(await c.get("/v1/registry/VN/products")).status_code for _ in range(5)]
        assert codes[:3] == [200, 200, 200] and codes[3] == 429
        r = await c.get("/v1/registry/VN/products")
        assert r.status_code == 429 and int(r.headers["retry-after"]) >= 1
        other = await c.get("/v1/registry/VN/products",
                            headers={"Authorization": f"Bearer {network.token('buyer', client_id='another-buyer')}"})
        assert other.status_code == 200  # limits are per client


async def test_a_stopped_backend_answers_503_and_a_hung_one_504_in_bounded_time(network, strict_gateway):
    async with httpx.AsyncClient(base_url=strict_gateway.url, timeout=30) as c:
        t0 = time.monotonic()
        down = await c.get("/v1/registry/LA/products", headers={"Authorization": f"Bearer {network.token('buyer', client_id='b503')}"})
        t_down = time.monotonic() - t0
        t0 = time.monotonic()
        hung = await c.get("/v1/registry/MM/products", headers={"Authorization": f"Bearer {network.token('buyer', client_id='b504')}"})
        t_hung = time.monotonic() - t0
    assert down.status_code == 503 and down.headers["content-type"].startswith("application/problem+json")
    assert hung.status_code == 504 and hung.headers["content-type"].startswith("application/problem+json")
    assert t_down < 3 and t_hung < 3


async def test_a_body_over_the_limit_gets_413(network, strict_gateway):
    async with httpx.AsyncClient(base_url=strict_gateway.url, timeout=10) as c:
        r = await c.post("/v1/registry/VN/products", content=b"x" * 5000,
                         headers={"Content-Type": "application/json",
                                  "Authorization": f"Bearer {network.token('registry_admin', 'VN', client_id='big')}"})
    assert r.status_code == 413


async def test_a_bulk_import_gets_the_larger_upload_limit_and_no_more(network, strict_gateway):
    rows = "".join(f"VN-GW-{i:05d},VN-NO-SUCH-PRODUCER,Nước mắm {i},Fish sauce {i},OCOP,food,3,210390,Kiên Giang,draft\n"
                   for i in range(100))
    csv = ("external_ref,producer_ref,name_local,name_en,programme,group,stars,hs_code,origin_province,status\n"
           + rows).encode()
    assert 1000 < len(csv) < 20000
    headers = {"Content-Type": "text/csv",
               "Authorization": f"Bearer {network.token('registry_admin', 'VN', client_id='bulk')}"}
    async with httpx.AsyncClient(base_url=strict_gateway.url, timeout=10, headers=headers) as c:
        accepted = await c.post("/v1/registry/VN/imports/products", content=csv)
        too_big = await c.post("/v1/registry/VN/imports/products", content=csv + csv[-200:] * 100)
        not_an_import = await c.post("/v1/registry/VN/products", content=csv)
    assert accepted.status_code == 202, accepted.text
    assert too_big.status_code == 413 and too_big.json()["detail"] == "the body exceeds 20000 bytes"
    assert not_an_import.status_code == 413 and not_an_import.json()["detail"] == "the body exceeds 1000 bytes"


async def test_cors_preflight_is_answered_for_configured_origins(network, strict_gateway):
    async with httpx.AsyncClient(base_url=strict_gateway.url, timeout=10) as c:
        r = await c.options("/v1/catalogue/products", headers={"Origin": "https://buyers.example",
                                                               "Access-Control-Request-Method": "GET"})
    assert r.status_code == 200 and r.headers["access-control-allow-origin"] == "https://buyers.example"


async def test_the_request_id_reaches_the_response_the_service_log_and_the_kafka_event(network, vn_producer, kafka_bootstrap):
    trace_id = uuid.uuid4().hex
    traceparent = f"00-{trace_id}-{uuid.uuid4().hex[:16]}-01"
    async with httpx.AsyncClient(base_url=network["gateway"].url, timeout=10, headers=network.auth("registry_admin", "VN")) as c:
        r = await c.post("/v1/registry/VN/products", json=product_body(vn_producer, "VN"),
                         headers={"traceparent": traceparent, "X-Request-ID": f"req-{trace_id[:8]}"})
    assert r.status_code == 201 and r.headers["x-request-id"] == f"req-{trace_id[:8]}"
    product_id = r.json()["id"]
    consumer = AIOKafkaConsumer(network.topic("ovop.registry.VN.products"), bootstrap_servers=kafka_bootstrap,
                                auto_offset_reset="earliest", group_id=None)
    await consumer.start()
    found = None
    try:
        deadline = time.monotonic() + 10
        while found is None and time.monotonic() < deadline:
            for batch in (await consumer.getmany(timeout_ms=500)).values():
                for m in batch:
                    if m.key == product_id.encode():
                        found = CloudEvent.from_kafka(m.headers, m.value)
    finally:
        await consumer.stop()
    assert found is not None and found.traceparent.split("-")[1] == trace_id
    log = network["registry-VN"].tail(200_000)
    assert f'"request_id": "req-{trace_id[:8]}"' in log


async def test_every_service_exposes_prometheus_metrics(network):
    async with httpx.AsyncClient(timeout=10) as c:
        for svc in network.services.values():
            if svc.proc is None:
                continue
            r = await c.get(f"{svc.url}/metrics")
            assert r.status_code == 200 and "http_requests_total" in r.text, svc.name


async def test_the_merged_openapi_document_describes_every_capability_and_its_errors(network):
    from openapi_spec_validator import validate

    async with httpx.AsyncClient(base_url=network["gateway"].url, timeout=10) as c:
        doc = (await c.get("/openapi.json")).json()
        assert (await c.get("/docs")).status_code == 200
    validate(doc)
    paths = doc["paths"]
    assert "/v1/registry/{country}/products" in paths and "/v1/catalogue/products" in paths
    assert "/v1/oauth/token" in paths
    op_ids = [op["operationId"] for item in paths.values() for m, op in item.items() if m in ("get", "post", "put", "patch", "delete")]
    assert len(op_ids) == len(set(op_ids)), "operation ids must be unique"
    create = paths["/v1/registry/{country}/products"]["post"]
    assert create["operationId"] == "create_product" and create["security"] == [{"oauth2": ["producer", "provincial_officer", "registry_admin"]}]
    assert {"401", "403", "422", "429", "503", "504"} <= set(create["responses"])
    assert all(r["content"] == {"application/problem+json": {"schema": {"$ref": "#/components/schemas/ProblemDetails"}}}
               for code, r in create["responses"].items() if code >= "400")
    assert paths["/v1/registry/{country}/products"]["get"]["security"] == [{}, {"oauth2": []}]
    flows = doc["components"]["securitySchemes"]["oauth2"]["flows"]["clientCredentials"]
    assert flows["tokenUrl"] == "/v1/oauth/token"
    assert set(flows["scopes"]) == {"buyer", "producer", "provincial_officer", "committee", "registry_admin",
                                    "fair_organiser", "integrator"}
    assert paths["/v1/sourcing-requests"]["post"]["security"] == [{"oauth2": ["buyer"]}]


# The authorisation matrix (every operation x every role x own / someone else's resource) is in
# tests/e2e/test_authorisation.py.
