"""HTTP entrypoint of trade: a producer's inbox, quotes and their threads, deals, trade indicators."""
from __future__ import annotations

import csv
import io
from datetime import datetime, timezone
from typing import Annotated, Literal

from fastapi import APIRouter, Depends, FastAPI, Query, Request, Response

from services.trade.adapters.repo import ConcurrentChange
from services.trade.domain.trade import DealStatus, PartyRefused, Quote, QuoteStatus, TradeRuleBroken
from services.trade.entrypoints.schemas import (Accepted, Comparison, Converted, DealCell, DealIndicators, DealMove,
                                                DealPage, DealPublic, Decline, FairOutcomes, FairsReport, Funnel,
                                                FunnelRow, InboxItem, InboxPage, MessageCreate, MessagePage,
                                                MessagePublic, QuoteCompared, QuoteCreate, QuotePage, QuotePublic,
                                                RequestForProducer)
from services.trade.service_layer.indicators import Filters, Indicators
from services.trade.service_layer.sourcing_view import SourcingView
from services.trade.service_layer.trade import NotAllowed, NotFound, Trade, Viewer
from shared import money
from shared.auth import Principal, Role, current_principal
from shared.paging import LINK_HEADER, Id, Limit, Offset, RowId, page, paged
from shared.preconditions import ETAG_HEADER, PRECONDITION_ERRORS, IfMatch, etag, expected_version
from shared.problems import Problem, problem_response, problem_type
from shared.validation import CountryCode, RatedCurrency, code

PROBLEM = {"content": {"application/problem+json": {}}}
AUTH = {401: {"description": "No valid bearer token", **PROBLEM},
        403: {"description": "The token's role or identity may not do this", **PROBLEM}}
NOT_FOUND = {404: {"description": "No such record, or not the caller's to see", **PROBLEM}}
CONFLICT = {409: {"description": "Not allowed in the record's current state", **PROBLEM}}
INVALID = {422: {"description": "Invalid input; `errors` names the fields", **PROBLEM}}
CSV = {200: {"content": {"text/csv": {"schema": {"type": "string"}}},
             "description": "with format=csv: the same as CSV"}}
Month = Annotated[str, Query(pattern=r"^\d{4}-(0[1-9]|1[0-2])$", description="YYYY-MM")]
Group = Literal["food", "beverages", "herbal", "textiles", "handicrafts", "tourism"]


def get_trade(request: Request) -> Trade:
    return request.app.state.container.trade


def get_indicators(request: Request) -> Indicators:
    return request.app.state.container.indicators


def get_view(request: Request) -> SourcingView:
    return request.app.state.container.view


TradeDep = Annotated[Trade, Depends(get_trade)]
IndicatorsDep = Annotated[Indicators, Depends(get_indicators)]
PrincipalDep = Annotated[Principal, Depends(current_principal)]


ActingFor = Annotated[code(64) | None, Query(
    alias="producer_id", description="a provincial officer: the producer of its province it acts for (required "
                                     "of an officer; a producer may name only itself)")]


async def trade_viewer(principal: PrincipalDep, request: Request, acting_for: ActingFor = None) -> Viewer:
    """Quotes, threads and deals are the business of their buyer and their producer only: other roles read
    none of it (403); a record of someone else answers 404, as a missing one does. A provincial officer acts
    for one producer of its province at a time, named by `producer_id`, as the registry lets it write that
    producer's records."""
    if principal.role is Role.provincial_officer:
        if acting_for is None:
            raise Problem.invalid("producer_id", "is required of a provincial officer: the producer of its "
                                                 "province it acts for")
        where = await get_view(request).province_of(acting_for)
        if where is None or where[0] != principal.country or where[1] != principal.province:
            raise Problem(403, f"producer {acting_for} is not one of {principal.province} ({principal.country}), "
                               "the province this officer acts for")
        return Viewer(producer_id=acting_for, actor=principal.actor)
    if acting_for is not None and not (principal.role is Role.producer and acting_for == principal.producer_id):
        raise Problem(403, f"only a provincial officer acts for producer {acting_for}")
    if principal.role is Role.buyer:
        return Viewer(buyer=principal.client_id, actor=principal.actor)
    if principal.role is Role.producer and principal.producer_id:
        return Viewer(producer_id=principal.producer_id, actor=principal.actor)
    raise Problem(403, f"role {principal.role.value} may not read or write trade; it is its buyers' and producers' "
                       "(and their provincial officers')")


