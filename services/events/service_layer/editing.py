"""What organisers change after a fair is created: its name, dates, venue, time zone, application window,
quotas and caps (one PATCH with If-Match), its booths, and an exhibitor's booth.

Each change is either refused with the reason (it would break a booking or a meeting) or carried through in
the same transaction: moved meetings get a higher version, are published as `meeting.moved` and show in the
participants' agenda feeds with the same UID and a higher SEQUENCE.
"""
from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone

from sqlalchemy import and_, func, select, update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from services.events.adapters.orm import applications, booths, bookings, buyers, fairs, meetings, waitlist
from services.events.domain.fairs import Conflict, RuleBroken
from services.events.service_layer.common import NotFound, aware, fair_row, programme_of, utcnow
from services.events.service_layer.meetings import meeting_event
from shared.contracts.events import MEETING_MOVED, MEETINGS_TOPIC
from shared.outbox import Outbox
from shared.preconditions import check_version


def _shift_intervals(items: list[dict] | None, days: int) -> list[dict] | None:
    if not items or not days:
        return items
    d = timedelta(days=days)
    return [{"start": (datetime.fromisoformat(str(i["start"])) + d).isoformat(),
             "end": (datetime.fromisoformat(str(i["end"])) + d).isoformat()} for i in items]


class EditService:
    def __init__(self, sessions: async_sessionmaker[AsyncSession], outbox: Outbox, clock=utcnow) -> None:
        self.sessions, self.outbox, self.clock = sessions, outbox, clock

    async def edit_fair(self, fair_id: str, changes: dict, expected_version: int) -> dict:
        """`changes`: the JSON form of the fields sent. Returns what was carried through."""
        async with self.sessions() as s, s.begin():
            fair = await fair_row(s, fair_id, lock=True)
            check_version(f"fair {fair_id}", fair.version, expected_version)
            values: dict = {}
            for k in ("name", "organiser", "venue", "timezone", "max_meetings_per_participant", "waitlist_hold_seconds"):
                if k in changes:
                    values[k] = changes[k]
            if "application_window" in changes:
                w = changes["application_window"]
                values["window_opens_at"] = datetime.fromisoformat(w["opens_at"]).astimezone(timezone.utc)
                values["window_closes_at"] = datetime.fromisoformat(w["closes_at"]).astimezone(timezone.utc)
            if "eligibility" in changes:
                values["rules"] = {**fair.rules, **changes["eligibility"]}
                await self._check_quota(s, fair, values["rules"].get("quota_per_country"))
            if "max_meetings_per_participant" in changes:
                await self._check_cap(s, fair_id, changes["max_meetings_per_participant"])
            shift = 0
            starts_on, ends_on = fair.starts_on, fair.ends_on
            if "starts_on" in changes:
                starts_on = date.fromisoformat(changes["starts_on"])
                shift = (starts_on - fair.starts_on).days
                # Moving the first day moves the whole fair: its last day too, unless a new one is given.
                ends_on = fair.ends_on + timedelta(days=shift)
            if "ends_on" in changes:
                ends_on = date.fromisoformat(changes["ends_on"])
            if ends_on < starts_on:
                raise RuleBroken([{"field": "ends_on", "reason": f"{ends_on} is before starts_on {starts_on}"}])
            programme = dict(fair.programme)
            if shift:
                programme["sessions"] = [{**x, "start": (datetime.fromisoformat(x["start"]) + timedelta(days=shift))
                                          .isoformat()} for x in programme["sessions"]]
                values["programme"] = programme
            if starts_on != fair.starts_on or ends_on != fair.ends_on:
                values.update(starts_on=starts_on, ends_on=ends_on)
                self._check_sessions_within(programme, starts_on, ends_on)
            values["version"] = fair.version + 1
            await s.execute(update(fairs).where(fairs.c.id == fair_id).values(**values))
            if shift:
                # Buyers' and exhibitors' hours move with the fair; their slots (indices) stay the same.
                for row in (await s.execute(select(buyers.c.id, buyers.c.availability)
                                            .where(buyers.c.fair_id == fair_id))).all():
                    await s.execute(update(buyers).where(buyers.c.id == row.id)
                                    .values(availability=_shift_intervals(row.availability, shift)))
                for row in (await s.execute(select(applications.c.id, applications.c.availability)
                                            .where(applications.c.fair_id == fair_id,
                                                   applications.c.availability.is_not(None)))).all():
                    await s.execute(update(applications).where(applications.c.id == row.id)
                                    .values(availability=_shift_intervals(row.availability, shift)))
            new = await fair_row(s, fair_id)
            moved = await restamp_meetings(s, self.outbox, new, relocated="venue" in changes)
        self.outbox.notify()
        return {"version": fair.version + 1, "meetings_moved": moved, "days_shifted": shift}

    @staticmethod
    def _check_sessions_within(programme: dict, starts_on: date, ends_on: date) -> None:
        first, last = datetime.combine(starts_on, time()), datetime.combine(ends_on + timedelta(days=1), time())
        slot = timedelta(minutes=programme["slot_minutes"])
        for i, x in enumerate(programme["sessions"]):
            start = datetime.fromisoformat(x["start"])
            if start < first or start + x["slots"] * slot > last:
                raise Conflict(f"meeting session {i} ({start:%Y-%m-%d %H:%M}) would fall outside the fair's days "
                               f"{starts_on}..{ends_on}; move starts_on to move the whole fair", "ends_on")

    async def _check_quota(self, s: AsyncSession, fair, quota: int | None) -> None:
        if quota is None:
            return
        booked = dict((await s.execute(select(bookings.c.country, func.count()).where(
            bookings.c.fair_id == fair.id, bookings.c.status == "active").group_by(bookings.c.country))).all())
        held = dict((await s.execute(select(applications.c.country, func.count()).select_from(waitlist).join(
            applications, and_(applications.c.id == waitlist.c.application_id)).where(
            waitlist.c.fair_id == fair.id, waitlist.c.status == "offered").group_by(applications.c.country))).all())
        over = sorted(c for c in set(booked) | set(held) if booked.get(c, 0) + held.get(c, 0) > quota)
        if over:
            c = over[0]
            raise Conflict(f"{c} already has {booked.get(c, 0) + held.get(c, 0)} booths booked or held; a quota of "
                           f"{quota} would break those bookings (cancel some first)", "eligibility.quota_per_country")

    async def _check_cap(self, s: AsyncSession, fair_id: str, cap: int) -> None:
        live = and_(meetings.c.fair_id == fair_id, meetings.c.status == "scheduled")
        for col, who in ((meetings.c.buyer_id, "buyer"), (meetings.c.application_id, "exhibitor")):
            top = (await s.execute(select(col, func.count().label("n")).where(live).group_by(col)
                                   .order_by(func.count().desc()).limit(1))).first()
            if top is not None and top.n > cap:
                raise Conflict(f"{who} {top[0]} already has {top.n} meetings scheduled; a cap of {cap} would break "
                               "them (cancel some first)", "max_meetings_per_participant")

    # -- booths ---------------------------------------------------------------------------------
    async def add_booth(self, fair_id: str, hall: str, booth: dict) -> dict:
        async with self.sessions() as s, s.begin():
            await fair_row(s, fair_id, lock=True)
            there = (await s.execute(select(booths.c.id).where(booths.c.fair_id == fair_id,
                                                               booths.c.code == booth["code"]))).first()
            if there:
                raise Conflict(f"the fair already has a booth {booth['code']}", "code")
            res = await s.execute(booths.insert().values(
                fair_id=fair_id, hall=hall, code=booth["code"], size_m2=booth["size_m2"], type=booth["type"],
                zone=booth.get("zone"), price=booth["price"], currency=booth["currency"], status="free")
                .returning(booths))
            await _bump(s, fair_id)
            return dict(res.first()._mapping)

    async def change_booth(self, fair_id: str, code: str, changes: dict, expected_version: int) -> tuple[dict, int]:
        """Size, type, price and currency change freely; a zone change is refused while the booth is booked or
        held by an exhibitor whose products are not of the new zone's group. A booth is a part of its fair: the
        change is based on the fair's version (412 when it has moved on) and makes the next one, returned too."""
        async with self.sessions() as s, s.begin():
            fair = await fair_row(s, fair_id, lock=True)
            booth = (await s.execute(select(booths).where(booths.c.fair_id == fair_id, booths.c.code == code))).first()
            if booth is None:
                raise NotFound(f"no booth {code} at fair {fair_id}")
            check_version(f"fair {fair_id}", fair.version, expected_version)
            if changes.get("zone") and booth.application_id:
                groups = (await s.execute(select(applications.c.groups).where(
                    applications.c.id == booth.application_id))).scalar_one()
                if changes["zone"] not in groups:
                    raise Conflict(f"booth {code} is {booth.status} by an exhibitor of {', '.join(groups)}; it cannot "
                                   f"move to the {changes['zone']} zone (move the exhibitor first)", "zone")
            await s.execute(update(booths).where(booths.c.id == booth.id).values(**changes))
            await _bump(s, fair_id)
            return dict((await s.execute(select(booths).where(booths.c.id == booth.id))).first()._mapping), \
                fair.version + 1

    async def remove_booth(self, fair_id: str, code: str) -> None:
        async with self.sessions() as s, s.begin():
            await fair_row(s, fair_id, lock=True)
            booth = (await s.execute(select(booths).where(booths.c.fair_id == fair_id, booths.c.code == code))).first()
            if booth is None:
                raise NotFound(f"no booth {code} at fair {fair_id}")
            if booth.status != "free":
                raise Conflict(f"booth {code} is {booth.status}; move or cancel its booking first", "code")
            used = (await s.execute(select(func.count()).select_from(bookings).where(
                bookings.c.booth_id == booth.id))).scalar_one()
            used += (await s.execute(select(func.count()).select_from(waitlist).where(
                waitlist.c.booth_id == booth.id))).scalar_one()
            if used:
                raise Conflict(f"booth {code} has a booking history; it stays (it is free to book)", "code")
            await s.execute(booths.delete().where(booths.c.id == booth.id))
            await _bump(s, fair_id)


