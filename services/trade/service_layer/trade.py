"""Use cases of the trade loop, one transaction each with its outbox events and indicator facts:
quotes (submit, compare, shortlist, decline, accept, threads), closing requests, deals and their steps."""
from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any

from sqlalchemy import update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from services.trade.adapters import repo
from services.trade.adapters.orm import closures
from services.trade.domain.trade import (
    OPEN_QUOTES,
    ClosedBecause,
    Deal,
    DealStatus,
    Quote,
    TradeRuleBroken,
    closes_after,
    deal_from,
)
from services.trade.service_layer import publish
from shared import money
from shared.contracts import trade as contract
from shared.outbox import Outbox
from shared.preconditions import check_version


class NotFound(Exception):
    """Missing, or not the caller's to see: the same answer (404)."""


class NotAllowed(Exception):
    """The caller may see it, but not do this (403)."""


@dataclass(frozen=True)
class Viewer:
    """The caller as trade knows it: a buyer (its client id) or a producer (the producer it acts for)."""

    buyer: str | None = None
    producer_id: str | None = None
    actor: str = ""


def now() -> datetime:
    return datetime.now(timezone.utc)


def new_id(prefix: str) -> str:
    return f"{prefix}-{uuid.uuid4().hex[:16]}"


class Trade:
    def __init__(self, sessions: async_sessionmaker[AsyncSession], outbox: Outbox, max_quotes: int) -> None:
        self.sessions, self.outbox, self.max_quotes = sessions, outbox, max_quotes

    # -- what a caller may see -----------------------------------------------------------------
    async def _visible_request(self, session: AsyncSession, rfq_id: str, viewer: Viewer) -> Any:
        rfq = await repo.get_rfq(session, rfq_id)
        if rfq is None:
            raise NotFound(f"no sourcing request {rfq_id}")
        if viewer.buyer is not None and rfq.buyer == viewer.buyer:
            return rfq
        if viewer.producer_id is not None and await repo.match_of(session, rfq_id, viewer.producer_id):
            return rfq
        raise NotFound(f"no sourcing request {rfq_id}")

    @staticmethod
    def _visible_quote(q: Quote | None, quote_id: str, viewer: Viewer) -> Quote:
        if q is not None and ((viewer.buyer is not None and q.buyer == viewer.buyer) or
                              (viewer.producer_id is not None and q.producer_id == viewer.producer_id)):
            return q
        raise NotFound(f"no quote {quote_id}")

    async def inbox(self, producer_id: str, limit: int, offset: int) -> list[Any]:
        async with self.sessions() as session:
            return await repo.inbox_of(session, producer_id, limit, offset)

    # -- quotes --------------------------------------------------------------------------------
    async def submit(self, rfq_id: str, viewer: Viewer, fields: dict[str, Any]) -> Quote:
        if viewer.producer_id is None:
            raise NotAllowed("only a matched producer quotes")
        t = now()
        async with self.sessions() as session, session.begin():
            rfq = await self._visible_request(session, rfq_id, viewer)
            closure = await repo.get_closure(session, rfq_id)
            if closure is not None:
                raise TradeRuleBroken(f"request {rfq_id} is closed to quotes ({closure.reason})")
            if rfq.status in ("closed", "cancelled", "expired") or _aware(rfq.deadline) <= t:
                raise TradeRuleBroken(f"request {rfq_id} has ended; it takes no more quotes")
            mine = await repo.quotes_of_request(session, rfq_id, producer_id=viewer.producer_id)
            if any(q.status in OPEN_QUOTES for q in mine):
                raise TradeRuleBroken(f"producer {viewer.producer_id} already has an open quote on {rfq_id}")
            match = await repo.match_of(session, rfq_id, viewer.producer_id)
            quote = Quote(id=new_id("Q"), rfq_id=rfq_id, buyer=rfq.buyer, producer_id=viewer.producer_id,
                          country=match.producer_country, match_id=match.id, product_id=match.product_id,
                          submitted_by=viewer.actor,
                          created_at=t, updated_at=t, **fields)
            await repo.add_quote(session, quote)
            await publish.quote_event(self.outbox, session, quote, submitted=True)
            await publish.add_facts(session, [publish.quote_fact(quote, rfq.group, rfq.destination)])
            if closes_after(await repo.count_quotes(session, rfq_id), self.max_quotes):
                await self._close(session, rfq_id, ClosedBecause.quote_limit, t, except_quote=quote.id,
                                  close_open=False)
        self.outbox.notify()
        return quote

    async def compare(self, rfq_id: str, viewer: Viewer) -> tuple[Any, Any, list[Quote]]:
        """The request, its closure and its quotes: all of them for its buyer, its own for a matched producer
        (a request takes at most `max_quotes`, so all of them are compared, then paged)."""
        async with self.sessions() as session:
            rfq = await self._visible_request(session, rfq_id, viewer)
            found = await repo.quotes_of_request(session, rfq_id,
                                                 producer_id=None if viewer.buyer else viewer.producer_id)
            return rfq, await repo.get_closure(session, rfq_id), found

    async def get(self, quote_id: str, viewer: Viewer) -> Quote:
        async with self.sessions() as session:
            return self._visible_quote(await repo.get_quote(session, quote_id), quote_id, viewer)

    async def list_quotes(self, viewer: Viewer, status: str | None, limit: int, offset: int) -> list[Quote]:
        async with self.sessions() as session:
            return await repo.quotes_of(session, producer_id=viewer.producer_id if viewer.buyer is None else None,
                                        buyer=viewer.buyer, status=status, limit=limit, offset=offset)

    async def buyer_step(self, quote_id: str, viewer: Viewer, action: str, reason: str | None,
                         expected: int) -> tuple[Quote, Deal | None]:
        """shortlist, decline (with a reason) or accept: the buyer of the quote's request only."""
        t = now()
        deal = None
        async with self.sessions() as session, session.begin():
            quote = self._visible_quote(await repo.get_quote(session, quote_id), quote_id, viewer)
            if viewer.buyer is None:
                raise NotAllowed(f"only the buyer may {action} a quote")
            check_version(f"quote {quote_id}", quote.version, expected)
            read = quote.version
            if action == "shortlist":
                quote = quote.shortlist(t)
            elif action == "decline":
                quote = quote.decline(reason or "", t)
            else:
                rfq = await repo.get_rfq(session, quote.rfq_id)
                closure = await repo.get_closure(session, quote.rfq_id)
                if closure is not None and closure.reason != ClosedBecause.quote_limit.value:
                    raise TradeRuleBroken(f"request {quote.rfq_id} is closed ({closure.reason}); "
                                          "no quote can be accepted")
                quote = quote.accept(t)
                rates = money.table()
                deal = deal_from(quote, rfq.destination, rfq.group, new_id("D"), t,
                                 money.to_usd(quote.value, quote.currency, rates), rates.as_of)
            if quote.version == read:
                return quote, None
            await repo.save_quote(session, quote, read)
            await publish.quote_event(self.outbox, session, quote)
            if deal is not None:
                await repo.add_deal(session, deal)
                await publish.deal_event(self.outbox, session, deal)
                await publish.add_facts(session, [publish.deal_fact(deal)])
                await self._close(session, quote.rfq_id, ClosedBecause.accepted, t, except_quote=quote.id,
                                  accepted=quote.id)
        self.outbox.notify()
        return quote, deal

    async def _close(self, session: AsyncSession, rfq_id: str, because: ClosedBecause, t: datetime, *,
                     except_quote: str | None = None, accepted: str | None = None, close_open: bool = True) -> None:
        """Closes the request to quotes (once: its closure row is the lock) and, unless it closed only to new
        quotes, every other open quote with the reason; publishes request.closed."""
        count = await repo.count_quotes(session, rfq_id)
        existing = await repo.get_closure(session, rfq_id)
        if existing is None:
            try:
                async with session.begin_nested():
                    await session.execute(closures.insert().values(rfq_id=rfq_id, reason=because.value, quotes=count,
                                                                   accepted_quote_id=accepted, closed_at=t))
            except IntegrityError:
                raise repo.ConcurrentChange(f"request {rfq_id} closed meanwhile; read it again") from None
            version = 1
        else:  # closed to new quotes at the limit, now closed for good
            await session.execute(update(closures).where(closures.c.rfq_id == rfq_id).values(
                reason=because.value, accepted_quote_id=accepted, quotes=count, closed_at=t))
            version = 2
        await publish.publish(self.outbox, session, contract.REQUEST_CLOSED, dict(
            id=rfq_id, version=version, reason=because.value, quotes=count, accepted_quote_id=accepted,
            closed_at=t.isoformat()))
        if not close_open:
            return
        for other in await repo.quotes_of_request(session, rfq_id):
            if other.id != except_quote and other.status in OPEN_QUOTES:
                closed = other.close(because, t)
                await repo.save_quote(session, closed, other.version)
                await publish.quote_event(self.outbox, session, closed)

    async def close_request(self, rfq_id: str, because: ClosedBecause) -> bool:
        """Closes a request that ended (deadline, or in matching); False if it was closed already."""
        t = now()
        async with self.sessions() as session, session.begin():
            closure = await repo.get_closure(session, rfq_id)
            if closure is not None and closure.reason != ClosedBecause.quote_limit.value:
                return False
            await self._close(session, rfq_id, because, t)
        self.outbox.notify()
        return True

    async def close_past_deadline(self) -> int:
        async with self.sessions() as session:
            due = await repo.open_requests_past_deadline(session, now())
        closed = 0
        for rfq_id in due:
            try:
                closed += await self.close_request(rfq_id, ClosedBecause.deadline)
            except repo.ConcurrentChange:
                pass  # closed by another path meanwhile
        return closed

    # -- threads -------------------------------------------------------------------------------
    async def post_message(self, quote_id: str, viewer: Viewer, text: str) -> tuple[Quote, Any]:
        """A question or an answer in the quote's thread. The buyer writing in it reveals its identity to
        that producer, by its own choice; nobody else learns it."""
        t = now()
        async with self.sessions() as session, session.begin():
            quote = self._visible_quote(await repo.get_quote(session, quote_id), quote_id, viewer)
            author = "buyer" if viewer.buyer is not None else "producer"
            if author == "buyer" and not quote.buyer_revealed:
                revealed = quote.reveal_buyer(t)
                await repo.save_quote(session, revealed, quote.version)
                quote = revealed
            message_id = await repo.add_message(session, quote_id, author, text, t)
        return quote, dict(id=message_id, quote_id=quote_id, author=author, text=text, created_at=t)

    async def messages(self, quote_id: str, viewer: Viewer, limit: int, offset: int) -> list[Any]:
        async with self.sessions() as session:
            self._visible_quote(await repo.get_quote(session, quote_id), quote_id, viewer)
            return await repo.messages_of(session, quote_id, limit, offset)

    async def message(self, quote_id: str, message_id: int, viewer: Viewer) -> Any:
        async with self.sessions() as session:
            self._visible_quote(await repo.get_quote(session, quote_id), quote_id, viewer)
            found = await repo.message_of(session, quote_id, message_id)
        if found is None:
            raise NotFound(f"no message {message_id} in the thread of quote {quote_id}")
        return found

    # -- deals ---------------------------------------------------------------------------------
    async def deal(self, deal_id: str, viewer: Viewer) -> Deal:
        async with self.sessions() as session:
            d = await repo.get_deal(session, deal_id)
        if d is None or d.party(buyer=viewer.buyer, producer_id=viewer.producer_id) is None:
            raise NotFound(f"no deal {deal_id}")
        return d

    async def deals(self, viewer: Viewer, status: str | None, limit: int, offset: int) -> list[Deal]:
        async with self.sessions() as session:
            return await repo.deals_of(session, producer_id=viewer.producer_id if viewer.buyer is None else None,
                                       buyer=viewer.buyer, status=status, limit=limit, offset=offset)

    async def move_deal(self, deal_id: str, viewer: Viewer, to: DealStatus, expected: int) -> Deal:
        t = now()
        async with self.sessions() as session, session.begin():
            d = await repo.get_deal(session, deal_id)
            party = d.party(buyer=viewer.buyer, producer_id=viewer.producer_id) if d else None
            if d is None or party is None:
                raise NotFound(f"no deal {deal_id}")
            check_version(f"deal {deal_id}", d.version, expected)
            moved = d.move(to, party, t)
            await repo.save_deal(session, moved, d.version)
            await publish.deal_event(self.outbox, session, moved)
            await publish.add_facts(session, [publish.deal_fact(moved)])
        self.outbox.notify()
        return moved


def _aware(when: datetime) -> datetime:
    return when if when.tzinfo else when.replace(tzinfo=timezone.utc)
