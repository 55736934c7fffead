"""HTTP entrypoint of a registry node: thin routes that decode, call the service layer, encode."""

from typing import Annotated, Literal

from fastapi import APIRouter, Depends, FastAPI, Header, Query, Request, Response
from fastapi.responses import JSONResponse

from services.registry.domain.errors import (DomainError, ForeignCountry, Forbidden, InvalidField, NotFound, NotOwned,
                                             StateConflict, UnknownReference, VersionConflict)
from services.registry.entrypoints.programme_api import build_programme_router
from services.registry.domain.model import ProductStatus
from services.registry.entrypoints.schemas import (HistoryPage, ImportJob, ImportRejectionPage, IndicatorSummary, Node,
                                                   ProducerCreate, ProducerPage, ProducerPublic, ProductCreate,
                                                   ProductPage, ProductPublic, ProvinceMap)
from services.registry.service_layer.imports import ImportService
from services.registry.service_layer.indicators import Indicators
from services.registry.service_layer.services import Conflict, PreconditionMissing, RegistryService
from shared.auth import Principal, Role, current_principal, optional_principal, require
from shared.privacy import for_caller, may_see_contact, without_contact
from shared.preconditions import ETAG_HEADER, version_named
from shared.paging import LINK_HEADER, Id, Limit, Offset, paged, public_path
from shared.problems import VALIDATION, problem_response, problem_type
from shared.validation import Code, CountryCode

PROBLEM = {"content": {"application/problem+json": {}}}
ERRORS = {
    404: {"description": "No such record", **PROBLEM},
    422: {"description": "Invalid input: each error names the field and the reason", **PROBLEM},
}
WRITE_ERRORS = ERRORS | {
    403: {"description": "The record belongs to another member state's node", **PROBLEM},
    409: {"description": "The external reference is already used", **PROBLEM},
}
AUTH_ERRORS = {
    401: {"description": "No bearer token, or one that is forged or expired", **PROBLEM},
    403: {"description": "The token's role or country may not write here", **PROBLEM},
}
UPDATE_ERRORS = WRITE_ERRORS | {
    412: {"description": "If-Match names a version that is no longer current", **PROBLEM},
    428: {"description": "If-Match is required", **PROBLEM},
}


def get_service(request: Request) -> RegistryService:
    return request.app.state.container.service


ServiceDep = Annotated[RegistryService, Depends(get_service)]


def registry_writer(request: Request) -> str:
    """Only this country's registry admins write here, whatever the gateway did: returns the actor."""
    principal = current_principal(request)
    require(principal, Role.registry_admin, country=request.app.state.container.settings.node_country)
    return principal.actor


WriterDep = Annotated[str, Depends(registry_writer)]


def record_writer(request: Request) -> Principal:
    """Who writes producers and products: the country's registry admins, its provincial officers (their province's
    records) and producers (their own); the service checks the record against the caller."""
    principal = current_principal(request)
    return require(principal, Role.registry_admin, Role.provincial_officer, Role.producer,
                   country=request.app.state.container.settings.node_country)


RecordWriterDep = Annotated[Principal, Depends(record_writer)]
# Reads are open; what a record shows of its producer's contact depends on who asks (shared/privacy.py).
CallerDep = Annotated[Principal | None, Depends(optional_principal)]


def _as_seen_by(kind: str, rec: dict, caller: Principal | None) -> dict:
    producer_id = rec.get("id") if kind == "producer" else rec.get("producer_id")
    return for_caller(rec, caller, producer_id=producer_id, country=rec.get("country"))


def _etag(version: int) -> str:
    return f'W/"{version}"'


CONTACT_NOTE = ("The contact fields (contact_name, contact_email, contact_phone) are null unless the caller is a "
                "signed-in buyer, the producer itself or a registry admin of the producer's country.")


