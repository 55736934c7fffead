"""Use cases of the programme on a node: registration and the committee's review, star-rating evaluations,
certificates, and the sweep that lets ratings and certificates expire on their date. Each command is one
transaction: the step, the record's new version with its history row, the record's upsert event (what
replicas and the catalogue apply) and the programme event (what happened, for whoever must act on it)."""
from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any, Callable

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from services.registry.adapters import programme_repo as prepo
from services.registry.adapters import repository as repo
from services.registry.domain import access
from services.registry.domain import programme as rules
from services.registry.domain.errors import Forbidden, NotFound, StateConflict, VersionConflict
from services.registry.domain.model import ensure_owned, new_id, now
from services.registry.service_layer.services import PreconditionMissing, RegistryService
from shared.auth import Principal, Role
from shared.contracts import registry as ev
from shared.events import CloudEvent
from shared.logging import traceparent_var
from shared.outbox import Outbox

SWEEPER = "sweeper"
GREEN = "GREEN-OCOP"  # the standard a passed Green OCOP assessment is certified as
STEP_EVENTS = {"submitted": ev.REGISTRATION_SUBMITTED, "approved": ev.REGISTRATION_APPROVED,
               "rejected": ev.REGISTRATION_REJECTED, "changes_requested": ev.REGISTRATION_CHANGES_REQUESTED}
DECISION_STATUS = {rules.Decision.approve: "approved", rules.Decision.reject: "rejected",
                   rules.Decision.request_changes: "changes_requested"}


@dataclass
class SweepReport:
    today: date
    evaluations_expired: int = 0
    stars_changed: int = 0
    certificates_expired: int = 0
    expiry_notices: int = 0


