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
from services.trade.adapters.orm import mail_outbox, producer_contacts
from shared.background import BackgroundLoop

log = logging.getLogger(__name__)
MAX_ATTEMPTS = 10


class Notifier:
    def __init__(self, sessions: async_sessionmaker[AsyncSession]) -> None:
        self.sessions = sessions
        self.wakeup = asyncio.Event()

    async def new_matches(self, session: AsyncSession, arrived: list[tuple[str, Any]]) -> None:
        """Stages one message per new match, in the caller's transaction; the address is looked up when it is
        sent (the producer's registry event may arrive after the match)."""
        now = datetime.now(timezone.utc)
        rows = []
        for producer_id, rfq in arrived:
            if rfq is None:
                continue
            body = rfq.body
            rows.append(dict(
                producer_id=producer_id, created_at=now, attempts=0,
                subject=f"New sourcing request matched to your products: {str(body.get('text', ''))[:120]}",
                body=(f"A buyer's sourcing request was matched to your products.\n\n"
                      f"What is asked: {body.get('text')}\nQuantity: {body.get('quantity')} {body.get('unit')}\n"
                      f"Destination: {body.get('destination')}\nQuotes close by: {body.get('deadline')}\n"
                      f"Request: {rfq.id}\n\nSee it in your inbox (GET /v1/trade/inbox) and quote there.\n")))
        if rows:
            await session.execute(mail_outbox.insert(), rows)
            self.wakeup.set()


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
                select(t, c.c.email, c.c.name).outerjoin(c, c.c.id == t.c.producer_id)
                .where(t.c.sent_at.is_(None), t.c.attempts < MAX_ATTEMPTS).order_by(t.c.id).limit(50))).all()
        sent = 0
        for row in rows:
            try:
                if not row.email:
                    raise LookupError(f"no contact e-mail known for producer {row.producer_id} (yet)")
                await self.mailer.send(row.email, row.subject, f"Dear {row.name},\n\n{row.body}")
                values = dict(sent_at=datetime.now(timezone.utc), attempts=row.attempts + 1, to_address=row.email)
                sent += 1
            except Exception as exc:  # smtplib raises OSError and SMTPException (refused, timed out, away)
                log.warning("mail to producer %s not sent (attempt %d): %r", row.producer_id, row.attempts + 1, exc)
                values = dict(attempts=row.attempts + 1)
            async with self.sessions() as session, session.begin():
                await session.execute(update(t).where(t.c.id == row.id).values(**values))
        self.sent += sent
        return sent
