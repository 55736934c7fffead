"""HTTP entrypoint of the events service: thin routes under /fairs (the gateway serves them as /v1/fairs)."""
from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Depends, FastAPI, Query, Request, Response

from services.events.domain.fairs import ApplicationStatus, Conflict, IllegalTransition, RuleBroken
from services.events.domain.access import Standing
from services.events.entrypoints.responses import (
    ApplicationPage, BookingPage, BuyerPage, CheckInPage, FairPage, ForumPage, MeetingPage, RegistrationPage,
    WaitlistPage, WishPage,
    Application, Badge, BadgeKey, Booking, BookingCancelled, BookingMoved, Booth, BuyerListed, BuyerRegistration,
    CheckIn, CheckInListed, Fair, FairEdited, FairReport, FairSummary, Forum, ForumRegistration,
    ForumRegistrationEnded, ForumSession, ForumSummary, KnownProducer, KnownProduct, Meeting, MeetingCancelled,
    NoShow, Outcome, ScheduleResult, WaitlistEntry, Wish, WishAnswered, WishListed)
from services.events.entrypoints.schemas import (GROUPS as Group, ApplicationCreate, BookingCreate, BookingMove,
                                                 BoothAdd, BoothPatch, BuyerCreate, CheckInCreate, Decision,
                                                 FairCreate, FairPatch, ForumCreate, ForumRegistrationCreate,
                                                 ForumSessionCreate, NoShowCreate, OrganiserAdd, Organisers,
                                                 OutcomeCreate, WaitlistJoin, WishAnswer, WishCreate)
from services.events.service_layer.editing import EditService
from services.events.service_layer.forums import ForumsService
from services.events.service_layer.onsite import OnSiteService
from services.events.service_layer.booking import BookingService
from services.events.service_layer.catalogue_view import CatalogueView
from services.events.service_layer.common import NotFound
from services.events.service_layer.fairs import FairsService
from services.events.service_layer.meetings import MeetingsService
from shared.auth import Principal, Role, current_principal, require
from shared.paging import Id, Limit, Offset, RowId32, page, paged, public_path
from shared.preconditions import PRECONDITION_ERRORS, IfMatch, etag, expected_version
from shared.problems import Problem
from shared.validation import Code, CountryCode

PROBLEM = {"content": {"application/problem+json": {}}}
ERRORS = {401: {"description": "No valid bearer token", **PROBLEM},
          403: {"description": "The token's role may not do this, or it does not organise this fair", **PROBLEM},
          404: {"description": "Not found", **PROBLEM}, 409: {"description": "Not in this state", **PROBLEM},
          422: {"description": "Breaks a rule of the fair", **PROBLEM}}
LOCATION = {"Location": {"description": "the URL of the new resource", "schema": {"type": "string"}}}
ETAG = {"ETag": {"description": "the fair's version, for If-Match", "schema": {"type": "string"}}}
CREATED = {201: {"description": "Created", "headers": LOCATION}}
EDIT_ERRORS = {**ERRORS, **PRECONDITION_ERRORS}


def located(request: Request, path: str) -> str:
    """`path` of this service as the client reaches it (behind the gateway: under its public prefix)."""
    return public_path(request)[:-len(request.url.path) or None] + path


def paginate(request: Request, response: Response, items: list, limit: int, offset: int) -> dict:
    """One page of a list held in memory, in the shared envelope (items, total, limit, offset, next + Link)."""
    return paged(request, response, page(items, limit, offset), len(items), limit, offset)


def get_view(request: Request) -> CatalogueView:
    return request.app.state.container.view


def get_fairs(request: Request) -> FairsService:
    return request.app.state.container.fairs


def get_booking(request: Request) -> BookingService:
    return request.app.state.container.booking


def get_meetings(request: Request) -> MeetingsService:
    return request.app.state.container.meetings


def get_edits(request: Request) -> EditService:
    return request.app.state.container.edits


def get_onsite(request: Request) -> OnSiteService:
    return request.app.state.container.onsite


def get_forums(request: Request) -> ForumsService:
    return request.app.state.container.forums


EditsDep = Annotated[EditService, Depends(get_edits)]
OnSiteDep = Annotated[OnSiteService, Depends(get_onsite)]
ForumsDep = Annotated[ForumsService, Depends(get_forums)]
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
    from shared.problems import VALIDATION, problem_response

    base = "https://ovop.asean.example/problems/"

    @app.exception_handler(RuleBroken)
    async def _rule(request: Request, exc: RuleBroken):
        return problem_response(422, "Unprocessable Content", str(exc), str(request.url.path),
                                type_=VALIDATION, errors=exc.errors)

    @app.exception_handler(IllegalTransition)  # Conflict too, a subclass
    async def _transition(request: Request, exc: IllegalTransition):
        kind = "conflict" if isinstance(exc, Conflict) else "illegal-transition"
        errors = [{"field": exc.field, "reason": str(exc)}] if exc.field else None
        return problem_response(409, "Conflict", str(exc), str(request.url.path), type_=base + kind, errors=errors)

    @app.exception_handler(NotFound)
    async def _missing(request: Request, exc: NotFound):
        return problem_response(404, "Not Found", str(exc), str(request.url.path))


