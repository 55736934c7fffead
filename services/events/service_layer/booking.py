"""Booth bookings, cancellations, the waitlist and its time-limited holds.

Two guards keep one exhibitor per booth: the fair's row is locked for the whole booking (so quota counts
cannot race), and the booth changes only by `UPDATE booths ... WHERE status = 'free'`, behind a unique index
on active bookings per booth. A cancelled booth goes to the first waiting application in priority order as a
hold; `lapse_holds` (run by the service's background sweeper) ends holds whose time is up and offers the booth
to the next one.
"""
from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import and_, func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from services.events.adapters.orm import applications, booths, bookings, meetings, waitlist
from services.events.domain.fairs import ApplicationStatus, Conflict, RuleBroken, check_can_hold_booth
from services.events.service_layer.common import NotFound, aware, event, fair_row, jsonable, rules_of, utcnow
from services.events.service_layer.meetings import meeting_event
from shared.contracts.events import (BOOKING_CANCELLED, BOOKINGS_TOPIC, BOOTH_BOOKED, BOOTH_HOLD_LAPSED,
                                     BOOTH_OFFERED, MEETING_CANCELLED, MEETINGS_TOPIC, BookingChanged, BoothOffer)
from shared.outbox import Outbox


class BookingService:
    def __init__(self, sessions: async_sessionmaker[AsyncSession], outbox: Outbox, clock=utcnow) -> None:
        self.sessions, self.outbox, self.clock = sessions, outbox, clock

    async def book(self, fair_id: str, application_id: str, booth_code: str | None) -> dict:
        try:
            async with self.sessions() as s, s.begin():
                fair = await fair_row(s, fair_id, lock=True)
                app = await self._application(s, fair_id, application_id)
                check_can_hold_booth(ApplicationStatus(app.status))
                held = await self._active_booking(s, application_id)
                if held is not None:
                    raise Conflict(f"application {application_id} already holds booth {held.booth_code}", "application_id")
                await self._check_quota(s, fair, app.country)
                codes = [booth_code] if booth_code else list(app.booth_preferences)
                booking = None
                for code in codes:
                    booth = (await s.execute(select(booths).where(booths.c.fair_id == fair_id,
                                                                  booths.c.code == code))).first()
                    if booth is None:
                        raise RuleBroken([{"field": "booth_code", "reason": f"the fair has no booth {code}"}])
                    if booth.zone and booth.zone not in app.groups:
                        if booth_code:
                            raise RuleBroken([{"field": "booth_code", "reason":
                                               f"booth {code} is in the {booth.zone} zone; the application shows "
                                               f"{', '.join(app.groups)}"}])
                        continue
                    taken = await s.execute(update(booths).where(booths.c.id == booth.id, booths.c.status == "free")
                                            .values(status="booked", application_id=application_id))
                    if taken.rowcount == 1:
                        booking = await self._insert_booking(s, fair_id, booth, app)
                        break
                    if booth_code:
                        raise Conflict(f"booth {code} is already taken", "booth_code")
                if booking is None:
                    # No booth named, or none of the preferences free: the best free booth of the exhibitor's zone.
                    for booth in await self._free_booths_for(s, fair_id, app.groups):
                        taken = await s.execute(update(booths).where(booths.c.id == booth.id,
                                                                     booths.c.status == "free")
                                                .values(status="booked", application_id=application_id))
                        if taken.rowcount == 1:
                            booking = await self._insert_booking(s, fair_id, booth, app)
                            break
                    else:
                        raise Conflict(f"no free booth is left for {', '.join(app.groups)} (the zone of the "
                                       "exhibitor's products, or unzoned); join the waitlist", "booth_code")
        except IntegrityError as exc:  # the unique index caught what the lock would have: still a conflict
            raise Conflict("the booth or the application already has an active booking") from exc
        self.outbox.notify()
        return booking

    async def _free_booths_for(self, s: AsyncSession, fair_id: str, groups: list[str]) -> list:
        """Free booths an exhibitor of `groups` may take, best first: a booth zoned for its products before an
        unzoned one, then island, corner, inline, then the larger, then by code."""
        rows = (await s.execute(select(booths).where(booths.c.fair_id == fair_id, booths.c.status == "free"))).all()
        kind = {"island": 0, "corner": 1, "inline": 2}
        fit = [b for b in rows if b.zone is None or b.zone in groups]
        return sorted(fit, key=lambda b: (b.zone is None, kind.get(b.type, 3), -float(b.size_m2), b.code))

    async def move(self, fair_id: str, booking_id: int, booth_code: str) -> dict:
        """Moves an active booking to another free booth of the exhibitor's zone; its meetings follow to the
        new booth (published as moved) and the old booth goes to the waitlist."""
        now = self.clock()
        async with self.sessions() as s, s.begin():
            fair = await fair_row(s, fair_id, lock=True)
            row = (await s.execute(select(bookings).where(bookings.c.id == booking_id,
                                                          bookings.c.fair_id == fair_id))).first()
            if row is None:
                raise NotFound(f"no booking {booking_id} at fair {fair_id}")
            if row.status != "active":
                raise Conflict(f"booking {booking_id} is {row.status}; only an active booking moves", "booking_id")
            app = await self._application(s, fair_id, row.application_id)
            target = (await s.execute(select(booths).where(booths.c.fair_id == fair_id,
                                                           booths.c.code == booth_code))).first()
            if target is None:
                raise RuleBroken([{"field": "booth_code", "reason": f"the fair has no booth {booth_code}"}])
            if target.zone and target.zone not in app.groups:
                raise RuleBroken([{"field": "booth_code", "reason": f"booth {booth_code} is in the {target.zone} "
                                   f"zone; the application shows {', '.join(app.groups)}"}])
            taken = await s.execute(update(booths).where(booths.c.id == target.id, booths.c.status == "free")
                                    .values(status="booked", application_id=app.id))
            if taken.rowcount != 1:
                raise Conflict(f"booth {booth_code} is {target.status}", "booth_code")
            await s.execute(update(booths).where(booths.c.id == row.booth_id).values(status="free", application_id=None))
            await s.execute(update(bookings).where(bookings.c.id == booking_id).values(
                booth_id=target.id, booth_code=target.code, version=row.version + 1))
            data = BookingChanged(id=str(row.id), fair_id=fair_id, version=row.version + 1,
                                  application_id=row.application_id, booth_code=target.code, country=row.country,
                                  status="active")
            await self.outbox.add(s, BOOKINGS_TOPIC, str(row.id),
                                  event(BOOTH_BOOKED, str(row.id), data.model_dump(mode="json")))
            ids = list((await s.execute(select(meetings.c.id).where(
                meetings.c.fair_id == fair_id, meetings.c.application_id == app.id,
                meetings.c.status == "scheduled"))).scalars())
            if ids:
                await s.execute(update(meetings).where(meetings.c.id.in_(ids)).values(booth_code=target.code))
                from services.events.service_layer.editing import restamp_meetings
                await restamp_meetings(s, self.outbox, fair, only=ids)
            old = (await s.execute(select(booths).where(booths.c.id == row.booth_id))).first()
            await self._offer_next(s, fair, old, now)
            result = jsonable((await s.execute(select(bookings).where(bookings.c.id == booking_id))).first())
        self.outbox.notify()
        return {**result, "moved_from": row.booth_code, "meetings_moved": len(ids)}

    async def cancel(self, fair_id: str, booking_id: int, by: str = "") -> dict:
        now = self.clock()
        async with self.sessions() as s, s.begin():
            fair = await fair_row(s, fair_id, lock=True)
            row = (await s.execute(select(bookings).where(bookings.c.id == booking_id,
                                                          bookings.c.fair_id == fair_id))).first()
            if row is None:
                raise NotFound(f"no booking {booking_id} at fair {fair_id}")
            if row.status != "active":
                raise Conflict(f"booking {booking_id} is already {row.status}")
            await s.execute(update(bookings).where(bookings.c.id == booking_id).values(
                status="cancelled", cancelled_at=now, cancelled_by=by, version=row.version + 1))
            await s.execute(update(booths).where(booths.c.id == row.booth_id).values(status="free", application_id=None))
            data = BookingChanged(id=str(row.id), fair_id=fair_id, version=row.version + 1,
                                  application_id=row.application_id, booth_code=row.booth_code, country=row.country,
                                  status="cancelled")
            await self.outbox.add(s, BOOKINGS_TOPIC, str(row.id),
                                  event(BOOKING_CANCELLED, str(row.id), data.model_dump(mode="json")))
            dropped = await self._cancel_meetings(s, fair_id, row.application_id)
            booth = (await s.execute(select(booths).where(booths.c.id == row.booth_id))).first()
            offer = await self._offer_next(s, fair, booth, now)
            result = {**jsonable(row), "status": "cancelled", "version": row.version + 1, "offered_to": offer,
                      "meetings_cancelled": dropped, "cancelled_at": now.isoformat(), "cancelled_by": by}
        self.outbox.notify()
        return result

    async def join_waitlist(self, fair_id: str, application_id: str, priority: int) -> dict:
        now = self.clock()
        async with self.sessions() as s, s.begin():
            await fair_row(s, fair_id, lock=True)
            app = await self._application(s, fair_id, application_id)
            check_can_hold_booth(ApplicationStatus(app.status))
            if await self._active_booking(s, application_id) is not None:
                raise Conflict(f"application {application_id} already holds a booth")
            on = (await s.execute(select(waitlist.c.id).where(
                waitlist.c.application_id == application_id, waitlist.c.status.in_(["waiting", "offered"])))).first()
            if on:
                raise Conflict(f"application {application_id} is already on the waitlist ({on.id})")
            res = await s.execute(waitlist.insert().values(fair_id=fair_id, application_id=application_id,
                                                           priority=priority, joined_at=now, status="waiting")
                                  .returning(waitlist))
            return jsonable(res.first())

    async def waitlist(self, fair_id: str) -> list[dict]:
        async with self.sessions() as s:
            rows = (await s.execute(select(waitlist, booths.c.code.label("booth_code"))
                                    .outerjoin(booths, booths.c.id == waitlist.c.booth_id)
                                    .where(waitlist.c.fair_id == fair_id)
                                    .order_by(waitlist.c.priority.desc(), waitlist.c.joined_at, waitlist.c.id))).all()
        return [jsonable(r) for r in rows]

    async def accept_offer(self, fair_id: str, entry_id: int) -> dict:
        now = self.clock()
        async with self.sessions() as s, s.begin():
            await fair_row(s, fair_id, lock=True)
            entry = (await s.execute(select(waitlist).where(waitlist.c.id == entry_id,
                                                            waitlist.c.fair_id == fair_id))).first()
            if entry is None:
                raise NotFound(f"no waitlist entry {entry_id} at fair {fair_id}")
            if entry.status != "offered":
                raise Conflict(f"waitlist entry {entry_id} is {entry.status}, not offered a booth")
            if aware(entry.expires_at) <= now:
                raise Conflict(f"the hold on the booth lapsed at {aware(entry.expires_at).isoformat()}")
            app = await self._application(s, fair_id, entry.application_id)
            booth = (await s.execute(select(booths).where(booths.c.id == entry.booth_id))).first()
            taken = await s.execute(update(booths).where(
                booths.c.id == booth.id, booths.c.status == "held", booths.c.application_id == app.id)
                .values(status="booked"))
            if taken.rowcount != 1:
                raise Conflict(f"booth {booth.code} is no longer held for application {app.id}")
            await s.execute(update(waitlist).where(waitlist.c.id == entry_id).values(status="accepted"))
            booking = await self._insert_booking(s, fair_id, booth, app)
        self.outbox.notify()
        return booking

    async def lapse_holds(self) -> int:
        """Ends every hold whose time is up and offers its booth to the next on the waitlist."""
        now = self.clock()
        async with self.sessions() as s:
            due = (await s.execute(select(waitlist.c.id, waitlist.c.fair_id).where(
                waitlist.c.status == "offered", waitlist.c.expires_at <= now))).all()
        for entry_id, fair_id in due:
            async with self.sessions() as s, s.begin():
                fair = await fair_row(s, fair_id, lock=True)
                entry = (await s.execute(select(waitlist).where(waitlist.c.id == entry_id))).first()
                if entry.status != "offered":  # accepted or lapsed meanwhile
                    continue
                await s.execute(update(waitlist).where(waitlist.c.id == entry_id).values(status="lapsed"))
                await s.execute(update(booths).where(booths.c.id == entry.booth_id, booths.c.status == "held")
                                .values(status="free", application_id=None))
                booth = (await s.execute(select(booths).where(booths.c.id == entry.booth_id))).first()
                data = BoothOffer(id=str(entry_id), fair_id=fair_id, version=2, application_id=entry.application_id,
                                  booth_code=booth.code, status="lapsed", expires_at=aware(entry.expires_at))
                await self.outbox.add(s, BOOKINGS_TOPIC, f"waitlist-{entry_id}",
                                      event(BOOTH_HOLD_LAPSED, str(entry_id), data.model_dump(mode="json")))
                await self._offer_next(s, fair, booth, now)
        if due:
            self.outbox.notify()
        return len(due)

    async def bookings(self, fair_id: str, *, status: str | None = None, zone: str | None = None,
                       country: str | None = None) -> list[dict]:
        async with self.sessions() as s:
            await fair_row(s, fair_id)
            stmt = (select(bookings, booths.c.zone, booths.c.hall).join(booths, booths.c.id == bookings.c.booth_id)
                    .where(bookings.c.fair_id == fair_id).order_by(bookings.c.id))
            if status:
                stmt = stmt.where(bookings.c.status == status)
            if zone:
                stmt = stmt.where(booths.c.zone == zone)
            if country:
                stmt = stmt.where(bookings.c.country == country)
            rows = (await s.execute(stmt)).all()
        return [jsonable(r) for r in rows]

    # -- inside a transaction ---------------------------------------------------------------------
    async def _offer_next(self, s: AsyncSession, fair, booth, now: datetime) -> dict | None:
        if booth.status != "free":
            return None
        waiting = (await s.execute(select(waitlist, applications.c.status.label("app_status"),
                                          applications.c.country, applications.c.groups)
                                   .join(applications, applications.c.id == waitlist.c.application_id)
                                   .where(waitlist.c.fair_id == fair.id, waitlist.c.status == "waiting")
                                   .order_by(waitlist.c.priority.desc(), waitlist.c.joined_at, waitlist.c.id))).all()
        for w in waiting:
            if w.app_status != "approved" or (booth.zone and booth.zone not in w.groups):
                continue
            if await self._active_booking(s, w.application_id) is not None:
                continue
            try:
                await self._check_quota(s, fair, w.country)
            except RuleBroken:
                continue
            expires = now + timedelta(seconds=fair.waitlist_hold_seconds)
            await s.execute(update(booths).where(booths.c.id == booth.id, booths.c.status == "free")
                            .values(status="held", application_id=w.application_id))
            await s.execute(update(waitlist).where(waitlist.c.id == w.id).values(
                status="offered", booth_id=booth.id, offered_at=now, expires_at=expires))
            data = BoothOffer(id=str(w.id), fair_id=fair.id, version=1, application_id=w.application_id,
                              booth_code=booth.code, status="offered", expires_at=expires)
            await self.outbox.add(s, BOOKINGS_TOPIC, f"waitlist-{w.id}",
                                  event(BOOTH_OFFERED, str(w.id), data.model_dump(mode="json")))
            return {"waitlist_id": w.id, "application_id": w.application_id, "expires_at": expires.isoformat()}
        return None

    async def _cancel_meetings(self, s: AsyncSession, fair_id: str, application_id: str) -> int:
        """An exhibitor without a booth has nowhere to meet: its scheduled meetings are cancelled."""
        rows = (await s.execute(select(meetings).where(meetings.c.fair_id == fair_id, meetings.c.status == "scheduled",
                                                       meetings.c.application_id == application_id))).all()
        if rows:
            await s.execute(update(meetings).where(meetings.c.id.in_([r.id for r in rows]))
                            .values(status="cancelled", version=meetings.c.version + 1))
            await self.outbox.add_many(s, [(MEETINGS_TOPIC, r.id, meeting_event(
                MEETING_CANCELLED, {**dict(r._mapping), "status": "cancelled", "version": r.version + 1}))
                for r in rows])
        return len(rows)

    async def _insert_booking(self, s: AsyncSession, fair_id: str, booth, app) -> dict:
        res = await s.execute(bookings.insert().values(
            fair_id=fair_id, booth_id=booth.id, booth_code=booth.code, application_id=app.id, country=app.country,
            status="active", version=1, created_at=self.clock()).returning(bookings))
        row = res.first()
        data = BookingChanged(id=str(row.id), fair_id=fair_id, version=1, application_id=app.id,
                              booth_code=booth.code, country=app.country, status="active")
        await self.outbox.add(s, BOOKINGS_TOPIC, str(row.id), event(BOOTH_BOOKED, str(row.id), data.model_dump(mode="json")))
        return jsonable(row)

    async def _application(self, s: AsyncSession, fair_id: str, application_id: str):
        app = (await s.execute(select(applications).where(applications.c.id == application_id,
                                                          applications.c.fair_id == fair_id))).first()
        if app is None:
            raise NotFound(f"no application {application_id} to fair {fair_id}")
        return app

    async def _active_booking(self, s: AsyncSession, application_id: str):
        return (await s.execute(select(bookings).where(bookings.c.application_id == application_id,
                                                       bookings.c.status == "active"))).first()

    async def _check_quota(self, s: AsyncSession, fair, country: str) -> None:
        """Booths booked or held for one country never exceed the fair's quota per country."""
        quota = rules_of(fair).quota_per_country
        if quota is None:
            return
        booked = (await s.execute(select(func.count()).select_from(bookings).where(
            bookings.c.fair_id == fair.id, bookings.c.country == country, bookings.c.status == "active"))).scalar_one()
        held = (await s.execute(select(func.count()).select_from(waitlist).join(
            applications, and_(applications.c.id == waitlist.c.application_id)).where(
            waitlist.c.fair_id == fair.id, waitlist.c.status == "offered", applications.c.country == country))).scalar_one()
        if booked + held >= quota:
            raise RuleBroken([{"field": "application_id",
                               "reason": f"the quota of {quota} booths for {country} is reached"}])
