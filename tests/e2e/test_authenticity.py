"""No node may speak for another country: registry events are signed per country and checked by every
consumer; what fails goes to the dead-letter topic, can be listed, and replayed once its cause is fixed."""
from __future__ import annotations

import json
import uuid

import httpx
import pytest
from aiokafka import AIOKafkaProducer

from shared.contracts.registry import PRODUCT_UPSERTED, ProductUpserted, products_topic, registry_source
from shared.events import CloudEvent
from tests.support.factories import product_body
from tests.support.waiting import eventually


def th_product_event(name_en: str = "Chiang Mai lacquer bowl") -> tuple[str, CloudEvent]:
    pid = f"TH-P-{uuid.uuid4().hex[:24].upper()}"
    rec = product_body("TH-M-X", "TH", origin={"country": "TH", "province": "Chiang Mai"}, programme="OTOP") | {
        "id": pid, "country": "TH", "version": 1, "name_en": name_en, "created_at": "2026-01-01T00:00:00+00:00",
        "updated_at": "2026-01-01T00:00:00+00:00", "updated_by": "th"}
    data = ProductUpserted(id=pid, country="TH", version=1, producer_id="TH-M-X", status="listed", record=rec)
    return pid, CloudEvent(source=registry_source("TH"), type=PRODUCT_UPSERTED, subject=pid, data=data.model_dump(mode="json"))


@pytest.fixture
async def publish(network, kafka_bootstrap):
    producer = AIOKafkaProducer(bootstrap_servers=kafka_bootstrap, enable_idempotence=True, acks="all")
    await producer.start()

    async def send(event: CloudEvent, headers, value: bytes | None = None):
        await producer.send_and_wait(network.topic(products_topic("TH")), key=event.subject.encode(),
                                     value=value if value is not None else event.kafka_value(), headers=headers)

    yield send
    await producer.stop()


async def _on_kh(network, pid: str) -> int:
    async with httpx.AsyncClient(base_url=network["registry-KH"].url, timeout=10, headers=network.public_auth()) as c:
        return (await c.get(f"/products/{pid}")).status_code


async def _dead_letters(network) -> list[dict]:
    """Every dead letter of KH's node, page after page (the list is the shared page envelope)."""
    found: list[dict] = []
    async with httpx.AsyncClient(base_url=network["registry-KH"].url, timeout=10,
                                 headers=network.auth("registry_admin", "KH")) as c:
        while True:
            r = await c.get("/dead-letters", params={"offset": len(found)})
            assert r.status_code == 200, r.text
            page = r.json()
            found += page["items"]
            if page["next"] is None:
                return found


@pytest.mark.parametrize("forgery", ["unsigned", "signed by another country", "changed after signing"])
async def test_a_forged_registry_event_is_refused_into_the_dead_letter_topic(network, publish, forgery):
    pid, event = th_product_event()
    value = event.kafka_value()
    if forgery == "unsigned":
        await publish(event, event.kafka_headers())
    elif forgery == "signed by another country":
        await publish(event, network.signer("VN").sign(event.kafka_headers(), value))
    else:
        signed = network.signer("TH").sign(event.kafka_headers(), value)
        await publish(event, signed, value.replace(b"Chiang Mai lacquer bowl", b"Cheap imitation bowl"))

    async def refused():
        return next((d for d in await _dead_letters(network) if d["key"] == pid), None)

    dead = await eventually(refused, 15)
    assert dead is not None and "not authentic" in dead["reason"]
    assert dead["origin"]["topic"].endswith("ovop.registry.TH.products")
    assert await _on_kh(network, pid) == 404


async def test_a_genuine_event_after_a_forged_one_is_still_applied(network, publish):
    bad_pid, bad = th_product_event()
    await publish(bad, bad.kafka_headers())
    pid, event = th_product_event()
    await publish(event, network.signer("TH").sign(event.kafka_headers(), event.kafka_value()))

    async def applied():
        return await _on_kh(network, pid) == 200

    assert await eventually(applied, 15)
    assert await _on_kh(network, bad_pid) == 404


async def test_a_dead_letter_is_replayed_once_the_missing_key_is_in_the_directory(network, publish):
    directory = json.loads(network.key_directory.read_text())
    without_th = {cc: pem for cc, pem in directory.items() if cc != "TH"}
    network.key_directory.write_text(json.dumps(without_th))
    try:
        pid, event = th_product_event()
        await publish(event, network.signer("TH").sign(event.kafka_headers(), event.kafka_value()))

        async def refused():
            return next((d for d in await _dead_letters(network) if d["key"] == pid), None)

        dead = await eventually(refused, 15)
        assert dead is not None and "no public key for TH" in dead["reason"]
        async with httpx.AsyncClient(base_url=network["registry-KH"].url, timeout=10,
                                     headers=network.auth("registry_admin", "KH")) as c:
            again = await c.post(f"/dead-letters/{dead['partition']}/{dead['offset']}/replay")
            assert again.status_code == 422 and "no public key" in again.json()["detail"]
            network.key_directory.write_text(json.dumps(directory))  # the operator adds Thailand's key
            r = await c.post(f"/dead-letters/{dead['partition']}/{dead['offset']}/replay")
            assert r.status_code == 200, r.text
            assert (await c.post(f"/dead-letters/{dead['partition']}/{dead['offset']}/replay")).status_code == 200
            buyer = await c.post(f"/dead-letters/{dead['partition']}/{dead['offset']}/replay", headers=network.auth("buyer"))
            assert buyer.status_code == 403
        assert await _on_kh(network, pid) == 200
    finally:
        network.key_directory.write_text(json.dumps(directory))