def indicator_reader(principal: PrincipalDep) -> Principal:
    """Regional aggregates: every client role may read them (a public caller may not)."""
    return principal


ViewerDep = Annotated[Viewer, Depends(trade_viewer)]
ReaderDep = Annotated[Principal, Depends(indicator_reader)]


def quote_public(q: Quote, viewer: Viewer) -> QuotePublic:
    buyer = q.buyer if (viewer.buyer is not None or q.buyer_revealed) else None
    return QuotePublic(id=q.id, rfq_id=q.rfq_id, producer_id=q.producer_id, product_id=q.product_id, country=q.country,
                       price=q.price, currency=q.currency, quantity=q.quantity, unit=q.unit, incoterm=q.incoterm,
                       lead_time_days=q.lead_time_days, valid_until=q.valid_until, message=q.message,
                       status=q.status.value, status_reason=q.status_reason, buyer=buyer, version=q.version,
                       created_at=q.created_at, updated_at=q.updated_at)


def deal_public(d) -> DealPublic:
    return DealPublic(**{k: getattr(d, k) for k in DealPublic.model_fields if k != "status"}, status=d.status.value)


def filters(channel: Literal["request", "fair"] | None = None,
            exporter: Annotated[CountryCode | None, Query(description="exporting member state")] = None,
            destination: Annotated[CountryCode | None, Query()] = None, group: Group | None = None,
            month_from: Month | None = None, month_to: Month | None = None) -> Filters:
    return Filters(channel, exporter, destination, group, month_from, month_to)


FiltersDep = Annotated[Filters, Depends(filters)]
Format = Annotated[Literal["json", "csv"], Query(alias="format", description="json, or csv to download")]


