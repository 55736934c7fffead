"""HTTP entrypoint of the events service: thin routes under /fairs (the gateway serves them as /v1/fairs)."""
from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, FastAPI, Request, Response

from services.events.domain.fairs import Conflict, IllegalTransition, RuleBroken
from services.events.domain.access import Standing
from services.events.entrypoints.schemas import (ApplicationCreate, BookingCreate, BuyerCreate, Decision, FairCreate,
                                                 OrganiserAdd, Organisers, WaitlistJoin, WishCreate)
from services.events.service_layer.booking import BookingService
from services.events.service_layer.catalogue_view import CatalogueView
from services.events.service_layer.common import NotFound
from services.events.service_layer.fairs import FairsService
from services.events.service_layer.meetings import MeetingsService
from shared.auth import Principal, Role, current_principal, require
from shared.problems import Problem

PROBLEM = {"content": {"application/problem+json": {}}}
ERRORS = {401: {"description": "No valid bearer token", **PROBLEM},
          403: {"description": "The token's role may not do this, or it does not organise this fair", **PROBLEM},
          404: {"description": "Not found", **PROBLEM}, 409: {"description": "Not in this state", **PROBLEM},
          422: {"description": "Breaks a rule of the fair", **PROBLEM}}


def get_view(request: Request) -> CatalogueView:
    return request.app.state.container.view


def get_fairs(request: Request) -> FairsService:
    return request.app.state.container.fairs


def get_booking(request: Request) -> BookingService:
    return request.app.state.container.booking


def get_meetings(request: Request) -> MeetingsService:
    return request.app.state.container.meetings


ViewDep = Annotated[CatalogueView, Depends(get_view)]
FairsDep = Annotated[FairsService, Depends(get_fairs)]
BookingDep = Annotated[BookingService, Depends(get_booking)]
MeetingsDep = Annotated[MeetingsService, Depends(get_meetings)]
# Every write and every party's own data needs a client's token (the gateway checks roles too; a service never
# trusts that alone). Fairs themselves and the catalogue view are public reads.
PrincipalDep = Annotated[Principal, Depends(current_principal)]
ORGANISER = Role.fair_organiser
# Who may say a pair should meet: buyers for themselves, exhibitors for themselves, matching through an
# integrator, and the organiser for anyone.
WISH_SOURCES = {Role.buyer: {"buyer"}, Role.producer: {"exhibitor"}, Role.integrator: {"matching"},
                Role.fair_organiser: {"buyer", "exhibitor", "matching"}}


def install_error_handlers(app: FastAPI) -> None:
    """The domain's refusals as RFC 9457 problems."""
    from shared.problems import problem_response

    base = "https://ovop.asean.example/problems/"

    @app.exception_handler(RuleBroken)
    async def _rule(request: Request, exc: RuleBroken):
        return problem_response(422, "Unprocessable Content", str(exc), str(request.url.path),
                                type_=base + "fair-rule", errors=exc.errors)

    @app.exception_handler(IllegalTransition)  # Conflict too, a subclass
    async def _transition(request: Request, exc: IllegalTransition):
        kind = "conflict" if isinstance(exc, Conflict) else "illegal-transition"
        errors = [{"field": exc.field, "reason": str(exc)}] if exc.field else None
        return problem_response(409, "Conflict", str(exc), str(request.url.path), type_=base + kind, errors=errors)

    @app.exception_handler(NotFound)
    async def _missing(request: Request, exc: NotFound):
        return problem_response(404, "Not Found", str(exc), str(request.url.path))


async def standing(svc: FairsService, fair_id: str, p: Principal) -> Standing:
    """What the caller is at this fair, from the identity its token carries (404 without the fair)."""
    return await svc.standing(fair_id, organiser=p.client_id if p.role is ORGANISER else None,
                              producer_id=p.producer_id if p.role is Role.producer else None,
                              buyer=p.client_id if p.role is Role.buyer else None)


async def runs(svc: FairsService, fair_id: str, p: Principal) -> Standing:
    """403 unless the caller is one of this fair's organisers (its owner or a co-organiser)."""
    require(p, ORGANISER)
    st = await standing(svc, fair_id, p)
    if not st.organiser:
        raise Problem(403, f"fair {fair_id} is run by its own organisers; this token is not one of them")
    return st


