"""Operators' view of a service's dead-letter topic: list what could not be applied and why, and replay
a message through the same checks and handler once its cause is fixed (a key added to the directory,
a bug fixed). Replay runs in the service that failed; nothing is re-published to another country's topic."""
from __future__ import annotations

import dataclasses
import json
from typing import Annotated

from aiokafka import AIOKafkaConsumer, TopicPartition
from aiokafka.admin import AIOKafkaAdminClient
from fastapi import APIRouter, Depends, Path, Request, Response
from pydantic import BaseModel, ConfigDict, Field

from shared.auth import Principal, Role, current_principal, require
from shared.kafka import kafka_security
from shared.paging import LINK_HEADER, Limit, Offset, Page, page, paged
from shared.problems import Problem

PROBLEM = {"content": {"application/problem+json": {}}}

_ORIGIN_EXAMPLE = {"topic": "ovop.registry.KH.products", "partition": 3, "offset": 1187, "group": "registry-VN"}
_EXAMPLE = {"partition": 0, "offset": 12, "reason": "id VN-P-0A1B2C3D4E5F60718293A4B5 belongs to VN, not to KH",
            "origin": _ORIGIN_EXAMPLE, "dead_lettered_at": "2026-11-30T08:15:02.118000+00:00",
            "key": "VN-P-0A1B2C3D4E5F60718293A4B5", "event_id": "0f8e5a52-3f43-4c4e-9d1e-6c1b2a7d9e10",
            "event_type": "org.asean.ovop.registry.product.upserted.v1", "source": "/registry/KH"}


class DeadLetterOrigin(BaseModel):
    """Where the message was read when it could not be applied."""
    model_config = ConfigDict(json_schema_extra={"examples": [_ORIGIN_EXAMPLE]})
    topic: str | None = Field(None, description="the topic it was read from")
    partition: int | None = Field(None, description="its partition there")
    offset: int | None = Field(None, description="its offset there")
    group: str | None = Field(None, description="the consumer group that could not apply it")


class DeadLetter(BaseModel):
    """A message this service could not apply, with the reason; `partition` and `offset` name it for replay."""
    model_config = ConfigDict(json_schema_extra={"examples": [_EXAMPLE]})
    partition: int = Field(description="its partition in the dead-letter topic")
    offset: int = Field(description="its offset in that partition")
    reason: str | None = Field(description="why it could not be applied")
    origin: DeadLetterOrigin
    dead_lettered_at: str | None = Field(description="when it was dead-lettered (RFC 3339)")
    key: str | None = Field(description="the message's key: the record's id")
    event_id: str | None = Field(description="the CloudEvents id")
    event_type: str | None = Field(description="the CloudEvents type")
    source: str | None = Field(description="the CloudEvents source, e.g. /registry/KH")


class DeadLetterPage(Page[DeadLetter]):
    """Dead letters in the topic's order: by partition, then offset."""
    model_config = ConfigDict(json_schema_extra={"examples": [{
        "items": [_EXAMPLE], "total": 2, "limit": 1, "offset": 0,
        "next": "/v1/registry/VN/dead-letters?limit=1&offset=1"}]})


class DeadLetterReplayed(BaseModel):
    """A dead letter applied again, through the same checks and handler, this time with success."""
    model_config = ConfigDict(json_schema_extra={"examples": [{
        "replayed": True, "partition": 0, "offset": 12, "origin": _ORIGIN_EXAMPLE}]})
    replayed: bool = Field(description="true: the handler applied it")
    partition: int
    offset: int
    origin: DeadLetterOrigin


def _operator(request: Request, principal: Annotated[Principal, Depends(current_principal)]) -> Principal:
    country = getattr(request.app.state.container.settings, "node_country", None)
    return require(principal, Role.registry_admin if country else Role.integrator, country=country)


def _headers(record) -> dict[str, str]:
    return {k: v.decode(errors="replace") for k, v in (record.headers or ())}


