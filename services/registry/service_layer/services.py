"""Use cases of a registry node. Each command runs in one database transaction that also writes its
outbox event, so a change and its announcement are committed together or not at all."""
from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from typing import Any

from pydantic import ValidationError
from sqlalchemy.exc import IntegrityError

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from services.registry.adapters import repository as repo
from services.registry.domain import access
from services.registry.domain.errors import DomainError, InvalidField, NotFound, UnknownReference, VersionConflict
from services.registry.domain.model import (ProducerFields, ProductFields, check_origin, ensure_owned, new_id, now,
                                            refuse_foreign_identity)
from shared.auth import Principal
from shared.contracts.registry import (FOCAL_POINT_UPSERTED, PRODUCER_UPSERTED, PRODUCT_UPSERTED, directory_topic,
                                       producers_topic, products_topic, registry_source)
from shared.events import CloudEvent
from shared.logging import traceparent_var
from shared.outbox import Outbox

KIND_CODES = {"product": "P", "producer": "M"}


def initial_registration(rec: dict[str, Any]) -> dict[str, Any]:
    """A product registered as listed by its registry comes from the national register, approved there; any
    other starts unsubmitted."""
    if rec["status"] == "listed":
        return {"status": "approved", "route": "national_register", "programme": rec["programme"]}
    return {"status": "not_submitted", "programme": rec["programme"]}


class PreconditionMissing(DomainError):
    """A change of an existing entry without If-Match."""


class Conflict(DomainError):
    def __init__(self, message: str, existing_id: str) -> None:
        super().__init__(message)
        self.existing_id = existing_id


@dataclass
class BatchReport:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    rejections: list[tuple[int, str | None, list[dict]]] = field(default_factory=list)

    def reject(self, row: int, external_ref: Any, errors: list[dict]) -> None:
        # The report keeps a reference only as the text it can hold (a row's ref may be anything).
        ref = external_ref[:100] if isinstance(external_ref, str) else None
        self.rejections.append((row, ref, errors))


def validation_errors(exc: ValidationError) -> list[dict]:
    return [{"field": ".".join(str(p) for p in e["loc"]) or "row",
             "reason": str(e["msg"]).removeprefix("Value error, ")} for e in exc.errors()]


