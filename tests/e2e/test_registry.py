"""National registry nodes: validation, ownership, versions, sync, rebuild and bulk import — through the
gateway, on real processes over the real broker and PostgreSQL."""
from __future__ import annotations

import uuid

import httpx
import pytest
from aiokafka import AIOKafkaProducer

from services.registry.domain.imports import PRODUCT_CSV_COLUMNS, product_to_csv_row, to_csv
from shared.contracts.registry import PRODUCT_UPSERTED, ProductUpserted, products_topic, registry_source
from shared.events import CloudEvent
from tests.support.factories import product_body, producer_body
from tests.support.waiting import eventually


@pytest.fixture
async def vn_producer(vn_admin) -> str:
    r = await vn_admin.post("/v1/registry/VN/producers", json=producer_body("VN", external_ref=f"p-{uuid.uuid4().hex[:8]}"))
    assert r.status_code == 201, r.text
    return r.json()["id"]


async def _count(vn_admin, country: str) -> int:
    return (await vn_admin.get(f"/v1/registry/{country}/products", params={"country": country, "limit": 1})).json()["total"]


@pytest.mark.parametrize("change,field,reason", [
    ({"stars": 6}, "stars", "less than or equal to 5"),
    ({"hs_code": "21-03"}, "hs_code", "6 digits"),
    ({"price": {"min": 1, "max": 2, "currency": "DOLLARS"}}, "price.currency", "ISO 4217"),
    ({"name_en": "n" * 201}, "name_en", "at most 200"),
    ({"stars": "many"}, "stars", "integer"),
    ({"origin": {"country": "KH", "province": "Kampot"}}, "origin.country", "outside this node's country VN"),
])
async def test_bad_input_gets_a_problem_naming_the_field_and_nothing_is_written(vn_admin, vn_producer, change, field, reason):
    before = await _count(vn_admin, "VN")
    r = await vn_admin.post("/v1/registry/VN/products", json=product_body(vn_producer, "VN") | change)
    # Another member state's place is its own node's to register: refused as not this node's (403).
    status = 403 if field == "origin.country" else 422
    assert r.status_code == status
    assert r.headers["content-type"].startswith("application/problem+json")
    problem = r.json()
    assert problem["status"] == status
    assert any(e["field"] == field and reason in e["reason"] for e in problem["errors"]), problem
    assert await _count(vn_admin, "VN") == before


async def test_a_node_refuses_a_product_of_another_countrys_producer(vn_admin, network, vn_producer):
    async def kh_holds_the_producer():  # before its replica has it, the producer is unknown there (409)
        return (await vn_admin.get(f"/v1/registry/KH/producers/{vn_producer}")).status_code == 200

    assert await eventually(kh_holds_the_producer, 20)
    r = await vn_admin.post("/v1/registry/KH/products", json=product_body(vn_producer, "KH", origin={"country": "KH", "province": "Kampot"}),
                      headers=network.auth("registry_admin", "KH"))
    assert r.status_code == 422
    assert r.json()["errors"][0]["field"] == "producer_id"


async def test_an_update_with_a_stale_version_gets_412_and_history_tells_who_changed_what(vn_admin, network, vn_producer):
    body = product_body(vn_producer, "VN")
    alice, bob = (f"Bearer {network.token('registry_admin', 'VN', client_id=c)}" for c in ("alice", "bob"))
    created = (await vn_admin.post("/v1/registry/VN/products", json=body, headers={"Authorization": alice})).json()
    url = f"/v1/registry/VN/products/{created['id']}"
    assert (await vn_admin.put(url, json=body | {"name_en": "Phu Quoc fish sauce 40N"})).status_code == 428
    r = await vn_admin.put(url, json=body | {"name_en": "Phu Quoc fish sauce 40N"},
                           headers={"If-Match": 'W/"1"', "Authorization": bob})
    assert r.status_code == 200 and r.json()["version"] == 2 and r.headers["etag"] == 'W/"2"'
    stale = await vn_admin.put(url, json=body | {"name_en": "Phu Quoc fish sauce 35N"}, headers={"If-Match": 'W/"1"'})
    assert stale.status_code == 412
    assert stale.json()["current_version"] == 2
    assert (await vn_admin.get(url)).json()["name_en"] == "Phu Quoc fish sauce 40N"
    history = (await vn_admin.get(f"{url}/history")).json()["items"]
    assert [(h["version"], h["actor"]) for h in history] == [(1, "registry_admin:alice"), (2, "registry_admin:bob")]
    assert history[1]["changes"] == {"name_en": {"from": "Phu Quoc fish sauce", "to": "Phu Quoc fish sauce 40N"}}
    typed = await vn_admin.put(url, json=body | {"stars": 5}, headers={"If-Match": 'W/"2"'})
    assert typed.status_code == 422 and typed.json()["errors"][0]["field"] == "stars"   # stars follow evaluations


