"""HTTP entrypoint of matching: the regional catalogue and its search; sourcing requests and their matches."""
from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Depends, FastAPI, Query, Request, Response

from services.matching.adapters.rfq_repo import ConcurrentChange
from services.matching.adapters.search_index import SearchRequest
from services.matching.domain import units
from shared import money
from services.matching.domain.access import Viewer
from services.matching.domain.rfq import IllegalTransition, InvalidRfq, Match, Rfq, RfqStatus
from services.matching.domain.products import scheme_key, valid_schemes
from services.matching.entrypoints.schemas import (Certification, CertificationHeld, ConvertedPrice, Country, Currency, DeliveryWindow,
                                                   CatalogueProduct, CatalogueProductPage, Group, HsCode, MatchAnswer,
                                                   MatchPage, MatchPublic, ProducerPage, ProducerSummary, QueryReport,
                                                   RfqCreate, RfqPage, RfqPatch, RfqPublic, SearchHit, SearchResults,
                                                   KnownUnit, Unit)
from services.matching.service_layer.catalogue import Catalogue
from services.matching.service_layer.sourcing import NotFound, Sourcing
from shared.auth import Principal, Role, current_principal, optional_principal, require
from shared.privacy import for_caller
from shared.preconditions import ETAG_HEADER, PRECONDITION_ERRORS, IfMatch, etag, expected_version
from shared.paging import LINK_HEADER, Id, Limit, Offset, page, paged, public_path
from shared.problems import VALIDATION, Problem, problem_response, problem_type
from shared.validation import Code, Name, Price, Quantity, SearchText

PROBLEM = {"content": {"application/problem+json": {}}}
NOT_FOUND = {404: {"description": "No such record", **PROBLEM}}
CONFLICT = {409: {"description": "Not allowed in the request's or match's current state", **PROBLEM}}


def get_catalogue(request: Request) -> Catalogue:
    return request.app.state.container.catalogue


def get_sourcing(request: Request) -> Sourcing:
    return request.app.state.container.sourcing


CatalogueDep = Annotated[Catalogue, Depends(get_catalogue)]
SourcingDep = Annotated[Sourcing, Depends(get_sourcing)]
PrincipalDep = Annotated[Principal, Depends(current_principal)]
# The catalogue is open to all; a producer's contact details in it only to some callers (shared/privacy.py).
CallerDep = Annotated[Principal | None, Depends(optional_principal)]


def as_seen_by(rec: dict, caller: Principal | None) -> dict:
    return for_caller(rec, caller, producer_id=rec.get("producer_id"), country=rec.get("country"))
LOCATION = {"Location": {"description": "the new resource's URL", "schema": {"type": "string"}}}
AUTH = {401: {"description": "No valid bearer token", **PROBLEM},
        403: {"description": "The token's role or identity may not do this", **PROBLEM}}


def sourcing_viewer(principal: PrincipalDep) -> Viewer:
    """Sourcing is the business of a buyer and of the producers matched to its requests, nobody else's:
    integrators, registry admins and fair organisers read none of it (403); a request the caller may
    not see answers 404, as a missing one does."""
    if principal.role is Role.buyer:
        return Viewer(buyer=principal.client_id)
    if principal.role is Role.producer and principal.producer_id:
        return Viewer(producer_id=principal.producer_id)
    raise Problem(403, f"role {principal.role.value} may not read sourcing requests; they are their buyer's "
                       "and their matched producers' only")


ViewerDep = Annotated[Viewer, Depends(sourcing_viewer)]


def install_error_handlers(app: FastAPI) -> None:
    """The domain's refusals as problem+json: a broken rule 422 naming the field, a wrong state 409."""

    @app.exception_handler(InvalidRfq)
    async def _invalid(request: Request, exc: InvalidRfq):
        return problem_response(422, "Unprocessable Content", str(exc), str(request.url.path),
                                type_=VALIDATION,
                                errors=[{"field": exc.field, "reason": exc.reason, "type": "rule"}])

    @app.exception_handler(IllegalTransition)
    async def _illegal(request: Request, exc: IllegalTransition):
        return problem_response(409, "Conflict", str(exc), str(request.url.path),
                                type_=problem_type("illegal-transition"))

    @app.exception_handler(ConcurrentChange)
    async def _concurrent(request: Request, exc: ConcurrentChange):
        return problem_response(409, "Conflict", str(exc), str(request.url.path))

    @app.exception_handler(NotFound)
    async def _not_found(request: Request, exc: NotFound):
        return problem_response(404, "Not Found", str(exc), str(request.url.path))


