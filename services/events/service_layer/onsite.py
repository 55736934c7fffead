"""On the day and after it: badges and check-in, no-shows and their slots re-filled for walk-ins, meeting
outcomes, and the organiser's fair report."""
from __future__ import annotations

from collections import defaultdict
from datetime import timedelta

from sqlalchemy import func, select, update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from services.events.adapters import badges
from services.events.adapters.orm import (applications, bookings, buyers, check_ins, fairs, known_producers,
                                          meeting_outcomes, meetings)
from services.events.domain import scheduling
from services.events.domain.fairs import IllegalTransition, RuleBroken
from services.events.service_layer.common import NotFound, aware, event, fair_row, jsonable, utcnow
from services.events.service_layer.meetings import MeetingsService, meeting_event
from shared.contracts.events import (MEETING_NO_SHOW, MEETING_OUTCOME_RECORDED, MEETINGS_TOPIC,
                                     MeetingOutcomeRecorded)
from shared.outbox import Outbox


class OnSiteService:
    def __init__(self, sessions: async_sessionmaker[AsyncSession], outbox: Outbox, meetings_svc: MeetingsService,
                 clock=utcnow) -> None:
        self.sessions, self.outbox, self.meetings, self.clock = sessions, outbox, meetings_svc, clock

    async def _key(self, s: AsyncSession, fair) -> str:
        if fair.badge_key:
            return fair.badge_key
        key = badges.new_key()
        # Only the first writer sets it: a racing second request reads the first's key.
        await s.execute(update(fairs).where(fairs.c.id == fair.id, fairs.c.badge_key.is_(None)).values(badge_key=key))
        return (await s.execute(select(fairs.c.badge_key).where(fairs.c.id == fair.id))).scalar_one()

    async def badge_key(self, fair_id: str) -> dict:
        async with self.sessions() as s, s.begin():
            fair = await fair_row(s, fair_id)
            key = await self._key(s, fair)
        return {"fair_id": fair_id, "algorithm": "EdDSA", "jwk": badges.public_jwk(key, fair_id),
                "pem": badges.public_pem(key)}

    async def badge(self, fair_id: str, kind: str, participant_id: str) -> dict:
        async with self.sessions() as s, s.begin():
            fair = await fair_row(s, fair_id)
            name = await self._participant_name(s, fair_id, kind, participant_id)
            key = await self._key(s, fair)
        token = badges.sign(key, fair_id=fair_id, kind=kind, participant_id=participant_id, name=name,
                            issued_at=self.clock())
        return {"fair_id": fair_id, "kind": kind, "participant_id": participant_id, "name": name, "token": token,
                "qr_svg": badges.qr_svg(token)}

    async def _participant_name(self, s: AsyncSession, fair_id: str, kind: str, participant_id: str) -> str:
        if kind == "buyer":
            name = (await s.execute(select(buyers.c.name).where(buyers.c.id == participant_id,
                                                                buyers.c.fair_id == fair_id))).scalar_one_or_none()
        else:
            row = (await s.execute(select(applications.c.status, known_producers.c.name_en)
                                   .outerjoin(known_producers, known_producers.c.id == applications.c.producer_id)
                                   .where(applications.c.id == participant_id,
                                          applications.c.fair_id == fair_id))).first()
            name = (row.name_en or participant_id) if row is not None and row.status == "approved" else None
        if name is None:
            raise NotFound(f"no {kind} {participant_id} at fair {fair_id}")
        return name

    async def check_in(self, fair_id: str, token: str, by: str) -> dict:
        """Checks in the participant a badge names; a second scan answers the first check-in."""
        now = self.clock()
        async with self.sessions() as s, s.begin():
            fair = await fair_row(s, fair_id, lock=True)
            try:
                claims = badges.verify(await self._key(s, fair), fair_id, token)
            except badges.BadBadge as exc:
                raise RuleBroken([{"field": "token", "reason": str(exc)}]) from exc
            kind, pid = claims["kind"], claims["sub"]
            await self._participant_name(s, fair_id, kind, pid)
            there = (await s.execute(select(check_ins).where(check_ins.c.fair_id == fair_id, check_ins.c.kind == kind,
                                                             check_ins.c.participant_id == pid))).first()
            if there is None:
                await s.execute(check_ins.insert().values(fair_id=fair_id, kind=kind, participant_id=pid,
                                                          checked_in_at=now, checked_in_by=by))
                at = now
            else:
                at = aware(there.checked_in_at)
        return {"fair_id": fair_id, "kind": kind, "participant_id": pid, "name": claims.get("name", ""),
                "checked_in_at": at.isoformat(), "first_scan": there is None}

    async def check_ins(self, fair_id: str) -> list[dict]:
        async with self.sessions() as s:
            await fair_row(s, fair_id)
            rows = (await s.execute(select(check_ins).where(check_ins.c.fair_id == fair_id)
                                    .order_by(check_ins.c.checked_in_at))).all()
        return [jsonable(r) for r in rows]

    # -- no-shows -----------------------------------------------------------------------------------
    async def no_show(self, fair_id: str, meeting_id: str, absent: str | None) -> dict:
        """Marks a meeting a no-show (`absent`: buyer | exhibitor | both; None: whoever is not checked in) and
        offers its slot to checked-in walk-ins from the unmet wishes; nobody else's meeting moves."""
        async with self.sessions() as s, s.begin():
            fair = await fair_row(s, fair_id, lock=True)
            row = (await s.execute(select(meetings).where(meetings.c.id == meeting_id,
                                                          meetings.c.fair_id == fair_id))).first()
            if row is None:
                raise NotFound(f"no meeting {meeting_id} at fair {fair_id}")
            if row.status != "scheduled":
                raise IllegalTransition(f"meeting {meeting_id} is {row.status}", "meeting_id")
            if self.clock() < aware(row.starts_at):
                raise IllegalTransition(f"meeting {meeting_id} starts at {aware(row.starts_at).isoformat()}; a "
                                        "no-show is known only once it has started", "meeting_id")
            here = await self._here(s, fair_id)
            if absent is None:
                absent = _absent(row, here)
                if absent is None:
                    raise IllegalTransition("both sides of the meeting are checked in; say who did not come",
                                            "absent")
            added = await self._mark_and_refill(s, fair, row, absent, here)
        self.outbox.notify()
        return {"meeting_id": meeting_id, "absent": absent, "added": added}

    async def sweep_no_shows(self, grace: timedelta) -> int:
        """At fairs where check-in is in use, a meeting whose start + grace has passed with one side not checked
        in is a no-show, found without anyone asking; its slot is re-filled for walk-ins."""
        now = self.clock()
        async with self.sessions() as s:
            due = (await s.execute(select(meetings.c.id, meetings.c.fair_id).where(
                meetings.c.status == "scheduled", meetings.c.starts_at <= now - grace,
                meetings.c.ends_at > now - timedelta(hours=12),
                meetings.c.fair_id.in_(select(check_ins.c.fair_id).distinct())).limit(500))).all()
        n = 0
        for meeting_id, fair_id in due:
            async with self.sessions() as s, s.begin():
                fair = await fair_row(s, fair_id, lock=True)
                row = (await s.execute(select(meetings).where(meetings.c.id == meeting_id))).first()
                if row.status != "scheduled":
                    continue
                here = await self._here(s, fair_id)
                absent = _absent(row, here)
                if absent is None:
                    continue
                await self._mark_and_refill(s, fair, row, absent, here)
                n += 1
        if n:
            self.outbox.notify()
        return n

    async def _here(self, s: AsyncSession, fair_id: str) -> dict[str, set[str]]:
        here: dict[str, set[str]] = defaultdict(set)
        for kind, pid in (await s.execute(select(check_ins.c.kind, check_ins.c.participant_id)
                                          .where(check_ins.c.fair_id == fair_id))).all():
            here[kind].add(pid)
        return here

    async def _mark_and_refill(self, s: AsyncSession, fair, row, absent: str, here: dict[str, set[str]]) -> list[dict]:
        await s.execute(update(meetings).where(meetings.c.id == row.id).values(
            status="no_show", absent=absent, version=row.version + 1))
        await self.outbox.add(s, MEETINGS_TOPIC, row.id, meeting_event(
            MEETING_NO_SHOW, {**dict(row._mapping), "status": "no_show", "absent": absent, "version": row.version + 1}))
        inp, sources = await self.meetings._inputs(s, fair)
        # Walk-ins: only checked-in people take the freed slot, and being here they are free at it; the absent
        # side is out. Everyone else's meetings stay as they are.
        bit = 1 << row.slot
        inp.buyer_slots = {b: m | bit for b, m in inp.buyer_slots.items() if b in here["buyer"]
                           and not (absent in ("buyer", "both") and b == row.buyer_id)}
        inp.exhibitor_slots = {e: m | bit for e, m in inp.exhibitor_slots.items() if e in here["exhibitor"]
                               and not (absent in ("exhibitor", "both") and e == row.application_id)}
        inp.wishes = [w for w in inp.wishes if w.buyer in inp.buyer_slots and w.exhibitor in inp.exhibitor_slots]
        current = [scheduling.Meeting(m.buyer_id, m.application_id, m.booth_code, m.slot, m.value)
                   for m in await self.meetings._current(s, fair.id)]
        # Pairs that already met (or were a no-show) are not offered again.
        done = (await s.execute(select(meetings.c.buyer_id, meetings.c.application_id).where(
            meetings.c.fair_id == fair.id, meetings.c.status.in_(["no_show"])))).all()
        met = {(b, a) for b, a in done}
        inp.wishes = [w for w in inp.wishes if (w.buyer, w.exhibitor) not in met]
        gone = scheduling.Meeting(row.buyer_id, row.application_id, row.booth_code, row.slot, row.value)
        added = scheduling.refill(inp, current, gone)
        return await self.meetings._insert(s, fair, added, sources)

    # -- after the fair -------------------------------------------------------------------------
    async def record_outcome(self, fair_id: str, meeting_id: str, body: dict, by: str,
                             party: tuple[frozenset[str], frozenset[str]] | None) -> dict:
        """`party`: the caller's (buyer registrations, applications), None for an organiser."""
        now = self.clock()
        async with self.sessions() as s, s.begin():
            await fair_row(s, fair_id, lock=True)  # one recording of a meeting's outcome at a time
            m = (await s.execute(select(meetings, buyers.c.country.label("buyer_country"),
                                        applications.c.producer_id, applications.c.country.label("exporter_country"),
                                        applications.c.product_ids, applications.c.groups)
                                 .join(buyers, buyers.c.id == meetings.c.buyer_id)
                                 .join(applications, applications.c.id == meetings.c.application_id)
                                 .where(meetings.c.id == meeting_id, meetings.c.fair_id == fair_id))).first()
            if m is None or (party is not None and m.buyer_id not in party[0] and m.application_id not in party[1]):
                raise NotFound(f"no meeting {meeting_id} at fair {fair_id}")
            if m.status != "scheduled":
                raise IllegalTransition(f"meeting {meeting_id} is {m.status}: it was not held", "meeting_id")
            if now < aware(m.starts_at):
                raise IllegalTransition(f"meeting {meeting_id} starts at {aware(m.starts_at).isoformat()}; its "
                                        "outcome is recorded once it has begun", "meeting_id")
            prev = (await s.execute(select(meeting_outcomes.c.version).where(
                meeting_outcomes.c.meeting_id == meeting_id))).scalar_one_or_none()
            value = body.get("value")
            values = dict(outcome=body["outcome"], value=None if value is None else float(value), currency=body.get("currency"),
                          recorded_by=by, recorded_at=now, version=(prev or 0) + 1)
            if prev is None:
                await s.execute(meeting_outcomes.insert().values(meeting_id=meeting_id, fair_id=fair_id, **values))
            else:
                await s.execute(update(meeting_outcomes).where(meeting_outcomes.c.meeting_id == meeting_id)
                                .values(**values))
            data = MeetingOutcomeRecorded(
                meeting_id=meeting_id, fair_id=fair_id, buyer_id=m.buyer_id, producer_id=m.producer_id,
                product_id=(m.product_ids or [None])[0], product_group=(m.groups or [None])[0],
                exporter_country=m.exporter_country, buyer_country=m.buyer_country, **values)
            await self.outbox.add(s, MEETINGS_TOPIC, meeting_id,
                                  event(MEETING_OUTCOME_RECORDED, meeting_id, data.model_dump(mode="json")))
        self.outbox.notify()
        return data.model_dump(mode="json")

    async def report(self, fair_id: str) -> dict:
        now = self.clock()
        async with self.sessions() as s:
            fair = await fair_row(s, fair_id)
            exhibitors = (await s.execute(select(func.count()).select_from(bookings).where(
                bookings.c.fair_id == fair_id, bookings.c.status == "active"))).scalar_one()
            n_buyers = (await s.execute(select(func.count()).select_from(buyers).where(
                buyers.c.fair_id == fair_id))).scalar_one()
            here = await self._here(s, fair_id)
            rows = (await s.execute(select(meetings.c.status, meetings.c.ends_at, meetings.c.id,
                                           meeting_outcomes.c.outcome)
                                    .outerjoin(meeting_outcomes, meeting_outcomes.c.meeting_id == meetings.c.id)
                                    .where(meetings.c.fair_id == fair_id))).all()
            outcomes = (await s.execute(select(meeting_outcomes.c.outcome, meeting_outcomes.c.value,
                                               meeting_outcomes.c.currency, applications.c.country,
                                               applications.c.groups)
                                        .join(meetings, meetings.c.id == meeting_outcomes.c.meeting_id)
                                        .join(applications, applications.c.id == meetings.c.application_id)
                                        .where(meeting_outcomes.c.fair_id == fair_id))).all()
        held = sum(1 for r in rows if r.status == "scheduled" and (r.outcome or aware(r.ends_at) <= now))
        by: dict[str, dict[str, dict]] = {"country": {}, "product_group": {}}
        for o in outcomes:
            for dim, key in (("country", o.country), ("product_group", (o.groups or ["unknown"])[0])):
                cell = by[dim].setdefault(key, {"no_interest": 0, "follow_up": 0, "deal": 0, "deal_value": {}})
                cell[o.outcome] += 1
                if o.outcome == "deal" and o.value is not None and o.currency:
                    cell["deal_value"][o.currency] = round(cell["deal_value"].get(o.currency, 0.0) + float(o.value), 2)
        return {"fair_id": fair_id, "name": fair.name, "exhibitors": exhibitors, "buyers": n_buyers,
                "checked_in": {"buyers": len(here["buyer"]), "exhibitors": len(here["exhibitor"])},
                "meetings": {"scheduled": sum(1 for r in rows if r.status == "scheduled"), "held": held,
                             "no_shows": sum(1 for r in rows if r.status == "no_show"),
                             "cancelled": sum(1 for r in rows if r.status == "cancelled")},
                "outcomes": {"recorded": len(outcomes),
                             "by_country": [{"country": k, **v} for k, v in sorted(by["country"].items())],
                             "by_product_group": [{"product_group": k, **v}
                                                  for k, v in sorted(by["product_group"].items())]}}


def _absent(row, here: dict[str, set[str]]) -> str | None:
    b, e = row.buyer_id in here["buyer"], row.application_id in here["exhibitor"]
    return None if b and e else "both" if not b and not e else "buyer" if not b else "exhibitor"
