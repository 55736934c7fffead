"""Events of the national registry nodes, on `ovop.registry.<CC>.products` and `ovop.registry.<CC>.producers`."""
from __future__ import annotations

import re
from datetime import date

from pydantic import BaseModel, ConfigDict, Field

PRODUCT_UPSERTED = "org.asean.ovop.registry.product.upserted.v1"
PRODUCER_UPSERTED = "org.asean.ovop.registry.producer.upserted.v1"
FOCAL_POINT_UPSERTED = "org.asean.ovop.registry.focal_point.upserted.v1"

PRODUCTS_TOPIC_PATTERN = r"^ovop\.registry\.[A-Z]{2}\.products$"
PRODUCERS_TOPIC_PATTERN = r"^ovop\.registry\.[A-Z]{2}\.producers$"
DIRECTORY_TOPIC_PATTERN = r"^ovop\.registry\.[A-Z]{2}\.directory$"
_TOPIC_RE = re.compile(r"^ovop\.registry\.([A-Z]{2})\.(products|producers|directory)$")


def other_countries_pattern(kind: str, own: str) -> str:
    """Every member state's `kind` topic but `own`'s: a node writes its own topics and never needs to read them
    back (fetching, verifying and discarding them would cost it as much as its replica of all the others)."""
    return rf"^ovop\.registry\.(?!{re.escape(own)}\.)[A-Z]{{2}}\.{kind}$"


def products_topic(country: str) -> str:
    return f"ovop.registry.{country}.products"


def producers_topic(country: str) -> str:
    return f"ovop.registry.{country}.producers"


def directory_topic(country: str) -> str:
    """The member state's entry in the network's directory (its national focal point), compacted."""
    return f"ovop.registry.{country}.directory"


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


class FocalPointUpserted(RecordEvent):
    """A member state's national focal point (id `<CC>-FP`), the whole entry."""

    record: dict


# The one table of registry event types: type -> (record kind, schema of its data).
EVENT_SCHEMAS: dict[str, tuple[str, type[RecordEvent]]] = {
    PRODUCT_UPSERTED: ("product", ProductUpserted),
    PRODUCER_UPSERTED: ("producer", ProducerUpserted),
    FOCAL_POINT_UPSERTED: ("focal_point", FocalPointUpserted),
}


def certificate_valid(cert: dict, today: date) -> bool:
    """The one rule every consumer applies to a record's certificate: it counts (in search filters, matching,
    fair eligibility) only within its dates, by the consumer's own clock, and only while its registry has not
    marked it expired or revoked. A certificate without dates counts (a typed claim of the register)."""
    day = today.isoformat()
    return (bool(cert.get("scheme")) and cert.get("status", "valid") == "valid"
            and str(cert.get("valid_from") or "")[:10] <= day
            and (not cert.get("valid_until") or str(cert["valid_until"])[:10] >= day))


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


# -- The programme's events (issue 14), on `ovop.registry.<CC>.programme` ------------------------------------
# What changes a record also travels as its whole state on the products/producers topics (that is what
# replicas and the catalogue apply); these events tell what happened, for whoever acts on it (mail to the
# owner, a web inbox, a national dashboard). The topic is not compacted: every step is kept for its retention.
PROGRAMME_TOPIC_PATTERN = r"^ovop\.registry\.[A-Z]{2}\.programme$"

REGISTRATION_SUBMITTED = "org.asean.ovop.registry.registration.submitted.v1"
REGISTRATION_APPROVED = "org.asean.ovop.registry.registration.approved.v1"
REGISTRATION_REJECTED = "org.asean.ovop.registry.registration.rejected.v1"
REGISTRATION_CHANGES_REQUESTED = "org.asean.ovop.registry.registration.changes_requested.v1"
EVALUATION_RECORDED = "org.asean.ovop.registry.evaluation.recorded.v1"
EVALUATION_EXPIRED = "org.asean.ovop.registry.evaluation.expired.v1"
STARS_CHANGED = "org.asean.ovop.registry.stars.changed.v1"
CERTIFICATE_ISSUED = "org.asean.ovop.registry.certificate.issued.v1"
CERTIFICATE_EXPIRING = "org.asean.ovop.registry.certificate.expiring.v1"
CERTIFICATE_EXPIRED = "org.asean.ovop.registry.certificate.expired.v1"
GREEN_ASSESSED = "org.asean.ovop.registry.green.assessed.v1"


def programme_topic(country: str) -> str:
    return f"ovop.registry.{country}.programme"


class ProgrammeEvent(BaseModel):
    model_config = ConfigDict(extra="forbid")
    country: str
    product_id: str | None = Field(None, description="the product concerned (absent for a producer's certificate)")
    producer_id: str = Field(description="the producer who owns what the event is about: whom to tell")
    actor: str = Field(description="who did it: a client (`role:client-id`) or `sweeper` for what happens by date")


class RegistrationStep(ProgrammeEvent):
    programme: str
    status: str = Field(description="submitted | approved | rejected | changes_requested")
    reasons: list[str] = []
    comments: str = ""


class EvaluationEvent(ProgrammeEvent):
    evaluation_id: str
    programme: str
    total: float
    stars: int
    council_level: str
    evaluated_on: str
    valid_until: str


class StarsChanged(ProgrammeEvent):
    from_stars: int | None
    to_stars: int | None
    reason: str = Field(description="evaluation (a new rating) | expiry (the rating's validity ended)")
    evaluation_id: str | None = None


class CertificateEvent(ProgrammeEvent):
    certificate_id: str
    owner_kind: str = Field(description="product | producer")
    owner_id: str
    standard: str
    scheme: str
    certificate_no: str
    valid_from: str
    valid_until: str
    days_left: int | None = Field(None, description="certificate.expiring: days until valid_until")


class GreenAssessed(ProgrammeEvent):
    score: float
    passed: bool
    assessed_on: str


PROGRAMME_EVENT_SCHEMAS: dict[str, type[ProgrammeEvent]] = {
    REGISTRATION_SUBMITTED: RegistrationStep, REGISTRATION_APPROVED: RegistrationStep,
    REGISTRATION_REJECTED: RegistrationStep, REGISTRATION_CHANGES_REQUESTED: RegistrationStep,
    EVALUATION_RECORDED: EvaluationEvent, EVALUATION_EXPIRED: EvaluationEvent, STARS_CHANGED: StarsChanged,
    CERTIFICATE_ISSUED: CertificateEvent, CERTIFICATE_EXPIRING: CertificateEvent, CERTIFICATE_EXPIRED: CertificateEvent,
    GREEN_ASSESSED: GreenAssessed,
}