def match_public(m: Match) -> MatchPublic:
    return MatchPublic(id=m.id, rfq_id=m.rfq_id, product_id=m.product_id, producer_id=m.producer_id,
                       country=m.country, score=m.score, status=m.status.value, version=m.version, reasons=m.reasons)


def rfq_public(r: Rfq, matches: list[Match] | None = None) -> RfqPublic:
    window = DeliveryWindow(start=r.delivery_from, end=r.delivery_to) if r.delivery_from and r.delivery_to else None
    return RfqPublic(id=r.id, status=r.status.value, version=r.version, text=r.text, group=r.group,
                     hs_code=r.hs_code, quantity=r.quantity, unit=r.unit, target_price=r.target_price,
                     currency=r.currency, certifications=list(r.certifications), destination=r.destination,
                     delivery_window=window, deadline=r.deadline, buyer=r.buyer, created_at=r.created_at,
                     updated_at=r.updated_at, inferred=list(r.inferred),
                     matches=None if matches is None else [match_public(m) for m in matches])


def producer_summary(producer_id: str, rec: dict | None) -> ProducerSummary:
    if rec is None:
        return ProducerSummary(id=producer_id)
    return ProducerSummary(id=producer_id, name_en=rec.get("name_en"), name_local=rec.get("name_local"),
                           type=rec.get("type"), place=rec.get("place"))


def search_hit(score: float, rec: dict, producers: dict[str, dict], currency: str) -> SearchHit:
    """A hit a buyer can act on: who makes it and where, its price in the buyer's currency, an image, the
    certificates it holds and whether each is valid today."""
    price = rec.get("price") or {}
    converted = None
    if price.get("currency") in money.UNITS_PER_USD and price.get("min") is not None:
        converted = ConvertedPrice(
            min=round(money.convert(price["min"], price["currency"], currency), 2),
            max=round(money.convert(price.get("max", price["min"]), price["currency"], currency), 2),
            currency=currency, unit=price.get("unit"), rates=money.table().label)
    valid = valid_schemes(rec)
    certs = [CertificationHeld(scheme=c["scheme"], valid_until=str(c["valid_until"]) if c.get("valid_until") else None,
                               valid=scheme_key(c["scheme"]) in valid)
             for c in rec.get("certifications") or [] if c.get("scheme")]
    images = rec.get("image_urls") or []
    return SearchHit(score=score, product=rec, producer=producer_summary(rec["producer_id"], producers.get(rec["producer_id"])),
                     price=converted, image=images[0] if images else None, certifications=certs)