class RegistryService:
    def __init__(self, country: str, sessions: async_sessionmaker[AsyncSession], outbox: Outbox) -> None:
        self.country, self.sessions, self.outbox = country, sessions, outbox

    # -- events ------------------------------------------------------------------------------------
    def _event(self, kind: str, rec: dict[str, Any]) -> tuple[str, str, CloudEvent]:
        # Built without re-validation: `rec` is this node's own record, just validated on the way in
        # (the contract's models, ProductUpserted / ProducerUpserted, describe exactly this shape).
        data = {"id": rec["id"], "country": rec["country"], "version": rec["version"], "record": rec}
        if kind == "product":
            data |= {"producer_id": rec["producer_id"], "status": rec["status"]}
            topic, type_ = products_topic(self.country), PRODUCT_UPSERTED
        elif kind == "focal_point":
            topic, type_ = directory_topic(self.country), FOCAL_POINT_UPSERTED
        else:
            data["status"] = "active"
            topic, type_ = producers_topic(self.country), PRODUCER_UPSERTED
        event = CloudEvent.model_construct(id=str(uuid.uuid4()), source=registry_source(self.country), type=type_,
                                           subject=rec["id"], time=now(), specversion="1.0",
                                           datacontenttype="application/json", data=data,
                                           traceparent=traceparent_var.get())
        return topic, rec["id"], event

    # -- own records -------------------------------------------------------------------------------
    async def _check(self, session: AsyncSession, kind: str, fields: ProductFields | ProducerFields,
                     principal: Principal | None = None, current: dict[str, Any] | None = None) -> None:
        producer = None
        if kind == "product":
            assert isinstance(fields, ProductFields)
            check_origin(self.country, fields.origin, "origin")
            producer = await repo.get(session, "producer", fields.producer_id)
            if producer is None:
                raise UnknownReference("producer_id", f"no producer {fields.producer_id} is registered")
            if producer["country"] != self.country:
                raise InvalidField("producer_id", f"producer {fields.producer_id} belongs to {producer['country']}")
        else:
            check_origin(self.country, fields.place, "place")
        if kind == "product" and any(c.id or c.status for c in fields.certifications):
            raise InvalidField("certifications.id", "id and status are the node's, for a certificate recorded through "
                                                    "…/certificates; type certifications without them")
        if principal is not None:
            new = fields.model_dump(mode="json")
            access.check_may_write(principal, self.country, kind, new, current, producer)
            if kind == "product":
                access.check_rating_untouched(fields.model_fields_set, new, current, principal)
                access.check_listing(new["status"], current, principal)

    def _new_record(self, kind: str, fields: ProductFields | ProducerFields, actor: str,
                    values: dict[str, Any] | None = None) -> dict[str, Any]:
        """`values`: the fields as JSON when the caller has them already (an import dumps each row once)."""
        ts = now().isoformat()
        return {"id": new_id(self.country, KIND_CODES[kind]), "country": self.country, "version": 1,
                **(values if values is not None else fields.model_dump(mode="json")), "created_at": ts,
                "updated_at": ts, "updated_by": actor}

    async def create(self, kind: str, fields: ProductFields | ProducerFields, actor: str,
                     principal: Principal | None = None) -> dict[str, Any]:
        try:
            async with self.sessions() as session:
                async with session.begin():
                    await self._check(session, kind, fields, principal)
                    if fields.external_ref:
                        await self._refuse_taken_ref(session, kind, fields.external_ref)
                    rec = self._new_record(kind, fields, actor)
                    if kind == "product":
                        rec["registration"] = initial_registration(rec)
                    await repo.insert(session, kind, rec)
                    await repo.add_history(session, kind, rec["id"], 1, actor, now(),
                                           {"created": fields.model_dump(mode="json")})
                    await self.outbox.add(session, *self._event(kind, rec))
        except IntegrityError:
            # Two creations with one external_ref at the same time: the unique constraint let one through.
            async with self.sessions() as session:
                await self._refuse_taken_ref(session, kind, fields.external_ref or "")
            raise
        self.outbox.notify()
        return rec

    async def _refuse_taken_ref(self, session: AsyncSession, kind: str, external_ref: str) -> None:
        existing = await repo.find_by_ref(session, kind, self.country, external_ref)
        if existing:
            raise Conflict(f"external_ref {external_ref!r} is already {existing['id']}", existing["id"])

    async def update(self, kind: str, record_id: str, fields: ProductFields | ProducerFields, expected_version: int,
                     actor: str, principal: Principal | None = None) -> dict[str, Any]:
        async with self.sessions() as session:
            async with session.begin():
                current = await repo.get(session, kind, record_id, for_update=True)
                if current is None:
                    raise NotFound(f"no {kind} {record_id}")
                ensure_owned(current["country"], self.country)
                if current["version"] != expected_version:
                    raise VersionConflict(current["version"], expected_version)
                await self._check(session, kind, fields, principal, current)
                new_values = self._replacement(kind, fields, current)
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

    @staticmethod
    def _replacement(kind: str, fields: ProductFields | ProducerFields, current: dict[str, Any],
                     values: dict[str, Any] | None = None) -> dict[str, Any]:
        """The values a write (a PUT or an import's row) gives a record that exists."""
        new_values = dict(values) if values is not None else fields.model_dump(mode="json")
        if kind == "product":
            # Stars and rating date follow the evaluations; a write that leaves them out keeps them.
            for derived in ("stars", "rating_date"):
                if derived not in fields.model_fields_set:
                    new_values[derived] = current.get(derived)
        # Certificates recorded through …/certificates (they carry an id) stay whatever the write says;
        # only the certifications typed into the record are replaced.
        managed = [c for c in current.get("certifications") or [] if c.get("id")]
        if managed:
            new_values["certifications"] = [*(new_values.get("certifications") or []), *managed]
        return new_values

    async def import_batch(self, kind: str, rows: list[tuple[int, dict[str, Any] | str]], actor: str,
                           seen: dict[str, int] | None = None) -> BatchReport:
        """Validate rows one by one; create new records, update changed ones, leave identical ones alone —
        all accepted rows of the batch in one transaction with their history and outbox events. `seen`
        maps each external_ref of the upload so far to its first row: a repeat, in this batch or an
        earlier one, is a duplicate row (never an update of the row before it)."""
        report = BatchReport()
        first_row: dict[str, int] = {} if seen is None else seen
        schema = ProductFields if kind == "product" else ProducerFields
        candidates: list[tuple[int, Any, str | None]] = []
        for n, raw in rows:
            if isinstance(raw, str):
                report.reject(n, None, [{"field": "row", "reason": raw}])
                continue
            raw = dict(raw)
            ref = raw.get("external_ref")
            try:
                refuse_foreign_identity(self.country, raw)
            except InvalidField as exc:
                report.reject(n, ref if isinstance(ref, str) else None, [{"field": exc.field, "reason": exc.reason}])
                continue
            raw.pop("country", None)
            producer_ref = raw.pop("producer_ref", None) if kind == "product" else None
            if kind == "product" and producer_ref and not raw.get("producer_id"):
                raw["producer_id"] = "(by producer_ref)"
            try:
                fields = schema.model_validate(raw)
                if not fields.external_ref:
                    raise InvalidField("external_ref", "is required in an import (it makes a re-upload idempotent)")
                check_origin(self.country, fields.origin if kind == "product" else fields.place,
                             "origin" if kind == "product" else "place")
            except ValidationError as exc:
                report.reject(n, ref, validation_errors(exc))
                continue
            except InvalidField as exc:
                report.reject(n, ref, [{"field": exc.field, "reason": exc.reason}])
                continue
            candidates.append((n, fields, producer_ref))

        unique = []
        for n, fields, producer_ref in candidates:
            if fields.external_ref in first_row:
                report.reject(n, fields.external_ref, [{"field": "external_ref", "reason":
                              f"repeats row {first_row[fields.external_ref]} of this upload"}])
                continue
            first_row[fields.external_ref] = n
            unique.append((n, fields, producer_ref))

        async with self.sessions() as session, session.begin():
            if kind == "product":
                unique = await self._resolve_producers(session, unique, report)
            existing = await repo.find_by_refs(session, kind, self.country, [f.external_ref for _, f, _ in unique])
            ts, stamp = now(), now().isoformat()
            created, updated, history, events = [], [], [], []
            for n, fields, _ in unique:
                values = fields.model_dump(mode="json")
                current = existing.get(fields.external_ref)
                if current is None:
                    rec = self._new_record(kind, fields, actor, values)
                    if kind == "product":
                        rec["registration"] = initial_registration(rec)
                    created.append(rec)
                    history.append(dict(kind=kind, record_id=rec["id"], version=1, actor=actor, at=ts,
                                        changes={"created": values}))
                else:
                    if kind == "product":
                        # A re-import changes a product as a PUT does: its stars follow the evaluations, and
                        # it is listed only once its registration is approved.
                        try:
                            access.check_rating_untouched(fields.model_fields_set, values, current, None)
                            access.check_listing(values["status"], current, None)
                        except InvalidField as exc:
                            report.reject(n, fields.external_ref, [{"field": exc.field, "reason": exc.reason}])
                            continue
                    values = self._replacement(kind, fields, current, values)
                    changes = {k: {"from": current.get(k), "to": v} for k, v in values.items() if current.get(k) != v}
                    if not changes:
                        report.unchanged += 1
                        continue
                    rec = {**current, **values, "version": current["version"] + 1, "updated_at": stamp,
                           "updated_by": actor}
                    updated.append(rec)
                    history.append(dict(kind=kind, record_id=rec["id"], version=rec["version"], actor=actor, at=ts,
                                        changes=changes))
                events.append(self._event(kind, rec))
            await repo.insert_many(session, kind, created)
            await repo.update_many(session, kind, updated)
            await repo.add_history_many(session, history)
            await self.outbox.add_many(session, events)
            report.created += len(created)
            report.updated += len(updated)
        if events:
            self.outbox.notify()
        return report

    async def _resolve_producers(self, session: AsyncSession, rows: list, report: "BatchReport") -> list:
        ids = {f.producer_id for _, f, ref in rows if not ref}
        refs = {ref for _, _, ref in rows if ref}
        by_id, by_ref = await repo.producer_ids(session, self.country, ids, refs)
        kept = []
        for n, fields, ref in rows:
            if ref:
                pid = by_ref.get(ref)
                if pid is None:
                    report.reject(n, fields.external_ref, [{"field": "producer_ref", "reason":
                                  f"no producer with external_ref {ref!r} is registered on this node"}])
                    continue
                fields = fields.model_copy(update={"producer_id": pid})
            elif by_id.get(fields.producer_id) != self.country:
                reason = (f"no producer {fields.producer_id} is registered" if fields.producer_id not in by_id
                          else f"producer {fields.producer_id} belongs to {by_id[fields.producer_id]}")
                report.reject(n, fields.external_ref, [{"field": "producer_id", "reason": reason}])
                continue
            kept.append((n, fields, ref))
        return kept

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

    # -- the network's directory ---------------------------------------------------------------------
    async def put_focal_point(self, values: dict[str, Any], expected_version: int | None, actor: str) -> dict[str, Any]:
        """This member state's national focal point: created, or replaced at the version the caller read."""
        record_id = f"{self.country}-FP"
        async with self.sessions() as session:
            async with session.begin():
                current = await repo.get(session, "focal_point", record_id, for_update=True)
                if current is not None and expected_version is None:
                    raise PreconditionMissing()
                if current is not None and current["version"] != expected_version:
                    raise VersionConflict(current["version"], expected_version)
                rec = {**values, "id": record_id, "country": self.country,
                       "version": (current or {"version": 0})["version"] + 1, "updated_at": now().isoformat(),
                       "updated_by": actor}
                if current is None:
                    await repo.insert(session, "focal_point", rec)
                else:
                    await repo.update(session, "focal_point", rec)
                await self.outbox.add(session, *self._event("focal_point", rec))
        self.outbox.notify()
        return rec

    async def focal_points(self) -> list[dict[str, Any]]:
        async with self.sessions() as session:
            return await repo.focal_point_list(session)

    # -- replica of other member states -------------------------------------------------------------
    async def apply_remote(self, kind: str, rec: dict[str, Any]) -> bool:
        """Apply another country's record at its version; True if it changed the replica."""
        self._check_foreign(rec)
        async with self.sessions() as session, session.begin():
            return await repo.upsert_replica(session, kind, rec)

    async def apply_remote_many(self, records: list[tuple[str, dict[str, Any]]]) -> None:
        """Apply many (kind, record) pairs in one transaction, each at its version."""
        by_kind: dict[str, list[dict[str, Any]]] = {}
        for kind, rec in records:
            self._check_foreign(rec)
            by_kind.setdefault(kind, []).append(rec)
        async with self.sessions() as session, session.begin():
            for kind, recs in by_kind.items():
                await repo.upsert_replicas(session, kind, recs)

    def _check_foreign(self, rec: dict[str, Any]) -> None:
        if rec["country"] == self.country:
            raise InvalidField("country", f"an event from outside claims this node's own country {self.country}")