def build_router() -> APIRouter:
    router = APIRouter(prefix="/trade", tags=["trade"])
    paged_ok = {200: {"headers": LINK_HEADER}}
    etag_ok = {200: {"headers": ETAG_HEADER}}
    step = AUTH | NOT_FOUND | CONFLICT | INVALID | PRECONDITION_ERRORS

    @router.get("/inbox", operation_id="get_trade_inbox", responses=paged_ok | AUTH,
                summary="A producer's inbox: the sourcing requests it was matched to, newest first (never the buyer)")
    async def get_inbox(trade: TradeDep, viewer: ViewerDep, request: Request, response: Response,
                        limit: Limit(200) = 50, offset: Offset = 0) -> InboxPage:
        if viewer.producer_id is None:
            raise Problem(403, "the inbox is a producer's; this token acts for none")
        items = []
        for r in await trade.inbox(viewer.producer_id, limit, offset):
            body = {k: v for k, v in r.body.items() if k in RequestForProducer.model_fields}
            items.append(InboxItem(match_id=r.match_id, product_id=r.product_id, score=r.score,
                                   match_status=r.match_status, arrived_at=r.arrived_at,
                                   request=RequestForProducer(**body), open=r.closed_reason is None and
                                   r.rfq_status not in ("closed", "cancelled", "expired"),
                                   closed_reason=r.closed_reason))
        return InboxPage(**paged(request, response, items, None, limit, offset))

    @router.post("/requests/{rfq_id}/quotes", status_code=201, operation_id="submit_quote",
                 responses={201: {"headers": {**ETAG_HEADER, "Location": {"description": "the quote's URL",
                                                                          "schema": {"type": "string"}}}}}
                 | AUTH | NOT_FOUND | CONFLICT | INVALID,
                 summary="A matched producer quotes on a sourcing request")
    async def submit(rfq_id: Id, body: QuoteCreate, trade: TradeDep, viewer: ViewerDep,
                     response: Response) -> QuotePublic:
        if viewer.producer_id is None:
            raise Problem(403, "only a producer matched to the request quotes on it")
        if not _still_valid(body):
            raise Problem.invalid("valid_until", "is in the past")
        q = await trade.submit(rfq_id, viewer, body.model_dump())
        response.headers["Location"] = f"/v1/trade/quotes/{q.id}"
        response.headers["ETag"] = etag(q.version)
        return quote_public(q, viewer)

    @router.get("/requests/{rfq_id}/quotes", operation_id="compare_quotes",
                responses=paged_ok | AUTH | NOT_FOUND | INVALID,
                summary="The request's quotes side by side in one currency, cheapest first (a producer: its own)")
    async def compare(rfq_id: Id, trade: TradeDep, viewer: ViewerDep, request: Request, response: Response,
                      currency: Annotated[RatedCurrency, Query(description="compare in this currency")] = "USD",
                      limit: Limit(200) = 50, offset: Offset = 0) -> Comparison:
        rfq, closure, found = await trade.compare(rfq_id, viewer)
        rates = money.table()
        rows = []
        for q in found:
            unit_price = money.convert(q.price, q.currency, currency, rates)
            rows.append(QuoteCompared(**quote_public(q, viewer).model_dump(), converted=Converted(
                currency=currency, price=round(unit_price, 4), value=round(unit_price * q.quantity, 2))))
        rows.sort(key=lambda c: (c.converted.price, c.created_at))
        return Comparison(**paged(request, response, page(rows, limit, offset), len(rows), limit, offset,
                                  rfq_id=rfq_id, currency=currency, rates=rates.label,
                                  open=closure is None and rfq.status not in ("closed", "cancelled", "expired"),
                                  closed_reason=closure.reason if closure else None))

    @router.get("/quotes", operation_id="list_quotes", responses=paged_ok | AUTH,
                summary="The caller's quotes (a producer's own; those on a buyer's requests), newest first")
    async def list_quotes(trade: TradeDep, viewer: ViewerDep, request: Request, response: Response,
                          status: QuoteStatus | None = None, limit: Limit(200) = 50,
                          offset: Offset = 0) -> QuotePage:
        found = await trade.list_quotes(viewer, status.value if status else None, limit, offset)
        return QuotePage(**paged(request, response, [quote_public(q, viewer) for q in found], None, limit, offset))

    @router.get("/quotes/{quote_id}", operation_id="get_quote", responses=etag_ok | AUTH | NOT_FOUND,
                summary="A quote (its producer, or the buyer of its request)")
    async def get_quote(quote_id: Id, trade: TradeDep, viewer: ViewerDep, response: Response) -> QuotePublic:
        q = await trade.get(quote_id, viewer)
        response.headers["ETag"] = etag(q.version)
        return quote_public(q, viewer)

    async def _step(quote_id: str, trade: Trade, viewer: Viewer, action: str, reason: str | None,
                    if_match: str | None, response: Response):
        if viewer.buyer is None:
            raise Problem(403, f"only the buyer of the quote's request may {action} it")
        if if_match is None:
            await trade.get(quote_id, viewer)  # someone else's quote: 404 before 428
        q, deal = await trade.buyer_step(quote_id, viewer, action, reason, expected_version(if_match))
        response.headers["ETag"] = etag(q.version)
        return q, deal

    needs_if_match = "Needs If-Match with the quote's current ETag (from its last answer)."

    @router.post("/quotes/{quote_id}/shortlist", operation_id="shortlist_quote", responses=etag_ok | step,
                 summary="The buyer shortlists a quote", description=needs_if_match)
    async def shortlist(quote_id: Id, trade: TradeDep, viewer: ViewerDep, response: Response,
                        if_match: IfMatch = None) -> QuotePublic:
        q, _ = await _step(quote_id, trade, viewer, "shortlist", None, if_match, response)
        return quote_public(q, viewer)

    @router.post("/quotes/{quote_id}/decline", operation_id="decline_quote", responses=etag_ok | step,
                 summary="The buyer declines a quote, with a reason its producer reads", description=needs_if_match)
    async def decline(quote_id: Id, body: Decline, trade: TradeDep, viewer: ViewerDep, response: Response,
                      if_match: IfMatch = None) -> QuotePublic:
        q, _ = await _step(quote_id, trade, viewer, "decline", body.reason, if_match, response)
        return quote_public(q, viewer)

    @router.post("/quotes/{quote_id}/accept", status_code=201, operation_id="accept_quote",
                 responses={201: {"headers": {**ETAG_HEADER, "Location": {"description": "the deal's URL",
                                                                          "schema": {"type": "string"}}}}} | step,
                 summary="The buyer accepts a quote: a deal is agreed, the request closes, the other quotes close",
                 description=needs_if_match)
    async def accept(quote_id: Id, trade: TradeDep, viewer: ViewerDep, response: Response,
                     if_match: IfMatch = None) -> Accepted:
        q, deal = await _step(quote_id, trade, viewer, "accept", None, if_match, response)
        response.headers["Location"] = f"/v1/trade/deals/{deal.id}"
        return Accepted(quote=quote_public(q, viewer), deal=deal_public(deal))

    @router.get("/quotes/{quote_id}/messages", operation_id="list_quote_messages",
                responses=paged_ok | AUTH | NOT_FOUND,
                summary="The quote's thread, oldest first (its buyer and its producer only)")
    async def messages(quote_id: Id, trade: TradeDep, viewer: ViewerDep, request: Request, response: Response,
                       limit: Limit(500) = 100, offset: Offset = 0) -> MessagePage:
        rows = await trade.messages(quote_id, viewer, limit, offset)
        return MessagePage(**paged(request, response, [MessagePublic(**dict(r._mapping)) for r in rows], None,
                                   limit, offset))

    @router.post("/quotes/{quote_id}/messages", status_code=201, operation_id="post_quote_message",
                 responses={201: {"headers": {"Location": {"description": "the message's URL",
                                                           "schema": {"type": "string"}}}}}
                 | AUTH | NOT_FOUND | INVALID,
                 summary="A question or answer in the quote's thread; the buyer writing reveals itself to that "
                         "producer")
    async def post_message(quote_id: Id, body: MessageCreate, trade: TradeDep, viewer: ViewerDep,
                           response: Response) -> MessagePublic:
        _q, msg = await trade.post_message(quote_id, viewer, body.text)
        response.headers["Location"] = f"/v1/trade/quotes/{quote_id}/messages/{msg['id']}"
        return MessagePublic(**msg)

    @router.get("/quotes/{quote_id}/messages/{message_id}", operation_id="get_quote_message",
                responses=AUTH | NOT_FOUND | INVALID,
                summary="One message of the quote's thread (its buyer and its producer only)")
    async def get_message(quote_id: Id, message_id: RowId, trade: TradeDep, viewer: ViewerDep) -> MessagePublic:
        return MessagePublic(**dict((await trade.message(quote_id, message_id, viewer))._mapping))

    @router.get("/deals", operation_id="list_deals", responses=paged_ok | AUTH,
                summary="The caller's deals (its buyer's or its producer's), newest first")
    async def list_deals(trade: TradeDep, viewer: ViewerDep, request: Request, response: Response,
                         status: DealStatus | None = None, limit: Limit(200) = 50, offset: Offset = 0) -> DealPage:
        found = await trade.deals(viewer, status.value if status else None, limit, offset)
        return DealPage(**paged(request, response, [deal_public(d) for d in found], None, limit, offset))

    @router.get("/deals/{deal_id}", operation_id="get_deal", responses=etag_ok | AUTH | NOT_FOUND,
                summary="A deal (its buyer and its producer only)")
    async def get_deal(deal_id: Id, trade: TradeDep, viewer: ViewerDep, response: Response) -> DealPublic:
        d = await trade.deal(deal_id, viewer)
        response.headers["ETag"] = etag(d.version)
        return deal_public(d)

    @router.patch("/deals/{deal_id}", operation_id="move_deal", responses=etag_ok | step,
                  summary="A party moves the deal: the producer ships, the buyer confirms delivery, either cancels",
                  description="Needs If-Match with the deal's current ETag (from its last answer).")
    async def move_deal(deal_id: Id, body: DealMove, trade: TradeDep, viewer: ViewerDep, response: Response,
                        if_match: IfMatch = None) -> DealPublic:
        if if_match is None:
            await trade.deal(deal_id, viewer)  # someone else's deal: 404 before 428
        d = await trade.move_deal(deal_id, viewer, DealStatus(body.status), expected_version(if_match))
        response.headers["ETag"] = etag(d.version)
        return deal_public(d)

    # -- indicators ----------------------------------------------------------------------------
    @router.get("/indicators/deals", operation_id="trade_indicators_deals",
                responses={200: {"headers": LINK_HEADER, **CSV[200]}} | AUTH | INVALID,
                summary="Deals and their value in USD by channel × exporting country × destination × group × month")
    async def deal_indicators(indicators: IndicatorsDep, _reader: ReaderDep, f: FiltersDep, request: Request,
                              response: Response, fmt: Format = "json", limit: Limit(5000) = 1000,
                              offset: Offset = 0) -> DealIndicators:
        if fmt == "csv":  # the whole filtered cube, as one download
            return _csv("trade-deals.csv", [DealCell(**c) for c in await indicators.deals(f)])
        n_cells, n_deals, value = await indicators.deal_totals(f)
        cells = [DealCell(**c) for c in await indicators.deals(f, limit, offset)]
        return DealIndicators(**paged(request, response, cells, n_cells, limit, offset, total_deals=n_deals,
                                      total_value_usd=value))

    @router.get("/indicators/funnel", operation_id="trade_indicators_funnel", responses=AUTH | INVALID | CSV,
                summary="The funnel per exporting country and group: requests reached → matches → quotes → deals")
    async def funnel(indicators: IndicatorsDep, _reader: ReaderDep, f: FiltersDep, fmt: Format = "json") -> Funnel:
        rows = [FunnelRow(**r) for r in await indicators.funnel(f)]
        if fmt == "csv":
            return _csv("trade-funnel.csv", rows)
        return Funnel(rows=rows)

    @router.get("/indicators/fairs", operation_id="trade_indicators_fairs", responses=AUTH | INVALID | CSV,
                summary="The outcomes of the fairs the caller organises: meetings with an outcome, follow-ups, "
                        "deals and their value",
                description="An organiser's own fairs only (owner or co-organiser); another's fair is 403, as is "
                            "every other role. Regional figures from fairs are in the deals indicator "
                            "(channel=fair).")
    async def fairs(indicators: IndicatorsDep, principal: PrincipalDep,
                    fair_id: Annotated[code(100) | None, Query()] = None, fmt: Format = "json") -> FairsReport:
        if principal.role is not Role.fair_organiser:
            raise Problem(403, "a fair's outcome report is its organisers'")
        mine = await indicators.fairs_run_by(principal.client_id)
        if fair_id is not None:
            if fair_id not in mine:
                raise Problem(403, f"fair {fair_id} is not one this organiser runs")
            mine = {fair_id}
        rows = [FairOutcomes(**r) for r in await indicators.fairs(mine)]
        if fmt == "csv":
            return _csv("trade-fairs.csv", rows)
        return FairsReport(fairs=rows)

    return router