class ProgrammeService:
    def __init__(self, registry: RegistryService, sessions: async_sessionmaker[AsyncSession], outbox: Outbox,
                 today: Callable[[], date] = date.today, expiry_notice_days: int = 30) -> None:
        self.registry, self.country, self.sessions, self.outbox = registry, registry.country, sessions, outbox
        # The clock is injected: the sweeper and every validity check ask it, so tests move "today" instead of
        # waiting for it.
        self.today, self.expiry_notice_days = today, expiry_notice_days

    # -- plumbing ------------------------------------------------------------------------------------------
    def _programme_event(self, type_: str, subject: str, data: ev.ProgrammeEvent) -> tuple[str, str, CloudEvent]:
        event = CloudEvent.model_construct(id=str(uuid.uuid4()), source=ev.registry_source(self.country), type=type_,
                                           subject=subject, time=now(), specversion="1.0",
                                           datacontenttype="application/json", data=data.model_dump(mode="json"),
                                           traceparent=traceparent_var.get())
        return ev.programme_topic(self.country), subject, event

    async def _own(self, session: AsyncSession, kind: str, record_id: str) -> dict[str, Any]:
        rec = await repo.get(session, kind, record_id, for_update=True)
        if rec is None:
            raise NotFound(f"no {kind} {record_id}")
        ensure_owned(rec["country"], self.country)
        return rec

    async def _save(self, session: AsyncSession, kind: str, current: dict[str, Any], updates: dict[str, Any],
                    actor: str, note: dict[str, Any]) -> dict[str, Any]:
        """The record's next version with `updates`, its history row (the changed fields and `note`) and its
        upsert event."""
        changes = {k: {"from": current.get(k), "to": v} for k, v in updates.items() if current.get(k) != v}
        rec = {**current, **updates, "version": current["version"] + 1, "updated_at": now().isoformat(),
               "updated_by": actor}
        await repo.update(session, kind, rec)
        await repo.add_history(session, kind, rec["id"], rec["version"], actor, now(), changes | note)
        await self.outbox.add(session, *self.registry._event(kind, rec))
        return rec

    # -- registration ----------------------------------------------------------------------------------------
    async def submit(self, product_id: str, submission: rules.Submission, principal: Principal,
                     expected: int | None) -> dict[str, Any]:
        async with self.sessions() as session:
            async with session.begin():
                product = await self._own(session, "product", product_id)
                producer = await repo.get(session, "producer", product["producer_id"])
                access.check_may_write(principal, self.country, "product", None, product, producer)
                programme = rules.rules(product["programme"])
                if principal.role.value not in programme.submitted_by:
                    raise Forbidden(f"in {product['programme']} a registration is submitted by "
                                    f"{', '.join(programme.submitted_by)}")
                _check_version(product, expected)
                status = access.registration_status(product)
                if rules.RegistrationStatus(status) not in rules.SUBMITTABLE:
                    raise StateConflict(f"the registration is {status}; it is submitted again only when it was "
                                        "rejected or changes were requested")
                reg = await prepo.get_registration(session, product_id, for_update=True)
                at = now()
                step = {"step": "submitted", "by": principal.actor, "at": at.isoformat(),
                        "dossier": [d.model_dump(mode="json") for d in submission.dossier], "note": submission.note}
                values = dict(product_id=product_id, country=self.country, programme=product["programme"],
                              province=product["origin"]["province"], status="submitted",
                              dossier=step["dossier"], note=submission.note,
                              reviews=[*(reg["reviews"] if reg else []), step], submitted_by=principal.actor,
                              submitted_at=at, decided_at=None, updated_at=at)
                await prepo.save_registration(session, values, exists=reg is not None)
                summary = {"status": "submitted", "programme": product["programme"], "submitted_at": at.isoformat()}
                rec = await self._save(session, "product", product, {"registration": summary}, principal.actor,
                                       {"registration_step": {"step": "submitted", "documents": len(submission.dossier)}})
                await self.outbox.add(session, *self._programme_event(STEP_EVENTS["submitted"], product_id,
                                      ev.RegistrationStep(country=self.country, product_id=product_id,
                                                          producer_id=product["producer_id"], actor=principal.actor,
                                                          programme=product["programme"], status="submitted",
                                                          comments=submission.note)))
        self.outbox.notify()
        return await self.registration(product_id, principal, rec)

    async def review(self, product_id: str, review: rules.Review, principal: Principal,
                     expected: int | None) -> dict[str, Any]:
        async with self.sessions() as session:
            async with session.begin():
                product = await self._own(session, "product", product_id)
                access.check_in_country(principal, self.country)
                programme = rules.rules(product["programme"])
                if principal.role.value not in programme.decided_by:
                    raise Forbidden(f"in {product['programme']} registrations are decided by "
                                    f"{', '.join(programme.decided_by)}")
                _check_version(product, expected)
                reg = await prepo.get_registration(session, product_id, for_update=True)
                if reg is None or reg["status"] != "submitted":
                    raise StateConflict(f"the registration is {reg['status'] if reg else 'not submitted'}; only a "
                                        "submitted registration is reviewed")
                rules.check_review(product["programme"], review)
                status, at = DECISION_STATUS[review.decision], now()
                step = {"step": status, "by": principal.actor, "at": at.isoformat(), "checklist": review.checklist,
                        "comments": review.comments, "reasons": review.reasons}
                await prepo.save_registration(session, {**reg, "status": status, "reviews": [*reg["reviews"], step],
                                                        "decided_at": at, "updated_at": at}, exists=True)
                summary = {"status": status, "programme": product["programme"],
                           "submitted_at": product.get("registration", {}).get("submitted_at"),
                           "decided_at": at.isoformat()}
                updates: dict[str, Any] = {"registration": summary}
                if status == "approved":
                    updates["status"] = "listed"
                rec = await self._save(session, "product", product, updates, principal.actor,
                                       {"registration_step": {"step": status, "reasons": review.reasons}})
                await self.outbox.add(session, *self._programme_event(STEP_EVENTS[status], product_id,
                                      ev.RegistrationStep(country=self.country, product_id=product_id,
                                                          producer_id=product["producer_id"], actor=principal.actor,
                                                          programme=product["programme"], status=status,
                                                          reasons=review.reasons, comments=review.comments)))
        self.outbox.notify()
        return await self.registration(product_id, principal, rec)

    def _may_see_registration(self, principal: Principal, product: dict[str, Any]) -> None:
        access.check_in_country(principal, self.country)
        if principal.role in (Role.committee, Role.registry_admin):
            return
        if principal.role is Role.provincial_officer and product["origin"]["province"] == principal.province:
            return
        if principal.role is Role.producer and product["producer_id"] == principal.producer_id:
            return
        raise Forbidden("a registration is seen by its producer, its province's officer and the country's "
                        "committee and registry")

    async def registration(self, product_id: str, principal: Principal,
                           product: dict[str, Any] | None = None) -> dict[str, Any]:
        async with self.sessions() as session:
            product = product or await repo.get(session, "product", product_id)
            if product is None or product["country"] != self.country:
                raise NotFound(f"no product {product_id} on this node")
            self._may_see_registration(principal, product)
            reg = await prepo.get_registration(session, product_id)
        checklist = [i.model_dump() for i in rules.rules(product["programme"]).checklist]
        if reg is None:
            return {"product_id": product_id, "programme": product["programme"],
                    "status": access.registration_status(product), "product_status": product["status"],
                    "province": product["origin"]["province"], "dossier": [], "note": "", "steps": [],
                    "checklist": checklist, "submitted_at": None, "decided_at": None, "version": product["version"]}
        return {"product_id": product_id, "programme": reg["programme"], "status": reg["status"],
                "product_status": product["status"], "province": reg["province"], "dossier": reg["dossier"],
                "note": reg["note"], "steps": reg["reviews"], "checklist": checklist,
                "submitted_at": _iso(reg["submitted_at"]), "decided_at": _iso(reg["decided_at"]),
                "version": product["version"]}

    async def registrations(self, principal: Principal, status: str | None, limit: int, offset: int) -> dict:
        access.check_in_country(principal, self.country)
        province, product_ids = None, None
        if principal.role is Role.provincial_officer:
            province = principal.province
        elif principal.role is Role.producer:
            async with self.sessions() as session:
                items, _ = await repo.list_records(session, "product", producer_id=principal.producer_id, limit=1000)
            product_ids = [p["id"] for p in items]
        elif principal.role not in (Role.committee, Role.registry_admin):
            raise Forbidden(f"role {principal.role.value} reads no registrations")
        async with self.sessions() as session:
            rows, total = await prepo.list_registrations(session, self.country, status=status, province=province,
                                                         product_ids=product_ids, limit=limit, offset=offset)
        items = [{"product_id": r["product_id"], "programme": r["programme"], "status": r["status"],
                  "province": r["province"], "documents": len(r["dossier"]), "submitted_by": r["submitted_by"],
                  "submitted_at": _iso(r["submitted_at"]), "decided_at": _iso(r["decided_at"])} for r in rows]
        return {"items": items, "total": total, "limit": limit, "offset": offset}

    # -- evaluations -----------------------------------------------------------------------------------------
    async def record_evaluation(self, product_id: str, body: rules.EvaluationInput,
                                principal: Principal) -> dict[str, Any]:
        today = self.today()
        async with self.sessions() as session:
            async with session.begin():
                product = await self._own(session, "product", product_id)
                access.check_in_country(principal, self.country)
                programme = rules.rules(product["programme"])
                if principal.role.value not in programme.decided_by:
                    raise Forbidden(f"in {product['programme']} ratings are decided by {', '.join(programme.decided_by)}")
                scored = rules.assess(product["programme"], body, today)
                evaluation_id = new_id(self.country, "E")
                row = dict(id=evaluation_id, product_id=product_id, country=self.country,
                           programme=product["programme"], scorecard=body.scorecard, total=scored["total"],
                           stars=scored["stars"], council_level=body.council.level, council_name=body.council.name,
                           assessors=body.assessors, notes=body.notes, evaluated_on=body.evaluated_on,
                           valid_until=scored["valid_until"], status="valid", recorded_by=principal.actor,
                           recorded_at=now())
                row["seq"] = await prepo.add_evaluation(session, row)
                await self.outbox.add(session, *self._programme_event(ev.EVALUATION_RECORDED, product_id,
                                                                      self._evaluation_event(product, row, principal.actor)))
                await self._follow_rating(session, product, today, principal.actor, "evaluation", evaluation_id)
        self.outbox.notify()
        return _evaluation_public(row, today)

    def _evaluation_event(self, product: dict, row: dict, actor: str) -> ev.EvaluationEvent:
        return ev.EvaluationEvent(country=self.country, product_id=product["id"], producer_id=product["producer_id"],
                                  actor=actor, evaluation_id=row["id"], programme=row["programme"], total=row["total"],
                                  stars=row["stars"], council_level=row["council_level"],
                                  evaluated_on=row["evaluated_on"].isoformat(), valid_until=row["valid_until"].isoformat())

    async def _follow_rating(self, session: AsyncSession, product: dict[str, Any], today: date, actor: str,
                             reason: str, evaluation_id: str | None) -> bool:
        """Set the product's stars from its latest evaluation valid `today`; publish a change of stars."""
        current = rules.current_rating(await prepo.product_evaluations(session, product["id"]), today)
        updates = _rating_fields(current)
        rating = updates["rating"]
        if all(product.get(k) == v for k, v in updates.items()):
            return False
        await self._save(session, "product", product, updates, actor, {"rating_step": reason})
        if product.get("stars") != updates["stars"]:
            await self.outbox.add(session, *self._programme_event(ev.STARS_CHANGED, product["id"], ev.StarsChanged(
                country=self.country, product_id=product["id"], producer_id=product["producer_id"], actor=actor,
                from_stars=product.get("stars"), to_stars=updates["stars"], reason=reason,
                evaluation_id=rating["evaluation_id"] if rating else evaluation_id)))
            return True
        return False

    async def evaluations(self, product_id: str) -> list[dict[str, Any]]:
        async with self.sessions() as session:
            product = await repo.get(session, "product", product_id)
            if product is None or product["country"] != self.country:
                raise NotFound(f"no product {product_id} on this node")
            rows = await prepo.product_evaluations(session, product_id)
        today = self.today()
        return [_evaluation_public(r, today) for r in rows]

    # -- certificates ----------------------------------------------------------------------------------------
    async def add_certificate(self, kind: str, owner_id: str, body: rules.CertificateInput,
                              principal: Principal) -> dict[str, Any]:
        standard = rules.standard_of(body.standard)
        async with self.sessions() as session:
            async with session.begin():
                owner = await self._own(session, kind, owner_id)
                access.check_in_country(principal, self.country)
                cert = dict(id=new_id(self.country, "C"), country=self.country, owner_kind=kind, owner_id=owner_id,
                            standard=standard.code, scheme=standard.scheme, certificate_no=body.certificate_no,
                            issuer=body.issuer, valid_from=body.valid_from, valid_until=body.valid_until,
                            status="valid" if body.valid_until >= self.today() else "expired",
                            expiry_notice_sent=0, created_by=principal.actor, created_at=now())
                await prepo.add_certificate(session, cert)
                held = [*(owner.get("certifications") or []), _certification(cert)]
                await self._save(session, kind, owner, {"certifications": held}, principal.actor,
                                 {"certificate_step": {"issued": cert["id"]}})
                await self.outbox.add(session, *self._programme_event(
                    ev.CERTIFICATE_ISSUED, owner_id, self._certificate_event(owner, kind, cert, principal.actor)))
        self.outbox.notify()
        return _certificate_public(cert)

    async def certificates(self, kind: str, owner_id: str) -> list[dict[str, Any]]:
        async with self.sessions() as session:
            owner = await repo.get(session, kind, owner_id)
            if owner is None or owner["country"] != self.country:
                raise NotFound(f"no {kind} {owner_id} on this node")
            return [_certificate_public(c) for c in await prepo.owner_certificates(session, owner_id)]

    def _certificate_event(self, owner: dict, kind: str, cert: dict, actor: str,
                           days_left: int | None = None) -> ev.CertificateEvent:
        return ev.CertificateEvent(
            country=self.country, product_id=owner["id"] if kind == "product" else None,
            producer_id=owner["producer_id"] if kind == "product" else owner["id"], actor=actor,
            certificate_id=cert["id"], owner_kind=kind, owner_id=owner["id"], standard=cert["standard"],
            scheme=cert["scheme"], certificate_no=cert["certificate_no"], valid_from=cert["valid_from"].isoformat(),
            valid_until=cert["valid_until"].isoformat(), days_left=days_left)

    # -- Green OCOP ------------------------------------------------------------------------------------------
    async def assess_green(self, product_id: str, body: rules.GreenInput, principal: Principal) -> dict[str, Any]:
        """Score the product's Green OCOP checklist; a pass gives it the Green OCOP label, held as a certificate
        (so search's certification filter and matching count it while valid, and the sweeper lets it expire);
        a new assessment replaces the label of the one before."""
        result = rules.assess_green(body, self.today())
        async with self.sessions() as session:
            async with session.begin():
                product = await self._own(session, "product", product_id)
                access.check_in_country(principal, self.country)
                held = []
                for c in product.get("certifications") or []:
                    if c.get("standard") == GREEN and c.get("status") == "valid":
                        await prepo.update_certificate(session, c["id"], status="revoked")
                        c = {**c, "status": "revoked"}
                    held.append(c)
                cert = None
                if result["passed"]:
                    cert = dict(id=new_id(self.country, "C"), country=self.country, owner_kind="product",
                                owner_id=product_id, standard=GREEN, scheme=rules.standard_of(GREEN).scheme,
                                certificate_no=f"GREEN-{product_id.rsplit('-', 1)[-1][:10]}-{body.assessed_on:%Y%m%d}",
                                issuer=f"{self.country} OCOP committee", valid_from=body.assessed_on,
                                valid_until=result["valid_until"], status="valid", expiry_notice_sent=0,
                                created_by=principal.actor, created_at=now())
                    await prepo.add_certificate(session, cert)
                    held.append(_certification(cert))
                green = {"score": result["score"], "passed": result["passed"],
                         "label": "Green OCOP" if result["passed"] else None, "scores": body.scores,
                         "short_areas": result["short_areas"], "pass_total": result["pass_total"],
                         "assessor": body.assessor, "assessed_on": body.assessed_on.isoformat(),
                         "valid_until": _iso(result["valid_until"]), "certificate_id": cert["id"] if cert else None}
                await self._save(session, "product", product, {"green": green, "certifications": held},
                                 principal.actor, {"green_step": {"score": green["score"], "passed": green["passed"]}})
                await self.outbox.add(session, *self._programme_event(ev.GREEN_ASSESSED, product_id, ev.GreenAssessed(
                    country=self.country, product_id=product_id, producer_id=product["producer_id"],
                    actor=principal.actor, score=green["score"], passed=green["passed"],
                    assessed_on=green["assessed_on"])))
                if cert:
                    await self.outbox.add(session, *self._programme_event(
                        ev.CERTIFICATE_ISSUED, product_id, self._certificate_event(product, "product", cert,
                                                                                   principal.actor)))
        self.outbox.notify()
        return green

    # -- the sweep -------------------------------------------------------------------------------------------
    async def sweep(self, today: date | None = None, batch: int = 500) -> SweepReport:
        """Everything due by `today` (the injected clock's by default): ratings past their validity expire and
        the stars follow; certificates past their date expire; owners are told before a certificate expires.
        Items are settled a batch at a time, each batch in one transaction with the records' new versions,
        their history and their events, and marked done, so a sweep repeated or cut short by a restart
        publishes each expiry exactly once."""
        today = today or self.today()
        report = SweepReport(today)
        while await self._expire_evaluations(today, batch, report) == batch:
            pass
        while await self._expire_certificates(today, batch, report) == batch:
            pass
        while await self._tell_owners(today, batch, report) == batch:
            pass
        if report.evaluations_expired or report.certificates_expired or report.expiry_notices:
            self.outbox.notify()
        return report

    def _next(self, kind: str, current: dict[str, Any], updates: dict[str, Any], note: dict[str, Any],
              at) -> tuple[dict[str, Any], dict[str, Any]]:
        """A record's next version by the sweeper, and its history row (written in bulk by the caller)."""
        changes = {k: {"from": current.get(k), "to": v} for k, v in updates.items() if current.get(k) != v}
        rec = {**current, **updates, "version": current["version"] + 1, "updated_at": at.isoformat(),
               "updated_by": SWEEPER}
        return rec, dict(kind=kind, record_id=rec["id"], version=rec["version"], actor=SWEEPER, at=at,
                         changes=changes | note)

    async def _write(self, session: AsyncSession, kind: str, recs: list[dict], history: list[dict],
                     events: list[tuple[str, str, CloudEvent]]) -> None:
        await repo.update_many(session, kind, recs)
        await repo.add_history_many(session, history)
        await self.outbox.add_many(session, [*events, *(self.registry._event(kind, r) for r in recs)])

    async def _expire_evaluations(self, today: date, batch: int, report: SweepReport) -> int:
        async with self.sessions() as session, session.begin():
            due = await prepo.evaluations_due(session, today, batch)
            if not due:
                return 0
            await prepo.mark_evaluations(session, [e["seq"] for e in due], "expired")
            ids = sorted({e["product_id"] for e in due})
            products = await repo.get_many(session, "product", ids, for_update=True)
            ratings = await prepo.evaluations_of(session, ids)
            at, recs, history, events = now(), [], [], []
            for e in due:
                events.append(self._programme_event(ev.EVALUATION_EXPIRED, e["product_id"],
                                                    self._evaluation_event(products[e["product_id"]], e, SWEEPER)))
            for pid in ids:
                product = products[pid]
                current = rules.current_rating(ratings.get(pid, []), today)
                updates = _rating_fields(current)
                if all(product.get(k) == v for k, v in updates.items()):
                    continue
                rec, entry = self._next("product", product, updates, {"rating_step": "expiry"}, at)
                recs.append(rec)
                history.append(entry)
                if product.get("stars") != rec["stars"]:
                    report.stars_changed += 1
                    events.append(self._programme_event(ev.STARS_CHANGED, pid, ev.StarsChanged(
                        country=self.country, product_id=pid, producer_id=product["producer_id"], actor=SWEEPER,
                        from_stars=product.get("stars"), to_stars=rec["stars"], reason="expiry",
                        evaluation_id=current["id"] if current else next(e["id"] for e in due if e["product_id"] == pid))))
            await self._write(session, "product", recs, history, events)
            report.evaluations_expired += len(due)
            return len(due)

    async def _expire_certificates(self, today: date, batch: int, report: SweepReport) -> int:
        async with self.sessions() as session, session.begin():
            due = await prepo.certificates_expired(session, today, batch)
            if not due:
                return 0
            await prepo.mark_certificates(session, [c["id"] for c in due], status="expired")
            at = now()
            for kind in ("product", "producer"):
                mine = [c for c in due if c["owner_kind"] == kind]
                if not mine:
                    continue
                owners = await repo.get_many(session, kind, sorted({c["owner_id"] for c in mine}), for_update=True)
                ended = {c["id"] for c in mine}
                recs, history, events = [], [], []
                for owner_id, owner in owners.items():
                    held = [({**c, "status": "expired"} if c.get("id") in ended else c)
                            for c in owner.get("certifications") or []]
                    gone = sorted(c["id"] for c in mine if c["owner_id"] == owner_id)
                    rec, entry = self._next(kind, owner, {"certifications": held},
                                            {"certificate_step": {"expired": gone}}, at)
                    recs.append(rec)
                    history.append(entry)
                for c in mine:
                    events.append(self._programme_event(ev.CERTIFICATE_EXPIRED, c["owner_id"], self._certificate_event(
                        owners[c["owner_id"]], kind, c, SWEEPER)))
                await self._write(session, kind, recs, history, events)
            report.certificates_expired += len(due)
            return len(due)

    async def _tell_owners(self, today: date, batch: int, report: SweepReport) -> int:
        until = today + timedelta(days=self.expiry_notice_days)
        async with self.sessions() as session, session.begin():
            due = await prepo.certificates_expiring(session, today, until, batch)
            if not due:
                return 0
            await prepo.mark_certificates(session, [c["id"] for c in due], expiry_notice_sent=1)
            events = []
            for kind in ("product", "producer"):
                mine = [c for c in due if c["owner_kind"] == kind]
                owners = await repo.get_many(session, kind, sorted({c["owner_id"] for c in mine})) if mine else {}
                events += [self._programme_event(ev.CERTIFICATE_EXPIRING, c["owner_id"], self._certificate_event(
                    owners[c["owner_id"]], kind, c, SWEEPER, days_left=(c["valid_until"] - today).days)) for c in mine]
            await self.outbox.add_many(session, events)
            report.expiry_notices += len(due)
            return len(due)


