"""One way of doing each thing, walked through the gateway as an integrator would: problems whose type
resolves to a page, one 422 shape, lists paged by limit and offset with a next link and a Link header,
Location on a 201, ETag and If-Match (428 without, 412 when stale) on what changes, 405 with Allow, and the
token endpoint taking the client's secret either way."""
from __future__ import annotations

import base64
import uuid

import httpx
import pytest

from tests.support.factories import producer_body, product_body
from tests.support.waiting import eventually


@pytest.fixture
async def gw(network):
    async with httpx.AsyncClient(base_url=network["gateway"].url, timeout=30) as c:
        yield c


async def test_a_problems_type_resolves_to_a_page_that_describes_it_and_its_instance_is_the_public_path(gw, network):
    r = await gw.get("/v1/registry/VN/products/VN-P-NOPE")
    assert r.status_code == 404 and r.headers["content-type"] == "application/problem+json"
    problem = r.json()
    assert (problem["type"], problem["instance"]) == ("/v1/problems/not-found", "/v1/registry/VN/products/VN-P-NOPE")
    page = await gw.get(problem["type"])
    assert page.status_code == 200
    assert page.json() == {"type": "/v1/problems/not-found", "name": "not-found", "status": 404, "title": "Not Found",
                           "description": "No such record, or one the caller may not see (it answers as a missing one)."}
    # The gateway's own refusals are typed the same way.
    r = await gw.post("/v1/registry/VN/products", json={})
    assert r.status_code == 401 and r.json()["type"] == "/v1/problems/unauthorized"
    assert (await gw.get(r.json()["type"])).json()["status"] == 401
    listed = (await gw.get("/v1/problems")).json()["items"]
    assert {"validation", "precondition-required", "precondition-failed"} <= {p["name"] for p in listed}
    assert (await gw.get("/v1/problems/no-such-kind")).status_code == 404


async def test_a_422_names_each_field_and_reason_in_one_shape_whichever_service_answers(gw, network):
    admin, buyer = network.auth("registry_admin", "VN"), network.auth("buyer")
    for r in (await gw.post("/v1/registry/VN/producers", json=producer_body("VN", founded_year=1), headers=admin),
              await gw.post("/v1/sourcing-requests", json={"text": "pepper", "quantity": 1, "unit": "kg",
                                                           "destination": "Japan", "deadline": "2099-01-01T00:00:00Z"},
                            headers=buyer),
              await gw.get("/v1/catalogue/search", params={"currency": "ZZZ"})):
        assert r.status_code == 422, r.text
        body = r.json()
        assert body["type"] == "/v1/problems/validation" and body["title"] == "Unprocessable Content"
        assert body["errors"] and all(set(e) == {"field", "reason", "type"} for e in body["errors"]), body


async def test_lists_page_with_limit_offset_a_next_link_and_a_link_header_to_the_last_page(gw, network):
    admin = network.auth("registry_admin", "VN")
    producer = (await gw.post("/v1/registry/VN/producers", json=producer_body("VN"), headers=admin)).json()
    for _ in range(3):
        assert (await gw.post("/v1/registry/VN/products", json=product_body(producer["id"]), headers=admin)).status_code == 201
    url, seen, pages = f"/v1/registry/VN/products?producer_id={producer['id']}&limit=2", [], 0
    while url:
        r = await gw.get(url)
        assert r.status_code == 200, r.text
        page = r.json()
        assert set(page) == {"items", "total", "limit", "offset", "next"} and page["total"] == 3
        if page["next"]:
            assert r.headers["link"] == f'<{page["next"]}>; rel="next"'
            assert page["next"].startswith("/v1/registry/VN/products?")
        else:
            assert "link" not in r.headers
        seen += [p["id"] for p in page["items"]]
        url, pages = page["next"], pages + 1
    assert pages == 2 and len(set(seen)) == 3


