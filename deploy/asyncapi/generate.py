"""Writes docs/asyncapi.json, the AsyncAPI 3.0 description of the network's Kafka topics and events,
from the event schemas in code (so the document cannot drift from them).

    .venv/bin/python deploy/asyncapi/generate.py [--check]
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from pydantic import BaseModel  # noqa: E402

from services.registry.entrypoints.programme_schemas import FocalPointPublic  # noqa: E402
from services.registry.entrypoints.schemas import ProducerPublic, ProductPublic  # noqa: E402
from shared.contracts import events as fairs  # noqa: E402
from shared.contracts import matching as mat  # noqa: E402
from shared.contracts import registry as reg  # noqa: E402
from shared.contracts import trade as trd  # noqa: E402

OUT = ROOT / "docs" / "asyncapi.json"
REF = "#/components/schemas/{model}"

CE_HEADERS = {
    "type": "object",
    "description": "CloudEvents 1.0 attributes in the Kafka protocol binding's binary content mode",
    "required": ["ce_specversion", "ce_id", "ce_source", "ce_type", "content-type"],
    "properties": {
        "ce_specversion": {"type": "string", "const": "1.0"},
        "ce_id": {"type": "string", "description": "unique per event; consumers may deduplicate on it"},
        "ce_source": {"type": "string", "description": "the publisher, e.g. /registry/VN; must match the topic's country"},
        "ce_type": {"type": "string"},
        "ce_time": {"type": "string", "format": "date-time"},
        "ce_subject": {"type": "string", "description": "the record id (also the Kafka key)"},
        "ce_traceparent": {"type": "string", "description": "W3C trace context of the request that caused the event"},
        "ce_signature": {"type": "string", "description": "registry topics: base64 Ed25519 signature by the topic's "
                         "country over ce_id, ce_source, ce_type, ce_subject, ce_time and the value, newline-joined; "
                         "consumers refuse (dead-letter) an event whose signature does not verify with that "
                         "country's key from the key directory"},
        "content-type": {"type": "string", "const": "application/json"},
    },
}


class ProductRecordEvent(reg.ProductUpserted):
    record: ProductPublic


class ProducerRecordEvent(reg.ProducerUpserted):
    record: ProducerPublic


class FocalPointRecordEvent(reg.FocalPointUpserted):
    record: FocalPointPublic


def schema(model: type[BaseModel], schemas: dict) -> dict:
    s = model.model_json_schema(ref_template=REF)
    for name, d in s.pop("$defs", {}).items():
        schemas[name] = d
    schemas[model.__name__] = s
    return {"$ref": REF.format(model=model.__name__)}


def message(name: str, title: str, event_type: str, payload: dict, key: str) -> dict:
    headers = json.loads(json.dumps(CE_HEADERS))
    headers["properties"]["ce_type"] = {"type": "string", "const": event_type}
    return {"name": name, "title": title, "contentType": "application/json", "headers": headers, "payload": payload,
            "bindings": {"kafka": {"key": {"type": "string", "description": key}, "bindingVersion": "0.5.0"}}}


ALL_REGIONAL = {**mat.EVENT_SCHEMAS, **fairs.EVENT_SCHEMAS, **trd.EVENT_SCHEMAS}


def short(event_type: str) -> str:
    return event_type.removeprefix("org.asean.ovop.").removesuffix(".v1").replace(".", "_")


def build() -> dict:
    schemas: dict = {}
    messages = {
        "productUpserted": message("productUpserted", "A product's whole current state", reg.PRODUCT_UPSERTED,
                                   schema(ProductRecordEvent, schemas), "product id"),
        "producerUpserted": message("producerUpserted", "A producer's whole current state", reg.PRODUCER_UPSERTED,
                                    schema(ProducerRecordEvent, schemas), "producer id"),
        "focalPointUpserted": message("focalPointUpserted", "A member state's national focal point",
                                      reg.FOCAL_POINT_UPSERTED, schema(FocalPointRecordEvent, schemas),
                                      "<CC>-FP"),
        "deadLetter": {"name": "deadLetter", "title": "A message a consumer could not apply",
                       "description": "The original key, value and headers, plus dlq_reason, dlq_origin "
                                      "(topic, partition, offset, group) and dlq_time headers.",
                       "headers": {"type": "object", "properties": {
                           "dlq_reason": {"type": "string"}, "dlq_origin": {"type": "string"},
                           "dlq_time": {"type": "string"}}},
                       "payload": {"description": "the original message value, unchanged"}},
    }
    regional = [("rfqs", mat.RFQS_TOPIC, "Sourcing requests: opened, amended, closed, cancelled, expired "
                                         "(whole state with its version), keyed by request id"),
                ("matches", mat.MATCHES_TOPIC, "Matches proposed to producers and their answers, keyed by match id")]
    regional += [(topic.rsplit(".", 1)[1], topic, f"Trade fairs: {topic.rsplit('.', 1)[1]} (events service)")
                 for topic in sorted({t for t, _m in fairs.EVENT_SCHEMAS.values()})]
    for event_type, model in reg.PROGRAMME_EVENT_SCHEMAS.items():
        messages[short(event_type)] = message(short(event_type), event_type, event_type, schema(model, schemas),
                                              "the product's id (the owner's id for a producer's certificate)")
    regional += [("tradeQuotes", trd.QUOTES_TOPIC, "Quotes on sourcing requests: submitted, shortlisted, declined, "
                                                    "accepted, closed (whole state with its version; never the buyer "
                                                    "nor the quote's message), keyed by quote id"),
                 ("tradeDeals", trd.DEALS_TOPIC, "Deals: agreed, shipped, delivered, cancelled (whole state with its "
                                                  "version and its value in USD), keyed by deal id"),
                 ("tradeRequests", trd.REQUESTS_TOPIC, "Sourcing requests trade closed to quotes (a quote accepted, "
                                                        "the deadline, the quote limit), keyed by request id; "
                                                        "matching stops matching them")]
    for (event_type, (topic, model)) in ALL_REGIONAL.items():
        messages[short(event_type)] = message(short(event_type), event_type, event_type, schema(model, schemas),
                                              "the record's id")
    country = {"description": "ISO 3166-1 alpha-2 code of the member state that owns the topic",
               "examples": ["VN", "KH", "TH"]}
    channels = {
        "registryProducts": {"address": "ovop.registry.{country}.products", "parameters": {"country": country},
                             "description": "Compacted, keyed by product id: the last event per key is the record "
                                            "now. Only the country's registry node writes it.",
                             "messages": {"productUpserted": {"$ref": "#/components/messages/productUpserted"}},
                             "bindings": {"kafka": {"topicConfiguration": {"cleanup.policy": ["compact"]},
                                                    "bindingVersion": "0.5.0"}}},
        "registryProducers": {"address": "ovop.registry.{country}.producers", "parameters": {"country": country},
                              "description": "Compacted, keyed by producer id.",
                              "messages": {"producerUpserted": {"$ref": "#/components/messages/producerUpserted"}},
                              "bindings": {"kafka": {"topicConfiguration": {"cleanup.policy": ["compact"]},
                                                     "bindingVersion": "0.5.0"}}},
        "registryDirectory": {"address": "ovop.registry.{country}.directory", "parameters": {"country": country},
                              "description": "Compacted, keyed by <CC>-FP: the member state's national focal point, "
                                             "which every node replicates into the network's directory.",
                              "messages": {"focalPointUpserted": {"$ref": "#/components/messages/focalPointUpserted"}},
                              "bindings": {"kafka": {"topicConfiguration": {"cleanup.policy": ["compact"]},
                                                     "bindingVersion": "0.5.0"}}},
        "registryProgramme": {"address": "ovop.registry.{country}.programme", "parameters": {"country": country},
                              "description": "The programme's steps on the country's records: registrations "
                                             "submitted and decided, evaluations recorded and expired, stars "
                                             "changed, certificates issued, about to expire and expired, Green "
                                             "OCOP assessments. Not compacted: every step is kept for the "
                                             "retention. The record's new state travels on the products or "
                                             "producers topic in the same transaction.",
                              "messages": {short(t): {"$ref": f"#/components/messages/{short(t)}"}
                                           for t in reg.PROGRAMME_EVENT_SCHEMAS}},
        "deadLetters": {"address": "ovop.deadletter.{service}",
                        "parameters": {"service": {"description": "the consuming service", "examples": ["registry", "matching", "events"]}},
                        "messages": {"deadLetter": {"$ref": "#/components/messages/deadLetter"}}},
    }
    for key, topic, description in regional:
        channels[key] = {"address": topic, "description": description, "messages": {
            short(t): {"$ref": f"#/components/messages/{short(t)}"}
            for t, (tp, _m) in ALL_REGIONAL.items() if tp == topic}}
    operations = {
        "publishProducts": {"action": "send", "channel": {"$ref": "#/channels/registryProducts"},
                            "summary": "A registry node publishes its own country's products (through its outbox)",
                            "messages": [{"$ref": "#/channels/registryProducts/messages/productUpserted"}]},
        "consumeProducts": {"action": "receive", "channel": {"$ref": "#/channels/registryProducts"},
                            "summary": "Other nodes, matching and events apply products in version order",
                            "messages": [{"$ref": "#/channels/registryProducts/messages/productUpserted"}]},
        "publishProducers": {"action": "send", "channel": {"$ref": "#/channels/registryProducers"},
                             "messages": [{"$ref": "#/channels/registryProducers/messages/producerUpserted"}]},
        "consumeProducers": {"action": "receive", "channel": {"$ref": "#/channels/registryProducers"},
                             "messages": [{"$ref": "#/channels/registryProducers/messages/producerUpserted"}]},
        "publishDirectory": {"action": "send", "channel": {"$ref": "#/channels/registryDirectory"},
                             "messages": [{"$ref": "#/channels/registryDirectory/messages/focalPointUpserted"}]},
        "consumeDirectory": {"action": "receive", "channel": {"$ref": "#/channels/registryDirectory"},
                             "summary": "Every registry node keeps the whole directory",
                             "messages": [{"$ref": "#/channels/registryDirectory/messages/focalPointUpserted"}]},
        "publishProgramme": {"action": "send", "channel": {"$ref": "#/channels/registryProgramme"},
                             "summary": "A registry node publishes its programme's steps (through its outbox; the "
                                        "sweeper publishes expiries and notices)",
                             "messages": [{"$ref": f"#/channels/registryProgramme/messages/{short(t)}"}
                                          for t in reg.PROGRAMME_EVENT_SCHEMAS]},
        "consumeProgramme": {"action": "receive", "channel": {"$ref": "#/channels/registryProgramme"},
                             "summary": "Mailers, web inboxes and dashboards tell owners and officers",
                             "messages": [{"$ref": f"#/channels/registryProgramme/messages/{short(t)}"}
                                          for t in reg.PROGRAMME_EVENT_SCHEMAS]},
        "deadLetter": {"action": "send", "channel": {"$ref": "#/channels/deadLetters"},
                       "messages": [{"$ref": "#/channels/deadLetters/messages/deadLetter"}]},
    }
    for key, topic, _d in regional:
        refs = [{"$ref": f"#/channels/{key}/messages/{n}"} for n in channels[key]["messages"]]
        operations[f"publish_{key}"] = {"action": "send", "channel": {"$ref": f"#/channels/{key}"},
                                        "summary": f"{topic.split('.')[1]} publishes {topic} (through its outbox)",
                                        "messages": refs}
        operations[f"consume_{key}"] = {"action": "receive", "channel": {"$ref": f"#/channels/{key}"},
                                        "summary": "other services and integrators follow it", "messages": refs}
    return {
        "asyncapi": "3.0.0",
        "info": {"title": "OVOP Network events", "version": "1.0.0",
                 "description": "Kafka topics of the Network for ASEAN Rural Product Development (OVOP). Every "
                                "event is a CloudEvent (binary mode); record events carry the record's version: "
                                "apply newer, drop same or older."},
        "defaultContentType": "application/json",
        "servers": {"local": {"host": "127.0.0.1:9092", "protocol": "kafka", "description": "make up's broker"}},
        "channels": channels,
        "operations": operations,
        "components": {"messages": messages, "schemas": schemas},
    }


def render() -> str:
    return json.dumps(build(), indent=2, ensure_ascii=False) + "\n"


if __name__ == "__main__":
    text = render()
    if "--check" in sys.argv:
        sys.exit(0 if OUT.exists() and OUT.read_text() == text else "docs/asyncapi.json is stale: run deploy/asyncapi/generate.py")
    OUT.write_text(text)
    print(f"wrote {OUT}")
