"""Operators' view of a service's dead-letter topic: list what could not be applied and why, and replay
a message through the same checks and handler once its cause is fixed (a key added to the directory,
a bug fixed). Replay runs in the service that failed; nothing is re-published to another country's topic."""
from __future__ import annotations

import dataclasses
import json
from typing import Annotated

from aiokafka import AIOKafkaConsumer, TopicPartition
from aiokafka.admin import AIOKafkaAdminClient
from fastapi import APIRouter, Depends, Query, Request

from shared.auth import Principal, Role, current_principal, require
from shared.kafka import kafka_security
from shared.problems import Problem

PROBLEM = {"content": {"application/problem+json": {}}}


def _operator(request: Request, principal: Annotated[Principal, Depends(current_principal)]) -> Principal:
    country = getattr(request.app.state.container.settings, "node_country", None)
    return require(principal, Role.registry_admin if country else Role.integrator, country=country)


def _headers(record) -> dict[str, str]:
    return {k: v.decode(errors="replace") for k, v in (record.headers or ())}


async def _read(runtime, *, start: int = 0, stop_after: int | None = None, only: tuple[int, int] | None = None):
    topic = runtime.settings.kafka_topic_prefix + runtime.dead_letter_topic
    security = kafka_security(runtime.settings)
    admin = AIOKafkaAdminClient(**security, bootstrap_servers=runtime.settings.kafka_bootstrap)
    await admin.start()
    try:
        described = (await admin.describe_topics([topic]))[0]
    finally:
        await admin.close()
    partitions = sorted(p["partition"] for p in described.get("partitions", []))
    consumer = AIOKafkaConsumer(**security, bootstrap_servers=runtime.settings.kafka_bootstrap, enable_auto_commit=False,
                                group_id=None)
    await consumer.start()
    try:
        tps = [TopicPartition(topic, p) for p in partitions if only is None or p == only[0]]
        if not tps:
            return []
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
            if stop_after and len(out) >= stop_after:
                break
        return out
    finally:
        await consumer.stop()


def dead_letter_router(runtime) -> APIRouter:
    router = APIRouter(prefix="/dead-letters", tags=["operations"])
    auth = {401: {"description": "No valid token", **PROBLEM}, 403: {"description": "Not an operator here", **PROBLEM}}

    @router.get("", operation_id="list_dead_letters", responses=auth,
                summary="Messages this service could not apply, with the reason and where they came from")
    async def list_dead_letters(_: Annotated[Principal, Depends(_operator)],
                                limit: Annotated[int, Query(ge=1, le=1000)] = 100) -> list[dict]:
        records = await _read(runtime, stop_after=limit)
        out = []
        for r in records[:limit]:
            h = _headers(r)
            out.append({"partition": r.partition, "offset": r.offset, "reason": h.get("dlq_reason"),
                        "origin": json.loads(h.get("dlq_origin", "{}")), "dead_lettered_at": h.get("dlq_time"),
                        "key": r.key.decode(errors="replace") if r.key else None, "event_id": h.get("ce_id"),
                        "event_type": h.get("ce_type"), "source": h.get("ce_source")})
        return out

    @router.post("/{partition}/{offset}/replay", operation_id="replay_dead_letter",
                 responses=auth | {404: {"description": "No such dead letter", **PROBLEM},
                                   422: {"description": "It still cannot be applied; the reason is given", **PROBLEM}},
                 summary="Apply a dead-lettered message again, through the same checks and handler")
    async def replay(partition: int, offset: int, _: Annotated[Principal, Depends(_operator)]) -> dict:
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
        return {"replayed": True, "partition": partition, "offset": offset, "origin": origin}

    return router
