"""Privacy and hygiene on the running network: producers' contact details only to those entitled to them
(enforced by the services that answer, whatever path the request takes), metric labels from route
templates only, no `server` header, private log files."""
from __future__ import annotations

import stat
import uuid

import httpx
import pytest
from prometheus_client.parser import text_string_to_metric_families

from tests.support.factories import product_body, producer_body
from tests.support.waiting import eventually

CONTACT = {"contact_name": "Nguyễn Thị Lan", "contact_email": "lan@phuquoc-coop.example", "contact_phone": "+84 297 384 1234"}


@pytest.fixture(scope="module")
async def vn_producer(network) -> dict:
    async with httpx.AsyncClient(base_url=network["gateway"].url, headers=network.auth("registry_admin", "VN"),
                                 timeout=10) as c:
        created = await c.post("/v1/registry/VN/producers", json=producer_body("VN", **CONTACT))
        assert created.status_code == 201, created.text
        product = await c.post("/v1/registry/VN/products", json=product_body(created.json()["id"], "VN"))
        assert product.status_code == 201, product.text
    return created.json() | {"product_id": product.json()["id"]}


async def _eventually_ok(fetch, wanted) -> httpx.Response:
    """The first 200 answer that has what is wanted (replication and indexing take a moment), else the last."""
    last: list[httpx.Response] = []

    async def attempt():
        r = await fetch()
        last[:] = [r]
        return r if r.status_code == 200 and wanted(r) else None

    return await eventually(attempt, timeout_s=20) or last[0]


def _contact_of(record: dict) -> dict:
    return {k: record.get(k) for k in CONTACT}


HIDDEN = {k: None for k in CONTACT}
ENTITLED = [("buyer", None, None), ("registry_admin", "VN", None), ("producer", None, "own")]
NOT_ENTITLED = [(None, None, None), ("integrator", None, None), ("fair_organiser", None, None),
                ("registry_admin", "KH", None), ("producer", None, "VN-M-SOMEONEELSE")]


def _headers(network, role, country, producer_id, vn_producer) -> dict:
    if role is None:
        return {}
    return network.auth(role, country, vn_producer["id"] if producer_id == "own" else producer_id)


@pytest.mark.parametrize("role,country,producer_id", ENTITLED + NOT_ENTITLED)
async def test_a_producers_contact_goes_only_to_buyers_the_producer_itself_and_its_countrys_admin(
        network, vn_producer, role, country, producer_id):
    entitled = (role, country, producer_id) in ENTITLED
    headers = _headers(network, role, country, producer_id, vn_producer)
    pid = vn_producer["id"]
    async with httpx.AsyncClient(headers=headers, timeout=10) as c:
        gw = network["gateway"].url
        through_gateway = await c.get(f"{gw}/v1/registry/VN/producers/{pid}")
        # Straight to the node, an anonymous caller carries what the gateway would: its anonymous identity.
        straight_to_node = await c.get(f"{network['registry-VN'].url}/producers/{pid}",
                                       headers=headers or network.public_auth())
        listing = await c.get(f"{gw}/v1/registry/VN/producers", params={"limit": 500})
        history = await c.get(f"{gw}/v1/registry/VN/producers/{pid}/history")
        replica = await _eventually_ok(lambda: c.get(f"{gw}/v1/registry/KH/producers/{pid}"), lambda r: True)
    for r in (through_gateway, straight_to_node, listing, history, replica):
        assert r.status_code == 200, r.text
    expected = CONTACT if entitled else HIDDEN
    assert _contact_of(through_gateway.json()) == expected
    assert _contact_of(straight_to_node.json()) == expected
    assert _contact_of(replica.json()) == expected
    listed = next(p for p in listing.json()["items"] if p["id"] == pid)
    assert _contact_of(listed) == expected
    created = history.json()["items"][0]["changes"]["created"]
    assert _contact_of(created) == (CONTACT if entitled else HIDDEN)
    if not entitled:
        for r in (through_gateway, straight_to_node, listing, history, replica):
            assert "lan@phuquoc-coop.example" not in r.text and "384 1234" not in r.text


