"""HTTP entrypoint of a registry node: thin routes that decode, call the service layer, encode."""

from typing import Annotated

from fastapi import APIRouter, Depends, FastAPI, Header, Query, Request, Response
from fastapi.responses import JSONResponse

from services.registry.domain.errors import DomainError, InvalidField, NotFound, NotOwned, VersionConflict
from services.registry.domain.model import ProductStatus
from services.registry.entrypoints.schemas import (HistoryEntry, ProducerCreate, ProducerPage, ProducerPublic,
                                                   ProductCreate, ProductPage, ProductPublic)
from services.registry.service_layer.services import Conflict, RegistryService
from shared.problems import problem_response

PROBLEM = {"content": {"application/problem+json": {}}}
ERRORS = {
    404: {"description": "No such record", **PROBLEM},
    422: {"description": "Invalid input: each error names the field and the reason", **PROBLEM},
}
WRITE_ERRORS = ERRORS | {
    403: {"description": "The record belongs to another member state's node", **PROBLEM},
    409: {"description": "The external reference is already used", **PROBLEM},
}
UPDATE_ERRORS = WRITE_ERRORS | {
    412: {"description": "If-Match names a version that is no longer current", **PROBLEM},
    428: {"description": "If-Match is required", **PROBLEM},
}


def get_service(request: Request) -> RegistryService:
    return request.app.state.container.service


ServiceDep = Annotated[RegistryService, Depends(get_service)]
ActorDep = Annotated[str, Header(alias="X-Actor", description="who makes the change (set by the gateway)")]


def _etag(version: int) -> str:
    return f'W/"{version}"'


def _parse_if_match(value: str | None) -> int | None:
    if value is None:
        return None
    v = value.strip().removeprefix("W/").strip('"')
    try:
        return int(v)
    except ValueError:
        raise InvalidField("If-Match", "must be the ETag of the record, e.g. W/\"3\"") from None


def _record_routes(router: APIRouter, kind: str, plural: str, create_schema, public_schema, page_schema) -> None:
    tag = plural

    @router.post(f"/{plural}", status_code=201, response_model=public_schema, tags=[tag],
                 operation_id=f"create_{kind}", summary=f"Register a {kind} of this node's country",
                 responses=WRITE_ERRORS)
    async def create(body: create_schema, service: ServiceDep, response: Response,  # type: ignore[valid-type]
                     actor: ActorDep = "anonymous"):
        rec = await service.create(kind, body, actor)
        response.headers["ETag"] = _etag(rec["version"])
        response.headers["Location"] = f"{plural}/{rec['id']}"
        return rec

    @router.get(f"/{plural}/{{record_id}}", response_model=public_schema, tags=[tag], operation_id=f"get_{kind}",
                summary=f"Read a {kind}, own or replicated from another member state", responses=ERRORS)
    async def read(record_id: str, service: ServiceDep, response: Response):
        rec = await service.get(kind, record_id)
        response.headers["ETag"] = _etag(rec["version"])
        return rec

    @router.put(f"/{plural}/{{record_id}}", response_model=public_schema, tags=[tag], operation_id=f"update_{kind}",
                summary=f"Replace a {kind}'s fields; needs If-Match with its current ETag", responses=UPDATE_ERRORS)
    async def replace(record_id: str, body: create_schema, service: ServiceDep, response: Response,  # type: ignore[valid-type]
                      if_match: Annotated[str | None, Header()] = None, actor: ActorDep = "anonymous"):
        expected = _parse_if_match(if_match)
        if expected is None:
            rec = await service.get(kind, record_id)  # 404 before 428 for a record that does not exist
            raise PreconditionRequired()
        rec = await service.update(kind, record_id, body, expected, actor)
        response.headers["ETag"] = _etag(rec["version"])
        return rec

    @router.get(f"/{plural}/{{record_id}}/history", response_model=list[HistoryEntry], tags=[tag],
                operation_id=f"get_{kind}_history", summary=f"Every version of a {kind}: who, when, what",
                responses=ERRORS)
    async def history(record_id: str, service: ServiceDep):
        return await service.history(kind, record_id)

    @router.get(f"/{plural}", response_model=page_schema, tags=[tag], operation_id=f"list_{plural}",
                summary=f"List {plural} held by this node (own and replicated)")
    async def listing(service: ServiceDep, country: Annotated[str | None, Query(pattern=r"^[A-Z]{2}$")] = None,
                      status: ProductStatus | None = None, producer_id: str | None = None,
                      limit: Annotated[int, Query(ge=1, le=500)] = 50, offset: Annotated[int, Query(ge=0)] = 0):
        items, total = await service.list(kind, country=country, status=status.value if status else None,
                                          producer_id=producer_id, limit=limit, offset=offset)
        return {"items": items, "total": total, "limit": limit, "offset": offset}


class PreconditionRequired(DomainError):
    pass


def build_router() -> APIRouter:
    router = APIRouter()

    @router.get("/node", tags=["node"], operation_id="get_node", summary="Which member state this node serves")
    async def node(service: ServiceDep) -> dict:
        return {"country": service.country}

    _record_routes(router, "producer", "producers", ProducerCreate, ProducerPublic, ProducerPage)
    _record_routes(router, "product", "products", ProductCreate, ProductPublic, ProductPage)
    return router


def install_domain_errors(app: FastAPI) -> None:
    @app.exception_handler(DomainError)
    async def _domain(request: Request, exc: DomainError) -> JSONResponse:
        path = str(request.url.path)
        if isinstance(exc, NotFound):
            return problem_response(404, "Not Found", str(exc), path)
        if isinstance(exc, NotOwned):
            return problem_response(403, "Forbidden", str(exc), path, type_="https://ovop.asean.example/problems/not-owned")
        if isinstance(exc, VersionConflict):
            return problem_response(412, "Precondition Failed", str(exc), path, current_version=exc.current,
                                    headers={"ETag": _etag(exc.current)})
        if isinstance(exc, PreconditionRequired):
            return problem_response(428, "Precondition Required", "send If-Match with the record's current ETag", path)
        if isinstance(exc, Conflict):
            return problem_response(409, "Conflict", str(exc), path, existing_id=exc.existing_id)
        if isinstance(exc, InvalidField):
            return problem_response(422, "Unprocessable Content", str(exc), path,
                                    type_="https://ovop.asean.example/problems/validation",
                                    errors=[{"field": exc.field, "reason": exc.reason}])
        return problem_response(400, "Bad Request", str(exc), path)
