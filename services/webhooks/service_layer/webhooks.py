"""Use cases of the webhooks service: subscriptions (their owner's only), fanning events out into deliveries,
and sending due deliveries with retries."""
from __future__ import annotations

import asyncio
import base64
import json
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from sqlalchemy import func, insert, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from services.webhooks.adapters.orm import attempts, deliveries, rfq_buyers, subscriptions
from services.webhooks.adapters.sender import Sender, check_url
from services.webhooks.domain.subscriptions import (MATCH_TYPES, RFQ_TYPES, Backoff, Owner, Subscription,
                                                    delivered, payload_for, signing_secrets)
from shared.auth import Role

# A claimed delivery is not picked again for this long, so two dispatchers never send it at once.
CLAIM_LEASE = timedelta(seconds=60)


class NotFound(Exception):
    pass


@dataclass(frozen=True)
class Event:
    id: str
    type: str
    time: datetime
    data: dict


def _now() -> datetime:
    return datetime.now(timezone.utc)


def _utc(value: datetime | None) -> datetime | None:
    return value if value is None or value.tzinfo else value.replace(tzinfo=timezone.utc)


def _subscription(row) -> Subscription:
    return Subscription(row.id, Owner(row.owner_client_id, Role(row.owner_role), row.owner_country,
                                      row.owner_producer_id), row.url, frozenset(row.event_types), _utc(row.created_at))


def new_secret() -> str:
    return "whsec_" + base64.b64encode(secrets.token_bytes(32)).decode()


