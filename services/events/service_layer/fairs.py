"""Fairs and exhibitor applications: creating a fair with its halls and booths, applying, deciding."""
from __future__ import annotations

from datetime import date, datetime, timezone

from sqlalchemy import delete, select, update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from services.events.adapters.orm import (applications, booths, buyers, fair_organisers, fairs, known_producers,
                                          known_products)
from services.events.domain.access import Standing
from services.events.domain.fairs import (ApplicationStatus, ProductFacts, RuleBroken, check_can_apply, decide,
                                          outside_fair_days, refusals)
from services.events.service_layer.common import (NotFound, event, fair_row, jsonable, new_id, programme_of,
                                                  rules_of, utcnow, window_of)
from shared.contracts.events import (APPLICATION_APPROVED, APPLICATION_REJECTED, APPLICATION_SUBMITTED,
                                     APPLICATIONS_TOPIC, FAIR_ORGANISERS_CHANGED, FAIRS_TOPIC, ApplicationChanged,
                                     FairOrganisers)
from shared.outbox import Outbox


class FairsService:
    def __init__(self, sessions: async_sessionmaker[AsyncSession], outbox: Outbox, clock=utcnow) -> None:
        self.sessions, self.outbox, self.clock = sessions, outbox, clock

    async def create_fair(self, spec: dict, owner: str) -> dict:
        """`spec` is the JSON form of the request (dates and times as ISO strings); `owner` is the organiser
        client creating it, who runs it and adds its co-organisers."""
        fair_id = new_id("F")
        now = self.clock()
        async with self.sessions() as s, s.begin():
            await s.execute(fairs.insert().values(
                id=fair_id, name=spec["name"], kind=spec["kind"], venue=spec["venue"], timezone=spec["timezone"],
                starts_on=date.fromisoformat(spec["starts_on"]), ends_on=date.fromisoformat(spec["ends_on"]),
                organiser=spec["organiser"],
                # Stored in UTC: SQLite keeps no offset, so every stored instant is UTC by convention.
                window_opens_at=datetime.fromisoformat(spec["application_window"]["opens_at"]).astimezone(timezone.utc),
                window_closes_at=datetime.fromisoformat(spec["application_window"]["closes_at"]).astimezone(timezone.utc),
                rules=spec["eligibility"], programme=spec["meeting_programme"],
                max_meetings_per_participant=spec["max_meetings_per_participant"],
                waitlist_hold_seconds=spec["waitlist_hold_seconds"], version=1, created_at=now, owner=owner))
            rows = [dict(fair_id=fair_id, hall=h["code"], code=b["code"], size_m2=b["size_m2"], type=b["type"],
                         zone=b.get("zone"), price=b["price"], currency=b["currency"], status="free")
                    for h in spec["halls"] for b in h["booths"]]
            if rows:
                await s.execute(booths.insert(), rows)
            await self._organisers_changed(s, fair_id)
        self.outbox.notify()
        return await self.fair(fair_id)

    async def fair(self, fair_id: str) -> dict:
        async with self.sessions() as s:
            row = await fair_row(s, fair_id)
            booth_rows = (await s.execute(select(booths).where(booths.c.fair_id == fair_id).order_by(booths.c.id))).all()
        out = jsonable(row)
        out.pop("owner")  # a client id is the organiser's own; GET …/organisers shows it to the organisers
        out["application_window"] = {"opens_at": out.pop("window_opens_at"), "closes_at": out.pop("window_closes_at")}
        out["eligibility"] = out.pop("rules")
        out["meeting_programme"] = out.pop("programme")
        out["slots"] = [{"slot": i, "starts_at": t.isoformat()} for i, t in enumerate(programme_of(row).slot_starts())]
        halls: dict[str, list] = {}
        for b in booth_rows:
            d = jsonable(b)
            d.pop("fair_id")
            # Public: whether a booth is taken, not by which application (that is the organiser's and the exhibitor's).
            d.pop("application_id")
            halls.setdefault(d.pop("hall"), []).append(d)
        out["halls"] = [{"code": h, "booths": bs} for h, bs in halls.items()]
        return out

    async def booth(self, fair_id: str, code: str) -> tuple[dict, int]:
        """A booth as the fair shows it (public: whether it is taken, not by whom) and the fair's version, which
        is the booth's too: a booth changes as a part of its fair."""
        fair = await self.fair(fair_id)
        found = [{**b, "fair_id": fair_id, "hall": h["code"]} for h in fair["halls"] for b in h["booths"]
                 if b["code"] == code]
        if not found:
            raise NotFound(f"no booth {code} at fair {fair_id}")
        return found[0], fair["version"]

    async def fairs(self) -> list[dict]:
        async with self.sessions() as s:
            rows = (await s.execute(select(fairs.c.id, fairs.c.name, fairs.c.kind, fairs.c.venue, fairs.c.timezone,
                                           fairs.c.starts_on, fairs.c.ends_on, fairs.c.organiser)
                                    .order_by(fairs.c.created_at.desc()))).all()
        return [jsonable(r) for r in rows]

    async def standing(self, fair_id: str, *, organiser: str | None = None, producer_id: str | None = None,
                       buyer: str | None = None) -> Standing:
        """What the caller is at this fair (NotFound without the fair): `organiser` an organiser client's id,
        `producer_id` the producer a producer's token acts for, `buyer` a buyer client's id."""
        async with self.sessions() as s:
            row = await fair_row(s, fair_id)
            is_org = is_owner = False
            if organiser is not None:
                is_owner = row.owner == organiser
                is_org = is_owner or (await s.execute(select(fair_organisers.c.client_id).where(
                    fair_organisers.c.fair_id == fair_id, fair_organisers.c.client_id == organiser))).first() is not None
            apps: frozenset[str] = frozenset()
            if producer_id is not None:
                apps = frozenset((await s.execute(select(applications.c.id).where(
                    applications.c.fair_id == fair_id, applications.c.producer_id == producer_id))).scalars())
            regs: frozenset[str] = frozenset()
            if buyer is not None:
                regs = frozenset((await s.execute(select(buyers.c.id).where(
                    buyers.c.fair_id == fair_id, buyers.c.buyer_ref == buyer))).scalars())
        return Standing(organiser=is_org, owner=is_owner, applications=apps, buyers=regs)

    async def organisers(self, fair_id: str) -> dict:
        async with self.sessions() as s:
            return await self._organisers(s, fair_id)

    @staticmethod
    async def _organisers(s: AsyncSession, fair_id: str) -> dict:
        row = await fair_row(s, fair_id)
        co = (await s.execute(select(fair_organisers.c.client_id).where(fair_organisers.c.fair_id == fair_id)
                              .order_by(fair_organisers.c.added_at, fair_organisers.c.client_id))).scalars()
        return {"fair_id": fair_id, "owner": row.owner, "co_organisers": list(co),
                "version": row.organisers_version}

    async def _organisers_changed(self, s: AsyncSession, fair_id: str, *, bump: bool = False) -> None:
        """In the transaction that changed who runs the fair: its organisers event, whole (the fair's row is
        locked by the caller, so versions are counted one at a time)."""
        if bump:
            await s.execute(update(fairs).where(fairs.c.id == fair_id)
                            .values(organisers_version=fairs.c.organisers_version + 1))
        who = await self._organisers(s, fair_id)
        data = FairOrganisers(id=fair_id, fair_id=fair_id, version=who["version"], owner=who["owner"],
                              co_organisers=who["co_organisers"])
        await self.outbox.add(s, FAIRS_TOPIC, fair_id, event(FAIR_ORGANISERS_CHANGED, fair_id,
                                                             data.model_dump(mode="json")))

    async def add_organiser(self, fair_id: str, client_id: str, added_by: str) -> dict:
        """Adds a co-organiser; adding one already there (or the owner) changes nothing."""
        async with self.sessions() as s, s.begin():
            row = await fair_row(s, fair_id, lock=True)
            there = (await s.execute(select(fair_organisers.c.client_id).where(
                fair_organisers.c.fair_id == fair_id, fair_organisers.c.client_id == client_id))).first()
            # The fair's row is locked: two adds of one client are serialised, the second finds the first.
            if client_id != row.owner and there is None:
                await s.execute(fair_organisers.insert().values(fair_id=fair_id, client_id=client_id,
                                                                added_by=added_by, added_at=self.clock()))
                await self._organisers_changed(s, fair_id, bump=True)
        self.outbox.notify()
        return await self.organisers(fair_id)

    async def remove_organiser(self, fair_id: str, client_id: str) -> dict:
        async with self.sessions() as s, s.begin():
            row = await fair_row(s, fair_id, lock=True)
            if client_id == row.owner:
                raise RuleBroken([{"field": "client_id", "reason": "the fair's owner cannot be removed"}])
            gone = await s.execute(delete(fair_organisers).where(fair_organisers.c.fair_id == fair_id,
                                                                 fair_organisers.c.client_id == client_id))
            if gone.rowcount == 0:
                raise NotFound(f"{client_id} is not a co-organiser of fair {fair_id}")
            await self._organisers_changed(s, fair_id, bump=True)
        self.outbox.notify()
        return await self.organisers(fair_id)

    async def apply(self, fair_id: str, body: dict) -> dict:
        now = self.clock()
        async with self.sessions() as s, s.begin():
            fair = await fair_row(s, fair_id)
            check_can_apply(window_of(fair), now)
            producer = (await s.execute(select(known_producers.c.country)
                                        .where(known_producers.c.id == body["producer_id"]))).scalar_one_or_none()
            prows = (await s.execute(select(known_products)
                                     .where(known_products.c.id.in_(body["product_ids"])))).all()
            known = {r.id: ProductFacts(r.id, r.producer_id, r.country, r.group, r.stars, r.status) for r in prows}
            errors = refusals(rules_of(fair), body["producer_id"], producer, body["product_ids"], known)
            codes = set((await s.execute(select(booths.c.code).where(booths.c.fair_id == fair_id))).scalars())
            errors += [{"field": f"booth_preferences.{i}", "reason": f"the fair has no booth {c}"}
                       for i, c in enumerate(body["booth_preferences"]) if c not in codes]
            errors += outside_fair_days([(datetime.fromisoformat(str(i["start"])), datetime.fromisoformat(str(i["end"])))
                                         for i in body.get("availability") or []], fair.starts_on, fair.ends_on)
            if errors:
                raise RuleBroken(errors)
            exists = (await s.execute(select(applications.c.id).where(
                applications.c.fair_id == fair_id, applications.c.producer_id == body["producer_id"]))).first()
            if exists:
                raise RuleBroken([{"field": "producer_id",
                                   "reason": f"producer already applied to this fair ({exists.id})"}])
            app_id = new_id("A")
            values = dict(id=app_id, fair_id=fair_id, producer_id=body["producer_id"], country=producer,
                          product_ids=body["product_ids"], groups=sorted({p.group for p in known.values()}),
                          booth_preferences=body["booth_preferences"], availability=body.get("availability"),
                          status=ApplicationStatus.submitted.value, version=1, created_at=now)
            await s.execute(applications.insert().values(**values))
            await self._publish(s, APPLICATION_SUBMITTED, values)
        self.outbox.notify()
        return await self.application(fair_id, app_id)

    async def decide(self, fair_id: str, application_id: str, approve: bool, reason: str | None) -> dict:
        now = self.clock()
        async with self.sessions() as s, s.begin():
            fair = await fair_row(s, fair_id, lock=True)
            row = (await s.execute(select(applications).where(
                applications.c.id == application_id, applications.c.fair_id == fair_id).with_for_update())).first()
            if row is None:
                raise NotFound(f"no application {application_id} to fair {fair_id}")
            new = decide(ApplicationStatus(row.status), approve, window_of(fair), now)
            values = {**dict(row._mapping), "status": new.value, "reason": reason, "version": row.version + 1,
                      "decided_at": now}
            await s.execute(applications.update().where(applications.c.id == application_id).values(
                status=new.value, reason=reason, version=row.version + 1, decided_at=now))
            await self._publish(s, APPLICATION_APPROVED if approve else APPLICATION_REJECTED, values)
        self.outbox.notify()
        return await self.application(fair_id, application_id)

    async def application(self, fair_id: str, application_id: str) -> dict:
        async with self.sessions() as s:
            row = (await s.execute(select(applications).where(
                applications.c.id == application_id, applications.c.fair_id == fair_id))).first()
        if row is None:
            raise NotFound(f"no application {application_id} to fair {fair_id}")
        return jsonable(row)

    async def applications(self, fair_id: str, status: str | None) -> list[dict]:
        async with self.sessions() as s:
            await fair_row(s, fair_id)
            stmt = select(applications).where(applications.c.fair_id == fair_id).order_by(applications.c.created_at)
            if status:
                stmt = stmt.where(applications.c.status == status)
            return [jsonable(r) for r in (await s.execute(stmt)).all()]

    async def _publish(self, s: AsyncSession, type_: str, v: dict) -> None:
        data = ApplicationChanged(id=v["id"], fair_id=v["fair_id"], version=v["version"], producer_id=v["producer_id"],
                                  country=v["country"], product_ids=v["product_ids"], status=v["status"],
                                  reason=v.get("reason"))
        await self.outbox.add(s, APPLICATIONS_TOPIC, v["id"], event(type_, v["id"], data.model_dump(mode="json")))
