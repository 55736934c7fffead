"""RFC 9457 problem details (`application/problem+json`) for every error a service answers, in one shape:
`type`, `title`, `status`, `detail`, `instance` (the request's public path), and for a 422 `errors`, a list of
`{field, reason, type}` naming each broken field (dotted path into the body, or the parameter's name).

`type` is a URI reference that resolves: `/v1/problems/{name}`, relative to the API's own origin (RFC 9457
§3.1.1), which the gateway serves as a small JSON page describing the problem (`PROBLEM_TYPES`)."""
from __future__ import annotations

import asyncio
import logging
from http import HTTPStatus
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

PROBLEM_JSON = "application/problem+json"
PROBLEMS_PATH = "/v1/problems"

# name -> (status, title, what it means and what to do). Every problem any service answers has one of these types.
PROBLEM_TYPES: dict[str, tuple[int, str, str]] = {
    "bad-request": (400, "Bad Request", "The request cannot be read: a malformed header, form or body."),
    "unauthorized": (401, "Unauthorized", "No bearer token, or one that is forged or expired; get one at "
                                           "POST /v1/oauth/token."),
    "forbidden": (403, "Forbidden", "The token's role, country or producer may not do this."),
    "not-owned": (403, "Forbidden", "The record belongs to another member state's node, which alone writes it."),
    "not-found": (404, "Not Found", "No such record, or one the caller may not see (it answers as a missing one)."),
    "method-not-allowed": (405, "Method Not Allowed", "The path exists but not with this method; Allow lists those "
                                                      "it has."),
    "not-acceptable": (406, "Not Acceptable", "No representation matches the Accept header."),
    "conflict": (409, "Conflict", "The change clashes with the record's current state or with another record."),
    "illegal-transition": (409, "Conflict", "The record's current state does not allow this change."),
    "precondition-failed": (412, "Precondition Failed", "If-Match names a version that is no longer current; read "
                                                        "the record again (its ETag is in the answer)."),
    "content-too-large": (413, "Content Too Large", "The body is larger than this operation accepts."),
    "unsupported-media-type": (415, "Unsupported Media Type", "The body's Content-Type is not one this operation "
                                                               "reads."),
    "validation": (422, "Unprocessable Content", "Invalid input: `errors` names each field and the reason."),
    "precondition-required": (428, "Precondition Required", "Send If-Match with the record's current ETag."),
    "idempotency-key-malformed": (400, "Bad Request", "The Idempotency-Key header is not 1-255 visible ASCII "
                                                      "characters; a UUID is usual."),
    "idempotency-key-in-flight": (409, "Conflict", "A request with this Idempotency-Key is still being answered; "
                                                   "retry after Retry-After seconds to get its answer."),
    "idempotency-key-reused": (422, "Unprocessable Content", "This Idempotency-Key was used for a different request "
                                                             "(method, path or body) within 24 hours; use a new key."),
    "too-many-requests": (429, "Too Many Requests", "Too many requests from this client or address; wait for "
                                                    "Retry-After seconds."),
    "internal-server-error": (500, "Internal Server Error", "An unexpected error; nothing about it is revealed. "
                                                             "Quote X-Request-ID when reporting it."),
    "service-unavailable": (503, "Service Unavailable", "A backend service or a dependency is not reachable; see "
                                                        "Retry-After."),
    "gateway-timeout": (504, "Gateway Timeout", "A backend service did not answer in time."),
}
_BY_STATUS = {}
for _name, (_status, _title, _what) in PROBLEM_TYPES.items():
    _BY_STATUS.setdefault(_status, _name)


def title_for_status(status: int) -> str:
    """One title per status whatever Python's own table says (it renamed 422 "Unprocessable Content" in 3.13)."""
    return PROBLEM_TYPES[_BY_STATUS[status]][1] if status in _BY_STATUS else HTTPStatus(status).phrase


def problem_type(name: str) -> str:
    """The resolvable type URI of a problem named in `PROBLEM_TYPES`."""
    return f"{PROBLEMS_PATH}/{name}"


def type_for_status(status: int) -> str:
    name = _BY_STATUS.get(status) or HTTPStatus(status).phrase.lower().replace(" ", "-")
    return problem_type(name)


VALIDATION = problem_type("validation")
_OLD_BASE = "https://ovop.asean.example/problems/"  # the earlier, unresolvable base: read as its name


def _resolvable(type_: str | None, status: int) -> str:
    if not type_ or type_ == "about:blank":
        return type_for_status(status)
    if type_.startswith(_OLD_BASE):
        return problem_type(type_.removeprefix(_OLD_BASE))
    return type_
log = logging.getLogger(__name__)


class Problem(Exception):
    """Raise anywhere in an entrypoint or service layer to answer with a problem document."""

    def __init__(self, status: int, detail: str, *, title: str | None = None, type_: str | None = None,
                 errors: list[dict[str, Any]] | None = None, headers: dict[str, str] | None = None, **ext: Any):
        super().__init__(detail)
        self.status, self.detail = status, detail
        self.title = title or title_for_status(status)
        self.type = type_ or type_for_status(status)
        self.errors, self.headers, self.ext = errors, headers, ext

    @classmethod
    def invalid(cls, field: str, reason: str, *, status: int = 422) -> "Problem":
        """One field refused: `raise Problem.invalid("currency", "is not in the reference rate table")`."""
        return cls(status, f"{field}: {reason}", errors=[{"field": field, "reason": reason, "type": "rule"}])


