"""Matching's integration events, staged in the outbox in the caller's transaction."""
from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession

from services.matching.adapters.rfq_repo import match_body, rfq_body
from services.matching.domain.rfq import Match, MatchStatus, Rfq
from shared.contracts import matching as contract
from shared.events import CloudEvent
from shared.logging import traceparent_var
from shared.outbox import Outbox

MATCH_EVENT_TYPES = {MatchStatus.proposed: contract.MATCH_PROPOSED, MatchStatus.accepted: contract.MATCH_ACCEPTED,
                     MatchStatus.declined: contract.MATCH_DECLINED}


async def _publish(outbox: Outbox, session: AsyncSession, event_type: str, data: dict) -> None:
    topic, schema = contract.EVENT_SCHEMAS[event_type]
    data = schema.model_validate(data).model_dump(mode="json")
    await outbox.add(session, topic, data["id"], CloudEvent(
        source=contract.SOURCE, type=event_type, subject=data["id"], data=data, traceparent=traceparent_var.get()))


async def rfq_event(outbox: Outbox, session: AsyncSession, rfq: Rfq, *, opened: bool = False) -> None:
    await _publish(outbox, session, contract.RFQ_OPENED if opened else contract.RFQ_CHANGED, rfq_body(rfq))


async def match_event(outbox: Outbox, session: AsyncSession, match: Match) -> None:
    await _publish(outbox, session, MATCH_EVENT_TYPES[match.status], match_body(match))
