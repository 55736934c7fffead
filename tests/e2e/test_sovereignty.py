"""A record id belongs to its country forever. A member state signing with its own key on its own topic
still cannot take over another country's record: every consumer (Viet Nam's node, Cambodia's replica, the
regional catalogue, the fairs' view) keeps the record as its owner wrote it and dead-letters the event with
the reason; and a node creates or imports nothing outside its own country. Real processes, real broker."""
from __future__ import annotations

import json
import uuid

import httpx
import pytest
from aiokafka import AIOKafkaProducer

from shared.contracts.registry import (PRODUCER_UPSERTED, PRODUCT_UPSERTED, ProducerUpserted, ProductUpserted,
                                       producers_topic, products_topic, registry_source)
from shared.events import CloudEvent
from tests.support.factories import product_body, producer_body
from tests.support.waiting import eventually

KH_PLACE = {"country": "KH", "province": "Kampot"}
STAMP = "2026-01-01T00:00:00+00:00"


@pytest.fixture
async def vn_records(vn_admin) -> dict[str, dict]:
    """A producer and a listed product of Viet Nam's, as its node holds them."""
    producer = await vn_admin.post("/v1/registry/VN/producers", json=producer_body("VN", external_ref=f"m-{uuid.uuid4().hex[:8]}"))
    assert producer.status_code == 201, producer.text
    product = await vn_admin.post("/v1/registry/VN/products", json=product_body(producer.json()["id"], "VN"))
    assert product.status_code == 201, product.text
    return {"producer": producer.json(), "product": product.json()}


def _kh_event(kind: str, record_id: str, version: int, name_en: str) -> CloudEvent:
    """What Cambodia's node would publish about `record_id`, claiming it as Cambodia's own."""
    if kind == "product":
        rec = product_body("KH-M-TAKEOVER", "KH", origin=KH_PLACE, programme="OVOP")
        rec |= {"id": record_id, "country": "KH", "version": version, "name_en": name_en, "created_at": STAMP,
                "updated_at": STAMP, "updated_by": "kh-admin"}
        data = ProductUpserted(id=record_id, country="KH", version=version, producer_id=rec["producer_id"],
                               status="listed", record=rec)
        type_ = PRODUCT_UPSERTED
    else:
        rec = producer_body("KH", place=KH_PLACE) | {"id": record_id, "country": "KH", "version": version,
                                                     "name_en": name_en, "created_at": STAMP, "updated_at": STAMP,
                                                     "updated_by": "kh-admin"}
        data = ProducerUpserted(id=record_id, country="KH", version=version, record=rec)
        type_ = PRODUCER_UPSERTED
    return CloudEvent(source=registry_source("KH"), type=type_, subject=record_id, data=data.model_dump(mode="json"))


async def _publish_as_kh(network, kafka_bootstrap, kind: str, events: list[CloudEvent]) -> None:
    """Signed with Cambodia's real key, on Cambodia's own topic, all in one partition (so that the consumers
    meet them in one batch, in order)."""
    topic = network.topic(products_topic("KH") if kind == "product" else producers_topic("KH"))
    signer = network.signer("KH")
    producer = AIOKafkaProducer(bootstrap_servers=kafka_bootstrap, enable_idempotence=True, acks="all")
    await producer.start()
    try:
        for event in events:
            await producer.send(topic, key=event.subject.encode(), value=event.kafka_value(), partition=0,
                                headers=signer.sign(event.kafka_headers(), event.kafka_value()))
        await producer.flush()
    finally:
        await producer.stop()


def _copies(network, kind: str, record_id: str) -> dict[str, tuple[str, str]]:
    """Where each copy of a record is read: (base url, path)."""
    plural = f"{kind}s"
    return {
        "VN node": (network["registry-VN"].url, f"/{plural}/{record_id}"),
        "KH replica": (network["registry-KH"].url, f"/{plural}/{record_id}"),
        "fairs' view": (network["events"].url, f"/fair-catalogue/{plural}/{record_id}"),
        **({"regional catalogue": (network["matching"].url, f"/catalogue/products/{record_id}")} if kind == "product" else {}),
    }


