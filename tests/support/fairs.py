"""Helpers of the fairs tests: a catalogue seeded through the registry's Kafka contract, fair bodies, and
reading what the events service published."""
from __future__ import annotations

import asyncio
import json
import time
import uuid
from datetime import datetime, timedelta, timezone

import httpx
from aiokafka import AIOKafkaConsumer

from services.registry.domain.model import ProducerFields, ProductFields
from shared.contracts.events import EVENT_SCHEMAS as FAIR_EVENT_SCHEMAS
from shared.contracts.registry import (PRODUCER_UPSERTED, PRODUCT_UPSERTED, producers_topic, products_topic,
                                       registry_source)
from shared.events import CloudEvent
from shared.kafka import ensure_topics, make_producer
from tests.support.factories import producer_body, product_body


def catalogue_entry(country: str, *, stars: int = 4, group: str = "food", status: str = "listed") -> tuple[dict, dict]:
    """A producer and one of its products, whole records as a registry node publishes them (the other
    services on the broker, registry replicas and matching, read them too)."""
    tag = uuid.uuid4().hex[:8]
    ts = datetime.now(timezone.utc).isoformat()
    meta = {"version": 1, "created_at": ts, "updated_at": ts, "updated_by": "fairs-test"}
    fields = ProducerFields.model_validate(producer_body(country, name_en=f"Cooperative {tag}"))
    producer = {"id": f"{country}-PR-{tag}", "country": country, **fields.model_dump(mode="json"), **meta}
    fields = ProductFields.model_validate(product_body(producer["id"], country, group=group, stars=stars, status=status,
                                                       name_en=f"Product {tag}"))
    product = {"id": f"{country}-P-{tag}", "country": country, **fields.model_dump(mode="json"), **meta}
    return producer, product


async def publish_catalogue(bootstrap: str, entries: list[tuple[dict, dict]], network) -> None:
    """Publishes producers and products as the registry nodes do (same topics, envelope, schema and
    country signature), on the test network's topics."""
    prefix = network.topic_prefix
    countries = {p["country"] for p, _ in entries}
    await ensure_topics(bootstrap, {t: {} for c in countries for t in (producers_topic(c), products_topic(c))}, 3, 1,
                        prefix=prefix)
    producer = make_producer(bootstrap, "fairs-test-registry")
    await producer.start()
    try:
        futures = []
        for prod, item in entries:
            for rec, type_, topic in ((prod, PRODUCER_UPSERTED, producers_topic(prod["country"])),
                                      (item, PRODUCT_UPSERTED, products_topic(item["country"]))):
                data = {"id": rec["id"], "country": rec["country"], "version": rec["version"], "record": rec,
                        "status": rec.get("status", "active")}
                if "producer_id" in rec:
                    data["producer_id"] = rec["producer_id"]
                ev = CloudEvent(source=registry_source(rec["country"]), type=type_, subject=rec["id"], data=data)
                headers = network.signer(rec["country"]).sign(ev.kafka_headers(), ev.kafka_value())
                futures.append(await producer.send(prefix + topic, value=ev.kafka_value(), key=rec["id"].encode(),
                                                   headers=headers))
        await asyncio.gather(*futures)
    finally:
        await producer.stop()


async def wait_known(events_url: str, entries: list[tuple[dict, dict]], headers: dict[str, str],
                     timeout_s: float = 30) -> None:
    deadline = time.monotonic() + timeout_s
    paths = [f"/fair-catalogue/producers/{p['id']}" for p, _ in entries] + [f"/fair-catalogue/products/{p['id']}"
                                                                           for _, p in entries]
    async with httpx.AsyncClient(base_url=events_url, timeout=10, headers=headers) as client:
        for pid in paths:
            while (await client.get(pid)).status_code != 200:
                assert time.monotonic() < deadline, f"{pid} did not reach the fairs' catalogue in {timeout_s}s"
                await asyncio.sleep(0.2)


def fair_body(n_booths: int = 10, **over) -> dict:
    now = datetime.now(timezone.utc)
    body = {
        "name": "ASEAN OVOP/OCOP/OTOP Fair 2026", "kind": "international_fair",
        "venue": {"name": "Saigon Exhibition and Convention Center", "city": "Ho Chi Minh City", "country": "VN"},
        "timezone": "Asia/Ho_Chi_Minh", "starts_on": (now - timedelta(days=1)).date().isoformat(),
        "ends_on": (now + timedelta(days=3)).date().isoformat(), "organiser": "VIETRADE",
        "application_window": {"opens_at": (now - timedelta(hours=1)).isoformat(),
                               "closes_at": (now + timedelta(hours=2)).isoformat()},
        "eligibility": {},
        "halls": [{"code": "A", "booths": [{"code": f"A-{i:03d}", "size_m2": 9, "type": "inline", "price": 1200,
                                            "currency": "USD"} for i in range(n_booths)]}],
    }
    return body | over


async def approved_application(client: httpx.AsyncClient, fair_id: str, producer: dict, product: dict, **extra) -> str:
    r = await client.post(f"/fairs/{fair_id}/applications",
                          json={"producer_id": producer["id"], "product_ids": [product["id"]], **extra})
    assert r.status_code == 201, r.text
    app_id = r.json()["id"]
    r = await client.post(f"/fairs/{fair_id}/applications/{app_id}/decision", json={"decision": "approve"})
    assert r.status_code == 200, r.text
    return app_id


async def published(bootstrap: str, topic: str, fair_id: str, want, timeout_s: float = 15) -> list[CloudEvent]:
    """Events of one fair on `topic`, read from the start until `want(events)` holds or the time is up."""
    consumer = AIOKafkaConsumer(topic, bootstrap_servers=bootstrap, group_id=f"t-{uuid.uuid4().hex[:8]}",
                                auto_offset_reset="earliest", enable_auto_commit=False)
    await consumer.start()
    got: list[CloudEvent] = []
    try:
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline and not want(got):
            batch = await consumer.getmany(timeout_ms=500)
            for records in batch.values():
                for rec in records:
                    ev = CloudEvent.from_kafka(rec.headers, rec.value)
                    # Every event keeps the contract: its type's topic, its data schema, source and key.
                    topic_of_type, schema = FAIR_EVENT_SCHEMAS[ev.type]
                    assert rec.topic.endswith(topic_of_type), (ev.type, rec.topic)
                    schema.model_validate(ev.data)
                    assert ev.source == "/events" and rec.key.decode() in (ev.subject, f"waitlist-{ev.subject}")
                    if ev.data.get("fair_id") == fair_id:
                        got.append(ev)
    finally:
        await consumer.stop()
    return got


def problem(r: httpx.Response) -> dict:
    assert r.headers["content-type"].startswith("application/problem+json"), r.headers["content-type"]
    return json.loads(r.text)


async def new_fair(client: httpx.AsyncClient, body: dict) -> dict:
    r = await client.post("/fairs", json=body)
    assert r.status_code == 201, r.text
    return r.json()


async def seeded(kafka_bootstrap: str, events_service, entries: list[tuple[dict, dict]]):
    """Publishes the entries as the registry would and waits until the events service knows them all."""
    await publish_catalogue(kafka_bootstrap, entries, events_service.network)
    await wait_known(events_service.url, entries, events_service.network.public_auth())
    return entries