async def _bump(s: AsyncSession, fair_id: str) -> None:
    await s.execute(update(fairs).where(fairs.c.id == fair_id).values(version=fairs.c.version + 1))


async def restamp_meetings(s: AsyncSession, outbox: Outbox, fair, *, relocated: bool = False,
                           only: list[str] | None = None) -> int:
    """Puts every scheduled meeting of the fair at its slot's time under the fair's current programme and time
    zone; a meeting whose time changed (or every one, when the venue changed: `relocated`) gets a higher
    version and is published as moved."""
    prog = programme_of(fair)
    starts = prog.slot_starts()
    stmt = select(meetings).where(meetings.c.fair_id == fair.id, meetings.c.status == "scheduled")
    if only is not None:
        stmt = stmt.where(meetings.c.id.in_(only))
    moved = []
    for m in (await s.execute(stmt)).all():
        start = starts[m.slot].astimezone(timezone.utc)
        if aware(m.starts_at) == start and not relocated and only is None:
            continue
        end = start + timedelta(minutes=prog.slot_minutes)
        await s.execute(update(meetings).where(meetings.c.id == m.id).values(
            starts_at=start, ends_at=end, version=m.version + 1, reminded_at=None))
        moved.append({**dict(m._mapping), "starts_at": start, "ends_at": end, "version": m.version + 1})
    if moved:
        await outbox.add_many(s, [(MEETINGS_TOPIC, r["id"], meeting_event(MEETING_MOVED, r)) for r in moved])
    return len(moved)
