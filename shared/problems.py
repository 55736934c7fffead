"""RFC 9457 problem details (`application/problem+json`) for every error a service answers, in one shape:
`type`, `title`, `status`, `detail`, `instance` (the request's path), and for a 422 `errors`, a list of
`{field, reason, type}` naming each broken field (dotted path into the body, or the parameter's name)."""
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
VALIDATION = "https://ovop.asean.example/problems/validation"
log = logging.getLogger(__name__)


class Problem(Exception):
    """Raise anywhere in an entrypoint or service layer to answer with a problem document."""

    def __init__(self, status: int, detail: str, *, title: str | None = None, type_: str | None = None,
                 errors: list[dict[str, Any]] | None = None, headers: dict[str, str] | None = None, **ext: Any):
        super().__init__(detail)
        self.status, self.detail = status, detail
        self.title = title or HTTPStatus(status).phrase
        self.type = type_ or (VALIDATION if status == 422 else
                              f"https://ovop.asean.example/problems/{self.title.lower().replace(' ', '-')}")
        self.errors, self.headers, self.ext = errors, headers, ext

    @classmethod
    def invalid(cls, field: str, reason: str, *, status: int = 422) -> "Problem":
        """One field refused: `raise Problem.invalid("currency", "is not in the reference rate table")`."""
        return cls(status, f"{field}: {reason}", errors=[{"field": field, "reason": reason, "type": "rule"}])


def problem_response(status: int, title: str, detail: str, instance: str | None = None, *, type_: str = "about:blank",
                     errors: list[dict[str, Any]] | None = None, headers: dict[str, str] | None = None,
                     **ext: Any) -> JSONResponse:
    body: dict[str, Any] = {"type": type_, "title": title, "status": status, "detail": detail}
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


def install_problem_handlers(app: FastAPI) -> None:
    @app.exception_handler(Problem)
    async def _problem(request: Request, exc: Problem):
        return problem_response(exc.status, exc.title, exc.detail, str(request.url.path), type_=exc.type,
                                errors=exc.errors, headers=exc.headers, **exc.ext)

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
        title = HTTPStatus(exc.status_code).phrase
        detail = exc.detail if isinstance(exc.detail, str) else title
        if exc.status_code == 404 and detail == title:
            detail = "nothing is found at this path"
        elif exc.status_code == 405 and detail == title:
            detail = f"{request.method} is not allowed here; the Allow header lists what is"
        return problem_response(exc.status_code, title, detail, str(request.url.path),
                                headers=getattr(exc, "headers", None))

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
