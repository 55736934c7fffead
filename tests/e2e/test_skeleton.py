"""The running skeleton, end to end through the gateway over the real broker."""
from __future__ import annotations

import asyncio
import time

import httpx

from tests.support.factories import product_body, producer_body
from tests.support.waiting import eventually


async def test_a_product_created_on_vn_through_the_gateway_reaches_kh_and_matching_within_5_s(network):
    gw = network["gateway"].url
    async with httpx.AsyncClient(base_url=gw, timeout=10, headers=network.auth("registry_admin", "VN")) as client:
        r = await client.post("/v1/registry/VN/producers", json=producer_body("VN"))
        assert r.status_code == 201, r.text
        producer_id = r.json()["id"]
        r = await client.post("/v1/registry/VN/products", json=product_body(producer_id, "VN"))
        assert r.status_code == 201, r.text
        product = r.json()
        created_at = time.monotonic()
        assert product["id"].startswith("VN-P-") and product["version"] == 1
        assert r.headers["x-request-id"]

        async def on_kh():
            resp = await client.get(f"/v1/registry/KH/products/{product['id']}")
            return resp.json() if resp.status_code == 200 else None

        async def in_matching():
            resp = await client.get(f"/v1/catalogue/products/{product['id']}")
            return resp.json() if resp.status_code == 200 else None

        replica, catalogued = await asyncio.gather(eventually(on_kh), eventually(in_matching))
        elapsed = time.monotonic() - created_at
        assert replica is not None, "the KH node's replica did not receive the product within 5 s"
        assert catalogued is not None, "matching's catalogue did not receive the product within 5 s"
        assert elapsed < 5.0
        assert replica["name_local"] == "Nước mắm Phú Quốc" and replica["country"] == "VN" and replica["version"] == 1
        assert catalogued["hs_code"] == "210390"

        async def in_events():
            resp = await httpx.AsyncClient(headers=network.public_auth()).get(
                f"{network['events'].url}/fair-catalogue/products/{product['id']}")
            return resp.json() if resp.status_code == 200 else None

        known = await eventually(in_events)
        assert known is not None and known["stars"] == 4


async def test_the_kh_node_refuses_to_change_a_vn_record(network):
    gw = network["gateway"].url
    async with httpx.AsyncClient(base_url=gw, timeout=10, headers=network.auth("registry_admin", "VN")) as client:
        producer_id = (await client.post("/v1/registry/VN/producers", json=producer_body("VN"))).json()["id"]
        product = (await client.post("/v1/registry/VN/products", json=product_body(producer_id, "VN"))).json()

        async def on_kh():
            resp = await client.get(f"/v1/registry/KH/products/{product['id']}")
            return resp.status_code == 200

        assert await eventually(on_kh)
        body = product_body(producer_id, "VN", name_en="Changed from Cambodia")
        kh_admin = network.auth("registry_admin", "KH")
        r = await client.put(f"/v1/registry/KH/products/{product['id']}", json=body, headers={"If-Match": 'W/"1"', **kh_admin})
        assert r.status_code == 403
        assert r.headers["content-type"].startswith("application/problem+json")
        still = (await client.get(f"/v1/registry/VN/products/{product['id']}")).json()
        assert still["name_en"] == "Phu Quoc fish sauce" and still["version"] == 1


async def test_an_unknown_country_gets_404_problem_json(network):
    async with httpx.AsyncClient(base_url=network["gateway"].url, timeout=10) as client:
        r = await client.get("/v1/registry/ZZ/products")
    assert r.status_code == 404
    assert r.headers["content-type"].startswith("application/problem+json")
    assert "ZZ" in r.json()["detail"]
