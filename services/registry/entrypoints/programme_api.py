"""HTTP entrypoint of the programme's work on a registry node: registration and review, evaluations,
certificates, the standards catalogue, the programmes' rules and the sweep. Thin: decode, call the
programme service, encode."""
from __future__ import annotations

from dataclasses import asdict
from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Header, Query, Request, Response

from services.registry.domain import programme as rules
from services.registry.domain.errors import Forbidden, InvalidField, NotFound
from services.registry.entrypoints.programme_schemas import (CertificatePage, CertificatePublic, EvaluationPage, FigureInput,
                                                             FigurePublic, FocalPointDirectory, FocalPointInput,
                                                             FocalPointPublic, GreenPublic, IndicatorPlan,
                                                             EvaluationPublic, ProgrammeList, RegistrationPage,
                                                             RegistrationPublic, StandardList, SweepRequest,
                                                             SweepResult)
from services.registry.service_layer.programme import ProgrammeService
from shared.auth import Principal, Role, current_principal, optional_principal, require
from shared.paging import LINK_HEADER, Id, Limit, Offset, page, paged, public_path
from shared.preconditions import ETAG_HEADER, PRECONDITION_ERRORS, IfMatch, etag, expected_version, version_named
from shared.validation import Year

PROBLEM = {"content": {"application/problem+json": {}}}
AUTH = {401: {"description": "No bearer token, or one that is forged or expired", **PROBLEM},
        403: {"description": "The caller's role, country, producer or province does not reach this", **PROBLEM}}
NOT_FOUND = {404: {"description": "No such record on this node", **PROBLEM}}
INVALID = {422: {"description": "Invalid input: each error names the field and the reason", **PROBLEM}}
CREATED = {201: {"headers": {"Location": {"description": "the URL of the new record", "schema": {"type": "string"}}}}}
CONFLICT = {409: {"description": "The registration is not in a state where this step applies", **PROBLEM}}


def get_programme(request: Request) -> ProgrammeService:
    return request.app.state.container.programme


ProgrammeDep = Annotated[ProgrammeService, Depends(get_programme)]


def _caller(request: Request, *roles: Role) -> Principal:
    return require(current_principal(request), *roles, country=request.app.state.container.settings.node_country)


def submitter(request: Request) -> Principal:
    return _caller(request, Role.producer, Role.provincial_officer, Role.registry_admin)


def committee(request: Request) -> Principal:
    return _caller(request, Role.committee)


def certifier(request: Request) -> Principal:
    return _caller(request, Role.committee, Role.registry_admin)


def programme_reader(request: Request) -> Principal:
    return _caller(request, Role.producer, Role.provincial_officer, Role.committee, Role.registry_admin)


SubmitterDep = Annotated[Principal, Depends(submitter)]
CommitteeDep = Annotated[Principal, Depends(committee)]
CertifierDep = Annotated[Principal, Depends(certifier)]
ReaderDep = Annotated[Principal, Depends(programme_reader)]