def _record_routes(router: APIRouter, kind: str, plural: str, create_schema, public_schema, page_schema) -> None:
    tag = plural
    note = CONTACT_NOTE if kind == "producer" else None

    @router.post(f"/{plural}", status_code=201, response_model=public_schema, tags=[tag],
                 operation_id=f"create_{kind}", summary=f"Register a {kind} of this node's country",
                 responses={201: {"headers": {**ETAG_HEADER, **LOCATION}}} | WRITE_ERRORS | AUTH_ERRORS)
    async def create(body: create_schema, service: ServiceDep, request: Request, response: Response,  # type: ignore[valid-type]
                     principal: RecordWriterDep):
        rec = await service.create(kind, body, principal.actor, principal)
        response.headers["ETag"] = _etag(rec["version"])
        response.headers["Location"] = f"{public_path(request)}/{rec['id']}"
        return rec

    @router.get(f"/{plural}/{{record_id}}", response_model=public_schema, tags=[tag], operation_id=f"get_{kind}",
                summary=f"Read a {kind}, own or replicated from another member state", responses=ERRORS,
                description=note)
    async def read(record_id: Id, service: ServiceDep, response: Response, caller: CallerDep):
        rec = await service.get(kind, record_id)
        response.headers["ETag"] = _etag(rec["version"])
        return _as_seen_by(kind, rec, caller)

    @router.put(f"/{plural}/{{record_id}}", response_model=public_schema, tags=[tag], operation_id=f"update_{kind}",
                summary=f"Replace a {kind}'s fields; needs If-Match with its current ETag",
                responses=UPDATE_ERRORS | AUTH_ERRORS)
    async def replace(record_id: Id, body: create_schema, service: ServiceDep, response: Response,  # type: ignore[valid-type]
                      principal: RecordWriterDep, if_match: Annotated[str | None, Header()] = None):
        expected = version_named(if_match)
        if expected is None:
            rec = await service.get(kind, record_id)  # 404 before 428 for a record that does not exist
            raise PreconditionRequired()
        rec = await service.update(kind, record_id, body, expected, principal.actor, principal)
        response.headers["ETag"] = _etag(rec["version"])
        return rec

    @router.get(f"/{plural}/{{record_id}}/history", response_model=HistoryPage, tags=[tag],
                operation_id=f"get_{kind}_history", summary=f"Every version of a {kind}: who, when, what",
                description=note, responses={200: {"headers": LINK_HEADER}} | ERRORS)
    async def history(record_id: Id, service: ServiceDep, caller: CallerDep, request: Request, response: Response,
                      limit: Limit(500) = 100, offset: Offset = 0):
        entries = await service.history(kind, record_id)
        # An id carries its owning country; a product's history holds no contact fields to hide.
        if not may_see_contact(caller, record_id if kind == "producer" else None, record_id[:2]):
            entries = [without_contact(e) for e in entries]
        return paged(request, response, entries[offset:offset + limit], len(entries), limit, offset)

    @router.get(f"/{plural}", response_model=page_schema, tags=[tag], operation_id=f"list_{plural}",
                summary=f"List {plural} held by this node (own and replicated)", description=note,
                responses={200: {"headers": LINK_HEADER}})
    async def listing(service: ServiceDep, caller: CallerDep, request: Request, response: Response,
                      country: Annotated[CountryCode | None, Query()] = None,
                      status: ProductStatus | None = None, producer_id: Annotated[Code | None, Query()] = None,
                      limit: Limit(500) = 50, offset: Offset = 0):
        items, total = await service.list(kind, country=country, status=status.value if status else None,
                                          producer_id=producer_id, limit=limit, offset=offset)
        return paged(request, response, [_as_seen_by(kind, rec, caller) for rec in items], total, limit, offset)


class PreconditionRequired(DomainError):
    pass


def get_imports(request: Request) -> ImportService:
    return request.app.state.container.imports


