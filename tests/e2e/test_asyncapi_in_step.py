"""The AsyncAPI document says what the services really publish: every event type the code can publish has a
message in docs/asyncapi.json, and every event published on a real run (captured from the network's topics)
validates against its message's payload schema."""
from __future__ import annotations

import ast
import json
import uuid
from pathlib import Path

import httpx
from aiokafka import AIOKafkaConsumer, TopicPartition
from aiokafka.admin import AIOKafkaAdminClient
from jsonschema import Draft202012Validator

from shared.contracts import events as fair_contracts, matching as matching_contracts
from shared.contracts.registry import producers_topic, products_topic
from tests.support.factories import producer_body, product_body
from tests.support.waiting import eventually

ROOT = Path(__file__).resolve().parents[2]
DOC = json.loads((ROOT / "docs" / "asyncapi.json").read_text())
PREFIX = "org.asean.ovop."


def documented_types() -> dict[str, dict]:
    """ce_type -> the message's payload schema."""
    out = {}
    for message in DOC["components"]["messages"].values():
        ce_type = message.get("headers", {}).get("properties", {}).get("ce_type", {}).get("const")
        if ce_type:
            out[ce_type] = message["payload"]
    return out


def types_in_code() -> set[str]:
    """Every event type string written anywhere in the services and the shared contracts."""
    found = set()
    for path in [*ROOT.joinpath("shared").rglob("*.py"), *ROOT.joinpath("services").rglob("*.py")]:
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and node.value.startswith(PREFIX) \
                    and node.value.endswith(".v1"):
                found.add(node.value)
    return found


def test_every_event_type_the_code_can_publish_has_a_message_in_the_asyncapi_document():
    in_code = types_in_code()
    assert len(in_code) >= 17, sorted(in_code)  # registry 2, matching 5, fairs 10 at least
    assert sorted(in_code - set(documented_types())) == []


def validator(payload: dict) -> Draft202012Validator:
    return Draft202012Validator({**payload, "components": DOC["components"]})


async def _captured(kafka_bootstrap: str, network, topics: list[str]) -> list[tuple[str, str, dict]]:
    """(topic, ce_type, payload) of everything on these topics of the network, from the start."""
    admin = AIOKafkaAdminClient(bootstrap_servers=kafka_bootstrap)
    await admin.start()
    try:
        existing = set(await admin.list_topics())
        physical = [network.topic(t) for t in topics if network.topic(t) in existing]
        described = await admin.describe_topics(physical) if physical else []
    finally:
        await admin.close()
    tps = [TopicPartition(d["topic"], p["partition"]) for d in described for p in d.get("partitions", [])]
    if not tps:
        return []
    consumer = AIOKafkaConsumer(bootstrap_servers=kafka_bootstrap, group_id=None, enable_auto_commit=False)
    await consumer.start()
    try:
        consumer.assign(tps)
        await consumer.seek_to_beginning(*tps)
        ends = await consumer.end_offsets(tps)
        out: list[tuple[str, str, dict]] = []
        pending = {tp for tp in tps if ends[tp] > 0}
        while pending:
            batches = await consumer.getmany(*pending, timeout_ms=2000)
            if not batches:
                break
            for tp, records in batches.items():
                for r in records:
                    headers = {k: v.decode() for k, v in r.headers or ()}
                    out.append((tp.topic, headers.get("ce_type", ""), json.loads(r.value)))
                    if r.offset + 1 >= ends[tp]:
                        pending.discard(tp)
        return out
    finally:
        await consumer.stop()


async def test_every_event_a_real_run_publishes_validates_against_its_asyncapi_message(network, kafka_bootstrap):
    gw = network["gateway"].url
    admin, buyer = network.auth("registry_admin", "VN"), network.auth("buyer", client_id=f"b-{uuid.uuid4().hex[:6]}")
    async with httpx.AsyncClient(base_url=gw, timeout=30) as c:
        producer = (await c.post("/v1/registry/VN/producers", json=producer_body("VN"), headers=admin)).json()
        product = (await c.post("/v1/registry/VN/products", json=product_body(producer["id"], "VN"),
                                headers=admin)).json()

        async def in_catalogue():
            return (await c.get(f"/v1/catalogue/products/{product['id']}")).status_code == 200

        assert await eventually(in_catalogue, 30), "the product did not reach the catalogue"
        rfq = {"text": "fish sauce", "group": "food", "hs_code": "210390", "quantity": 1000, "unit": "l",
               "destination": "JP", "deadline": "2099-01-01T00:00:00Z"}
        r = await c.post("/v1/sourcing-requests", json=rfq, headers=buyer)
        assert r.status_code == 201, r.text
        match = next(m for m in r.json()["matches"] if m["product_id"] == product["id"])
        producer_auth = network.auth("producer", producer_id=producer["id"])
        r = await c.patch(f"/v1/sourcing-requests/{r.json()['id']}/matches/{match['id']}", json={"status": "accepted"},
                          headers=producer_auth | {"If-Match": f'W/"{match["version"]}"'})
        assert r.status_code == 200, r.text

    documented = documented_types()
    topics = [products_topic("VN"), producers_topic("VN"), matching_contracts.RFQS_TOPIC,
              matching_contracts.MATCHES_TOPIC, *sorted({t for t, _m in fair_contracts.EVENT_SCHEMAS.values()})]

    wanted = {"org.asean.ovop.registry.product.upserted.v1", "org.asean.ovop.registry.producer.upserted.v1",
              matching_contracts.RFQ_OPENED, matching_contracts.MATCH_PROPOSED, matching_contracts.MATCH_ACCEPTED}
    captured: list[tuple[str, str, dict]] = []

    async def all_published():
        captured[:] = await _captured(kafka_bootstrap, network, topics)
        return wanted <= {t for _topic, t, _d in captured}

    assert await eventually(all_published, 30), f"published: {sorted({(p, t) for p, t, _d in captured})}"
    wrong = []
    for topic, ce_type, payload in captured:
        if ce_type not in documented:
            wrong.append(f"{topic}: {ce_type} has no message in the AsyncAPI document")
            continue
        errors = [f"{'/'.join(map(str, e.absolute_path))}: {e.message}"
                  for e in validator(documented[ce_type]).iter_errors(payload)]
        if errors:
            wrong.append(f"{topic}: {ce_type}: {errors[:3]}")
    print(f"AsyncAPI: {len(captured)} published events of {len({t for _p, t, _d in captured})} types validated")
    assert wrong == []