def build_programme_router() -> APIRouter:
    router = APIRouter()

    @router.get("/programmes", response_model=ProgrammeList, tags=["programme"], operation_id="list_programmes",
                summary="The rules of each programme: who submits and decides, the checklist, the scorecard")
    async def programmes():
        return {"programmes": rules.programmes()}

    @router.get("/standards", response_model=StandardList, tags=["programme"], operation_id="list_standards",
                summary="The standards a certificate may name (national programmes, GAP, organic, halal, HACCP…)")
    async def standards():
        return {"items": list(rules.standards().values())}

    @router.post("/products/{product_id}/submission", response_model=RegistrationPublic, tags=["programme"],
                 operation_id="submit_registration",
                 summary="Submit a product for registration with its dossier (its producer, its province's "
                         "officer or the registry)",
                 description="If-Match with the registration's ETag (its product's version, as GET …/registration "
                             "or the product answers it): the dossier is submitted only for the state it was "
                             "prepared against.",
                 responses={200: {"headers": ETAG_HEADER}} | AUTH | NOT_FOUND | CONFLICT | INVALID
                 | PRECONDITION_ERRORS)
    async def submit(product_id: Id, body: rules.Submission, programme: ProgrammeDep, principal: SubmitterDep,
                     response: Response, if_match: IfMatch = None):
        reg = await programme.submit(product_id, body, principal, version_named(if_match))
        response.headers["ETag"] = etag(reg["version"])
        return reg

    @router.post("/products/{product_id}/review", response_model=RegistrationPublic, tags=["programme"],
                 operation_id="review_registration",
                 summary="The committee's decision on a submitted registration: approve (the product is listed), "
                         "reject or ask for changes, with the checklist, comments and reasons",
                 description="If-Match with the registration's ETag: the decision stands only for the dossier "
                             "the committee read (412 when it was sent back and submitted again meanwhile).",
                 responses={200: {"headers": ETAG_HEADER}} | AUTH | NOT_FOUND | CONFLICT | INVALID
                 | PRECONDITION_ERRORS)
    async def review(product_id: Id, body: rules.Review, programme: ProgrammeDep, principal: CommitteeDep,
                     response: Response, if_match: IfMatch = None):
        reg = await programme.review(product_id, body, principal, version_named(if_match))
        response.headers["ETag"] = etag(reg["version"])
        return reg

    @router.get("/products/{product_id}/registration", response_model=RegistrationPublic, tags=["programme"],
                operation_id="get_registration",
                summary="A product's registration: dossier, every step and the checklist (its producer, its "
                        "province's officer, the committee and the registry)",
                responses={200: {"headers": ETAG_HEADER}} | AUTH | NOT_FOUND)
    async def registration(product_id: Id, programme: ProgrammeDep, principal: ReaderDep, response: Response):
        reg = await programme.registration(product_id, principal)
        response.headers["ETag"] = etag(reg["version"])
        return reg

    @router.get("/registrations", response_model=RegistrationPage, tags=["programme"],
                operation_id="list_registrations",
                summary="Registrations of this node, e.g. the committee's queue (?status=submitted); an officer "
                        "sees its province's, a producer its own",
                responses={200: {"headers": LINK_HEADER}} | AUTH | INVALID)
    async def registrations(request: Request, response: Response, programme: ProgrammeDep, principal: ReaderDep,
                            status: rules.RegistrationStatus | None = None, limit: Limit(200) = 50,
                            offset: Offset = 0):
        found = await programme.registrations(principal, status.value if status else None, limit, offset)
        return paged(request, response, found["items"], found["total"], limit, offset)

    @router.post("/products/{product_id}/evaluations", status_code=201, response_model=EvaluationPublic,
                 tags=["programme"], operation_id="record_evaluation",
                 summary="Record a star-rating evaluation (the committee): the scorecard's parts give the total "
                         "and the stars; the product's stars follow its latest valid evaluation",
                 responses=CREATED | AUTH | NOT_FOUND | INVALID)
    async def evaluate(product_id: Id, body: rules.EvaluationInput, programme: ProgrammeDep,
                       principal: CommitteeDep, request: Request, response: Response):
        ev = await programme.record_evaluation(product_id, body, principal)
        response.headers["Location"] = f"{public_path(request)}/{ev['id']}"
        return ev

    @router.get("/products/{product_id}/evaluations", response_model=EvaluationPage, tags=["programme"],
                operation_id="list_evaluations", summary="Every evaluation of a product, oldest first",
                responses={200: {"headers": LINK_HEADER}} | NOT_FOUND | INVALID)
    async def evaluations(request: Request, response: Response, product_id: Id, programme: ProgrammeDep,
                          limit: Limit(200) = 50, offset: Offset = 0):
        items = await programme.evaluations(product_id)
        return paged(request, response, page(items, limit, offset), len(items), limit, offset)

    @router.get("/products/{product_id}/evaluations/{evaluation_id}", response_model=EvaluationPublic,
                tags=["programme"], operation_id="get_evaluation", summary="One evaluation of a product",
                responses=NOT_FOUND | INVALID)
    async def evaluation(product_id: Id, evaluation_id: Id, programme: ProgrammeDep):
        found = [e for e in await programme.evaluations(product_id) if e["id"] == evaluation_id]
        if not found:
            raise NotFound(f"no evaluation {evaluation_id} of {product_id}")
        return found[0]

    @router.get("/indicators/plan", response_model=IndicatorPlan, tags=["indicators"], operation_id="get_indicator_plan",
                summary="The action plan's indicators as a time series: targets and actuals per year (computed from "
                        "the records, or entered by the committee)",
                responses=INVALID)
    async def plan(request: Request, from_year: Annotated[Year | None, Query()] = None,
                   to_year: Annotated[Year | None, Query()] = None):
        return await request.app.state.container.indicators.plan(from_year, to_year)

    @router.put("/indicators/figures", response_model=FigurePublic, tags=["indicators"],
                operation_id="put_indicator_figure",
                summary="Enter a year's target of an indicator, or the actual of one the records do not hold (the "
                        "committee); If-Match with the figure's version from the plan (W/\"0\" for one never "
                        "entered)",
                responses={200: {"headers": ETAG_HEADER}} | AUTH | INVALID | PRECONDITION_ERRORS)
    async def figure(request: Request, body: FigureInput, principal: CommitteeDep, response: Response,
                     if_match: IfMatch = None):
        fig = await request.app.state.container.indicators.put_figure(
            body.indicator, body.year, body.target, body.actual, principal.actor, expected_version(if_match))
        response.headers["ETag"] = etag(fig["version"])
        return fig

    @router.get("/focal-points", response_model=FocalPointDirectory, tags=["directory"],
                operation_id="list_focal_points",
                summary="The network's directory: every member state's national focal point (each node holds the "
                        "whole directory, replicated like the records)")
    async def focal_points(request: Request):
        caller = optional_principal(request)
        entries = await request.app.state.container.service.focal_points()
        return {"items": [_as_seen(e, caller) for e in entries]}

    @router.put("/focal-point", response_model=FocalPointPublic, tags=["directory"], operation_id="put_focal_point",
                summary="Name this member state's national focal point (its registry admins); If-Match to change it",
                responses=AUTH | INVALID | {412: {"description": "If-Match names an older version", **PROBLEM},
                                            428: {"description": "If-Match is required to change it", **PROBLEM}})
    async def put_focal_point(request: Request, body: FocalPointInput, response: Response,
                              if_match: Annotated[str | None, Header()] = None):
        principal = _caller(request, Role.registry_admin)
        expected = None
        if if_match is not None:
            try:
                expected = int(if_match.strip().removeprefix("W/").strip('"'))
            except ValueError:
                raise InvalidField("If-Match", "must be the ETag of the entry, e.g. W/\"3\"") from None
        rec = await request.app.state.container.service.put_focal_point(body.model_dump(mode="json"), expected,
                                                                        principal.actor)
        response.headers["ETag"] = f'W/"{rec["version"]}"'
        return rec

    @router.get("/green-ocop", response_model=rules.GreenScheme, tags=["programme"], operation_id="get_green_scheme",
                summary="The Green OCOP checklist: areas, points, minimums and the pass mark")
    async def green_scheme():
        return rules.green_scheme()

    @router.post("/products/{product_id}/green", response_model=GreenPublic, tags=["programme"],
                 operation_id="assess_green",
                 summary="Record a Green OCOP assessment (the committee): a pass gives the product the label, held "
                         "as a Green OCOP certificate",
                 responses=AUTH | NOT_FOUND | INVALID)
    async def green(product_id: Id, body: rules.GreenInput, programme: ProgrammeDep, principal: CommitteeDep):
        return await programme.assess_green(product_id, body, principal)

    for kind, plural in (("product", "products"), ("producer", "producers")):
        _certificate_routes(router, kind, plural)

    @router.post("/sweeps", response_model=SweepResult, tags=["programme"], operation_id="run_sweep",
                 summary="Run the programme's sweep now (it also runs by itself): ratings and certificates past "
                         "their date expire, owners are told of certificates about to",
                 responses=AUTH | INVALID)
    async def sweep(request: Request, body: SweepRequest, programme: ProgrammeDep, _: CertifierDep):
        if body.as_of is not None and not request.app.state.container.settings.sweep_as_of_allowed:
            # The body is well formed; this deployment does not allow the rehearsal it asks for.
            raise Forbidden("as_of is for rehearsals and tests (SWEEP_AS_OF_ALLOWED); a sweep here runs as of today")
        report = await programme.sweep(body.as_of)
        return asdict(report) | {"today": report.today.isoformat()}

    return router


