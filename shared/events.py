"""The CloudEvents 1.0 envelope and its Kafka protocol binding (binary content mode).

On Kafka an event is: key = the record id (so one record's events stay ordered in one partition),
value = the JSON `data`, headers `ce_specversion`, `ce_id`, `ce_source`, `ce_type`, `ce_time`,
`ce_subject`, `ce_traceparent` (W3C trace context) and `content-type: application/json`.
"""
from __future__ import annotations

import uuid
from datetime import datetime, timezone
from typing import Any

import orjson
from pydantic import BaseModel, ConfigDict, Field

SPEC_VERSION = "1.0"
CONTENT_TYPE = "application/json"


class EnvelopeError(ValueError):
    """A Kafka message that is not a CloudEvent this project can read."""


class CloudEvent(BaseModel):
    model_config = ConfigDict(frozen=True)

    id: str = Field(default_factory=lambda: str(uuid.uuid4()))
    source: str
    type: str
    subject: str | None = None
    time: datetime = Field(default_factory=lambda: datetime.now(timezone.utc))
    specversion: str = SPEC_VERSION
    datacontenttype: str = CONTENT_TYPE
    traceparent: str | None = None
    data: dict[str, Any]

    # -- Kafka binary content mode -------------------------------------------------------------
    def kafka_headers(self) -> list[tuple[str, bytes]]:
        headers = [
            ("ce_specversion", self.specversion),
            ("ce_id", self.id),
            ("ce_source", self.source),
            ("ce_type", self.type),
            ("ce_time", self.time.isoformat()),
            ("content-type", self.datacontenttype),
        ]
        if self.subject is not None:
            headers.append(("ce_subject", self.subject))
        if self.traceparent:
            headers.append(("ce_traceparent", self.traceparent))
        return [(k, v.encode()) for k, v in headers]

    @staticmethod
    def kafka_record_of(envelope: str | bytes) -> tuple[bytes, list[tuple[str, bytes]]]:
        """The Kafka value and headers of an envelope this project wrote (`to_json`), without building the
        model: the same bytes as `from_json(envelope).kafka_value()` and `.kafka_headers()`, for the outbox
        relay, which sends every event of a bulk import."""
        raw = orjson.loads(envelope)
        headers = [
            ("ce_specversion", raw["specversion"]),
            ("ce_id", raw["id"]),
            ("ce_source", raw["source"]),
            ("ce_type", raw["type"]),
            ("ce_time", datetime.fromisoformat(raw["time"]).isoformat()),
            ("content-type", raw["datacontenttype"]),
        ]
        if raw.get("subject") is not None:
            headers.append(("ce_subject", raw["subject"]))
        if raw.get("traceparent"):
            headers.append(("ce_traceparent", raw["traceparent"]))
        value = orjson.dumps(raw["data"], default=str, option=orjson.OPT_NON_STR_KEYS)
        return value, [(k, v.encode()) for k, v in headers]

    def kafka_value(self) -> bytes:
        # orjson: compact UTF-8 like json.dumps(ensure_ascii=False, separators=(",", ":")), several times faster
        # on the bulk paths (imports, replicas, the catalogue).
        return orjson.dumps(self.data, default=str, option=orjson.OPT_NON_STR_KEYS)

    @classmethod
    def from_kafka(cls, headers: list[tuple[str, bytes]] | tuple, value: bytes | None) -> "CloudEvent":
        attrs: dict[str, str] = {}
        for key, raw in headers or ():
            try:
                attrs[key] = raw.decode() if isinstance(raw, (bytes, bytearray)) else str(raw)
            except UnicodeDecodeError as exc:
                raise EnvelopeError(f"header {key} is not UTF-8") from exc
        missing = [h for h in ("ce_specversion", "ce_id", "ce_source", "ce_type") if h not in attrs]
        if missing:
            raise EnvelopeError(f"missing CloudEvents headers: {', '.join(missing)}")
        if attrs["ce_specversion"] != SPEC_VERSION:
            raise EnvelopeError(f"unsupported specversion {attrs['ce_specversion']!r}")
        if value is None:
            raise EnvelopeError("empty value (tombstone) where an event was expected")
        try:
            data = orjson.loads(value)
        except (ValueError, UnicodeDecodeError) as exc:
            raise EnvelopeError(f"data is not JSON: {exc}") from exc
        if not isinstance(data, dict):
            raise EnvelopeError("data must be a JSON object")
        try:
            return cls(
                id=attrs["ce_id"],
                source=attrs["ce_source"],
                type=attrs["ce_type"],
                subject=attrs.get("ce_subject"),
                time=attrs.get("ce_time") or datetime.now(timezone.utc),
                traceparent=attrs.get("ce_traceparent"),
                datacontenttype=attrs.get("content-type", CONTENT_TYPE),
                data=data,
            )
        except ValueError as exc:
            raise EnvelopeError(str(exc)) from exc

    # -- storage in an outbox row ---------------------------------------------------------------
    def to_json(self) -> str:
        return self.model_dump_json()

    @classmethod
    def from_json(cls, text: str) -> "CloudEvent":
        return cls.model_validate_json(text)