async def test_replicas_apply_events_in_version_order_ignoring_duplicates_and_stale_ones_and_delisting(vn_admin, network, kafka_bootstrap):
    """Acting as Thailand's node (no TH node runs here): v2, then a stale v1, then v2 again, then v3 delisted."""
    pid = f"TH-P-{uuid.uuid4().hex[:24].upper()}"
    base = product_body("TH-M-X", "TH", origin={"country": "TH", "province": "Chiang Mai"}, programme="OTOP")

    def event(version: int, **over) -> CloudEvent:
        rec = base | {"id": pid, "country": "TH", "version": version, "name_en": f"v{version}",
                      "created_at": "2026-01-01T00:00:00+00:00", "updated_at": "2026-01-01T00:00:00+00:00",
                      "updated_by": "th-admin"} | over
        data = ProductUpserted(id=pid, country="TH", version=version, producer_id="TH-M-X", status=rec["status"], record=rec)
        return CloudEvent(source=registry_source("TH"), type=PRODUCT_UPSERTED, subject=pid, data=data.model_dump(mode="json"))

    producer = AIOKafkaProducer(bootstrap_servers=kafka_bootstrap, enable_idempotence=True, acks="all")
    await producer.start()
    try:
        th = network.signer("TH")
        for e in (event(2), event(1), event(2, name_en="v2 repeated")):
            await producer.send_and_wait(network.topic(products_topic("TH")), key=pid.encode(), value=e.kafka_value(),
                                         headers=th.sign(e.kafka_headers(), e.kafka_value()))

        async def kh_at_v2():
            r = await vn_admin.get(f"/v1/registry/KH/products/{pid}")
            return r.json() if r.status_code == 200 and r.json()["version"] == 2 else None

        replica = await eventually(kh_at_v2, 10)
        assert replica is not None and replica["name_en"] == "v2"
        delisted = event(3, status="delisted")
        await producer.send_and_wait(network.topic(products_topic("TH")), key=pid.encode(), value=delisted.kafka_value(),
                                     headers=th.sign(delisted.kafka_headers(), delisted.kafka_value()))
    finally:
        await producer.stop()

    async def delisted_everywhere():
        kh = (await vn_admin.get(f"/v1/registry/KH/products/{pid}")).json()
        cat = (await vn_admin.get("/v1/catalogue/products", params={"country": "TH", "limit": 200})).json()
        return kh["status"] == "delisted" and all(p["id"] != pid for p in cat["items"])

    assert await eventually(delisted_everywhere, 10)
    assert (await vn_admin.get(f"/v1/registry/KH/products/{pid}")).json()["version"] == 3


async def test_an_import_with_good_and_bad_rows_commits_the_good_reports_the_bad_and_is_idempotent(vn_admin, vn_producer):
    tag = uuid.uuid4().hex[:6]
    good = [product_body(vn_producer, "VN", external_ref=f"imp-{tag}-{i}", name_en=f"Imported {tag} {i}") for i in range(6)]
    bad = [
        product_body(vn_producer, "VN", external_ref=f"imp-{tag}-bad-stars", stars=9),
        product_body(vn_producer, "VN", external_ref=f"imp-{tag}-bad-hs", hs_code="12"),
        product_body("VN-M-NOPE", "VN", external_ref=f"imp-{tag}-bad-producer"),
        product_body(vn_producer, "VN", external_ref=f"imp-{tag}-0"),  # repeats the first row's ref
    ]
    csv_text = to_csv([product_to_csv_row(p) for p in good[:3] + bad[:2] + good[3:] + bad[2:]], PRODUCT_CSV_COLUMNS)
    url = "/v1/registry/VN/imports/products"
    r = await vn_admin.post(url, params={"wait": "true"}, content=csv_text.encode(), headers={"Content-Type": "text/csv"})
    assert r.status_code == 200, r.text
    job = r.json()
    assert (job["status"], job["processed"], job["created"], job["rejected"]) == ("done", 10, 6, 4)
    rejections = (await vn_admin.get(f"/v1/registry/VN/imports/{job['id']}/rejections")).json()["items"]
    by_ref = {x["external_ref"]: x for x in rejections}
    assert by_ref[f"imp-{tag}-bad-stars"]["row"] == 4 and by_ref[f"imp-{tag}-bad-stars"]["errors"][0]["field"] == "stars"
    assert by_ref[f"imp-{tag}-bad-hs"]["errors"][0]["field"] == "hs_code"
    assert by_ref[f"imp-{tag}-bad-producer"]["errors"][0]["field"] == "producer_id"
    assert "repeats row 1" in by_ref[f"imp-{tag}-0"]["errors"][0]["reason"]

    again = (await vn_admin.post(url, params={"wait": "true"}, content=csv_text.encode(), headers={"Content-Type": "text/csv"})).json()
    assert (again["created"], again["updated"], again["unchanged"], again["rejected"]) == (0, 0, 6, 4)

    listed = (await vn_admin.get("/v1/registry/VN/products", params={"country": "VN", "limit": 500})).json()["items"]
    mine = [p for p in listed if p["external_ref"].startswith(f"imp-{tag}-")]
    assert len(mine) == 6 and all(p["version"] == 1 for p in mine)

    async def replicated():
        r = await vn_admin.get(f"/v1/registry/KH/products/{mine[0]['id']}")
        return r.status_code == 200

    assert await eventually(replicated, 10)