def problem_response(status: int, title: str, detail: str, instance: str | None = None, *, type_: str | None = None,
                     errors: list[dict[str, Any]] | None = None, headers: dict[str, str] | None = None,
                     **ext: Any) -> JSONResponse:
    body: dict[str, Any] = {"type": _resolvable(type_, status), "title": title, "status": status, "detail": detail}
    if instance:
        body["instance"] = instance
    if status == 422 and not errors:
        errors = [{"field": "", "reason": detail}]
    if errors:  # every item names its field and reason; a 422's items also say the kind of rule broken
        body["errors"] = [{"field": e.get("field", ""), "reason": e.get("reason", detail),
                           **({"type": e.get("type") or "rule"} if status == 422 else {}),
                           **{k: v for k, v in e.items() if k not in ("field", "reason", "type")}} for e in errors]
    body.update(ext)
    return JSONResponse(body, status_code=status, media_type=PROBLEM_JSON, headers=headers)


def _field_path(loc: tuple | list) -> str:
    parts = [str(p) for p in loc if p not in ("body", "query", "path", "header")]
    return ".".join(parts) or (str(loc[0]) if loc else "")


def allowed_methods(request: Request) -> list[str]:
    """Every method some route serves at this path (the router's own 405 names only the first route's)."""
    from starlette.routing import Match

    def flat(routes):
        for route in routes:
            inner = getattr(route, "original_router", None)  # FastAPI's included routers wrap their routes
            yield from flat(inner.routes) if inner is not None else (route,)

    matched = [route for route in flat(request.app.router.routes)
               if getattr(route, "methods", None) and route.matches(request.scope)[0] is not Match.NONE]
    # A concrete path is matched before a templated one (OpenAPI's rule): /sourcing-requests/matches is its
    # own resource, not a request whose id is "matches".
    concrete = [route for route in matched if "{" not in getattr(route, "path", "{")]
    return sorted(set().union(*(route.methods for route in (concrete or matched))))


def install_problem_handlers(app: FastAPI) -> None:
    @app.exception_handler(Problem)
    async def _problem(request: Request, exc: Problem):
        return problem_response(exc.status, exc.title, exc.detail, str(request.url.path), type_=exc.type,
                                errors=exc.errors, headers=exc.headers, **exc.ext)

    from shared.preconditions import StaleVersion, etag

    @app.exception_handler(StaleVersion)
    async def _stale(request: Request, exc: StaleVersion):
        return problem_response(412, "Precondition Failed", str(exc), str(request.url.path),
                                current_version=exc.current, headers={"ETag": etag(exc.current)})

    @app.exception_handler(RequestValidationError)
    async def _validation(request: Request, exc: RequestValidationError):
        errors = [
            {"field": _field_path(e.get("loc", ())), "reason": str(e.get("msg", "invalid")).removeprefix("Value error, "),
             "type": e.get("type")}
            for e in exc.errors()
        ]
        detail = "; ".join(f"{e['field']}: {e['reason']}" for e in errors[:5])
        return problem_response(422, "Unprocessable Content", detail, str(request.url.path), type_=VALIDATION,
                                errors=errors)

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException):
        title = title_for_status(exc.status_code)
        detail = exc.detail if isinstance(exc.detail, str) else title
        if exc.status_code == 404 and detail == title:
            detail = "nothing is found at this path"
        elif exc.status_code == 405 and detail == title:
            detail = f"{request.method} is not allowed here; the Allow header lists what is"
        headers = getattr(exc, "headers", None)
        if exc.status_code == 405:
            headers = {**(headers or {}), "Allow": ", ".join(allowed_methods(request))}
        return problem_response(exc.status_code, title, detail, str(request.url.path), headers=headers)

    @app.exception_handler(Exception)
    async def _unhandled(request: Request, exc: Exception):
        log.exception("unhandled error")
        return problem_response(500, "Internal Server Error", "an unexpected error occurred", str(request.url.path))


class UnhandledErrors:
    """The last line, as the innermost middleware: whatever a route lets escape is answered as a 500 problem
    that reveals nothing. That includes a stray `CancelledError` raised inside a client library (it is no
    `Exception`, and would otherwise reach the server and go out as a plain-text 500); a real cancellation
    of the request's task goes on as one."""

    def __init__(self, app) -> None:
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        started = False

        async def tracking(message):
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, receive, tracking)
        except (Exception, asyncio.CancelledError) as exc:
            task = asyncio.current_task()
            if isinstance(exc, asyncio.CancelledError) and task is not None and task.cancelling():
                raise
            log.exception("unhandled error")
            if started:
                raise
            response = problem_response(500, "Internal Server Error", "an unexpected error occurred", scope["path"])
            await response(scope, receive, send)