async def party(svc: FairsService, fair_id: str, p: Principal, *roles: Role) -> Standing:
    """The standing of a caller whose role may hold its own part of this fair (403 for other roles, and for an
    organiser that does not run it)."""
    if p.role is ORGANISER:
        return await runs(svc, fair_id, p)
    require(p, *roles)
    return await standing(svc, fair_id, p)


def build_router() -> APIRouter:
    router = APIRouter(tags=["fairs"])

    @router.get("/fair-catalogue/products/{product_id}", operation_id="get_fair_catalogue_product",
                summary="What the fairs know of a product (from the registry events)",
                responses={404: {"description": "Not known", **PROBLEM}})
    async def known_product(product_id: str, view: ViewDep) -> dict:
        rec = await view.product(product_id)
        if rec is None:
            raise Problem(404, f"no product {product_id} is known to the fairs")
        return rec

    @router.get("/fair-catalogue/producers/{producer_id}", operation_id="get_fair_catalogue_producer",
                summary="What the fairs know of a producer (from the registry events)",
                responses={404: {"description": "Not known", **PROBLEM}})
    async def known_producer(producer_id: str, view: ViewDep) -> dict:
        rec = await view.producer(producer_id)
        if rec is None:
            raise Problem(404, f"no producer {producer_id} is known to the fairs")
        return rec

    # -- fairs and applications --------------------------------------------------------------
    @router.post("/fairs", status_code=201, operation_id="create_fair", summary="Create a fair with its halls and booths",
                 responses=ERRORS)
    async def create_fair(body: FairCreate, svc: FairsDep, principal: PrincipalDep) -> dict:
        require(principal, ORGANISER)
        return await svc.create_fair(body.model_dump(mode="json"), owner=principal.client_id)

    @router.get("/fairs", operation_id="list_fairs", summary="Every fair, latest first")
    async def list_fairs(svc: FairsDep) -> list[dict]:
        return await svc.fairs()

    @router.get("/fairs/{fair_id}", operation_id="get_fair", responses=ERRORS)
    async def get_fair(fair_id: str, svc: FairsDep) -> dict:
        return await svc.fair(fair_id)

    # -- who runs a fair -------------------------------------------------------------------------
    @router.get("/fairs/{fair_id}/organisers", operation_id="list_fair_organisers", responses=ERRORS,
                summary="The fair's owner and co-organisers (its organisers only)")
    async def list_organisers(fair_id: str, svc: FairsDep, principal: PrincipalDep) -> Organisers:
        await runs(svc, fair_id, principal)
        return Organisers(**await svc.organisers(fair_id))

    @router.post("/fairs/{fair_id}/organisers", operation_id="add_fair_organiser", responses=ERRORS,
                 summary="The fair's owner adds a co-organiser, who then runs the fair too")
    async def add_organiser(fair_id: str, body: OrganiserAdd, svc: FairsDep, principal: PrincipalDep) -> Organisers:
        if not (await runs(svc, fair_id, principal)).owner:
            raise Problem(403, f"only the owner of fair {fair_id} adds or removes its co-organisers")
        return Organisers(**await svc.add_organiser(fair_id, body.client_id, principal.client_id))

    @router.delete("/fairs/{fair_id}/organisers/{client_id}", operation_id="remove_fair_organiser", responses=ERRORS,
                   summary="The fair's owner removes a co-organiser")
    async def remove_organiser(fair_id: str, client_id: str, svc: FairsDep, principal: PrincipalDep) -> Organisers:
        if not (await runs(svc, fair_id, principal)).owner:
            raise Problem(403, f"only the owner of fair {fair_id} adds or removes its co-organisers")
        return Organisers(**await svc.remove_organiser(fair_id, client_id))

    @router.post("/fairs/{fair_id}/applications", status_code=201, operation_id="apply_to_exhibit",
                 summary="A producer applies with its products and ranked booth preferences", responses=ERRORS)
    async def apply(fair_id: str, body: ApplicationCreate, svc: FairsDep, principal: PrincipalDep) -> dict:
        require(principal, Role.producer, ORGANISER)
        if principal.role is Role.producer and principal.producer_id != body.producer_id:
            raise Problem(403, f"this token is producer {principal.producer_id}'s; it cannot apply for {body.producer_id}")
        if principal.role is ORGANISER:
            await runs(svc, fair_id, principal)
        return await svc.apply(fair_id, body.model_dump(mode="json"))

    @router.get("/fairs/{fair_id}/applications", operation_id="list_applications", responses=ERRORS,
                summary="Applications to exhibit: all of them to the fair's organisers, its own to a producer")
    async def list_applications(fair_id: str, svc: FairsDep, principal: PrincipalDep,
                                status: str | None = None) -> list[dict]:
        st = await party(svc, fair_id, principal, Role.producer)
        return [a for a in await svc.applications(fair_id, status) if st.sees_application(a["id"])]

    @router.get("/fairs/{fair_id}/applications/{application_id}", operation_id="get_application", responses=ERRORS)
    async def get_application(fair_id: str, application_id: str, svc: FairsDep, principal: PrincipalDep) -> dict:
        if not (await party(svc, fair_id, principal, Role.producer)).sees_application(application_id):
            raise NotFound(f"no application {application_id} to fair {fair_id}")
        return await svc.application(fair_id, application_id)

    @router.post("/fairs/{fair_id}/applications/{application_id}/decision", operation_id="decide_application",
                 summary="The organiser approves or rejects (with a reason)", responses=ERRORS)
    async def decide(fair_id: str, application_id: str, body: Decision, svc: FairsDep, principal: PrincipalDep) -> dict:
        await runs(svc, fair_id, principal)
        return await svc.decide(fair_id, application_id, body.decision == "approve", body.reason)

    # -- booths --------------------------------------------------------------------------------
    @router.post("/fairs/{fair_id}/bookings", status_code=201, operation_id="book_booth",
                 summary="Book a booth for an approved application", responses=ERRORS)
    async def book(fair_id: str, body: BookingCreate, svc: BookingDep, fairs_: FairsDep, principal: PrincipalDep) -> dict:
        await runs(fairs_, fair_id, principal)
        return await svc.book(fair_id, body.application_id, body.booth_code)

    @router.get("/fairs/{fair_id}/bookings", operation_id="list_bookings", responses=ERRORS,
                summary="Booth bookings: all of them to the fair's organisers, its own to a producer")
    async def list_bookings(fair_id: str, svc: BookingDep, fairs_: FairsDep, principal: PrincipalDep) -> list[dict]:
        st = await party(fairs_, fair_id, principal, Role.producer)
        return [b for b in await svc.bookings(fair_id) if st.sees_application(b["application_id"])]

    @router.post("/fairs/{fair_id}/bookings/{booking_id}/cancel", operation_id="cancel_booking",
                 summary="Cancel a booking; the booth is offered to the waitlist", responses=ERRORS)
    async def cancel_booking(fair_id: str, booking_id: int, svc: BookingDep, fairs_: FairsDep,
                             principal: PrincipalDep) -> dict:
        await runs(fairs_, fair_id, principal)
        return await svc.cancel(fair_id, booking_id)

    @router.post("/fairs/{fair_id}/waitlist", status_code=201, operation_id="join_waitlist", responses=ERRORS)
    async def join_waitlist(fair_id: str, body: WaitlistJoin, svc: BookingDep, fairs_: FairsDep,
                            principal: PrincipalDep) -> dict:
        await runs(fairs_, fair_id, principal)
        return await svc.join_waitlist(fair_id, body.application_id, body.priority)

    @router.get("/fairs/{fair_id}/waitlist", operation_id="get_waitlist", responses=ERRORS,
                summary="The waitlist: all of it to the fair's organisers, its own entries to a producer")
    async def get_waitlist(fair_id: str, svc: BookingDep, fairs_: FairsDep, principal: PrincipalDep) -> list[dict]:
        st = await party(fairs_, fair_id, principal, Role.producer)
        return [w for w in await svc.waitlist(fair_id) if st.sees_application(w["application_id"])]

    @router.post("/fairs/{fair_id}/waitlist/{entry_id}/accept", status_code=201, operation_id="accept_booth_offer",
                 summary="Take the booth held for this waitlist entry, before the hold lapses", responses=ERRORS)
    async def accept(fair_id: str, entry_id: int, svc: BookingDep, fairs_: FairsDep, principal: PrincipalDep) -> dict:
        await runs(fairs_, fair_id, principal)
        return await svc.accept_offer(fair_id, entry_id)

    # -- B2B meetings ----------------------------------------------------------------------------
    @router.post("/fairs/{fair_id}/buyers", status_code=201, operation_id="register_buyer", responses=ERRORS)
    async def register_buyer(fair_id: str, body: BuyerCreate, svc: MeetingsDep, fairs_: FairsDep,
                             principal: PrincipalDep) -> dict:
        """A buyer registers itself (its token's identity, whatever `buyer_ref` says); an organiser of the
        fair registers anyone."""
        require(principal, Role.buyer, ORGANISER)
        if principal.role is ORGANISER:
            await runs(fairs_, fair_id, principal)
        else:
            body = body.model_copy(update={"buyer_ref": principal.client_id})
        return await svc.register_buyer(fair_id, body.model_dump(mode="json"))

    @router.post("/fairs/{fair_id}/wishes", status_code=201, operation_id="add_meeting_wish",
                 summary="A wish to meet, from a buyer, an exhibitor or matching", responses=ERRORS)
    async def add_wish(fair_id: str, body: WishCreate, svc: MeetingsDep, fairs_: FairsDep,
                       principal: PrincipalDep) -> dict:
        if body.source not in WISH_SOURCES.get(principal.role, set()):
            raise Problem(403, f"role {principal.role.value} may not record a wish from {body.source}")
        if principal.role is ORGANISER:
            await runs(fairs_, fair_id, principal)
        elif principal.role in (Role.buyer, Role.producer):
            st = await standing(fairs_, fair_id, principal)
            if principal.role is Role.buyer and body.buyer_id not in st.buyers:
                raise Problem(403, f"buyer registration {body.buyer_id} is not this token's; a buyer wishes for itself")
            if principal.role is Role.producer and body.application_id not in st.applications:
                raise Problem(403, f"application {body.application_id} is not this producer's; "
                                   "an exhibitor wishes for itself")
        return await svc.add_wish(fair_id, body.model_dump())

    @router.post("/fairs/{fair_id}/meetings/schedule", operation_id="schedule_meetings",
                 summary="Plan the meetings (later runs only add around the scheduled ones)", responses=ERRORS)
    async def schedule(fair_id: str, svc: MeetingsDep, fairs_: FairsDep, principal: PrincipalDep) -> dict:
        await runs(fairs_, fair_id, principal)
        return await svc.schedule(fair_id)

    @router.get("/fairs/{fair_id}/meetings", operation_id="list_meetings", responses=ERRORS,
                summary="Scheduled meetings: all of them to the fair's organisers, its own to a buyer or exhibitor")
    async def list_meetings(fair_id: str, svc: MeetingsDep, fairs_: FairsDep, principal: PrincipalDep,
                            buyer_id: str | None = None, application_id: str | None = None) -> list[dict]:
        st = await party(fairs_, fair_id, principal, Role.buyer, Role.producer)
        return [m for m in await svc.list_meetings(fair_id, buyer_id, application_id)
                if st.sees_meeting(m["buyer_id"], m["application_id"])]

    @router.post("/fairs/{fair_id}/meetings/{meeting_id}/cancel", operation_id="cancel_meeting",
                 summary="Cancel one meeting; its slot is refilled from unmet wishes, nothing else moves",
                 responses=ERRORS)
    async def cancel_meeting(fair_id: str, meeting_id: str, svc: MeetingsDep, fairs_: FairsDep,
                             principal: PrincipalDep) -> dict:
        await runs(fairs_, fair_id, principal)
        return await svc.cancel(fair_id, meeting_id)

    @router.get("/fairs/{fair_id}/buyers/{buyer_id}/agenda.ics", operation_id="buyer_agenda",
                response_class=Response, responses={200: {"content": {"text/calendar": {}}}, **ERRORS})
    async def buyer_agenda(fair_id: str, buyer_id: str, svc: MeetingsDep, fairs_: FairsDep,
                           principal: PrincipalDep) -> Response:
        if not (await party(fairs_, fair_id, principal, Role.buyer)).sees_buyer(buyer_id):
            raise NotFound(f"no participant {buyer_id} at fair {fair_id}")
        return Response(await svc.agenda(fair_id, buyer_id=buyer_id), media_type="text/calendar; charset=utf-8")

    @router.get("/fairs/{fair_id}/exhibitors/{application_id}/agenda.ics", operation_id="exhibitor_agenda",
                response_class=Response, responses={200: {"content": {"text/calendar": {}}}, **ERRORS})
    async def exhibitor_agenda(fair_id: str, application_id: str, svc: MeetingsDep, fairs_: FairsDep,
                               principal: PrincipalDep) -> Response:
        if not (await party(fairs_, fair_id, principal, Role.producer)).sees_application(application_id):
            raise NotFound(f"no participant {application_id} at fair {fair_id}")
        return Response(await svc.agenda(fair_id, application_id=application_id),
                        media_type="text/calendar; charset=utf-8")

    return router
