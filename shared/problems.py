"""RFC 9457 problem details (`application/problem+json`) for every error a service answers."""
from __future__ import annotations

import logging
from http import HTTPStatus
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

PROBLEM_JSON = "application/problem+json"
log = logging.getLogger(__name__)


class Problem(Exception):
    """Raise anywhere in an entrypoint or service layer to answer with a problem document."""

    def __init__(self, status: int, detail: str, *, title: str | None = None, type_: str | None = None,
                 errors: list[dict[str, Any]] | None = None, headers: dict[str, str] | None = None, **ext: Any):
        super().__init__(detail)
        self.status, self.detail = status, detail
        self.title = title or HTTPStatus(status).phrase
        self.type = type_ or f"https://ovop.asean.example/problems/{self.title.lower().replace(' ', '-')}"
        self.errors, self.headers, self.ext = errors, headers, ext


def problem_response(status: int, title: str, detail: str, instance: str | None = None, *, type_: str = "about:blank",
                     errors: list[dict[str, Any]] | None = None, headers: dict[str, str] | None = None,
                     **ext: Any) -> JSONResponse:
    body: dict[str, Any] = {"type": type_, "title": title, "status": status, "detail": detail}
    if instance:
        body["instance"] = instance
    if errors:
        body["errors"] = errors
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
        return problem_response(422, "Unprocessable Content", detail, str(request.url.path),
                                type_="https://ovop.asean.example/problems/validation", errors=errors)

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException):
        title = HTTPStatus(exc.status_code).phrase
        detail = exc.detail if isinstance(exc.detail, str) else title
        return problem_response(exc.status_code, title, detail, str(request.url.path),
                                headers=getattr(exc, "headers", None))

    @app.exception_handler(Exception)
    async def _unhandled(request: Request, exc: Exception):
        log.exception("unhandled error")
        return problem_response(500, "Internal Server Error", "an unexpected error occurred", str(request.url.path))
