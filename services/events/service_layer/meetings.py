"""B2B meetings: buyers and their availability, meeting wishes, the schedule, cancellations, agendas and
reminders. The planning itself is the domain's scheduler; this layer loads its inputs and stores its output."""
from __future__ import annotations

import asyncio
from collections import defaultdict
from datetime import datetime, timedelta, timezone

from sqlalchemy import func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from services.events.adapters import calendar
from services.events.adapters.orm import (applications, bookings, buyers, check_ins, known_producers,
                                          known_products, meetings, wishes)
from services.events.domain import scheduling
from services.events.domain.bound import b_matching_bound, best_pairs
from services.events.domain.fairs import ApplicationStatus, Conflict, IllegalTransition, RuleBroken, outside_fair_days
from services.events.service_layer.common import NotFound, aware, event, fair_row, jsonable, new_id, programme_of, utcnow
from shared.contracts.events import (MEETING_CANCELLED, MEETING_REMINDER, MEETING_SCHEDULED, MEETINGS_TOPIC,
                                     MeetingChanged)
from shared.outbox import Outbox


def _intervals(items: list[dict] | None) -> list[tuple[datetime, datetime]]:
    return [(datetime.fromisoformat(str(i["start"])), datetime.fromisoformat(str(i["end"]))) for i in items or []]