def _certificate_routes(router: APIRouter, kind: Literal["product", "producer"], plural: str) -> None:
    @router.post(f"/{plural}/{{owner_id}}/certificates", status_code=201, response_model=CertificatePublic,
                 tags=["programme"], operation_id=f"add_{kind}_certificate",
                 summary=f"Record a certificate a {kind} holds (standard, number, issuer, validity)",
                 responses=CREATED | AUTH | NOT_FOUND | INVALID)
    async def add(owner_id: Id, body: rules.CertificateInput, programme: ProgrammeDep, principal: CertifierDep,
                  request: Request, response: Response):
        cert = await programme.add_certificate(kind, owner_id, body, principal)
        response.headers["Location"] = f"{public_path(request)}/{cert['id']}"
        return cert

    @router.get(f"/{plural}/{{owner_id}}/certificates", response_model=CertificatePage, tags=["programme"],
                operation_id=f"list_{kind}_certificates", summary=f"The certificates a {kind} holds, valid or not",
                responses={200: {"headers": LINK_HEADER}} | NOT_FOUND | INVALID)
    async def listing(request: Request, response: Response, owner_id: Id, programme: ProgrammeDep,
                      limit: Limit(200) = 50, offset: Offset = 0):
        items = await programme.certificates(kind, owner_id)
        return paged(request, response, page(items, limit, offset), len(items), limit, offset)

    @router.get(f"/{plural}/{{owner_id}}/certificates/{{certificate_id}}", response_model=CertificatePublic,
                tags=["programme"], operation_id=f"get_{kind}_certificate", summary=f"One certificate of a {kind}",
                responses=NOT_FOUND | INVALID)
    async def one(owner_id: Id, certificate_id: Id, programme: ProgrammeDep):
        found = [c for c in await programme.certificates(kind, owner_id) if c["id"] == certificate_id]
        if not found:
            raise NotFound(f"no certificate {certificate_id} of {owner_id}")
        return found[0]


def _as_seen(entry: dict, caller: Principal | None) -> dict:
    own = caller is not None and caller.role is Role.registry_admin and caller.country == entry["country"]
    return entry if entry.get("show_email") or own else {**entry, "email": None}