def catalogue_router() -> APIRouter:
    router = APIRouter(prefix="/catalogue", tags=["catalogue"])

    @router.get("/search", operation_id="search_catalogue", summary="Search the region's listed products",
                responses={200: {"headers": LINK_HEADER}, 422: {"description": "A filter is invalid", **PROBLEM}})
    async def search(catalogue: CatalogueDep, caller: CallerDep, request: Request, response: Response,
                     q: Annotated[SearchText, Query(description="words in English or a local language; "
                                                                "accents optional")] = "",
                     country: Annotated[Country | None, Query()] = None,
                     province: Annotated[Name | None, Query(description="accents and case optional")] = None,
                     group: Group | None = None,
                     hs_code: Annotated[HsCode | None, Query()] = None,
                     min_stars: Annotated[int | None, Query(ge=1, le=5)] = None,
                     certification: Annotated[Certification | None, Query()] = None,
                     programme: Annotated[str | None, Query(pattern=r"^(OVOP|OCOP|OTOP|ODOP|OTHER)$")] = None,
                     min_capacity: Annotated[Quantity | None, Query(description="monthly")] = None,
                     capacity_unit: Annotated[Unit | None, Query(description=
                                                                 "t, kg, g, l, ml, piece, dozen… are converted")] = None,
                     order_quantity: Annotated[Quantity | None, Query(description=
                                                                      "products whose minimum order is at most this")] = None,
                     order_unit: Annotated[KnownUnit, Query(description="the unit of order_quantity")] = "piece",
                     price_min: Annotated[Price | None, Query()] = None,
                     price_max: Annotated[Price | None, Query()] = None,
                     currency: Annotated[Currency, Query()] = "USD",
                     export_market: Annotated[Country | None, Query()] = None,
                     facets: bool = True,
                     sort: Literal["relevance", "stars", "price_asc", "price_desc"] = "relevance",
                     limit: Limit(100) = 20,
                     offset: Annotated[int, Query(ge=0, le=10_000, description="how many hits to skip, 0-10000")] = 0
                     ) -> SearchResults:
        page = await catalogue.search(SearchRequest(
            text=q, country=country, province=province, group=group, hs_code=hs_code, min_stars=min_stars,
            certification=certification, programme=programme, min_capacity=min_capacity, capacity_unit=capacity_unit,
            price_min=price_min, price_max=price_max, currency=currency, export_market=export_market,
            order_quantity=order_quantity, order_unit=order_unit, limit=limit,
            offset=offset, facets=facets, sort=sort))
        producers = await catalogue.producers([p["producer_id"] for p in page.items])
        report = QueryReport(matched=page.matched, dropped=page.dropped, corrected=list(page.corrected),
                             ignored=page.ignored) if q.strip() else None
        hits = [search_hit(s, as_seen_by(p, caller), producers, currency) for s, p in zip(page.scores, page.items)]
        return SearchResults(**paged(request, response, hits, page.total, limit, offset), facets=page.facets,
                             query=report, suggestions=page.suggestions)

    @router.get("/producers/{producer_id}", operation_id="get_catalogue_producer",
                responses={200: {"headers": LINK_HEADER}} | NOT_FOUND,
                summary="A producer's public page: who and where, and its listed products")
    async def producer_page(producer_id: Id, catalogue: CatalogueDep, caller: CallerDep, request: Request,
                            response: Response,
                            currency: Annotated[Currency, Query()] = "USD", limit: Limit(100) = 20,
                            offset: Annotated[int, Query(ge=0, le=10_000, description="0-10000")] = 0) -> ProducerPage:
        rec, page = await catalogue.producer_page(producer_id, limit, offset)
        if rec is None and not page.total:
            raise Problem(404, f"no producer {producer_id} in the regional catalogue")
        found = {producer_id: rec} if rec else {}
        hits = [search_hit(s, as_seen_by(p, caller), found, currency) for s, p in zip(page.scores, page.items)]
        return ProducerPage(**paged(request, response, hits, page.total, limit, offset),
                            producer=producer_summary(producer_id, rec))

    @router.get("/products/{product_id}", operation_id="get_catalogue_product",
                summary="A product of the regional catalogue", responses=NOT_FOUND)
    async def get_product(product_id: Id, catalogue: CatalogueDep, caller: CallerDep) -> CatalogueProduct:
        rec = await catalogue.get_product(product_id)
        if rec is None:
            raise Problem(404, f"no product {product_id} in the regional catalogue")
        return as_seen_by(rec, caller)

    @router.get("/products", operation_id="list_catalogue_products", summary="Listed products of the whole region",
                responses={200: {"headers": LINK_HEADER}})
    async def list_products(catalogue: CatalogueDep, caller: CallerDep, request: Request, response: Response,
                            country: Annotated[Country | None, Query()] = None,
                            group: Group | None = None,
                            limit: Limit(200) = 20, offset: Offset = 0) -> CatalogueProductPage:
        items, total = await catalogue.list_products(country=country, group=group, limit=limit, offset=offset)
        return CatalogueProductPage(**paged(request, response, [as_seen_by(rec, caller) for rec in items], total,
                                            limit, offset))

    return router