async def _read_copies(network, kind: str, record_id: str) -> dict[str, dict | None]:
    out: dict[str, dict | None] = {}
    async with httpx.AsyncClient(timeout=10, headers=network.auth("buyer")) as c:
        for where, (base, path) in _copies(network, kind, record_id).items():
            r = await c.get(base + path)
            out[where] = r.json() if r.status_code == 200 else None
    return out


def _consumers(network) -> dict[str, tuple[str, dict]]:
    """Every service that applies Cambodia's events, with an operator's credentials for its dead letters."""
    return {"VN node": (network["registry-VN"].url, network.auth("registry_admin", "VN")),
            "regional catalogue": (network["matching"].url, network.auth("integrator")),
            "fairs' view": (network["events"].url, network.auth("integrator"))}


async def _dead_letter(network, service: str, key: str) -> dict | None:
    base, headers = _consumers(network)[service]
    async with httpx.AsyncClient(base_url=base, timeout=10, headers=headers) as c:
        r = await c.get("/dead-letters", params={"limit": 1000})
        assert r.status_code == 200, r.text
        return next((d for d in r.json()["items"] if d["key"] == key), None)


@pytest.mark.parametrize("kind", ["product", "producer"])
async def test_a_countrys_signed_event_reusing_another_countrys_id_changes_no_copy_and_is_dead_lettered_everywhere(
        network, kafka_bootstrap, vn_admin, vn_records, kind):
    own = vn_records[kind]
    record_id = own["id"]

    async def everywhere():
        copies = await _read_copies(network, kind, record_id)
        return copies if all(c is not None and c["version"] == 1 for c in copies.values()) else None

    before = await eventually(everywhere, 20)
    assert before is not None, "Viet Nam's record never reached every copy"

    # Cambodia's takeover, then a genuine Cambodian record right behind it in the same partition.
    genuine_id = f"KH-{'P' if kind == 'product' else 'M'}-{uuid.uuid4().hex[:24].upper()}"
    await _publish_as_kh(network, kafka_bootstrap, kind,
                         [_kh_event(kind, record_id, 99, "Taken over"), _kh_event(kind, genuine_id, 1, "Kampot pepper")])

    for service in _consumers(network):
        async def refused():
            return await _dead_letter(network, service, record_id)

        dead = await eventually(refused, 20)
        assert dead is not None, f"{service} did not dead-letter the takeover"
        assert f"id {record_id} belongs to VN, not to KH" in dead["reason"], (service, dead)
        assert dead["origin"]["topic"] == network.topic(f"ovop.registry.KH.{kind}s")
        assert dead["source"] == "/registry/KH"
        # An operator's replay runs the same checks: still refused, with the same reason.
        base, headers = _consumers(network)[service]
        async with httpx.AsyncClient(base_url=base, timeout=10, headers=headers) as c:
            again = await c.post(f"/dead-letters/{dead['partition']}/{dead['offset']}/replay")
        assert again.status_code == 422, again.text
        assert again.json()["detail"] == f"still cannot be applied: {dead['reason']}", (service, again.json())

    async def genuine_applied():
        copies = await _read_copies(network, kind, genuine_id)
        return all(c is not None for where, c in copies.items() if where != "KH replica")

    assert await eventually(genuine_applied, 20), "the genuine event behind the takeover was not applied"

    after = await _read_copies(network, kind, record_id)
    for where, copy in after.items():
        assert copy is not None, where
        assert (copy["country"], copy["version"], copy["name_en"]) == ("VN", 1, own["name_en"]), (where, copy)

    # Viet Nam's admin still owns and changes its record (403 before the fix).
    changed = dict(own)
    node_fields = {"id", "country", "version", "created_at", "updated_at", "updated_by", "registration", "rating", "green"}
    if kind == "producer":
        node_fields.add("certifications")  # a producer's certificates are records of their own (…/certificates)
    for k in node_fields:
        changed.pop(k, None)
    changed["name_en"] = f"{own['name_en']} (still Viet Nam's)"
    r = await vn_admin.put(f"/v1/registry/VN/{kind}s/{record_id}", json=changed, headers={"If-Match": 'W/"1"'})
    assert r.status_code == 200, r.text
    assert (r.json()["country"], r.json()["version"]) == ("VN", 2)