async def test_the_anonymous_catalogue_carries_no_contact_field_anywhere(network, vn_producer):
    async with httpx.AsyncClient(base_url=network["gateway"].url, timeout=10) as c:
        search = await _eventually_ok(
            lambda: c.get("/v1/catalogue/search", params={"q": "fish sauce", "country": "VN"}),
            lambda r: any(h["product"]["id"] == vn_producer["product_id"] for h in r.json()["items"]))
        product = await c.get(f"/v1/catalogue/products/{vn_producer['product_id']}")
        listing = await c.get("/v1/catalogue/products", params={"country": "VN"})
    for r in (search, product, listing):
        assert r.status_code == 200
        assert "contact" not in r.text and "lan@phuquoc-coop.example" not in r.text


async def test_metric_labels_are_route_templates_and_scanned_paths_share_one_label(network, vn_producer):
    scanned = [f"/{uuid.uuid4().hex}", f"/wp-admin/{uuid.uuid4().hex}.php", f"/.env.{uuid.uuid4().hex}",
               f"/v1/nothing/{uuid.uuid4().hex}"]
    # With the gateway's anonymous identity, so that the backend services route the scan at all (without
    # any identity they answer 401 before routing).
    async with httpx.AsyncClient(timeout=10, headers=network.public_auth()) as c:
        for svc in ("gateway", "registry-VN", "matching", "events"):
            url = network[svc].url
            before = await _label_sets(c, url)
            for path in scanned:
                assert (await c.get(url + path)).status_code == 404
            assert (await c.request("PROPFIND", url + f"/{uuid.uuid4().hex}")).status_code in (404, 405)
            after = await _label_sets(c, url)
            routes = {labels["route"] for labels in after}
            assert not any(path in route for path in scanned for route in routes), svc
            assert {labels["method"] for labels in after} <= {"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE",
                                                              "OPTIONS", "other"}
            assert "unmatched" in routes, svc
            # A second scan with new paths adds no label set at all.
            for path in [f"/{uuid.uuid4().hex}" for _ in range(20)]:
                await c.get(url + path)
            assert len(await _label_sets(c, url)) == len(after), svc
        gw = network["gateway"].url
        assert (await c.get(f"{gw}/v1/registry/VN/products/{vn_producer['product_id']}")).status_code == 200
        # Refused by the gateway's guard before any routing: still labelled by the route it would reach.
        assert (await c.post(f"{gw}/v1/registry/VN/products/{uuid.uuid4().hex}", json={},
                             headers={"Authorization": ""})).status_code == 401
        gateway_labels = await _label_sets(c, gw)
    routes = {labels["route"] for labels in gateway_labels}
    assert not any(vn_producer["product_id"] in route for route in routes)
    assert {("GET", "/v1/registry/{country}/{path:anypath}", "200"),
            ("POST", "/v1/registry/{country}/{path:anypath}", "401")} <= {
        (labels["method"], labels["route"], labels["status"]) for labels in gateway_labels}


async def _label_sets(client: httpx.AsyncClient, base: str) -> list[dict]:
    text = (await client.get(f"{base}/metrics")).text
    return [sample.labels for family in text_string_to_metric_families(text) if family.name == "http_requests"
            for sample in family.samples if sample.name == "http_requests_total"]


async def test_no_service_names_its_server_software(network):
    async with httpx.AsyncClient(timeout=10) as c:
        for svc in network.services.values():
            for path in ("/healthz", "/no-such-page"):
                r = await c.get(svc.url + path)
                assert "server" not in r.headers, (svc.name, r.headers.get("server"))
        through = await c.get(f"{network['gateway'].url}/v1/catalogue/products")
    assert through.status_code == 200 and "server" not in through.headers


def test_every_service_log_file_is_0640_or_tighter_in_a_folder_others_cannot_read(network):
    for svc in network.services.values():
        mode = stat.S_IMODE(svc.log_path.stat().st_mode)
        assert mode & 0o137 == 0, (svc.name, oct(mode))
    folder = stat.S_IMODE(network.log_dir.stat().st_mode)
    assert folder & 0o007 == 0, oct(folder)