def sourcing_router() -> APIRouter:
    router = APIRouter(prefix="/sourcing-requests", tags=["sourcing requests"])
    invalid = {422: {"description": "Invalid request; `errors` names the fields", **PROBLEM}}

    @router.post("", status_code=201, operation_id="post_sourcing_request",
                 responses={201: {"headers": ETAG_HEADER | LOCATION}} | invalid | AUTH,
                 summary="Post a sourcing request; it is matched at once and again as products arrive")
    async def post(body: RfqCreate, sourcing: SourcingDep, principal: PrincipalDep, request: Request,
                   response: Response) -> RfqPublic:
        require(principal, Role.buyer)
        # The buyer is who the token says, whatever the body claims.
        rfq, matches = await sourcing.post(body.model_copy(update={"buyer": principal.client_id}).fields())
        response.headers["Location"] = f"{public_path(request)}/{rfq.id}"
        response.headers["ETag"] = etag(rfq.version)
        return rfq_public(rfq, matches)

    @router.get("", operation_id="list_sourcing_requests", responses={200: {"headers": LINK_HEADER}} | AUTH,
                summary="The caller's sourcing requests (a buyer's own; those a producer was matched to), newest first",
                description="`total` is null: the list is paged by `limit` and `offset`, and `next` is null on the "
                            "last page.")
    async def list_(sourcing: SourcingDep, viewer: ViewerDep, request: Request, response: Response,
                    status: RfqStatus | None = None, limit: Limit(200) = 50, offset: Offset = 0) -> RfqPage:
        found = await sourcing.list(viewer, status=status.value if status else None, limit=limit, offset=offset)
        return RfqPage(**paged(request, response, [rfq_public(r) for r in found], None, limit, offset))

    @router.get("/matches", operation_id="list_producer_matches", responses={200: {"headers": LINK_HEADER}} | AUTH,
                summary="The matches of the token's producer, best first")
    async def producer_matches(sourcing: SourcingDep, principal: PrincipalDep, request: Request, response: Response,
                               producer_id: Annotated[Code | None, Query(
                                   description="the token's own producer; defaults to it")] = None,
                               limit: Limit(1000) = 200, offset: Offset = 0) -> MatchPage:
        require(principal, Role.producer)
        if producer_id is not None and producer_id != principal.producer_id:
            raise Problem(403, f"this token acts for producer {principal.producer_id}, not {producer_id}")
        found = await sourcing.matches_of_producer(principal.producer_id)
        return MatchPage(**paged(request, response, [match_public(m) for m in page(found, limit, offset)],
                                 len(found), limit, offset))

    @router.get("/{rfq_id}", operation_id="get_sourcing_request",
                responses={200: {"headers": ETAG_HEADER}} | NOT_FOUND | AUTH,
                summary="A sourcing request with its matches, best first (a matched producer: its own match only)")
    async def get(rfq_id: Id, sourcing: SourcingDep, viewer: ViewerDep, response: Response) -> RfqPublic:
        rfq, matches = await sourcing.get(rfq_id, viewer)
        response.headers["ETag"] = etag(rfq.version)
        return rfq_public(rfq, matches)

    @router.patch("/{rfq_id}", operation_id="change_sourcing_request",
                  responses={200: {"headers": ETAG_HEADER}, **NOT_FOUND, **CONFLICT, **invalid, **AUTH,
                             **PRECONDITION_ERRORS},
                  summary="Amend a request, or end it (status closed or cancelled)",
                  description="Needs If-Match with the request's current ETag (from its last answer).")
    async def patch(rfq_id: Id, body: RfqPatch, sourcing: SourcingDep, principal: PrincipalDep, response: Response,
                    if_match: IfMatch = None) -> RfqPublic:
        require(principal, Role.buyer)
        await sourcing.get(rfq_id, Viewer(buyer=principal.client_id))  # another buyer's request: 404
        expected = expected_version(if_match)
        if body.status:
            rfq, matches = await sourcing.move_to(rfq_id, RfqStatus(body.status), expected), None
        else:
            rfq, matches = await sourcing.amend(rfq_id, body.changes(), expected)
        response.headers["ETag"] = etag(rfq.version)
        return rfq_public(rfq, matches)

    @router.get("/{rfq_id}/matches", operation_id="list_request_matches",
                responses={200: {"headers": LINK_HEADER}} | NOT_FOUND | AUTH,
                summary="The matches of a request, best first, with their reasons (a matched producer: its own)")
    async def matches(rfq_id: Id, sourcing: SourcingDep, viewer: ViewerDep, request: Request, response: Response,
                      limit: Limit(1000) = 200, offset: Offset = 0) -> MatchPage:
        _, found = await sourcing.get(rfq_id, viewer)
        return MatchPage(**paged(request, response, [match_public(m) for m in page(found, limit, offset)],
                                 len(found), limit, offset))

    @router.patch("/{rfq_id}/matches/{match_id}", operation_id="answer_match",
                  responses={200: {"headers": ETAG_HEADER}, **NOT_FOUND, **CONFLICT, **invalid, **AUTH,
                             **PRECONDITION_ERRORS},
                  summary="The producer accepts or declines a match",
                  description="Needs If-Match with the match's current ETag (W/\"<version>\" of the match as "
                              "listed).")
    async def answer(rfq_id: Id, match_id: Id, body: MatchAnswer, sourcing: SourcingDep,
                     principal: PrincipalDep, response: Response, if_match: IfMatch = None) -> MatchPublic:
        require(principal, Role.producer)
        # Another producer's match, or a request it was not matched to, does not exist for it (404).
        if if_match is None:
            await sourcing.get(rfq_id, Viewer(producer_id=principal.producer_id))  # 404 before 428
        match = await sourcing.respond(rfq_id, match_id, body.status == "accepted", principal.producer_id,
                                       expected_version(if_match))
        response.headers["ETag"] = etag(match.version)
        return match_public(match)

    return router