def _still_valid(body: QuoteCreate) -> bool:
    return body.valid_until > datetime.now(timezone.utc)


def _csv(filename: str, rows: list) -> Response:
    out = io.StringIO()
    if rows:
        fields = list(type(rows[0]).model_fields)
        w = csv.DictWriter(out, fieldnames=fields, lineterminator="\r\n")
        w.writeheader()
        for r in rows:
            w.writerow(r.model_dump())
    return Response(out.getvalue(), media_type="text/csv; charset=utf-8",
                    headers={"Content-Disposition": f'attachment; filename="{filename}"'})


def install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(NotFound)
    async def _nf(request: Request, exc: NotFound):
        return problem_response(404, "Not Found", str(exc), str(request.url.path))

    @app.exception_handler(NotAllowed)
    async def _na(request: Request, exc: NotAllowed):
        return problem_response(403, "Forbidden", str(exc), str(request.url.path))

    @app.exception_handler(PartyRefused)
    async def _pr(request: Request, exc: PartyRefused):
        return problem_response(403, "Forbidden", str(exc), str(request.url.path))

    @app.exception_handler(TradeRuleBroken)
    async def _rule(request: Request, exc: TradeRuleBroken):
        return problem_response(409, "Conflict", str(exc), str(request.url.path),
                                type_=problem_type("illegal-transition"))

    @app.exception_handler(ConcurrentChange)
    async def _cc(request: Request, exc: ConcurrentChange):
        return problem_response(409, "Conflict", str(exc), str(request.url.path))
