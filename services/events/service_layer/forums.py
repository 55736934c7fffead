"""Forums: a programme of sessions (room, time, speakers, topic, capacity), beside a fair or on its own;
registration with a waitlist promoted in joining order when someone leaves; the programme as an iCalendar feed."""
from __future__ import annotations

from datetime import date, datetime, timezone
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event
from sqlalchemy import func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from services.events.adapters.orm import forum_registrations, forum_sessions, forums
from services.events.domain.fairs import Conflict, RuleBroken
from services.events.domain.forums import SessionSlot, clashes, seat_status
from services.events.service_layer.common import NotFound, fair_row, jsonable, new_id, utcnow


class ForumsService:
    def __init__(self, sessions: async_sessionmaker[AsyncSession], clock=utcnow) -> None:
        self.sessions, self.clock = sessions, clock

    async def create(self, spec: dict, owner: str) -> dict:
        forum_id = new_id("FO")
        async with self.sessions() as s, s.begin():
            if spec.get("fair_id"):
                await fair_row(s, spec["fair_id"])
            await s.execute(forums.insert().values(
                id=forum_id, fair_id=spec.get("fair_id"), name=spec["name"], venue=spec["venue"],
                timezone=spec["timezone"], starts_on=date.fromisoformat(spec["starts_on"]),
                ends_on=date.fromisoformat(spec["ends_on"]), owner=owner, version=1, created_at=self.clock()))
        return await self.forum(forum_id)

    async def _row(self, s: AsyncSession, forum_id: str, lock: bool = False):
        stmt = select(forums).where(forums.c.id == forum_id)
        if lock and s.bind.dialect.name == "sqlite":
            await s.execute(update(forums).where(forums.c.id == forum_id).values(version=forums.c.version))
        elif lock:
            stmt = stmt.with_for_update()
        row = (await s.execute(stmt)).first()
        if row is None:
            raise NotFound(f"no forum {forum_id}")
        return row

    async def owner(self, forum_id: str) -> tuple[str, str | None]:
        async with self.sessions() as s:
            row = await self._row(s, forum_id)
        return row.owner, row.fair_id

    async def forums(self) -> list[dict]:
        async with self.sessions() as s:
            rows = (await s.execute(select(forums).order_by(forums.c.starts_on, forums.c.id))).all()
        return [_public(r) for r in rows]

    async def forum(self, forum_id: str) -> dict:
        """The forum and its programme: sessions in time order with their seats taken and waiting."""
        async with self.sessions() as s:
            row = await self._row(s, forum_id)
            sess = (await s.execute(select(forum_sessions).where(forum_sessions.c.forum_id == forum_id)
                                    .order_by(forum_sessions.c.starts_at, forum_sessions.c.room))).all()
            counts: dict[tuple[str, str], int] = {
                (sid, st): n for sid, st, n in (await s.execute(
                    select(forum_registrations.c.session_id, forum_registrations.c.status, func.count())
                    .join(forum_sessions, forum_sessions.c.id == forum_registrations.c.session_id)
                    .where(forum_sessions.c.forum_id == forum_id)
                    .group_by(forum_registrations.c.session_id, forum_registrations.c.status))).all()}
        out = _public(row)
        out["sessions"] = [_session(x, counts.get((x.id, "registered"), 0), counts.get((x.id, "waiting"), 0))
                           for x in sess]
        return out

    async def session(self, forum_id: str, session_id: str) -> dict:
        """One session of the forum's programme, with its seats taken and waiting."""
        found = [x for x in (await self.forum(forum_id))["sessions"] if x["id"] == session_id]
        if not found:
            raise NotFound(f"no session {session_id} in forum {forum_id}")
        return found[0]

    async def add_session(self, forum_id: str, body: dict) -> dict:
        async with self.sessions() as s, s.begin():
            forum = await self._row(s, forum_id, lock=True)
            start, end = datetime.fromisoformat(body["starts_at"]), datetime.fromisoformat(body["ends_at"])
            if start.date() < forum.starts_on or end.date() > forum.ends_on:
                raise RuleBroken([{"field": "starts_at", "reason": f"{start:%Y-%m-%d %H:%M}..{end:%Y-%m-%d %H:%M} is "
                                   f"not within the forum's days {forum.starts_on}..{forum.ends_on}"}])
            new = SessionSlot(new_id("S"), body["room"], start, end, tuple(body["speakers"]), body["topic"])
            others = (await s.execute(select(forum_sessions).where(forum_sessions.c.forum_id == forum_id))).all()
            reasons = clashes(new, [SessionSlot(o.id, o.room, o.starts_at, o.ends_at, tuple(o.speakers), o.topic)
                                    for o in others])
            if reasons:
                raise Conflict("; ".join(r["reason"] for r in reasons), reasons[0]["field"])
            await s.execute(forum_sessions.insert().values(
                id=new.id, forum_id=forum_id, room=new.room, starts_at=start, ends_at=end, topic=new.topic,
                speakers=list(new.speakers), capacity=body["capacity"], version=1, created_at=self.clock()))
            await s.execute(update(forums).where(forums.c.id == forum_id).values(version=forums.c.version + 1))
            row = (await s.execute(select(forum_sessions).where(forum_sessions.c.id == new.id))).first()
        return _session(row, 0, 0)

    async def register(self, forum_id: str, session_id: str, participant: str, name: str) -> dict:
        now = self.clock()
        async with self.sessions() as s, s.begin():
            await self._row(s, forum_id, lock=True)  # seats of one forum are counted one registration at a time
            sess = await self._session_row(s, forum_id, session_id)
            taken = (await s.execute(select(func.count()).select_from(forum_registrations).where(
                forum_registrations.c.session_id == session_id,
                forum_registrations.c.status == "registered"))).scalar_one()
            try:
                res = await s.execute(forum_registrations.insert().values(
                    session_id=session_id, participant=participant, name=name,
                    status=seat_status(sess.capacity, taken), created_at=now).returning(forum_registrations))
                row = res.first()
            except IntegrityError as exc:
                raise Conflict(f"{participant} is already registered or waiting for session {session_id}",
                               "participant") from exc
            return await self._with_position(s, row)

    async def leave(self, forum_id: str, session_id: str, registration_id: int, participant: str | None) -> dict:
        """Ends a registration (`participant`: the caller's, None for the organiser); a freed seat goes to the
        first in line."""
        now = self.clock()
        async with self.sessions() as s, s.begin():
            await self._row(s, forum_id, lock=True)
            await self._session_row(s, forum_id, session_id)
            row = (await s.execute(select(forum_registrations).where(
                forum_registrations.c.id == registration_id,
                forum_registrations.c.session_id == session_id))).first()
            if row is None or (participant is not None and row.participant != participant):
                raise NotFound(f"no registration {registration_id} for session {session_id}")
            if row.status == "cancelled":
                raise Conflict(f"registration {registration_id} is already cancelled", "registration_id")
            await s.execute(update(forum_registrations).where(forum_registrations.c.id == registration_id)
                            .values(status="cancelled", cancelled_at=now))
            promoted = None
            if row.status == "registered":
                first = (await s.execute(select(forum_registrations).where(
                    forum_registrations.c.session_id == session_id, forum_registrations.c.status == "waiting")
                    .order_by(forum_registrations.c.id).limit(1))).first()
                if first is not None:
                    await s.execute(update(forum_registrations).where(forum_registrations.c.id == first.id)
                                    .values(status="registered", promoted_at=now))
                    promoted = first.id
            out = jsonable((await s.execute(select(forum_registrations).where(
                forum_registrations.c.id == registration_id))).first())
        return {**out, "position": None, "promoted": promoted}

    async def registrations(self, forum_id: str, session_id: str, participant: str | None) -> list[dict]:
        async with self.sessions() as s:
            await self._row(s, forum_id)
            await self._session_row(s, forum_id, session_id)
            # The line is the order of arrival under the forum's lock: the row id, not the request's clock.
            stmt = (select(forum_registrations).where(forum_registrations.c.session_id == session_id)
                    .order_by(forum_registrations.c.id))
            if participant is not None:
                stmt = stmt.where(forum_registrations.c.participant == participant)
            rows = (await s.execute(stmt)).all()
            return [await self._with_position(s, r) for r in rows]

    async def programme_ics(self, forum_id: str) -> bytes:
        forum = await self.forum(forum_id)
        cal = Calendar()
        cal.add("prodid", "-//OVOP Network//Forum programme//EN")
        cal.add("version", "2.0")
        cal.add("calscale", "GREGORIAN")
        cal.add("method", "PUBLISH")
        cal.add("x-wr-calname", forum["name"])
        cal.add("x-wr-timezone", forum["timezone"])
        zone, stamp = ZoneInfo(forum["timezone"]), datetime.now(timezone.utc)
        for x in forum["sessions"]:
            ev = Event()
            ev.add("uid", f"{x['id']}@{forum_id}.forums.ovop.asean.example")
            ev.add("dtstamp", stamp)
            ev.add("dtstart", datetime.fromisoformat(x["starts_at"]).replace(tzinfo=zone))
            ev.add("dtend", datetime.fromisoformat(x["ends_at"]).replace(tzinfo=zone))
            ev.add("summary", x["topic"])
            ev.add("location", f"{x['room']}, {forum['venue']['name']}")
            ev.add("description", "Speakers: " + ", ".join(x["speakers"]) +
                   f"\nSeats: {x['registered']}/{x['capacity']}" + (f", {x['waiting']} waiting" if x["waiting"] else ""))
            ev.add("sequence", x["version"] - 1)
            ev.add("status", "CONFIRMED")
            cal.add_component(ev)
        cal.add_missing_timezones()
        return cal.to_ical()

    async def _session_row(self, s: AsyncSession, forum_id: str, session_id: str):
        row = (await s.execute(select(forum_sessions).where(forum_sessions.c.id == session_id,
                                                            forum_sessions.c.forum_id == forum_id))).first()
        if row is None:
            raise NotFound(f"no session {session_id} in forum {forum_id}")
        return row

    async def _with_position(self, s: AsyncSession, row) -> dict:
        out = jsonable(row)
        out["position"] = None
        if row.status == "waiting":
            out["position"] = 1 + (await s.execute(select(func.count()).select_from(forum_registrations).where(
                forum_registrations.c.session_id == row.session_id, forum_registrations.c.status == "waiting",
                forum_registrations.c.id < row.id))).scalar_one()
        return out


def _public(r) -> dict:
    out = jsonable(r)
    out.pop("owner")
    return out


def _session(x, registered: int, waiting: int) -> dict:
    out = jsonable(x)
    out["starts_at"], out["ends_at"] = x.starts_at.isoformat(), x.ends_at.isoformat()  # venue wall clock
    return {**out, "registered": registered, "waiting": waiting, "full": registered >= x.capacity}
