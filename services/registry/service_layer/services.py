"""Use cases of a registry node. Each command runs in one database transaction that also writes its
outbox event, so a change and its announcement are committed together or not at all."""
from __future__ import annotations

from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from services.registry.adapters import repository as repo
from services.registry.domain.errors import DomainError, InvalidField, NotFound, VersionConflict
from services.registry.domain.model import (ProducerFields, ProductFields, check_origin, ensure_owned, new_id, now)
from shared.contracts.registry import (PRODUCER_UPSERTED, PRODUCT_UPSERTED, ProducerUpserted, ProductUpserted,
                                       producers_topic, products_topic, registry_source)
from shared.events import CloudEvent
from shared.logging import traceparent_var
from shared.outbox import Outbox

KIND_CODES = {"product": "P", "producer": "M"}


class Conflict(DomainError):
    def __init__(self, message: str, existing_id: str) -> None:
        super().__init__(message)
        self.existing_id = existing_id


class RegistryService:
    def __init__(self, country: str, sessions: async_sessionmaker[AsyncSession], outbox: Outbox) -> None:
        self.country, self.sessions, self.outbox = country, sessions, outbox

    # -- events ------------------------------------------------------------------------------------
    def _event(self, kind: str, rec: dict[str, Any]) -> tuple[str, str, CloudEvent]:
        if kind == "product":
            data = ProductUpserted(id=rec["id"], country=rec["country"], version=rec["version"],
                                   producer_id=rec["producer_id"], status=rec["status"], record=rec)
            topic, type_ = products_topic(self.country), PRODUCT_UPSERTED
        else:
            data = ProducerUpserted(id=rec["id"], country=rec["country"], version=rec["version"], record=rec)
            topic, type_ = producers_topic(self.country), PRODUCER_UPSERTED
        event = CloudEvent(source=registry_source(self.country), type=type_, subject=rec["id"],
                           data=data.model_dump(mode="json"), traceparent=traceparent_var.get())
        return topic, rec["id"], event

    # -- own records -------------------------------------------------------------------------------
    async def _check(self, session: AsyncSession, kind: str, fields: ProductFields | ProducerFields) -> None:
        if kind == "product":
            assert isinstance(fields, ProductFields)
            check_origin(self.country, fields.origin, "origin")
            producer = await repo.get(session, "producer", fields.producer_id)
            if producer is None:
                raise InvalidField("producer_id", f"no producer {fields.producer_id} is registered")
            if producer["country"] != self.country:
                raise InvalidField("producer_id", f"producer {fields.producer_id} belongs to {producer['country']}")
        else:
            check_origin(self.country, fields.place, "place")

    def _new_record(self, kind: str, fields: ProductFields | ProducerFields, actor: str) -> dict[str, Any]:
        ts = now().isoformat()
        return {"id": new_id(self.country, KIND_CODES[kind]), "country": self.country, "version": 1,
                **fields.model_dump(mode="json"), "created_at": ts, "updated_at": ts, "updated_by": actor}

    async def create(self, kind: str, fields: ProductFields | ProducerFields, actor: str) -> dict[str, Any]:
        async with self.sessions() as session:
            async with session.begin():
                await self._check(session, kind, fields)
                if fields.external_ref:
                    existing = await repo.find_by_ref(session, kind, self.country, fields.external_ref)
                    if existing:
                        raise Conflict(f"external_ref {fields.external_ref!r} is already {existing['id']}", existing["id"])
                rec = self._new_record(kind, fields, actor)
                await repo.insert(session, kind, rec)
                await repo.add_history(session, kind, rec["id"], 1, actor, now(), {"created": fields.model_dump(mode="json")})
                await self.outbox.add(session, *self._event(kind, rec))
        self.outbox.notify()
        return rec

    async def update(self, kind: str, record_id: str, fields: ProductFields | ProducerFields, expected_version: int,
                     actor: str) -> dict[str, Any]:
        async with self.sessions() as session:
            async with session.begin():
                current = await repo.get(session, kind, record_id, for_update=True)
                if current is None:
                    raise NotFound(f"no {kind} {record_id}")
                ensure_owned(current["country"], self.country)
                if current["version"] != expected_version:
                    raise VersionConflict(current["version"], expected_version)
                await self._check(session, kind, fields)
                new_values = fields.model_dump(mode="json")
                changes = {k: {"from": current.get(k), "to": v} for k, v in new_values.items() if current.get(k) != v}
                if not changes:
                    return current
                rec = {**current, **new_values, "version": current["version"] + 1, "updated_at": now().isoformat(),
                       "updated_by": actor}
                await repo.update(session, kind, rec)
                await repo.add_history(session, kind, record_id, rec["version"], actor, now(), changes)
                await self.outbox.add(session, *self._event(kind, rec))
        self.outbox.notify()
        return rec

    async def get(self, kind: str, record_id: str) -> dict[str, Any]:
        async with self.sessions() as session:
            rec = await repo.get(session, kind, record_id)
        if rec is None:
            raise NotFound(f"no {kind} {record_id}")
        return rec

    async def history(self, kind: str, record_id: str) -> list[dict]:
        async with self.sessions() as session:
            if await repo.current_version(session, kind, record_id) is None:
                raise NotFound(f"no {kind} {record_id}")
            return await repo.list_history(session, record_id)

    async def list(self, kind: str, **filters) -> tuple[list[dict], int]:
        async with self.sessions() as session:
            return await repo.list_records(session, kind, **filters)

    # -- replica of other member states -------------------------------------------------------------
    async def apply_remote(self, kind: str, rec: dict[str, Any]) -> bool:
        """Apply another country's record at its version; True if it changed the replica."""
        if rec["country"] == self.country:
            raise InvalidField("country", f"an event from outside claims this node's own country {self.country}")
        async with self.sessions() as session, session.begin():
            return await repo.upsert_replica(session, kind, rec)