async def standing(svc: FairsService, fair_id: Id, p: Principal) -> Standing:
    """What the caller is at this fair, from the identity its token carries (404 without the fair)."""
    return await svc.standing(fair_id, organiser=p.client_id if p.role is ORGANISER else None,
                              producer_id=p.producer_id if p.role is Role.producer else None,
                              buyer=p.client_id if p.role is Role.buyer else None)


async def runs(svc: FairsService, fair_id: Id, p: Principal) -> Standing:
    """403 unless the caller is one of this fair's organisers (its owner or a co-organiser)."""
    require(p, ORGANISER)
    st = await standing(svc, fair_id, p)
    if not st.organiser:
        raise Problem(403, f"fair {fair_id} is run by its own organisers; this token is not one of them")
    return st


async def party(svc: FairsService, fair_id: Id, p: Principal, *roles: Role) -> Standing:
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
    async def known_product(product_id: Id, view: ViewDep) -> KnownProduct:
        rec = await view.product(product_id)
        if rec is None:
            raise Problem(404, f"no product {product_id} is known to the fairs")
        return rec

    @router.get("/fair-catalogue/producers/{producer_id}", operation_id="get_fair_catalogue_producer",
                summary="What the fairs know of a producer (from the registry events)",
                responses={404: {"description": "Not known", **PROBLEM}})
    async def known_producer(producer_id: Id, view: ViewDep) -> KnownProducer:
        rec = await view.producer(producer_id)
        if rec is None:
            raise Problem(404, f"no producer {producer_id} is known to the fairs")
        return rec

    # -- fairs and applications --------------------------------------------------------------
    @router.post("/fairs", status_code=201, operation_id="create_fair", summary="Create a fair with its halls and booths",
                 responses={**ERRORS, **CREATED})
    async def create_fair(request: Request, body: FairCreate, svc: FairsDep, principal: PrincipalDep, response: Response) -> Fair:
        require(principal, ORGANISER)
        fair = await svc.create_fair(body.model_dump(mode="json"), owner=principal.client_id)
        response.headers["Location"] = located(request, f"/fairs/{fair['id']}")
        response.headers["ETag"] = etag(fair["version"])
        return fair

    @router.get("/fairs", operation_id="list_fairs", summary="Every fair, latest first")
    async def list_fairs(request: Request, response: Response, svc: FairsDep, limit: Limit(500) = 100, offset: Offset = 0) -> FairPage:
        return paginate(request, response, await svc.fairs(), limit, offset)

    @router.get("/fairs/{fair_id}", operation_id="get_fair", responses={**ERRORS, 200: {"description": "OK",
                                                                                          "headers": ETAG}})
    async def get_fair(fair_id: Id, svc: FairsDep, response: Response) -> Fair:
        fair = await svc.fair(fair_id)
        response.headers["ETag"] = etag(fair["version"])
        return fair

    # -- who runs a fair -------------------------------------------------------------------------
    @router.get("/fairs/{fair_id}/organisers", operation_id="list_fair_organisers", responses=ERRORS,
                summary="The fair's owner and co-organisers (its organisers only)")
    async def list_organisers(fair_id: Id, svc: FairsDep, principal: PrincipalDep) -> Organisers:
        await runs(svc, fair_id, principal)
        return Organisers(**await svc.organisers(fair_id))

    @router.post("/fairs/{fair_id}/organisers", operation_id="add_fair_organiser", responses=ERRORS,
                 summary="The fair's owner adds a co-organiser, who then runs the fair too")
    async def add_organiser(fair_id: Id, body: OrganiserAdd, svc: FairsDep, principal: PrincipalDep) -> Organisers:
        if not (await runs(svc, fair_id, principal)).owner:
            raise Problem(403, f"only the owner of fair {fair_id} adds or removes its co-organisers")
        return Organisers(**await svc.add_organiser(fair_id, body.client_id, principal.client_id))

    @router.delete("/fairs/{fair_id}/organisers/{client_id}", operation_id="remove_fair_organiser", responses=ERRORS,
                   summary="The fair's owner removes a co-organiser")
    async def remove_organiser(fair_id: Id, client_id: Id, svc: FairsDep, principal: PrincipalDep) -> Organisers:
        if not (await runs(svc, fair_id, principal)).owner:
            raise Problem(403, f"only the owner of fair {fair_id} adds or removes its co-organisers")
        return Organisers(**await svc.remove_organiser(fair_id, client_id))

    @router.post("/fairs/{fair_id}/applications", status_code=201, operation_id="apply_to_exhibit",
                 summary="A producer applies with its products and ranked booth preferences", responses={**ERRORS, **CREATED})
    async def apply(request: Request, fair_id: Id, body: ApplicationCreate, svc: FairsDep, principal: PrincipalDep,
                    response: Response) -> Application:
        require(principal, Role.producer, ORGANISER)
        if principal.role is Role.producer and principal.producer_id != body.producer_id:
            raise Problem(403, f"this token is producer {principal.producer_id}'s; it cannot apply for {body.producer_id}")
        if principal.role is ORGANISER:
            await runs(svc, fair_id, principal)
        app = await svc.apply(fair_id, body.model_dump(mode="json"))
        response.headers["Location"] = located(request, f"/fairs/{fair_id}/applications/{app['id']}")
        return app

    @router.get("/fairs/{fair_id}/applications", operation_id="list_applications", responses=ERRORS,
                summary="Applications to exhibit: all of them to the fair's organisers, its own to a producer")
    async def list_applications(request: Request, response: Response, fair_id: Id, svc: FairsDep, principal: PrincipalDep,
                                status: ApplicationStatus | None = None,
                                limit: Limit(1000) = 500, offset: Offset = 0) -> ApplicationPage:
        st = await party(svc, fair_id, principal, Role.producer)
        return paginate(request, response, [a for a in await svc.applications(fair_id, status.value if status else None)
                     if st.sees_application(a["id"])], limit, offset)

    @router.get("/fairs/{fair_id}/applications/{application_id}", operation_id="get_application", responses=ERRORS)
    async def get_application(fair_id: Id, application_id: Id, svc: FairsDep, principal: PrincipalDep) -> Application:
        if not (await party(svc, fair_id, principal, Role.producer)).sees_application(application_id):
            raise NotFound(f"no application {application_id} to fair {fair_id}")
        return await svc.application(fair_id, application_id)

    @router.post("/fairs/{fair_id}/applications/{application_id}/decision", operation_id="decide_application",
                 summary="The organiser approves or rejects (with a reason)", responses=ERRORS)
    async def decide(fair_id: Id, application_id: Id, body: Decision, svc: FairsDep,
                     principal: PrincipalDep) -> Application:
        await runs(svc, fair_id, principal)
        return await svc.decide(fair_id, application_id, body.decision == "approve", body.reason)

    # -- booths --------------------------------------------------------------------------------
    @router.post("/fairs/{fair_id}/bookings", status_code=201, operation_id="book_booth",
                 summary="Book a booth for an approved application", responses={**ERRORS, **CREATED})
    async def book(request: Request, fair_id: Id, body: BookingCreate, svc: BookingDep, fairs_: FairsDep, principal: PrincipalDep,
                   response: Response) -> Booking:
        """Without `booth_code`, the first free booth of the application's preferences, else the best free booth
        of its products' zone (a zoned booth before an unzoned one, island, corner, inline, the larger first);
        409 only when none is left."""
        await runs(fairs_, fair_id, principal)
        booking = await svc.book(fair_id, body.application_id, body.booth_code)
        response.headers["Location"] = located(request, f"/fairs/{fair_id}/bookings/{booking['id']}")
        return booking

    @router.get("/fairs/{fair_id}/bookings", operation_id="list_bookings", responses=ERRORS,
                summary="Booth bookings: all of them to the fair's organisers, its own to a producer")
    async def list_bookings(request: Request, response: Response, fair_id: Id, svc: BookingDep, fairs_: FairsDep, principal: PrincipalDep,
                            status: Literal["active", "cancelled"] | None = None, zone: Group | None = None,
                            country: Annotated[CountryCode | None, Query()] = None,
                            limit: Limit(2000) = 1000, offset: Offset = 0) -> BookingPage:
        st = await party(fairs_, fair_id, principal, Role.producer)
        return paginate(request, response, [b for b in await svc.bookings(fair_id, status=status, zone=zone, country=country)
                     if st.sees_application(b["application_id"])], limit, offset)

    @router.get("/fairs/{fair_id}/bookings/{booking_id}", operation_id="get_booking", responses=ERRORS)
    async def get_booking(fair_id: Id, booking_id: RowId32, svc: BookingDep, fairs_: FairsDep,
                          principal: PrincipalDep) -> Booking:
        st = await party(fairs_, fair_id, principal, Role.producer)
        found = [b for b in await svc.bookings(fair_id) if b["id"] == booking_id and st.sees_application(b["application_id"])]
        if not found:
            raise NotFound(f"no booking {booking_id} at fair {fair_id}")
        return found[0]

    @router.post("/fairs/{fair_id}/bookings/{booking_id}/move", operation_id="move_booking", responses=ERRORS,
                 summary="Move an exhibitor to another free booth of its zone; its meetings follow")
    async def move_booking(fair_id: Id, booking_id: RowId32, body: BookingMove, svc: BookingDep, fairs_: FairsDep,
                           principal: PrincipalDep) -> BookingMoved:
        await runs(fairs_, fair_id, principal)
        return await svc.move(fair_id, booking_id, body.booth_code)

    @router.post("/fairs/{fair_id}/bookings/{booking_id}/cancel", operation_id="cancel_booking",
                 summary="Cancel a booking; the booth is offered to the waitlist", responses=ERRORS)
    async def cancel_booking(fair_id: Id, booking_id: RowId32, svc: BookingDep, fairs_: FairsDep,
                             principal: PrincipalDep) -> BookingCancelled:
        await runs(fairs_, fair_id, principal)
        return await svc.cancel(fair_id, booking_id, by=principal.client_id)

    @router.post("/fairs/{fair_id}/waitlist", status_code=201, operation_id="join_waitlist", responses={**ERRORS, **CREATED})
    async def join_waitlist(request: Request, response: Response, fair_id: Id, body: WaitlistJoin, svc: BookingDep, fairs_: FairsDep,
                            principal: PrincipalDep) -> WaitlistEntry:
        await runs(fairs_, fair_id, principal)
        entry = await svc.join_waitlist(fair_id, body.application_id, body.priority)
        response.headers["Location"] = located(request, f"/fairs/{fair_id}/waitlist/{entry['id']}")
        return entry

    @router.get("/fairs/{fair_id}/waitlist", operation_id="get_waitlist", responses=ERRORS,
                summary="The waitlist: all of it to the fair's organisers, its own entries to a producer")
    async def get_waitlist(request: Request, response: Response, fair_id: Id, svc: BookingDep, fairs_: FairsDep, principal: PrincipalDep,
                           limit: Limit(1000) = 500, offset: Offset = 0) -> WaitlistPage:
        st = await party(fairs_, fair_id, principal, Role.producer)
        return paginate(request, response, [w for w in await svc.waitlist(fair_id) if st.sees_application(w["application_id"])], limit, offset)

    @router.get("/fairs/{fair_id}/waitlist/{entry_id}", operation_id="get_waitlist_entry", responses=ERRORS,
                summary="A waitlist entry: to the fair's organisers, or to the producer whose application it is")
    async def get_waitlist_entry(fair_id: Id, entry_id: RowId32, svc: BookingDep, fairs_: FairsDep,
                                 principal: PrincipalDep) -> WaitlistEntry:
        st = await party(fairs_, fair_id, principal, Role.producer)
        found = [w for w in await svc.waitlist(fair_id) if w["id"] == entry_id and st.sees_application(w["application_id"])]
        if not found:
            raise NotFound(f"no waitlist entry {entry_id} at fair {fair_id}")
        return found[0]

    @router.post("/fairs/{fair_id}/waitlist/{entry_id}/accept", status_code=201, operation_id="accept_booth_offer",
                 summary="Take the booth held for this waitlist entry, before the hold lapses", responses={**ERRORS, **CREATED})
    async def accept(request: Request, response: Response, fair_id: Id, entry_id: RowId32, svc: BookingDep, fairs_: FairsDep,
                     principal: PrincipalDep) -> Booking:
        await runs(fairs_, fair_id, principal)
        booking = await svc.accept_offer(fair_id, entry_id)
        response.headers["Location"] = located(request, f"/fairs/{fair_id}/bookings/{booking['id']}")
        return booking

    # -- B2B meetings ----------------------------------------------------------------------------
    @router.post("/fairs/{fair_id}/buyers", status_code=201, operation_id="register_buyer", responses={**ERRORS, **CREATED})
    async def register_buyer(request: Request, fair_id: Id, body: BuyerCreate, svc: MeetingsDep, fairs_: FairsDep,
                             principal: PrincipalDep, response: Response) -> BuyerRegistration:
        """A buyer registers itself (its token's identity, whatever `buyer_ref` says); an organiser of the
        fair registers anyone."""
        require(principal, Role.buyer, ORGANISER)
        if principal.role is ORGANISER:
            await runs(fairs_, fair_id, principal)
        else:
            body = body.model_copy(update={"buyer_ref": principal.client_id})
        reg = await svc.register_buyer(fair_id, body.model_dump(mode="json"))
        response.headers["Location"] = located(request, f"/fairs/{fair_id}/buyers/{reg['id']}")
        return reg

    @router.post("/fairs/{fair_id}/wishes", status_code=201, operation_id="add_meeting_wish",
                 summary="A wish to meet, from a buyer, an exhibitor or matching", responses={**ERRORS, **CREATED})
    async def add_wish(request: Request, response: Response, fair_id: Id, body: WishCreate, svc: MeetingsDep, fairs_: FairsDep,
                       principal: PrincipalDep) -> Wish:
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
        wish = await svc.add_wish(fair_id, body.model_dump())
        response.headers["Location"] = located(request, f"/fairs/{fair_id}/wishes/{wish['id']}")
        return wish

    @router.post("/fairs/{fair_id}/meetings/schedule", operation_id="schedule_meetings",
                 summary="Plan the meetings (later runs only add around the scheduled ones)", responses=ERRORS)
    async def schedule(fair_id: Id, svc: MeetingsDep, fairs_: FairsDep, principal: PrincipalDep) -> ScheduleResult:
        await runs(fairs_, fair_id, principal)
        return await svc.schedule(fair_id)

    @router.get("/fairs/{fair_id}/meetings", operation_id="list_meetings", responses=ERRORS,
                summary="Scheduled meetings: all of them to the fair's organisers, its own to a buyer or exhibitor")
    async def list_meetings(request: Request, response: Response, fair_id: Id, svc: MeetingsDep, fairs_: FairsDep, principal: PrincipalDep,
                            buyer_id: Annotated[Code | None, Query()] = None,
                            application_id: Annotated[Code | None, Query()] = None,
                            status: Literal["scheduled", "cancelled", "no_show"] | None = "scheduled",
                            limit: Limit(5000) = 2000, offset: Offset = 0) -> MeetingPage:
        st = await party(fairs_, fair_id, principal, Role.buyer, Role.producer)
        return paginate(request, response, [m for m in await svc.list_meetings(fair_id, buyer_id, application_id, status)
                     if st.sees_meeting(m["buyer_id"], m["application_id"])], limit, offset)

    @router.post("/fairs/{fair_id}/meetings/{meeting_id}/cancel", operation_id="cancel_meeting",
                 summary="Cancel one meeting; its slot is refilled from unmet wishes, nothing else moves",
                 responses=ERRORS)
    async def cancel_meeting(fair_id: Id, meeting_id: Id, svc: MeetingsDep, fairs_: FairsDep,
                             principal: PrincipalDep) -> MeetingCancelled:
        await runs(fairs_, fair_id, principal)
        return await svc.cancel(fair_id, meeting_id)

    @router.get("/fairs/{fair_id}/buyers/{buyer_id}/agenda.ics", operation_id="buyer_agenda",
                response_class=Response, responses={200: {"content": {"text/calendar": {}}}, **ERRORS})
    async def buyer_agenda(fair_id: Id, buyer_id: Id, svc: MeetingsDep, fairs_: FairsDep,
                           principal: PrincipalDep) -> Response:
        if not (await party(fairs_, fair_id, principal, Role.buyer)).sees_buyer(buyer_id):
            raise NotFound(f"no participant {buyer_id} at fair {fair_id}")
        return Response(await svc.agenda(fair_id, buyer_id=buyer_id), media_type="text/calendar; charset=utf-8")

    @router.get("/fairs/{fair_id}/exhibitors/{application_id}/agenda.ics", operation_id="exhibitor_agenda",
                response_class=Response, responses={200: {"content": {"text/calendar": {}}}, **ERRORS})
    async def exhibitor_agenda(fair_id: Id, application_id: Id, svc: MeetingsDep, fairs_: FairsDep,
                               principal: PrincipalDep) -> Response:
        if not (await party(fairs_, fair_id, principal, Role.producer)).sees_application(application_id):
            raise NotFound(f"no participant {application_id} at fair {fair_id}")
        return Response(await svc.agenda(fair_id, application_id=application_id),
                        media_type="text/calendar; charset=utf-8")

    # -- editing a fair --------------------------------------------------------------------------
    @router.patch("/fairs/{fair_id}", operation_id="edit_fair",
                  responses={**EDIT_ERRORS, 200: {"description": "OK", "headers": ETAG}},
                  summary="Change a fair's name, dates, venue, time zone, window, quotas or caps (If-Match)")
    async def edit_fair(fair_id: Id, body: FairPatch, edits: EditsDep, svc: FairsDep, principal: PrincipalDep,
                        response: Response, if_match: IfMatch = None) -> FairEdited:
        """Refused with the reason (409) when a change would break a booking or a meeting; otherwise carried
        through: moving `starts_on` moves the whole fair, its meeting programme, participants' hours and
        scheduled meetings by as many days; a new `timezone` keeps wall-clock times; a new `venue` relocates
        every meeting. Moved meetings are published (`meeting.moved`) and keep their calendar UID with a higher
        SEQUENCE."""
        await runs(svc, fair_id, principal)
        done = await edits.edit_fair(fair_id, body.model_dump(mode="json", exclude_unset=True),
                                     expected_version(if_match))
        fair = await svc.fair(fair_id)
        response.headers["ETag"] = etag(fair["version"])
        return {**fair, "meetings_moved": done["meetings_moved"], "days_shifted": done["days_shifted"]}

    @router.post("/fairs/{fair_id}/booths", status_code=201, operation_id="add_booth", responses={**ERRORS, **CREATED},
                 summary="Add a booth to a hall (a new hall code makes a new hall)")
    async def add_booth(request: Request, fair_id: Id, body: BoothAdd, edits: EditsDep, svc: FairsDep, principal: PrincipalDep,
                        response: Response) -> Booth:
        await runs(svc, fair_id, principal)
        booth = await edits.add_booth(fair_id, body.hall, body.model_dump(mode="json", exclude={"hall"}))
        response.headers["Location"] = located(request, f"/fairs/{fair_id}/booths/{booth['code']}")
        return booth

    @router.get("/fairs/{fair_id}/booths/{booth_code}", operation_id="get_booth",
                responses={**ERRORS, 200: {"description": "OK", "headers": ETAG}},
                summary="A booth of a fair (public, as the fair is); its ETag is the fair's, which a change of the "
                        "booth needs")
    async def get_booth(fair_id: Id, booth_code: Id, svc: FairsDep, response: Response) -> Booth:
        booth, version = await svc.booth(fair_id, booth_code)
        response.headers["ETag"] = etag(version)
        return booth

    @router.patch("/fairs/{fair_id}/booths/{booth_code}", operation_id="edit_booth",
                  responses={**EDIT_ERRORS, 200: {"description": "OK", "headers": ETAG}},
                  summary="Change a booth; a zone change is refused while an exhibitor of another group holds it "
                          "(If-Match)")
    async def edit_booth(fair_id: Id, booth_code: Id, body: BoothPatch, edits: EditsDep, svc: FairsDep,
                         principal: PrincipalDep, response: Response, if_match: IfMatch = None) -> Booth:
        """A booth is a part of its fair: If-Match names the fair's ETag (from the fair, the booth or the last
        change of either), and the answer's ETag is the fair's next version."""
        await runs(svc, fair_id, principal)
        booth, version = await edits.change_booth(fair_id, booth_code,
                                                  body.model_dump(mode="json", exclude_unset=True),
                                                  expected_version(if_match))
        response.headers["ETag"] = etag(version)
        return booth

    @router.delete("/fairs/{fair_id}/booths/{booth_code}", status_code=204, operation_id="remove_booth",
                   responses=ERRORS, summary="Remove a booth that was never booked (409 otherwise)")
    async def remove_booth(fair_id: Id, booth_code: Id, edits: EditsDep, svc: FairsDep,
                           principal: PrincipalDep) -> Response:
        await runs(svc, fair_id, principal)
        await edits.remove_booth(fair_id, booth_code)
        return Response(status_code=204)

    # -- people at the fair ------------------------------------------------------------------------
    @router.get("/fairs/{fair_id}/buyers", operation_id="list_buyers", responses=ERRORS,
                summary="Registered buyers: all of them to the fair's organisers, its own registration to a buyer")
    async def list_buyers(request: Request, response: Response, fair_id: Id, svc: MeetingsDep, fairs_: FairsDep, principal: PrincipalDep,
                          limit: Limit(5000) = 1000, offset: Offset = 0) -> BuyerPage:
        st = await party(fairs_, fair_id, principal, Role.buyer)
        return paginate(request, response, [b for b in await svc.list_buyers(fair_id) if st.sees_buyer(b["id"])], limit, offset)

    @router.get("/fairs/{fair_id}/buyers/{buyer_id}", operation_id="get_buyer", responses=ERRORS,
                summary="A buyer's registration (the organisers, or the buyer itself)")
    async def get_buyer(fair_id: Id, buyer_id: Id, svc: MeetingsDep, fairs_: FairsDep,
                        principal: PrincipalDep) -> BuyerListed:
        st = await party(fairs_, fair_id, principal, Role.buyer)
        found = [b for b in await svc.list_buyers(fair_id) if b["id"] == buyer_id and st.sees_buyer(buyer_id)]
        if not found:
            raise NotFound(f"no buyer {buyer_id} at fair {fair_id}")
        return found[0]

    @router.get("/fairs/{fair_id}/wishes", operation_id="list_wishes", responses=ERRORS,
                summary="Meeting wishes: all to the organisers, a buyer's or an exhibitor's own to itself")
    async def list_wishes(request: Request, response: Response, fair_id: Id, svc: MeetingsDep, fairs_: FairsDep, principal: PrincipalDep,
                          buyer_id: Annotated[Code | None, Query()] = None,
                          application_id: Annotated[Code | None, Query()] = None,
                          source: Literal["buyer", "exhibitor", "matching"] | None = None,
                          limit: Limit(5000) = 2000, offset: Offset = 0) -> WishPage:
        st = await party(fairs_, fair_id, principal, Role.buyer, Role.producer)
        return paginate(request, response, [w for w in await svc.list_wishes(fair_id, buyer_id=buyer_id, application_id=application_id,
                                                      source=source)
                     if st.sees_meeting(w["buyer_id"], w["application_id"])], limit, offset)

    @router.get("/fairs/{fair_id}/wishes/{wish_id}", operation_id="get_meeting_wish", responses=ERRORS,
                summary="A wish to meet: to the fair's organisers, or to the buyer or exhibitor it names")
    async def get_wish(fair_id: Id, wish_id: RowId32, svc: MeetingsDep, fairs_: FairsDep,
                       principal: PrincipalDep) -> WishListed:
        st = await party(fairs_, fair_id, principal, Role.buyer, Role.producer)
        found = [w for w in await svc.list_wishes(fair_id) if w["id"] == wish_id
                 and st.sees_meeting(w["buyer_id"], w["application_id"])]
        if not found:
            raise NotFound(f"no wish {wish_id} at fair {fair_id}")
        return found[0]

    @router.post("/fairs/{fair_id}/wishes/{wish_id}/answer", operation_id="answer_meeting_request",
                 responses=ERRORS, summary="The exhibitor accepts or declines a buyer's request to meet")
    async def answer_wish(fair_id: Id, wish_id: RowId32, body: WishAnswer, svc: MeetingsDep, fairs_: FairsDep,
                          principal: PrincipalDep) -> WishAnswered:
        st = await party(fairs_, fair_id, principal, Role.producer)
        return await svc.answer_wish(fair_id, wish_id, body.answer, None if st.organiser else st.applications)

    # -- on the day ----------------------------------------------------------------------------------
    @router.get("/fairs/{fair_id}/badge-key", operation_id="get_badge_key", responses=ERRORS,
                summary="The fair's public key, to verify badges offline (public)")
    async def badge_key(fair_id: Id, onsite: OnSiteDep) -> BadgeKey:
        return await onsite.badge_key(fair_id)

    @router.get("/fairs/{fair_id}/buyers/{buyer_id}/badge", operation_id="get_buyer_badge", responses=ERRORS,
                summary="A buyer's badge: a signed token and its QR code (the organisers, or the buyer itself)")
    async def buyer_badge(fair_id: Id, buyer_id: Id, onsite: OnSiteDep, fairs_: FairsDep,
                          principal: PrincipalDep) -> Badge:
        if not (await party(fairs_, fair_id, principal, Role.buyer)).sees_buyer(buyer_id):
            raise NotFound(f"no buyer {buyer_id} at fair {fair_id}")
        return await onsite.badge(fair_id, "buyer", buyer_id)

    @router.get("/fairs/{fair_id}/exhibitors/{application_id}/badge", operation_id="get_exhibitor_badge",
                responses=ERRORS, summary="An exhibitor's badge (the organisers, or the exhibitor itself)")
    async def exhibitor_badge(fair_id: Id, application_id: Id, onsite: OnSiteDep, fairs_: FairsDep,
                              principal: PrincipalDep) -> Badge:
        if not (await party(fairs_, fair_id, principal, Role.producer)).sees_application(application_id):
            raise NotFound(f"no exhibitor {application_id} at fair {fair_id}")
        return await onsite.badge(fair_id, "exhibitor", application_id)

    @router.post("/fairs/{fair_id}/check-ins", operation_id="check_in", responses=ERRORS,
                 summary="Check a participant in by its badge's token (a second scan answers the first check-in)")
    async def check_in(fair_id: Id, body: CheckInCreate, onsite: OnSiteDep, fairs_: FairsDep,
                       principal: PrincipalDep) -> CheckIn:
        await runs(fairs_, fair_id, principal)
        return await onsite.check_in(fair_id, body.token, principal.client_id)

    @router.get("/fairs/{fair_id}/check-ins", operation_id="list_check_ins", responses=ERRORS)
    async def list_check_ins(request: Request, response: Response, fair_id: Id, onsite: OnSiteDep, fairs_: FairsDep, principal: PrincipalDep,
                             limit: Limit(10000) = 2000, offset: Offset = 0) -> CheckInPage:
        await runs(fairs_, fair_id, principal)
        return paginate(request, response, await onsite.check_ins(fair_id), limit, offset)

    @router.post("/fairs/{fair_id}/meetings/{meeting_id}/no-show", operation_id="mark_no_show", responses=ERRORS,
                 summary="Mark a started meeting a no-show; its slot goes to checked-in walk-ins, nothing else moves")
    async def no_show(fair_id: Id, meeting_id: Id, body: NoShowCreate, onsite: OnSiteDep, fairs_: FairsDep,
                      principal: PrincipalDep) -> NoShow:
        await runs(fairs_, fair_id, principal)
        return await onsite.no_show(fair_id, meeting_id, body.absent)

    @router.get("/fairs/{fair_id}/meetings/{meeting_id}/invitation.ics", operation_id="meeting_invitation",
                response_class=Response, responses={200: {"content": {"text/calendar": {}}}, **ERRORS},
                summary="One meeting as an iTIP message: METHOD:REQUEST, or METHOD:CANCEL once cancelled")
    async def invitation(fair_id: Id, meeting_id: Id, svc: MeetingsDep, fairs_: FairsDep,
                         principal: PrincipalDep) -> Response:
        st = await party(fairs_, fair_id, principal, Role.buyer, Role.producer)
        m = await svc.meeting(fair_id, meeting_id)
        if not st.sees_meeting(m["buyer_id"], m["application_id"]):
            raise NotFound(f"no meeting {meeting_id} at fair {fair_id}")
        view = "buyer" if m["buyer_id"] in st.buyers else "exhibitor"
        return Response(await svc.invitation(fair_id, meeting_id, view), media_type="text/calendar; charset=utf-8")

    # -- after the fair ------------------------------------------------------------------------------
    @router.post("/fairs/{fair_id}/meetings/{meeting_id}/outcome", operation_id="record_meeting_outcome",
                 responses=ERRORS, summary="Either participant records what came of a meeting (published for "
                                           "the trade indicators)")
    async def record_outcome(fair_id: Id, meeting_id: Id, body: OutcomeCreate, onsite: OnSiteDep, fairs_: FairsDep,
                             principal: PrincipalDep) -> Outcome:
        require(principal, Role.buyer, Role.producer)
        st = await standing(fairs_, fair_id, principal)
        return await onsite.record_outcome(fair_id, meeting_id, body.model_dump(mode="json"), principal.client_id,
                                           (st.buyers, st.applications))

    @router.get("/fairs/{fair_id}/report", operation_id="fair_report", responses=ERRORS,
                summary="The organisers' report: exhibitors, buyers, meetings held, no-shows, outcomes")
    async def report(fair_id: Id, onsite: OnSiteDep, fairs_: FairsDep, principal: PrincipalDep) -> FairReport:
        await runs(fairs_, fair_id, principal)
        return await onsite.report(fair_id)

    # -- forums ------------------------------------------------------------------------------------------
    async def runs_forum(forum_id: str, p: Principal, forums_: ForumsService, fairs_: FairsService) -> None:
        require(p, ORGANISER)
        owner, fair_id = await forums_.owner(forum_id)
        if owner == p.client_id:
            return
        if fair_id and (await standing(fairs_, fair_id, p)).organiser:
            return
        raise Problem(403, f"forum {forum_id} is run by its own organisers; this token is not one of them")

    @router.post("/forums", status_code=201, operation_id="create_forum", responses={**ERRORS, **CREATED}, tags=["forums"],
                 summary="Create a forum, beside a fair the caller organises or on its own")
    async def create_forum(request: Request, body: ForumCreate, forums_: ForumsDep, fairs_: FairsDep, principal: PrincipalDep,
                           response: Response) -> Forum:
        require(principal, ORGANISER)
        if body.fair_id:
            await runs(fairs_, body.fair_id, principal)
        forum = await forums_.create(body.model_dump(mode="json"), principal.client_id)
        response.headers["Location"] = located(request, f"/forums/{forum['id']}")
        return forum

    @router.get("/forums", operation_id="list_forums", tags=["forums"], summary="Every forum")
    async def list_forums(request: Request, response: Response, forums_: ForumsDep, limit: Limit(500) = 100, offset: Offset = 0) -> ForumPage:
        return paginate(request, response, await forums_.forums(), limit, offset)

    @router.get("/forums/{forum_id}", operation_id="get_forum", responses=ERRORS, tags=["forums"],
                summary="A forum and its programme: sessions with rooms, times, speakers, seats and waitlists")
    async def get_forum(forum_id: Id, forums_: ForumsDep) -> Forum:
        return await forums_.forum(forum_id)

    @router.get("/forums/{forum_id}/programme.ics", operation_id="forum_programme_ics", tags=["forums"],
                response_class=Response, responses={200: {"content": {"text/calendar": {}}}, **ERRORS})
    async def programme_ics(forum_id: Id, forums_: ForumsDep) -> Response:
        return Response(await forums_.programme_ics(forum_id), media_type="text/calendar; charset=utf-8")

    @router.post("/forums/{forum_id}/sessions", status_code=201, operation_id="add_forum_session", tags=["forums"],
                 responses={**ERRORS, **CREATED}, summary="Add a session; no two overlap in one room, no speaker in two places (409)")
    async def add_session(request: Request, forum_id: Id, body: ForumSessionCreate, forums_: ForumsDep, fairs_: FairsDep,
                          principal: PrincipalDep, response: Response) -> ForumSession:
        await runs_forum(forum_id, principal, forums_, fairs_)
        sess = await forums_.add_session(forum_id, body.model_dump(mode="json"))
        response.headers["Location"] = located(request, f"/forums/{forum_id}/sessions/{sess['id']}")
        return sess

    @router.get("/forums/{forum_id}/sessions/{session_id}", operation_id="get_forum_session", tags=["forums"],
                responses=ERRORS, summary="One session of a forum's programme: room, times, speakers, seats taken")
    async def get_session(forum_id: Id, session_id: Id, forums_: ForumsDep) -> ForumSession:
        return await forums_.session(forum_id, session_id)

    @router.post("/forums/{forum_id}/sessions/{session_id}/registrations", status_code=201, tags=["forums"],
                 operation_id="register_for_session", responses={**ERRORS, **CREATED},
                 summary="Take a seat, or a place in the waiting line when the session is full")
    async def register_session(request: Request, forum_id: Id, session_id: Id, body: ForumRegistrationCreate, forums_: ForumsDep,
                               principal: PrincipalDep, response: Response) -> ForumRegistration:
        reg = await forums_.register(forum_id, session_id, principal.client_id, body.name)
        response.headers["Location"] = located(request,
                                               f"/forums/{forum_id}/sessions/{session_id}/registrations/{reg['id']}")
        return reg

    @router.get("/forums/{forum_id}/sessions/{session_id}/registrations", tags=["forums"],
                operation_id="list_session_registrations", responses=ERRORS,
                summary="Registrations and the waiting line: all to the forum's organisers, its own to anyone else")
    async def list_registrations(request: Request, response: Response, forum_id: Id, session_id: Id, forums_: ForumsDep, fairs_: FairsDep,
                                 principal: PrincipalDep, limit: Limit(10000) = 2000,
                                 offset: Offset = 0) -> RegistrationPage:
        everyone = False
        if principal.role is ORGANISER:
            try:
                await runs_forum(forum_id, principal, forums_, fairs_)
                everyone = True
            except Problem:
                pass
        return paginate(request, response, await forums_.registrations(forum_id, session_id, None if everyone else principal.client_id),
                    limit, offset)

    @router.get("/forums/{forum_id}/sessions/{session_id}/registrations/{registration_id}", tags=["forums"],
                operation_id="get_session_registration", responses=ERRORS,
                summary="A seat or a place in line: to its holder, or to the forum's organisers")
    async def get_registration(forum_id: Id, session_id: Id, registration_id: RowId32, forums_: ForumsDep,
                               fairs_: FairsDep, principal: PrincipalDep) -> ForumRegistration:
        everyone = False
        if principal.role is ORGANISER:
            try:
                await runs_forum(forum_id, principal, forums_, fairs_)
                everyone = True
            except Problem:
                pass
        found = [r for r in await forums_.registrations(forum_id, session_id, None if everyone else principal.client_id)
                 if r["id"] == registration_id]
        if not found:
            raise NotFound(f"no registration {registration_id} for session {session_id}")
        return found[0]

    @router.post("/forums/{forum_id}/sessions/{session_id}/registrations/{registration_id}/cancel", tags=["forums"],
                 operation_id="cancel_session_registration", responses=ERRORS,
                 summary="Give up a seat (or a place in line); the first waiting takes the seat")
    async def leave(forum_id: Id, session_id: Id, registration_id: RowId32, forums_: ForumsDep, fairs_: FairsDep,
                    principal: PrincipalDep) -> ForumRegistrationEnded:
        mine_only = True
        if principal.role is ORGANISER:
            try:
                await runs_forum(forum_id, principal, forums_, fairs_)
                mine_only = False
            except Problem:
                pass
        return await forums_.leave(forum_id, session_id, registration_id, principal.client_id if mine_only else None)

    return router