async def _read(runtime, *, start: int = 0, only: tuple[int, int] | None = None):
    topic = runtime.settings.kafka_topic_prefix + runtime.dead_letter_topic
    security = kafka_security(runtime.settings)
    admin = AIOKafkaAdminClient(**security, bootstrap_servers=runtime.settings.kafka_bootstrap)
    await admin.start()
    try:
        described = (await admin.describe_topics([topic]))[0]
    finally:
        await admin.close()
    partitions = sorted(p["partition"] for p in described.get("partitions", []))
    tps = [TopicPartition(topic, p) for p in partitions if only is None or p == only[0]]
    if not tps:  # decided before a consumer exists: one stopped without an assignment raises CancelledError
        return []
    consumer = AIOKafkaConsumer(**security, bootstrap_servers=runtime.settings.kafka_bootstrap, enable_auto_commit=False,
                                group_id=None)
    await consumer.start()
    try:
        consumer.assign(tps)
        ends = await consumer.end_offsets(tps)
        for tp in tps:
            consumer.seek(tp, only[1] if only else start)
        out = []
        pending = {tp for tp in tps if ends[tp] > (only[1] if only else start)}
        while pending:
            batches = await consumer.getmany(*pending, timeout_ms=1000)
            if not batches:
                break
            for tp, records in batches.items():
                for r in records:
                    out.append(r)
                    if only or r.offset + 1 >= ends[tp]:
                        pending.discard(tp)
                        break
        return out
    finally:
        await consumer.stop()


def dead_letter_router(runtime) -> APIRouter:
    router = APIRouter(prefix="/dead-letters", tags=["operations"])
    auth = {401: {"description": "No valid token", **PROBLEM}, 403: {"description": "Not an operator here", **PROBLEM}}

    @router.get("", operation_id="list_dead_letters", responses={200: {"headers": LINK_HEADER}} | auth,
                summary="Messages this service could not apply, with the reason and where they came from")
    async def list_dead_letters(_: Annotated[Principal, Depends(_operator)], request: Request, response: Response,
                                limit: Limit(1000) = 100, offset: Offset = 0) -> DeadLetterPage:
        """Paged in the topic's order (partition, then offset). The topic is read whole for each page: it holds
        what failed, which operators keep short by fixing the causes and replaying."""
        records = sorted(await _read(runtime), key=lambda r: (r.partition, r.offset))
        items = []
        for r in page(records, limit, offset):
            h = _headers(r)
            items.append(DeadLetter(
                partition=r.partition, offset=r.offset, reason=h.get("dlq_reason"),
                origin=DeadLetterOrigin(**json.loads(h.get("dlq_origin", "{}"))), dead_lettered_at=h.get("dlq_time"),
                key=r.key.decode(errors="replace") if r.key else None, event_id=h.get("ce_id"),
                event_type=h.get("ce_type"), source=h.get("ce_source")))
        return DeadLetterPage(**paged(request, response, items, len(records), limit, offset))

    @router.post("/{partition}/{offset}/replay", operation_id="replay_dead_letter",
                 responses=auth | {404: {"description": "No such dead letter", **PROBLEM},
                                   422: {"description": "It still cannot be applied; the reason is given", **PROBLEM}},
                 summary="Apply a dead-lettered message again, through the same checks and handler")
    async def replay(partition: Annotated[int, Path(ge=0, le=1_000_000, description="the dead-letter topic's partition")],
                     offset: Annotated[int, Path(ge=0, le=2**63 - 1, description="the message's offset in it")],
                     _: Annotated[Principal, Depends(_operator)]) -> DeadLetterReplayed:
        found = [r for r in await _read(runtime, only=(partition, offset)) if r.offset == offset]
        if not found:
            raise Problem(404, f"no dead letter at partition {partition}, offset {offset}")
        dead = found[0]
        origin = json.loads(_headers(dead).get("dlq_origin", "{}"))
        group = origin.get("group")
        runner = next((c for c in runtime.consumers if c.group_id == group), None)
        if runner is None:
            raise Problem(422, f"no consumer of this service reads for group {group!r} any more")
        prefix = runtime.settings.kafka_topic_prefix
        original = dataclasses.replace(
            dead, topic=origin.get("topic", "").removeprefix(prefix),
            headers=tuple((k, v) for k, v in (dead.headers or ()) if not k.startswith("dlq_")))
        try:
            await runner.reprocess(original)
        except Exception as exc:
            raise Problem(422, f"still cannot be applied: {exc}") from None
        return DeadLetterReplayed(replayed=True, partition=partition, offset=offset,
                                  origin=DeadLetterOrigin(**origin))

    return router