def _rating_fields(current: dict[str, Any] | None) -> dict[str, Any]:
    """A product's stars, rating date and rating, from the evaluation they follow (None: no valid one)."""
    if current is None:
        return {"stars": None, "rating_date": None, "rating": None}
    return {"stars": current["stars"], "rating_date": current["evaluated_on"].isoformat(),
            "rating": {"evaluation_id": current["id"], "total": current["total"],
                       "council_level": current["council_level"], "evaluated_on": current["evaluated_on"].isoformat(),
                       "valid_until": current["valid_until"].isoformat()}}


def _iso(v) -> str | None:
    return v.isoformat() if v is not None else None


def _certification(cert: dict) -> dict[str, Any]:
    """The copy of a certificate its owner's record carries (what the catalogue and the fairs read)."""
    return {"id": cert["id"], "scheme": cert["scheme"], "standard": cert["standard"],
            "certificate_no": cert["certificate_no"], "issuer": cert["issuer"],
            "valid_from": cert["valid_from"].isoformat(), "valid_until": cert["valid_until"].isoformat(),
            "status": cert["status"]}


def _certificate_public(cert: dict) -> dict[str, Any]:
    return _certification(cert) | {"owner_kind": cert["owner_kind"], "owner_id": cert["owner_id"],
                                   "expiry_notice_sent": bool(cert["expiry_notice_sent"])}


def _evaluation_public(row: dict, today: date) -> dict[str, Any]:
    return {"id": row["id"], "product_id": row["product_id"], "programme": row["programme"],
            "scorecard": row["scorecard"], "total": row["total"], "stars": row["stars"],
            "council": {"level": row["council_level"], "name": row["council_name"]}, "assessors": row["assessors"],
            "notes": row["notes"], "evaluated_on": row["evaluated_on"].isoformat(),
            "valid_until": row["valid_until"].isoformat(),
            "status": "expired" if row["status"] == "expired" or row["valid_until"] < today else "valid",
            "recorded_by": row["recorded_by"], "recorded_at": row["recorded_at"].isoformat()}


def _check_version(product: dict[str, Any], expected: int | None) -> None:
    """A programme step is taken on the registration as its caller last read it (If-Match): 428 without one,
    412 with the current ETag when the product moved on since (another step, an edit)."""
    if expected is None:
        raise PreconditionMissing()
    if product["version"] != expected:
        raise VersionConflict(product["version"], expected)
