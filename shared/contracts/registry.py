"""Events of the national registry nodes, on `ovop.registry.<CC>.products` and `ovop.registry.<CC>.producers`."""
from __future__ import annotations

import re

from pydantic import BaseModel, ConfigDict, Field

PRODUCT_UPSERTED = "org.asean.ovop.registry.product.upserted.v1"
PRODUCER_UPSERTED = "org.asean.ovop.registry.producer.upserted.v1"

PRODUCTS_TOPIC_PATTERN = r"^ovop\.registry\.[A-Z]{2}\.products$"
PRODUCERS_TOPIC_PATTERN = r"^ovop\.registry\.[A-Z]{2}\.producers$"
_TOPIC_RE = re.compile(r"^ovop\.registry\.([A-Z]{2})\.(products|producers)$")


def other_countries_pattern(kind: str, own: str) -> str:
    """Every member state's `kind` topic but `own`'s: a node writes its own topics and never needs to read them
    back (fetching, verifying and discarding them would cost it as much as its replica of all the others)."""
    return rf"^ovop\.registry\.(?!{re.escape(own)}\.)[A-Z]{{2}}\.{kind}$"


def products_topic(country: str) -> str:
    return f"ovop.registry.{country}.products"


def producers_topic(country: str) -> str:
    return f"ovop.registry.{country}.producers"


def registry_source(country: str) -> str:
    return f"/registry/{country}"


def topic_country(topic: str) -> str | None:
    m = _TOPIC_RE.match(topic)
    return m.group(1) if m else None


_ID_COUNTRY_RE = re.compile(r"^([A-Z]{2})-")


def id_country(record_id: str) -> str | None:
    """The country a record id belongs to, forever: ids start with their owner's code (`VN-P-…`, `KH-M-…`)."""
    m = _ID_COUNTRY_RE.match(record_id)
    return m.group(1) if m else None


def foreign_id_reason(record_id: str, country: str) -> str | None:
    """Why `record_id` cannot be a record of `country`, or None when it is one."""
    owner = id_country(record_id)
    if owner is None:
        return f"id {record_id!r} does not start with its country's code"
    if owner != country:
        return f"id {record_id} belongs to {owner}, not to {country}"
    return None


class RecordEvent(BaseModel):
    """Every record event carries the record's id, its owning country and its version."""

    model_config = ConfigDict(extra="allow")

    id: str = Field(description="starts with its owning country's code (`VN-P-…`) and belongs to that country "
                                "forever: consumers dead-letter an event whose id is another country's or is "
                                "already held under another country")
    country: str = Field(description="the owning country; the same as the topic's and the source's")
    version: int


class ProductUpserted(RecordEvent):
    """The whole current state of a product (so a compacted topic's last event per key is enough)."""

    producer_id: str
    status: str
    record: dict


class ProducerUpserted(RecordEvent):
    status: str = "active"
    record: dict


# The one table of registry event types: type -> (record kind, schema of its data).
EVENT_SCHEMAS: dict[str, tuple[str, type[RecordEvent]]] = {
    PRODUCT_UPSERTED: ("product", ProductUpserted),
    PRODUCER_UPSERTED: ("producer", ProducerUpserted),
}


class InvalidRegistryEvent(ValueError):
    """A registry event that breaks the contract: it can never be applied."""


def decode(event_type: str, source: str, data: dict, topic: str) -> tuple[str, RecordEvent]:
    """Check a registry event against its topic: known type, data schema, and that the country of the
    topic, of the source and of the record all agree. Returns (record kind, data)."""
    from pydantic import ValidationError

    country = topic_country(topic)
    if country is None:
        raise InvalidRegistryEvent(f"{topic} is not a registry topic")
    if event_type not in EVENT_SCHEMAS:
        raise InvalidRegistryEvent(f"unknown event type {event_type!r} on {topic}")
    if source != registry_source(country):
        raise InvalidRegistryEvent(f"source {source!r} does not match the topic's country {country}")
    kind, schema = EVENT_SCHEMAS[event_type]
    try:
        record = schema.model_validate(data)
    except ValidationError as exc:
        raise InvalidRegistryEvent(f"data does not match {schema.__name__}: {exc.errors()[:3]}") from exc
    if record.country != country or record.record.get("country") != country or record.record.get("id") != record.id:
        raise InvalidRegistryEvent(f"record {record.id} of {record.country} published on {topic}")
    # A country publishes only its own ids: reusing another country's id would take that record over.
    if why := foreign_id_reason(record.id, country):
        raise InvalidRegistryEvent(f"{why}; refused on {topic}")
    if isinstance(record, ProductUpserted):
        producer_id = record.record.get("producer_id", record.producer_id)
        if producer_id != record.producer_id or (why := foreign_id_reason(record.producer_id, country)):
            raise InvalidRegistryEvent(f"producer_id: {why or 'the record and the event name different producers'}")
    if record.record.get("version") != record.version:
        raise InvalidRegistryEvent("the record's version and the event's version differ")
    return kind, record