ImportsDep = Annotated[ImportService, Depends(get_imports)]
# A CSV upload is refused whole (422) only when its header lacks the columns every row needs; the document
# describes a header that starts with them (any columns may follow, in any order the file likes).
IMPORT_BODY = {"requestBody": {"required": True, "content": {
    "text/csv": {"schema": {"type": "string", "pattern": '^external_ref,name_local,name_en(,[^\\r\\n"\\x00]*)?(\\r\\n|\\n|\\r|$)',
                            "description": "a header row naming at least external_ref, name_local and name_en, then "
                                           "one row per record; `;` between the items of a list"},
                 "example": "external_ref,name_local,name_en,producer_ref,programme,group,"
                 "stars,hs_code,origin_province,status\nVN-0001,Nước mắm,Fish sauce,VN-PRODUCER-1,OCOP,food,4,210390,"
                 "Kiên Giang,listed\n"},
    "application/x-ndjson": {"schema": {"type": "string", "description": "one JSON object per line"},
                             "example": '{"external_ref": "VN-0001", "name_local": "Nước mắm", "name_en": "Fish sauce"}\n'}}}}


def _start_import_route(router: APIRouter, plural: str) -> None:
    kind = plural.removesuffix("s")

    @router.post(f"/imports/{plural}", status_code=202, tags=["imports"], operation_id=f"start_{kind}_import",
                 summary=f"Bulk import of {plural} from CSV or JSON Lines",
                 description="Rows are validated one by one; accepted rows are committed and published in batches "
                             "of 1,000; a row whose `external_ref` is already registered with the same content "
                             "changes nothing, so a re-upload is idempotent. With `wait=true` the answer is the "
                             "final report (200); otherwise 202 with the import's id, whose progress "
                             "`GET /imports/{import_id}` shows (its URL is in Location).",
                 response_model=ImportJob,
                 openapi_extra=IMPORT_BODY, responses={200: {"description": "The finished import (wait=true)",
                                                             "model": ImportJob},
                                                       202: {"headers": LOCATION},
                                                       413: {"description": "Upload too large", **PROBLEM},
                                                       415: {"description": "The body is neither text/csv nor "
                                                                            "application/x-ndjson", **PROBLEM},
                                                       422: ERRORS[422]} | AUTH_ERRORS)
    async def start_import(request: Request, imports: ImportsDep, response: Response, actor: WriterDep,
                           format: Annotated[Literal["csv", "jsonl"] | None, Query(
                               description="for a client that cannot set Content-Type: the body's Content-Type, "
                                           "when it is text/csv or application/x-ndjson, comes first")] = None,
                           wait: bool = False):
        ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
        fmt = {"text/csv": "csv", "application/x-ndjson": "jsonl", "application/jsonl": "jsonl"}.get(ctype) or format
        if fmt is None:
            raise UnsupportedType("send the file as text/csv or application/x-ndjson (JSON Lines), "
                                  "or name its format in ?format=csv|jsonl")
        limit = request.app.state.container.settings.max_import_bytes
        body = bytearray()
        async for chunk in request.stream():
            body += chunk
            if len(body) > limit:
                raise TooLarge(f"the upload exceeds {limit} bytes")
        job = await imports.start(kind, fmt, bytes(body), actor, wait=wait)
        response.headers["Location"] = f"{public_path(request).rsplit('/imports/', 1)[0]}/imports/{job['id']}"
        if wait:
            response.status_code = 200
        return job


LOCATION = {"Location": {"description": "the URL of the new resource", "schema": {"type": "string"}}}


def _import_routes(router: APIRouter) -> None:
    for plural in ("products", "producers"):
        _start_import_route(router, plural)

    @router.get("/imports/{import_id}", tags=["imports"], operation_id="get_import", response_model=ImportJob,
                summary="Progress and counts of an import (this country's registry admins only)",
                responses={404: ERRORS[404]} | AUTH_ERRORS)
    async def import_status(import_id: Id, imports: ImportsDep, _: WriterDep):
        return await imports.status(import_id)

    @router.get("/imports/{import_id}/rejections", tags=["imports"], operation_id="list_import_rejections",
                summary="The rejected rows of an import, each with its reasons (this country's registry admins only)",
                response_model=ImportRejectionPage, responses={200: {"headers": LINK_HEADER}, 404: ERRORS[404]} | AUTH_ERRORS)
    async def import_rejections(import_id: Id, imports: ImportsDep, _: WriterDep, request: Request, response: Response,
                                limit: Limit(1000) = 100, offset: Offset = 0):
        job = await imports.status(import_id)
        rows = await imports.rejections(import_id, limit, offset)
        return paged(request, response, rows, job["rejected"], limit, offset)


