"""Bulk imports as jobs: rows are validated and committed in batches; progress and the rejected rows
with their reasons can be read while the import runs and after."""
from __future__ import annotations

import asyncio
import logging
import uuid
from itertools import islice
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from services.registry.adapters.orm import import_rejections, imports
from services.registry.domain.errors import NotFound
from services.registry.domain.imports import parse, unstorable
from services.registry.domain.model import now
from services.registry.service_layer.services import BatchReport, RegistryService
from shared.kafka import is_transient

log = logging.getLogger(__name__)
BATCH_ROWS = 1000


def _forget_after(seen: dict[str, int], size: int) -> None:
    for ref in list(islice(reversed(seen), len(seen) - size)):
        del seen[ref]


class ImportService:
    def __init__(self, registry: RegistryService, sessions: async_sessionmaker[AsyncSession]) -> None:
        self.registry, self.sessions = registry, sessions
        self._tasks: set[asyncio.Task] = set()

    async def start(self, kind: str, fmt: str, body: bytes, actor: str, *, wait: bool) -> dict[str, Any]:
        rows = parse(kind, fmt, body, self.registry.country)
        first = list(islice(rows, BATCH_ROWS))  # a malformed upload (not UTF-8, bad header) fails here, as 422
        job_id = f"imp-{uuid.uuid4().hex[:16]}"
        lines = max(body.count(b"\n"), body.count(b"\r"))
        async with self.sessions() as session, session.begin():
            await session.execute(imports.insert().values(
                id=job_id, kind=kind, format=fmt, status="running", actor=actor, processed=0, created=0, updated=0,
                unchanged=0, rejected=0, rows_estimated=max(lines - (fmt == "csv"), len(first)),
                started_at=now()))
        work = self._run(job_id, kind, first, rows, f"{actor} (import {job_id})")
        if wait:
            await work
        else:
            task = asyncio.create_task(work, name=job_id)
            self._tasks.add(task)
            task.add_done_callback(self._tasks.discard)
        return await self.status(job_id)

    async def _run(self, job_id: str, kind: str, first: list, rest, actor: str) -> None:
        batch = first
        seen: dict[str, int] = {}  # external_ref -> its first row in this upload
        try:
            while batch:
                line_of = {n: line for n, line, _ in batch}
                report = await self._import(kind, [(n, raw) for n, _, raw in batch], actor, seen)
                async with self.sessions() as session, session.begin():
                    if report.rejections:
                        await session.execute(import_rejections.insert(), [
                            dict(import_id=job_id, row=n, line=line_of.get(n), external_ref=ref, errors=errs)
                            for n, ref, errs in report.rejections])
                    t = imports.c
                    await session.execute(update(imports).where(t.id == job_id).values(
                        processed=t.processed + len(batch), created=t.created + report.created,
                        updated=t.updated + report.updated, unchanged=t.unchanged + report.unchanged,
                        rejected=t.rejected + len(report.rejections)))
                batch = list(islice(rest, BATCH_ROWS))
                await asyncio.sleep(0)  # let reads of the progress in between
            await self._finish(job_id, "done")
        except Exception as exc:  # committed batches stay; a re-upload completes the rest idempotently
            log.exception("import %s failed", job_id)
            reason = ("the database could not be reached" if is_transient(exc) else "an internal error")
            await self._finish(job_id, "failed", f"the import stopped ({reason}); upload the file again: accepted "
                               "rows are kept and are not imported twice")

    async def _import(self, kind: str, rows: list, actor: str, seen: dict[str, int]) -> BatchReport:
        """One batch in one transaction; if the database refuses it, row by row, so that only the rows it
        refuses are rejected (with the fields at fault, never the database's own text)."""
        before = len(seen)  # a batch only adds to `seen`, in order: undoing it drops what came after
        try:
            return await self.registry.import_batch(kind, rows, actor, seen)
        except Exception as exc:
            if is_transient(exc):
                raise
            log.warning("an import batch of %d rows failed (%r); importing its rows one by one", len(rows), exc)
        _forget_after(seen, before)
        total = BatchReport()
        for n, raw in rows:
            kept = len(seen)
            try:
                one = await self.registry.import_batch(kind, [(n, raw)], actor, seen)
            except Exception as exc:
                if is_transient(exc):
                    raise
                _forget_after(seen, kept)
                log.warning("import row %d refused by the database: %r", n, exc)
                ref = raw.get("external_ref") if isinstance(raw, dict) else None
                total.reject(n, ref, unstorable(raw))
                continue
            total.created += one.created
            total.updated += one.updated
            total.unchanged += one.unchanged
            total.rejections.extend(one.rejections)
        return total

    async def _finish(self, job_id: str, status: str, error: str | None = None) -> None:
        async with self.sessions() as session, session.begin():
            await session.execute(update(imports).where(imports.c.id == job_id).values(
                status=status, error=error, finished_at=now()))

    async def status(self, job_id: str) -> dict[str, Any]:
        async with self.sessions() as session:
            row = (await session.execute(select(imports).where(imports.c.id == job_id))).first()
        if row is None:
            raise NotFound(f"no import {job_id}")
        d = dict(row._mapping)
        d["started_at"] = d["started_at"].isoformat()
        d["finished_at"] = d["finished_at"].isoformat() if d["finished_at"] else None
        d["accepted"] = d["created"] + d["updated"] + d["unchanged"]
        return d

    async def rejections(self, job_id: str, limit: int, offset: int) -> list[dict[str, Any]]:
        await self.status(job_id)
        async with self.sessions() as session:
            rows = (await session.execute(select(import_rejections).where(import_rejections.c.import_id == job_id)
                                          .order_by(import_rejections.c.row).limit(limit).offset(offset))).all()
        return [dict(row=r.row, line=r.line, external_ref=r.external_ref, errors=r.errors) for r in rows]

    async def mark_interrupted(self) -> None:
        """At start-up: an import that was running when the process stopped will not finish by itself."""
        async with self.sessions() as session, session.begin():
            await session.execute(update(imports).where(imports.c.status == "running").values(
                status="interrupted", error="the node stopped during the import; upload the file again "
                "(accepted rows are kept and are not imported twice)", finished_at=now()))

    async def drain(self) -> None:
        for task in list(self._tasks):
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