class Webhooks:
    def __init__(self, sessions: async_sessionmaker[AsyncSession], allow_loopback: bool,
                 backoff: Backoff = Backoff()) -> None:
        self.sessions, self.allow_loopback, self.backoff = sessions, allow_loopback, backoff

    # -- subscriptions ---------------------------------------------------------------------------
    async def subscribe(self, owner: Owner, url: str, event_types: list[str], description: str | None) -> tuple[dict, str]:
        await check_url(url, self.allow_loopback)
        sub_id, secret = f"whs_{secrets.token_hex(10)}", new_secret()
        row = dict(id=sub_id, owner_client_id=owner.client_id, owner_role=owner.role.value,
                   owner_country=owner.country, owner_producer_id=owner.producer_id, url=url,
                   event_types=sorted(set(event_types)), description=description, secret=secret, created_at=_now())
        async with self.sessions() as s, s.begin():
            await s.execute(insert(subscriptions).values(**row))
        return await self.get(owner, sub_id), secret

    async def _owned(self, s: AsyncSession, owner: Owner, sub_id: str, for_update: bool = False):
        query = select(subscriptions).where(subscriptions.c.id == sub_id,
                                            subscriptions.c.owner_client_id == owner.client_id)
        row = (await s.execute(query.with_for_update() if for_update else query)).first()
        if row is None:
            raise NotFound(f"no webhook subscription {sub_id} of this client")
        return row

    @staticmethod
    def _public(row) -> dict:
        until = _utc(row.previous_secret_until)
        return {"id": row.id, "url": row.url, "event_types": list(row.event_types), "description": row.description,
                "created_at": _utc(row.created_at), "secret_rotated_at": _utc(row.secret_rotated_at),
                "previous_secret_expires_at": until if row.previous_secret and until and until > _now() else None}

    async def rotate_secret(self, owner: Owner, sub_id: str, keep_previous: timedelta) -> tuple[dict, str]:
        """A new signing secret; the current one signs beside it for `keep_previous` (nothing of it is kept
        after a rotation with no overlap, or after a second rotation: only the latest previous one signs)."""
        secret, now = new_secret(), _now()
        async with self.sessions() as s, s.begin():
            row = await self._owned(s, owner, sub_id, for_update=True)
            previous = row.secret if keep_previous > timedelta(0) else None
            await s.execute(update(subscriptions).where(subscriptions.c.id == sub_id).values(
                secret=secret, previous_secret=previous, previous_secret_until=now + keep_previous if previous else None,
                secret_rotated_at=now))
        return await self.get(owner, sub_id), secret

    async def get(self, owner: Owner, sub_id: str) -> dict:
        async with self.sessions() as s:
            return self._public(await self._owned(s, owner, sub_id))

    async def list(self, owner: Owner, limit: int, offset: int) -> tuple[list[dict], int]:
        mine = subscriptions.c.owner_client_id == owner.client_id
        async with self.sessions() as s:
            rows = (await s.execute(select(subscriptions).where(mine).order_by(subscriptions.c.created_at.desc(),
                                                                                subscriptions.c.id)
                                    .limit(limit).offset(offset))).all()
            total = (await s.execute(select(func.count()).select_from(subscriptions).where(mine))).scalar_one()
        return [self._public(r) for r in rows], total

    async def unsubscribe(self, owner: Owner, sub_id: str) -> None:
        async with self.sessions() as s, s.begin():
            await self._owned(s, owner, sub_id)
            await s.execute(deliveries.delete().where(deliveries.c.subscription_id == sub_id))
            await s.execute(subscriptions.delete().where(subscriptions.c.id == sub_id))

    # -- the delivery log ------------------------------------------------------------------------
    @staticmethod
    def _delivery(row, tries: list | None = None) -> dict:
        out = {"id": row.id, "subscription_id": row.subscription_id, "event_id": row.event_id,
               "event_type": row.event_type, "status": row.status, "attempts": row.attempts,
               "next_attempt_at": _utc(row.next_attempt_at), "last_status": row.last_status,
               "last_error": row.last_error, "created_at": _utc(row.created_at),
               "delivered_at": _utc(row.delivered_at), "payload": json.loads(row.payload)}
        if tries is not None:
            out["attempt_log"] = [{"attempt": t.attempt, "at": _utc(t.at), "status": t.status, "error": t.error,
                                   "duration_ms": t.duration_ms} for t in tries]
        return out

    async def deliveries(self, owner: Owner, sub_id: str, status: str | None, limit: int,
                         offset: int) -> tuple[list[dict], int]:
        where = [deliveries.c.subscription_id == sub_id] + ([deliveries.c.status == status] if status else [])
        async with self.sessions() as s:
            await self._owned(s, owner, sub_id)
            rows = (await s.execute(select(deliveries).where(*where).order_by(deliveries.c.created_at.desc(),
                                                                               deliveries.c.id)
                                    .limit(limit).offset(offset))).all()
            total = (await s.execute(select(func.count()).select_from(deliveries).where(*where))).scalar_one()
        return [self._delivery(r) for r in rows], total

    async def delivery(self, owner: Owner, sub_id: str, delivery_id: str) -> dict:
        async with self.sessions() as s:
            await self._owned(s, owner, sub_id)
            row = (await s.execute(select(deliveries).where(deliveries.c.id == delivery_id,
                                                            deliveries.c.subscription_id == sub_id))).first()
            if row is None:
                raise NotFound(f"no delivery {delivery_id} in subscription {sub_id}")
            tries = (await s.execute(select(attempts).where(attempts.c.delivery_id == delivery_id)
                                     .order_by(attempts.c.attempt))).all()
        return self._delivery(row, tries)

    async def redeliver(self, owner: Owner, sub_id: str, delivery_id: str) -> dict:
        """Sends a delivery again (delivered, failed or waiting): it goes out at once, with the same webhook-id."""
        async with self.sessions() as s, s.begin():
            await self._owned(s, owner, sub_id)
            result = await s.execute(update(deliveries).where(
                deliveries.c.id == delivery_id, deliveries.c.subscription_id == sub_id).values(
                status="pending", next_attempt_at=_now()))
            if result.rowcount != 1:
                raise NotFound(f"no delivery {delivery_id} in subscription {sub_id}")
        return await self.delivery(owner, sub_id, delivery_id)

    # -- fan-out: events into deliveries ---------------------------------------------------------
    async def fan_out(self, events: list[Event]) -> int:
        """In one transaction: remembers who posted each sourcing request, and stages a delivery per
        subscription that may see each event. A repeated event stages nothing new."""
        made = 0
        async with self.sessions() as s, s.begin():
            rfq_owner: dict[str, str | None] = {}
            for e in events:
                if e.type in RFQ_TYPES and e.data.get("id"):
                    rfq_owner[e.data["id"]] = e.data.get("buyer")
            for rfq_id, buyer in rfq_owner.items():
                if (await s.execute(select(rfq_buyers.c.rfq_id).where(rfq_buyers.c.rfq_id == rfq_id))).first():
                    continue  # a request's buyer never changes
                await s.execute(insert(rfq_buyers).values(rfq_id=rfq_id, buyer=buyer))
            types = {e.type for e in events}
            subs = [_subscription(r) for r in (await s.execute(select(subscriptions))).all()]
            subs = [sub for sub in subs if sub.event_types & types]
            if not subs:
                return 0
            wanted = {e.data.get("rfq_id") for e in events if e.type in MATCH_TYPES} - set(rfq_owner)
            if wanted:
                rfq_owner.update({r.rfq_id: r.buyer for r in (await s.execute(
                    select(rfq_buyers).where(rfq_buyers.c.rfq_id.in_(wanted)))).all()})
            now = _now()
            rows = []
            for e in events:
                rfq_id = e.data.get("id") if e.type in RFQ_TYPES else e.data.get("rfq_id")
                for sub in subs:
                    if e.time < sub.created_at:
                        continue  # a subscription hears what happens after it was made
                    payload = payload_for(sub, e.type, e.data, rfq_owner.get(rfq_id))
                    if payload is None:
                        continue
                    body = json.dumps({"type": e.type, "timestamp": e.time.isoformat(), "data": payload},
                                      ensure_ascii=False, separators=(",", ":"))
                    rows.append(dict(id=f"msg_{secrets.token_hex(12)}", subscription_id=sub.id, event_id=e.id,
                                     event_type=e.type, payload=body, status="pending", attempts=0,
                                     next_attempt_at=now, created_at=now))
            if rows:
                # A repeated event (redelivered by Kafka) stages nothing new: one delivery per subscription and event.
                dialect_insert = pg_insert if s.bind.dialect.name == "postgresql" else sqlite_insert
                result = await s.execute(dialect_insert(deliveries).on_conflict_do_nothing(
                    index_elements=["subscription_id", "event_id"]), rows)
                made = result.rowcount if result.rowcount and result.rowcount > 0 else len(rows)
        return made

    # -- sending ---------------------------------------------------------------------------------
    async def claim_due(self, limit: int) -> list:
        now = _now()
        async with self.sessions() as s, s.begin():
            rows = (await s.execute(
                select(deliveries.c.id, deliveries.c.payload, deliveries.c.attempts, subscriptions.c.url,
                       subscriptions.c.secret, subscriptions.c.previous_secret, subscriptions.c.previous_secret_until)
                .join(subscriptions, subscriptions.c.id == deliveries.c.subscription_id)
                .where(deliveries.c.status == "pending", deliveries.c.next_attempt_at <= now)
                .order_by(deliveries.c.next_attempt_at).limit(limit)
                .with_for_update(of=deliveries, skip_locked=True))).all()
            if rows:
                await s.execute(update(deliveries).where(deliveries.c.id.in_([r.id for r in rows]))
                                .values(next_attempt_at=now + CLAIM_LEASE))
        return rows

    async def send_due(self, sender: Sender, limit: int = 50) -> int:
        """Sends the due deliveries at once, then records every outcome in one transaction."""
        rows = await self.claim_due(limit)
        if not rows:
            return 0
        at = _now()
        outcomes = await asyncio.gather(*(sender.send(
            r.url, signing_secrets(r.secret, r.previous_secret, _utc(r.previous_secret_until), at), r.id, at, r.payload)
            for r in rows))
        done = _now()
        async with self.sessions() as s, s.begin():
            live = set((await s.execute(select(deliveries.c.id).where(
                deliveries.c.id.in_([r.id for r in rows])))).scalars())  # a subscription may have gone meanwhile
            for row, outcome in zip(rows, outcomes):
                if row.id not in live:
                    continue
                tried = row.attempts + 1
                ok = delivered(outcome.status)
                retry_at = None if ok else self.backoff.next_attempt(tried, done)
                await s.execute(insert(attempts).values(delivery_id=row.id, attempt=tried, at=at, status=outcome.status,
                                                        error=outcome.error, duration_ms=outcome.duration_ms))
                await s.execute(update(deliveries).where(deliveries.c.id == row.id).values(
                    attempts=tried, last_status=outcome.status, last_error=outcome.error,
                    status="delivered" if ok else ("pending" if retry_at else "failed"),
                    next_attempt_at=retry_at, delivered_at=at if ok else None))
        return len(rows)