def get_indicators(request: Request) -> Indicators:
    return request.app.state.container.indicators


IndicatorsDep = Annotated[Indicators, Depends(get_indicators)]
Scope = Annotated[Literal["national", "regional"], Query(description="this node's country, or the whole region it replicates")]


def _indicator_routes(router: APIRouter) -> None:
    @router.get("/indicators", tags=["indicators"], operation_id="get_indicators",
                summary="Counts of products by star, group, province and month of rating; producers by type, "
                        "women- and youth-led")
    async def indicators(ind: IndicatorsDep, scope: Scope = "national") -> IndicatorSummary:
        return await ind.summary(scope)

    @router.get("/indicators/map", tags=["indicators"], operation_id="get_indicator_map",
                summary="Product counts by province as GeoJSON points, for a map",
                response_model=ProvinceMap, response_class=JSONResponse,
                responses={200: {"content": {"application/geo+json": {"schema": {"$ref": "#/components/schemas/ProvinceMap"}}}}})
    async def indicator_map(ind: IndicatorsDep, scope: Scope = "national") -> JSONResponse:
        return JSONResponse(await ind.province_map(scope), media_type="application/geo+json")


class TooLarge(DomainError):
    pass


class UnsupportedType(DomainError):
    pass


def build_router() -> APIRouter:
    router = APIRouter()

    @router.get("/node", tags=["node"], operation_id="get_node", summary="Which member state this node serves")
    async def node(service: ServiceDep) -> Node:
        return Node(country=service.country)

    _record_routes(router, "producer", "producers", ProducerCreate, ProducerPublic, ProducerPage)
    _record_routes(router, "product", "products", ProductCreate, ProductPublic, ProductPage)
    _import_routes(router)
    _indicator_routes(router)
    router.include_router(build_programme_router())
    return router


def install_domain_errors(app: FastAPI) -> None:
    @app.exception_handler(DomainError)
    async def _domain(request: Request, exc: DomainError) -> JSONResponse:
        path = str(request.url.path)
        if isinstance(exc, NotFound):
            return problem_response(404, "Not Found", str(exc), path)
        if isinstance(exc, NotOwned):
            return problem_response(403, "Forbidden", str(exc), path, type_=problem_type("not-owned"))
        if isinstance(exc, Forbidden):
            return problem_response(403, "Forbidden", str(exc), path, type_=problem_type("forbidden"))
        if isinstance(exc, StateConflict):
            return problem_response(409, "Conflict", str(exc), path, type_=problem_type("illegal-transition"))
        if isinstance(exc, VersionConflict):
            return problem_response(412, "Precondition Failed", str(exc), path, current_version=exc.current,
                                    headers={"ETag": _etag(exc.current)})
        if isinstance(exc, (PreconditionRequired, PreconditionMissing)):
            return problem_response(428, "Precondition Required", "send If-Match with the record's current ETag", path)
        if isinstance(exc, UnsupportedType):
            return problem_response(415, "Unsupported Media Type", str(exc), path,
                                    errors=[{"field": "Content-Type", "reason": str(exc)}])
        if isinstance(exc, TooLarge):
            return problem_response(413, "Content Too Large", str(exc), path)
        if isinstance(exc, Conflict):
            return problem_response(409, "Conflict", str(exc), path, existing_id=exc.existing_id)
        if isinstance(exc, UnknownReference):
            return problem_response(409, "Conflict", str(exc), path, type_=problem_type("conflict"),
                                    errors=[{"field": exc.field, "reason": exc.reason}])
        if isinstance(exc, ForeignCountry):
            return problem_response(403, "Forbidden", str(exc), path, type_=problem_type("not-owned"),
                                    errors=[{"field": exc.field, "reason": exc.reason}])
        if isinstance(exc, InvalidField):
            return problem_response(422, "Unprocessable Content", str(exc), path,
                                    type_=VALIDATION,
                                    errors=[{"field": exc.field, "reason": exc.reason}])
        return problem_response(400, "Bad Request", str(exc), path)