async def test_an_import_in_the_background_shows_its_progress_until_done(vn_admin, vn_producer):
    tag = uuid.uuid4().hex[:6]
    rows = "".join(
        __import__("json").dumps(product_body(vn_producer, "VN", external_ref=f"bg-{tag}-{i}"), ensure_ascii=False) + "\n"
        for i in range(1500))
    r = await vn_admin.post("/v1/registry/VN/imports/products", content=rows.encode(),
                      headers={"Content-Type": "application/x-ndjson"})
    assert r.status_code == 202
    job_id = r.json()["id"]
    seen = []

    async def finished():
        status = (await vn_admin.get(f"/v1/registry/VN/imports/{job_id}")).json()
        seen.append(status["processed"])
        return status if status["status"] == "done" else None

    final = await eventually(finished, 60)
    assert final is not None and final["created"] == 1500 and final["rows_estimated"] == 1500
    assert seen == sorted(seen)


async def test_an_upload_that_is_not_utf8_is_refused_whole(vn_admin):
    r = await vn_admin.post("/v1/registry/VN/imports/products", params={"wait": "true"},
                      content="external_ref,name_local,name_en\nx,Nu\xf3c,y\n".encode("latin-1"),
                      headers={"Content-Type": "text/csv"})
    assert r.status_code == 422 and r.json()["errors"][0]["field"] == "body"


async def test_a_node_started_empty_rebuilds_every_other_countrys_records_from_the_topics(network, vn_admin, vn_producer, new_database):
    created = (await vn_admin.post("/v1/registry/VN/products", json=product_body(vn_producer, "VN"))).json()
    assert await eventually(lambda: _present(vn_admin, "KH", created["id"]), 10)
    la = network.add("registry-LA", "registry", await new_database("reg_la"), NODE_COUNTRY="LA")
    await network.start("registry-LA")
    vn_ids = await _all_ids(vn_admin.get, "/v1/registry/VN/products")
    async with httpx.AsyncClient(base_url=la.url, timeout=10, headers=network.public_auth()) as la_client:
        async def rebuilt():
            # The topic may hold more VN records than this VN node (other tests share the broker): every
            # record of this node must be in LA's replica.
            return vn_ids <= await _all_ids(la_client.get, "/products")

        assert await eventually(rebuilt, 30)
        got = (await la_client.get(f"/products/{created['id']}")).json()
        assert got["name_local"] == created["name_local"] and got["version"] == created["version"]


async def _all_ids(get, url: str) -> set[str]:
    ids: set[str] = set()
    offset = 0
    while True:
        page = (await get(url, params={"country": "VN", "limit": 500, "offset": offset})).json()
        ids |= {p["id"] for p in page["items"]}
        offset += 500
        if offset >= page["total"]:
            return ids


async def _present(vn_admin, country: str, product_id: str) -> bool:
    return (await vn_admin.get(f"/v1/registry/{country}/products/{product_id}")).status_code == 200


async def test_indicators_count_the_nodes_own_products_and_the_region(vn_admin, vn_producer):
    await vn_admin.post("/v1/registry/VN/products", json=product_body(vn_producer, "VN", stars=5))
    national = (await vn_admin.get("/v1/registry/VN/indicators")).json()
    assert national["products"]["total"] == sum(national["products"]["by_group"].values()) > 0
    assert set(national["products"]["by_country"]) == {"VN"}
    assert national["products"]["by_stars"].get("5", 0) >= 1
    assert national["producers"]["by_type"]["cooperative"] >= 1
    regional = (await vn_admin.get("/v1/registry/KH/indicators", params={"scope": "regional"})).json()
    assert "VN" in regional["products"]["by_country"]
    geo = await vn_admin.get("/v1/registry/VN/indicators/map")
    assert geo.headers["content-type"].startswith("application/geo+json")
    fc = geo.json()
    kg = [f for f in fc["features"] if f["properties"]["province"] == "Kiên Giang"]
    assert fc["type"] == "FeatureCollection" and kg and kg[0]["geometry"]["type"] == "Point"
    assert kg[0]["properties"]["products"] >= 1


async def test_concurrent_creations_with_one_external_ref_make_one_record_and_409s(vn_admin, vn_producer):
    import asyncio

    body = product_body(vn_producer, "VN", external_ref=f"race-{uuid.uuid4().hex[:8]}")
    answers = await asyncio.gather(*(vn_admin.post("/v1/registry/VN/products", json=body) for _ in range(8)))
    codes = sorted(r.status_code for r in answers)
    assert codes.count(201) == 1 and codes.count(409) == 7, codes
    winner = next(r.json()["id"] for r in answers if r.status_code == 201)
    assert all(r.json()["existing_id"] == winner for r in answers if r.status_code == 409)