class MeetingsService:
    def __init__(self, sessions: async_sessionmaker[AsyncSession], outbox: Outbox, clock=utcnow) -> None:
        self.sessions, self.outbox, self.clock = sessions, outbox, clock

    async def register_buyer(self, fair_id: str, body: dict) -> dict:
        async with self.sessions() as s, s.begin():
            fair = await fair_row(s, fair_id)
            outside = outside_fair_days(_intervals(body["availability"]), fair.starts_on, fair.ends_on)
            if outside:
                raise RuleBroken(outside)
            slots = programme_of(fair).slots_within(_intervals(body["availability"]))
            if not slots:
                raise RuleBroken([{"field": "availability",
                                   "reason": "no meeting slot of the fair lies inside these hours"}])
            values = dict(id=new_id("B"), fair_id=fair_id, buyer_ref=body["buyer_ref"], name=body["name"],
                          email=body.get("email"), country=body.get("country"), availability=body["availability"],
                          slots=slots, created_at=self.clock())
            try:
                await s.execute(buyers.insert().values(**values))
                await s.flush()
            except IntegrityError as exc:
                raise Conflict(f"buyer {body['buyer_ref']} is already registered for this fair") from exc
        return {k: (v.isoformat() if isinstance(v, datetime) else v) for k, v in values.items()}

    async def add_wish(self, fair_id: str, body: dict) -> dict:
        async with self.sessions() as s, s.begin():
            await fair_row(s, fair_id)
            buyer = (await s.execute(select(buyers.c.id).where(buyers.c.id == body["buyer_id"],
                                                               buyers.c.fair_id == fair_id))).first()
            if buyer is None:
                raise RuleBroken([{"field": "buyer_id", "reason": f"buyer {body['buyer_id']} is not registered for this fair"}])
            app = (await s.execute(select(applications.c.status).where(
                applications.c.id == body["application_id"], applications.c.fair_id == fair_id))).first()
            if app is None or app.status != ApplicationStatus.approved.value:
                raise RuleBroken([{"field": "application_id",
                                   "reason": f"{body['application_id']} is not an approved exhibitor of this fair"}])
            try:
                res = await s.execute(wishes.insert().values(
                    fair_id=fair_id, buyer_id=body["buyer_id"], application_id=body["application_id"],
                    source=body["source"], value=body["value"], created_at=self.clock()).returning(wishes))
                return jsonable(res.first())
            except IntegrityError as exc:
                raise Conflict("this wish from this source is already recorded") from exc

    async def _inputs(self, s: AsyncSession, fair) -> tuple[scheduling.Fair, dict]:
        prog = programme_of(fair)
        every = scheduling.mask(range(prog.n_slots))
        brows = (await s.execute(select(buyers.c.id, buyers.c.slots).where(buyers.c.fair_id == fair.id))).all()
        erows = (await s.execute(select(bookings.c.application_id, bookings.c.booth_code, applications.c.availability)
                                 .join(applications, applications.c.id == bookings.c.application_id)
                                 .where(bookings.c.fair_id == fair.id, bookings.c.status == "active"))).all()
        wrows = (await s.execute(select(wishes).where(wishes.c.fair_id == fair.id))).all()
        # A pair the exhibitor declined is never planned, whoever else wished it.
        declined = {(w.buyer_id, w.application_id) for w in wrows if w.answer == "declined"}
        wrows = [w for w in wrows if (w.buyer_id, w.application_id) not in declined]
        sources: dict[tuple[str, str], set[str]] = defaultdict(set)
        for w in wrows:
            sources[(w.buyer_id, w.application_id)].add(w.source)
        exhibitor_slots = {e.application_id: (scheduling.mask(prog.slots_within(_intervals(e.availability)))
                                              if e.availability else every) for e in erows}
        inp = scheduling.Fair(
            n_slots=prog.n_slots, cap=fair.max_meetings_per_participant,
            buyer_slots={b.id: scheduling.mask(b.slots) for b in brows},
            exhibitor_slots=exhibitor_slots, booth_of={e.application_id: e.booth_code for e in erows},
            wishes=[scheduling.Wish(w.buyer_id, w.application_id, w.value) for w in wrows])
        return inp, sources

    async def _current(self, s: AsyncSession, fair_id: str) -> list:
        return (await s.execute(select(meetings).where(meetings.c.fair_id == fair_id,
                                                       meetings.c.status == "scheduled"))).all()

    async def schedule(self, fair_id: str) -> dict:
        """Plans every wish it can. The first run plans freely; later runs keep every scheduled meeting where it
        is and only add meetings around them."""
        async with self.sessions() as s, s.begin():
            fair = await fair_row(s, fair_id, lock=True)
            inp, sources = await self._inputs(s, fair)
            current = await self._current(s, fair_id)
            fixed = [scheduling.Meeting(m.buyer_id, m.application_id, m.booth_code, m.slot, m.value) for m in current]
            # The first plan lets HiGHS choose who meets whom; later runs only add around what is scheduled.
            plan = await asyncio.to_thread(
                lambda: scheduling.schedule(inp, fixed, first=None if fixed else best_pairs(inp)))
            have = {(m.buyer, m.exhibitor) for m in fixed}
            new = [m for m in plan if (m.buyer, m.exhibitor) not in have]
            await self._insert(s, fair, new, sources)
            pairs = scheduling.merge_wishes(inp.wishes)
            bound = await asyncio.to_thread(b_matching_bound, inp)
        self.outbox.notify()
        value = scheduling.total_value(plan)
        return {"fair_id": fair_id, "added": len(new), "meetings": len(plan),
                "value": round(value, 3), "bound": round(bound, 3), "gap": round(max(bound - value, 0.0), 3),
                "of_bound": round(value / bound, 6) if bound else 1.0,
                "wishes": len(pairs), "wishes_unmet": len(pairs) - len(plan)}

    async def list_buyers(self, fair_id: str) -> list[dict]:
        async with self.sessions() as s:
            await fair_row(s, fair_id)
            rows = (await s.execute(select(buyers).where(buyers.c.fair_id == fair_id)
                                    .order_by(buyers.c.created_at, buyers.c.id))).all()
            counts = dict((await s.execute(select(wishes.c.buyer_id, func.count()).where(
                wishes.c.fair_id == fair_id).group_by(wishes.c.buyer_id))).all())
            checked = set((await s.execute(select(check_ins.c.participant_id).where(
                check_ins.c.fair_id == fair_id, check_ins.c.kind == "buyer"))).scalars())
        return [{**jsonable(r), "wishes": counts.get(r.id, 0), "checked_in": r.id in checked} for r in rows]

    async def list_wishes(self, fair_id: str, *, buyer_id: str | None = None, application_id: str | None = None,
                          source: str | None = None) -> list[dict]:
        async with self.sessions() as s:
            await fair_row(s, fair_id)
            stmt = (select(wishes, buyers.c.name.label("buyer_name"), known_producers.c.name_en.label("exhibitor_name"))
                    .join(buyers, buyers.c.id == wishes.c.buyer_id)
                    .join(applications, applications.c.id == wishes.c.application_id)
                    .outerjoin(known_producers, known_producers.c.id == applications.c.producer_id)
                    .where(wishes.c.fair_id == fair_id).order_by(wishes.c.id))
            if buyer_id:
                stmt = stmt.where(wishes.c.buyer_id == buyer_id)
            if application_id:
                stmt = stmt.where(wishes.c.application_id == application_id)
            if source:
                stmt = stmt.where(wishes.c.source == source)
            return [jsonable(r) for r in (await s.execute(stmt)).all()]

    async def answer_wish(self, fair_id: str, wish_id: int, answer: str, application_ids: frozenset[str] | None) -> dict:
        """The exhibitor's answer to a buyer's request to meet (`application_ids`: the caller's own applications,
        None for an organiser). Declining cancels a scheduled meeting of the pair."""
        now = self.clock()
        async with self.sessions() as s, s.begin():
            await fair_row(s, fair_id, lock=True)
            w = (await s.execute(select(wishes).where(wishes.c.id == wish_id, wishes.c.fair_id == fair_id))).first()
            if w is None or (application_ids is not None and w.application_id not in application_ids):
                raise NotFound(f"no meeting request {wish_id} at fair {fair_id}")
            if w.source != "buyer":
                raise IllegalTransition(f"wish {wish_id} is from {w.source}; an exhibitor answers a buyer's requests",
                                        "wish_id")
            await s.execute(update(wishes).where(wishes.c.id == wish_id).values(answer=answer, answered_at=now))
            dropped = 0
            if answer == "declined":
                rows = (await s.execute(select(meetings).where(
                    meetings.c.fair_id == fair_id, meetings.c.status == "scheduled",
                    meetings.c.buyer_id == w.buyer_id, meetings.c.application_id == w.application_id))).all()
                for r in rows:
                    await s.execute(update(meetings).where(meetings.c.id == r.id).values(
                        status="cancelled", version=r.version + 1))
                    await self._publish(s, MEETING_CANCELLED, {**dict(r._mapping), "status": "cancelled",
                                                               "version": r.version + 1}, None)
                dropped = len(rows)
            row = (await s.execute(select(wishes).where(wishes.c.id == wish_id))).first()
        self.outbox.notify()
        return {**jsonable(row), "meetings_cancelled": dropped}

    async def cancel(self, fair_id: str, meeting_id: str) -> dict:
        """Cancels one meeting and fills its slot from the unmet wishes of the two people it freed; no other
        meeting moves."""
        async with self.sessions() as s, s.begin():
            fair = await fair_row(s, fair_id, lock=True)
            row = (await s.execute(select(meetings).where(meetings.c.id == meeting_id,
                                                          meetings.c.fair_id == fair_id))).first()
            if row is None:
                raise NotFound(f"no meeting {meeting_id} at fair {fair_id}")
            if row.status != "scheduled":
                raise IllegalTransition(f"meeting {meeting_id} is already {row.status}")
            await s.execute(update(meetings).where(meetings.c.id == meeting_id).values(
                status="cancelled", version=row.version + 1))
            await self._publish(s, MEETING_CANCELLED, {**dict(row._mapping), "status": "cancelled",
                                                       "version": row.version + 1}, None)
            inp, sources = await self._inputs(s, fair)
            current = [scheduling.Meeting(m.buyer_id, m.application_id, m.booth_code, m.slot, m.value)
                       for m in await self._current(s, fair_id)]
            gone = scheduling.Meeting(row.buyer_id, row.application_id, row.booth_code, row.slot, row.value)
            added = scheduling.refill(inp, current, gone)
            new_rows = await self._insert(s, fair, added, sources)
        self.outbox.notify()
        return {"cancelled": meeting_id, "added": new_rows}

    async def list_meetings(self, fair_id: str, buyer_id: str | None = None, application_id: str | None = None,
                   status: str | None = "scheduled") -> list[dict]:
        async with self.sessions() as s:
            await fair_row(s, fair_id)
            stmt = select(meetings).where(meetings.c.fair_id == fair_id).order_by(meetings.c.slot, meetings.c.booth_code)
            if buyer_id:
                stmt = stmt.where(meetings.c.buyer_id == buyer_id)
            if application_id:
                stmt = stmt.where(meetings.c.application_id == application_id)
            if status:
                stmt = stmt.where(meetings.c.status == status)
            return [jsonable(r) for r in (await s.execute(stmt)).all()]

    async def _calendar_items(self, s: AsyncSession, fair_id: str, stmt, perspective: str) -> list[dict]:
        rows = (await s.execute(stmt)).all()
        if not rows:
            return []
        app_ids = {r.application_id for r in rows}
        apps = {a.id: a for a in (await s.execute(select(applications.c.id, applications.c.product_ids)
                                                  .where(applications.c.id.in_(app_ids)))).all()}
        pids = {p for a in apps.values() for p in a.product_ids}
        pnames = dict((await s.execute(select(known_products.c.id, known_products.c.name_en)
                                       .where(known_products.c.id.in_(pids)))).all()) if pids else {}
        why: dict[tuple[str, str], list[str]] = defaultdict(list)
        for w in (await s.execute(select(wishes).where(wishes.c.fair_id == fair_id,
                                                       wishes.c.application_id.in_(app_ids)))).all():
            why[(w.buyer_id, w.application_id)].append(
                {"buyer": "the buyer asked for it", "exhibitor": "the exhibitor asked for it",
                 "matching": "matching found the buyer's needs in the exhibitor's products"}[w.source]
                + f" (value {w.value:g})")
        out = []
        for r in rows:
            producer = r.producer_name or r.application_id
            out.append({"id": r.id, "starts_at": aware(r.starts_at), "ends_at": aware(r.ends_at),
                        "booth_code": r.booth_code, "version": r.version,
                        "status": r.status if r.status != "no_show" else "no_show",
                        "with_name": producer if perspective == "buyer" else r.buyer_name,
                        "buyer": {"name": r.buyer_name, "uri": calendar.participant_uri("buyer", r.buyer_id,
                                                                                       r.buyer_email)},
                        "exhibitor": {"name": producer, "uri": calendar.participant_uri("exhibitor", r.application_id)},
                        "products": [pnames.get(p, p) for p in apps[r.application_id].product_ids],
                        "reasons": "; ".join(why.get((r.buyer_id, r.application_id), []))})
        return out

    def _meeting_stmt(self, fair_id: str):
        return (select(meetings, buyers.c.name.label("buyer_name"), buyers.c.email.label("buyer_email"),
                       known_producers.c.name_en.label("producer_name"))
                .join(buyers, buyers.c.id == meetings.c.buyer_id)
                .join(applications, applications.c.id == meetings.c.application_id)
                .outerjoin(known_producers, known_producers.c.id == applications.c.producer_id)
                .where(meetings.c.fair_id == fair_id).order_by(meetings.c.slot))

    async def agenda(self, fair_id: str, *, buyer_id: str | None = None, application_id: str | None = None) -> bytes:
        async with self.sessions() as s:
            fair = await fair_row(s, fair_id)
            if buyer_id:
                owner = (await s.execute(select(buyers.c.name).where(buyers.c.id == buyer_id,
                                                                     buyers.c.fair_id == fair_id))).scalar_one_or_none()
            else:
                owner = (await s.execute(select(known_producers.c.name_en).join(
                    applications, applications.c.producer_id == known_producers.c.id).where(
                    applications.c.id == application_id, applications.c.fair_id == fair_id))).scalar_one_or_none()
            if owner is None:
                raise NotFound(f"no participant {buyer_id or application_id} at fair {fair_id}")
            stmt = self._meeting_stmt(fair_id)
            stmt = stmt.where(meetings.c.buyer_id == buyer_id) if buyer_id else stmt.where(
                meetings.c.application_id == application_id)
            items = await self._calendar_items(s, fair_id, stmt, "buyer" if buyer_id else "exhibitor")
        return calendar.agenda(fair_id=fair_id, fair_name=fair.name, tz=fair.timezone, owner=owner, meetings=items,
                               venue=fair.venue.get("name", ""), organiser=fair.organiser)

    async def meeting(self, fair_id: str, meeting_id: str) -> dict:
        async with self.sessions() as s:
            await fair_row(s, fair_id)
            row = (await s.execute(select(meetings).where(meetings.c.id == meeting_id,
                                                          meetings.c.fair_id == fair_id))).first()
        if row is None:
            raise NotFound(f"no meeting {meeting_id} at fair {fair_id}")
        return jsonable(row)

    async def invitation(self, fair_id: str, meeting_id: str, perspective: str) -> bytes:
        async with self.sessions() as s:
            fair = await fair_row(s, fair_id)
            items = await self._calendar_items(s, fair_id, self._meeting_stmt(fair_id).where(
                meetings.c.id == meeting_id), perspective)
        if not items:
            raise NotFound(f"no meeting {meeting_id} at fair {fair_id}")
        return calendar.message(fair_id=fair_id, fair_name=fair.name, tz=fair.timezone, meeting=items[0],
                                venue=fair.venue.get("name", ""), organiser=fair.organiser)

    async def send_reminders(self, lead: timedelta) -> int:
        """Publishes a reminder for each meeting starting within `lead`, once."""
        now = self.clock()
        async with self.sessions() as s, s.begin():
            rows = (await s.execute(select(meetings).where(
                meetings.c.status == "scheduled", meetings.c.reminded_at.is_(None),
                meetings.c.starts_at <= now + lead, meetings.c.starts_at > now)
                .with_for_update(skip_locked=True).limit(1000))).all()
            for r in rows:
                await s.execute(update(meetings).where(meetings.c.id == r.id).values(reminded_at=now))
                await self._publish(s, MEETING_REMINDER, dict(r._mapping), None)
        if rows:
            self.outbox.notify()
        return len(rows)

    async def _insert(self, s: AsyncSession, fair, new: list, sources: dict) -> list[dict]:
        if not new:
            return []
        prog = programme_of(fair)
        starts = prog.slot_starts()
        now = self.clock()
        rows = []
        for m in new:
            start = starts[m.slot].astimezone(timezone.utc)  # stored in UTC (SQLite keeps no offset)
            rows.append(dict(id=new_id("M"), fair_id=fair.id, buyer_id=m.buyer, application_id=m.exhibitor,
                             booth_code=m.booth, slot=m.slot, starts_at=start,
                             ends_at=start + timedelta(minutes=prog.slot_minutes), value=m.value,
                             status="scheduled", version=1, created_at=now))
        await s.execute(meetings.insert(), rows)
        await self.outbox.add_many(s, [
            (MEETINGS_TOPIC, r["id"], meeting_event(MEETING_SCHEDULED, r, "+".join(sorted(sources.get((r["buyer_id"], r["application_id"]), ())))))
            for r in rows])
        return [{**r, "starts_at": r["starts_at"].isoformat(), "ends_at": r["ends_at"].isoformat(),
                 "created_at": now.isoformat()} for r in rows]

    async def _publish(self, s: AsyncSession, type_: str, r: dict, source: str | None) -> None:
        await self.outbox.add(s, MEETINGS_TOPIC, r["id"], meeting_event(type_, r, source))


def meeting_event(type_: str, r: dict, source: str | None = None):
    data = MeetingChanged(id=r["id"], fair_id=r["fair_id"], version=r["version"], buyer_id=r["buyer_id"],
                          application_id=r["application_id"], booth_code=r["booth_code"],
                          starts_at=aware(r["starts_at"]), ends_at=aware(r["ends_at"]), status=r["status"],
                          source=source or None, absent=r.get("absent"))
    return event(type_, r["id"], data.model_dump(mode="json"))
