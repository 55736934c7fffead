"""Producers hear of new matches by e-mail, where an SMTP server is configured: the message is written to the
mail outbox in the transaction that applies the match, and a background sender delivers it, retrying, so a
slow or absent mail server never holds up a request or a consumer. The buyer is never named."""
from __future__ import annotations

import asyncio
import logging
from datetime import datetime, timezone
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from services.trade.adapters.mail import SmtpMailer
from services.trade.adapters.orm import mail_outbox, producer_contacts, rfqs
from shared.background import BackgroundLoop

log = logging.getLogger(__name__)
MAX_ATTEMPTS = 10


class Notifier:
    def __init__(self, sessions: async_sessionmaker[AsyncSession]) -> None:
        self.sessions = sessions
        self.wakeup = asyncio.Event()

    async def new_matches(self, session: AsyncSession, arrived: list[tuple[str, str]]) -> None:
        """Stages one message per new match (producer, request), in the caller's transaction; it is written
        when it is sent, once the producer's address and the request are known (their events may come later)."""
        now = datetime.now(timezone.utc)
        await session.execute(mail_outbox.insert(), [dict(producer_id=p, rfq_id=r, created_at=now, attempts=0)
                                                     for p, r in arrived])
        self.wakeup.set()


def message(name: str, rfq_id: str, body: dict[str, Any]) -> tuple[str, str]:
    """The subject and text of the message about a new match: what is asked, never who asks."""
    return (f"New sourcing request matched to your products: {str(body.get('text', ''))[:120]}",
            f"Dear {name},\n\nA buyer's sourcing request was matched to your products.\n\n"
            f"What is asked: {body.get('text')}\nQuantity: {body.get('quantity')} {body.get('unit')}\n"
            f"Destination: {body.get('destination')}\nQuotes close by: {body.get('deadline')}\n"
            f"Request: {rfq_id}\n\nSee it in your inbox (GET /v1/trade/inbox) and quote there.\n")


class MailSender(BackgroundLoop):
    """Sends unsent rows of the mail outbox in order; a failed send is retried at the next round."""

    name = "mail-sender"

    def __init__(self, sessions: async_sessionmaker[AsyncSession], mailer: SmtpMailer, notifier: Notifier,
                 interval_s: float) -> None:
        self.sessions, self.mailer, self.notifier, self.interval_s = sessions, mailer, notifier, interval_s
        self.sent = 0
        super().__init__()

    async def _run(self) -> None:
        while True:
            try:
                await self.send_once()
            except asyncio.CancelledError:
                raise
            except Exception as exc:  # the database away: try again
                log.warning("mail outbox round failed: %r", exc)
            self.notifier.wakeup.clear()
            try:
                await asyncio.wait_for(self.notifier.wakeup.wait(), self.interval_s)
            except asyncio.TimeoutError:
                pass

    async def send_once(self) -> int:
        t, c = mail_outbox, producer_contacts
        async with self.sessions() as session:
            rows = (await session.execute(
                select(t, c.c.email, c.c.name, rfqs.c.id.label("known_rfq"), rfqs.c.body)
                .outerjoin(c, c.c.id == t.c.producer_id).outerjoin(rfqs, rfqs.c.id == t.c.rfq_id)
                .where(t.c.sent_at.is_(None), t.c.attempts < MAX_ATTEMPTS).order_by(t.c.id).limit(50))).all()
        sent = 0
        for row in rows:
            try:
                if not row.email or row.known_rfq is None:
                    raise LookupError(f"no e-mail address of {row.producer_id} or request {row.rfq_id} known (yet)")
                subject, text = message(row.name, row.rfq_id, row.body)
                await self.mailer.send(row.email, subject, text)
                values = dict(sent_at=datetime.now(timezone.utc), attempts=row.attempts + 1, to_address=row.email)
                sent += 1
            except Exception as exc:  # smtplib raises OSError and SMTPException (refused, timed out, away)
                log.warning("mail to producer %s not sent (attempt %d): %r", row.producer_id, row.attempts + 1, exc)
                values = dict(attempts=row.attempts + 1)
            async with self.sessions() as session, session.begin():
                await session.execute(update(t).where(t.c.id == row.id).values(**values))
        self.sent += sent
        return sent