async def test_an_event_naming_another_countrys_producer_is_dead_lettered_and_not_applied(
        network, kafka_bootstrap, vn_records):
    pid = f"KH-P-{uuid.uuid4().hex[:24].upper()}"
    event = _kh_event("product", pid, 1, "Borrowed producer")
    event.data["producer_id"] = event.data["record"]["producer_id"] = vn_records["producer"]["id"]
    await _publish_as_kh(network, kafka_bootstrap, "product", [event])

    async def refused():
        return await _dead_letter(network, "regional catalogue", pid)

    dead = await eventually(refused, 20)
    assert dead is not None and f"producer_id: id {vn_records['producer']['id']} belongs to VN" in dead["reason"]
    assert all(copy is None for copy in (await _read_copies(network, "product", pid)).values())


async def test_a_node_refuses_to_create_a_record_outside_its_country(vn_admin, vn_records):
    producer_id = vn_records["producer"]["id"]
    cases = [
        ("products", product_body(producer_id, "VN", origin=KH_PLACE), "origin.country",
         "KH is outside this node's country VN"),
        ("producers", producer_body("KH", place=KH_PLACE), "place.country", "KH is outside this node's country VN"),
        ("products", product_body(producer_id, "VN") | {"id": "KH-P-0123456789ABCDEF01234567"}, "id", "Extra inputs"),
        ("products", product_body(producer_id, "VN") | {"country": "KH"}, "country", "Extra inputs"),
    ]
    for plural, body, field, reason in cases:
        r = await vn_admin.post(f"/v1/registry/VN/{plural}", json=body)
        # A place in another member state: not this node's to register (403); a field the body may not carry: 422.
        assert r.status_code == (403 if field.endswith(".country") else 422), r.text
        assert r.headers["content-type"].startswith("application/problem+json")
        assert [(e["field"], reason in e["reason"]) for e in r.json()["errors"]] == [(field, True)], r.json()


async def test_a_node_refuses_to_import_a_row_whose_id_or_country_is_outside_its_country(vn_admin, vn_records):
    tag = uuid.uuid4().hex[:6]
    producer_id = vn_records["producer"]["id"]
    rows = [
        product_body(producer_id, "VN", external_ref=f"sov-{tag}-good"),
        product_body(producer_id, "VN", external_ref=f"sov-{tag}-kh-id") | {"id": "KH-P-0123456789ABCDEF01234567"},
        product_body(producer_id, "VN", external_ref=f"sov-{tag}-own-id") | {"id": vn_records["product"]["id"]},
        product_body(producer_id, "VN", external_ref=f"sov-{tag}-kh-country") | {"country": "KH"},
        product_body(producer_id, "VN", external_ref=f"sov-{tag}-kh-origin", origin=KH_PLACE),
    ]
    body = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    r = await vn_admin.post("/v1/registry/VN/imports/products", params={"wait": "true"}, content=body.encode(),
                      headers={"Content-Type": "application/x-ndjson"})
    assert r.status_code == 200, r.text
    assert (r.json()["status"], r.json()["created"], r.json()["rejected"]) == ("done", 1, 4)
    rejected = (await vn_admin.get(f"/v1/registry/VN/imports/{r.json()['id']}/rejections")).json()["items"]
    assert [(x["row"], x["line"], x["errors"]) for x in rejected] == [
        (2, 2, [{"field": "id", "reason": "id KH-P-0123456789ABCDEF01234567 belongs to KH, not to VN; "
                                          "this node registers only VN records"}]),
        (3, 3, [{"field": "id", "reason": "is assigned by the node; an import names its record by external_ref"}]),
        (4, 4, [{"field": "country", "reason": "KH is outside this node's country VN"}]),
        (5, 5, [{"field": "origin.country", "reason": "KH is outside this node's country VN"}]),
    ]
    # Viet Nam's own product named in row 3 is untouched.
    own = (await vn_admin.get(f"/v1/registry/VN/products/{vn_records['product']['id']}")).json()
    assert own["version"] == 1 and own["external_ref"] == vn_records["product"]["external_ref"]