async def test_a_201_says_where_the_new_resource_is_and_a_sourcing_request_changes_only_with_if_match(gw, network):
    admin, buyer = network.auth("registry_admin", "VN"), network.auth("buyer", client_id=f"b-{uuid.uuid4().hex[:6]}")
    r = await gw.post("/v1/registry/VN/producers", json=producer_body("VN"), headers=admin)
    assert r.status_code == 201 and r.headers["location"] == f"/v1/registry/VN/producers/{r.json()['id']}"
    assert (await gw.get(r.headers["location"])).status_code == 200
    product = (await gw.post("/v1/registry/VN/products", json=product_body(r.json()["id"]), headers=admin)).json()

    async def searchable():  # the request's relevance floor reads the search index, which follows the table
        hits = (await gw.get("/v1/catalogue/search", params={"q": "fish sauce", "country": "VN", "limit": 100})).json()
        return any(h["product"]["id"] == product["id"] for h in hits["items"])

    assert await eventually(searchable, 30)
    body = {"text": "fish sauce", "quantity": 500, "unit": "l", "destination": "JP", "deadline": "2099-01-01T00:00:00Z"}
    r = await gw.post("/v1/sourcing-requests", json=body, headers=buyer)
    assert r.status_code == 201, r.text
    rfq, location, etag = r.json(), r.headers["location"], r.headers["etag"]
    assert location == f"/v1/sourcing-requests/{rfq['id']}" and etag == f'W/"{rfq["version"]}"'
    read = await gw.get(location, headers=buyer)
    assert read.status_code == 200 and read.headers["etag"] == etag
    r = await gw.patch(location, json={"quantity": 600}, headers=buyer)
    assert r.status_code == 428 and r.json()["type"] == "/v1/problems/precondition-required"
    r = await gw.patch(location, json={"quantity": 600}, headers=buyer | {"If-Match": etag})
    assert r.status_code == 200 and r.json()["quantity"] == 600 and r.headers["etag"] != etag
    stale = await gw.patch(location, json={"quantity": 700}, headers=buyer | {"If-Match": etag})
    assert stale.status_code == 412 and stale.headers["etag"] == r.headers["etag"]
    assert stale.json()["type"] == "/v1/problems/precondition-failed"
    assert (await gw.get(location, headers=buyer)).json()["quantity"] == 600


async def test_the_document_gives_every_201_its_location_every_change_an_if_match_and_dead_letters_a_page(gw):
    doc = (await gw.get("/openapi.json")).json()
    no_location, no_if_match = [], []
    for path, item in doc["paths"].items():
        for method, op in item.items():
            if method not in ("get", "post", "put", "patch", "delete"):
                continue
            created = op["responses"].get("201")
            if created is not None and "Location" not in created.get("headers", {}):
                no_location.append(op["operationId"])
            if method in ("put", "patch") and not any(
                    p["in"] == "header" and p["name"] == "If-Match" and p["required"] for p in op.get("parameters", [])):
                no_if_match.append(op["operationId"])
    assert (no_location, no_if_match) == ([], [])
    listing = doc["paths"]["/v1/registry/{country}/dead-letters"]["get"]
    ok = listing["responses"]["200"]
    page = doc["components"]["schemas"][ok["content"]["application/json"]["schema"]["$ref"].rsplit("/", 1)[1]]
    assert {"items", "total", "limit", "offset", "next"} <= set(page["properties"]) and "Link" in ok["headers"]
    assert {"limit", "offset"} <= {p["name"] for p in listing["parameters"]}
    replayed = doc["paths"]["/v1/registry/{country}/dead-letters/{partition}/{offset}/replay"]["post"]
    assert replayed["responses"]["200"]["content"]["application/json"]["schema"]["$ref"].endswith("/DeadLetterReplayed")


async def test_a_method_a_path_does_not_serve_is_405_with_allow_naming_those_it_does(gw, network):
    r = await gw.delete("/v1/registry/VN/products", headers=network.auth("registry_admin", "VN"))
    assert r.status_code == 405 and r.headers["allow"] == "GET, POST"
    r = await gw.options("/v1/catalogue/search")
    assert r.status_code == 405 and r.headers["allow"] == "GET"
    r = await gw.get("/v1/oauth/token")
    assert r.status_code == 405 and r.headers["allow"] == "POST"


async def test_the_token_endpoint_takes_the_secret_by_http_basic_or_by_form_and_says_the_scope(gw, network):
    client = network.create_client("buyer", name=f"contract-{uuid.uuid4().hex[:6]}")
    cid, secret = client["client_id"], client["client_secret"]
    basic = base64.b64encode(f"{cid}:{secret}".encode()).decode()
    by_basic = await gw.post("/v1/oauth/token", data={"grant_type": "client_credentials"},
                             headers={"Authorization": f"Basic {basic}"})
    by_form = await gw.post("/v1/oauth/token", data={"grant_type": "client_credentials", "client_id": cid,
                                                     "client_secret": secret})
    for r in (by_basic, by_form):
        assert r.status_code == 200, r.text
        assert r.json()["token_type"] == "Bearer" and r.json()["scope"] == "buyer"
    both = await gw.post("/v1/oauth/token", data={"grant_type": "client_credentials", "client_secret": secret},
                         headers={"Authorization": f"Basic {basic}"})
    assert both.status_code == 400 and both.json()["errors"] == [{"field": "client_secret",
                                                                  "reason": "given with HTTP Basic credentials"}]
