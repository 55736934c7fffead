"""The gateway's door, as one ASGI middleware: body size limit (413), token check and the authorisation
table (401/403), per-client rate limit (429 with Retry-After). It runs before any routing or proxying."""
from __future__ import annotations

import json
import re
from contextvars import ContextVar

from services.gateway.domain.policy import allowed_roles
from services.gateway.domain.ratelimit import RateLimiter, retry_after
from shared.auth import Principal, TokenVerifier
from shared.problems import PROBLEM_JSON, Problem, type_for_status


async def _send_problem(send, status: int, detail: str, headers: dict[str, str] | None = None, **ext) -> None:
    body = json.dumps({"type": type_for_status(status), "title": _TITLES.get(status, "Error"), "status": status,
                       "detail": detail, "instance": _path.get(""), **ext}).encode()
    raw = [(b"content-type", PROBLEM_JSON.encode()), (b"content-length", str(len(body)).encode())]
    raw += [(k.lower().encode(), v.encode()) for k, v in (headers or {}).items()]
    await send({"type": "http.response.start", "status": status, "headers": raw})
    await send({"type": "http.response.body", "body": body})


_path: ContextVar[str] = ContextVar("problem_instance")
# Uploads of whole files, which get the larger body limit.
IMPORT_UPLOAD = re.compile(r"^/v1/registry/[A-Za-z]{2}/imports/[^/]+$")
_TITLES = {401: "Unauthorized", 403: "Forbidden", 404: "Not Found", 413: "Content Too Large", 429: "Too Many Requests"}


class GatewayGuard:
    def __init__(self, app, *, verifier: TokenVerifier, limiter: RateLimiter, max_body_bytes: int,
                 max_import_body_bytes: int | None = None) -> None:
        self.app, self.verifier, self.limiter = app, verifier, limiter
        self.max_body, self.max_import_body = max_body_bytes, max_import_body_bytes or max_body_bytes

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or not scope["path"].startswith("/v1/") or scope["path"] == "/v1/oauth/token":
            return await self.app(scope, receive, send)
        _path.set(scope["path"])
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
        max_body = (self.max_import_body if scope["method"] == "POST" and IMPORT_UPLOAD.match(scope["path"])
                    else self.max_body)
        length = headers.get("content-length")
        if length and length.isdigit() and int(length) > max_body:
            return await _send_problem(send, 413, f"the body exceeds {max_body} bytes")

        principal: Principal | None = None
        if headers.get("authorization"):
            try:
                principal = self.verifier.verify(headers["authorization"].partition(" ")[2].strip())
            except Problem as p:
                return await _send_problem(send, p.status, p.detail, p.headers)

        # Inner layers (the Idempotency-Key record) scope what they keep to the caller.
        scope.setdefault("state", {})["principal"] = principal
        client = scope.get("client") or ("?", 0)
        wait = self.limiter.take(principal.client_id if principal else f"ip:{client[0]}")
        if wait:
            return await _send_problem(send, 429, "rate limit exceeded for this client",
                                       {"Retry-After": retry_after(wait)})

        matched, roles, country = allowed_roles(scope["method"], scope["path"])
        if matched and roles is not None:
            if principal is None:
                return await _send_problem(send, 401, "this operation needs a bearer token (POST /v1/oauth/token)",
                                           {"WWW-Authenticate": 'Bearer realm="ovop"'})
            if principal.role not in roles:
                return await _send_problem(send, 403, f"role {principal.role.value} may not "
                                           f"{scope['method']} {scope['path']}")
            if country and principal.home_country != country:
                return await _send_problem(send, 403, f"this token acts for {principal.home_country}, not {country}")

        received = 0

        async def limited_receive():
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > max_body:
                    raise BodyTooLarge()
            return message

        try:
            await self.app(scope, limited_receive, send)
        except BodyTooLarge:
            await _send_problem(send, 413, f"the body exceeds {max_body} bytes")


class BodyTooLarge(Exception):
    pass
