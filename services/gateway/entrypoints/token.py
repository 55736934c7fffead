"""POST /v1/oauth/token: OAuth2 client credentials (RFC 6749 §4.4), the client authenticated either by HTTP
Basic (`client_secret_basic`) or by form fields (`client_secret_post`). A person signs in with the password
grant (§4.3), and only through a first-party client (the network's web app); the token is the person's. That
client renews a signed-in person's token before it expires with a token exchange (RFC 8693): the person's
still-valid token for a fresh one, the person's role and binding read again.

In order, each step cheaper than the next: the body's size (413, from Content-Length before anything is read,
and again while reading), the request's form, the failed-login throttle per address and per client (429 with
Retry-After, nothing hashed), then the secret check in a worker thread (401 when it fails)."""
from __future__ import annotations

import base64
import binascii
from datetime import datetime, timezone
from urllib.parse import parse_qs, unquote_plus

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse

from services.gateway.adapters.clients import Busy, ClientStore
from services.gateway.adapters.people import PERSON_PREFIX, Locked
from services.gateway.domain.login_throttle import LoginThrottle
from services.gateway.domain.ratelimit import retry_after
from services.gateway.entrypoints.schemas import AccessToken
from shared.auth import issue_token
from shared.problems import Problem, problem_response

PATH = "/v1/oauth/token"
FORM = "application/x-www-form-urlencoded"
TOKEN_EXCHANGE = "urn:ietf:params:oauth:grant-type:token-exchange"
ACCESS_TOKEN_TYPE = "urn:ietf:params:oauth:token-type:access_token"
GRANTS = ("client_credentials", "password", TOKEN_EXCHANGE)
PROBLEM = {"content": {"application/problem+json": {}}}

TOKEN_DOC = {"requestBody": {"required": True, "content": {FORM: {"schema": {
    "type": "object", "required": ["grant_type"],
    "properties": {"grant_type": {"type": "string", "enum": list(GRANTS)},
                   "username": {"type": "string", "description": "password grant (first-party clients only): the person"},
                   "password": {"type": "string", "description": "password grant: the person's password"},
                   "subject_token": {"type": "string", "description": "token exchange (first-party clients only): "
                                                                      "the signed-in person's unexpired token"},
                   "subject_token_type": {"type": "string", "enum": [ACCESS_TOKEN_TYPE],
                                          "description": "token exchange: the kind of subject_token"},
                   "client_id": {"type": "string", "description": "with client_secret_post (without HTTP Basic)"},
                   "client_secret": {"type": "string", "description": "with client_secret_post (without HTTP Basic)"}}},
    "example": {"grant_type": "client_credentials"}}}},
    "security": [{"clientBasic": []}, {}]}

RESPONSES = {
    200: {"description": "The access token", "model": AccessToken},
    400: {"description": "Not a client-credentials or password request, the client authenticated twice, a "
                         "password grant or token exchange from a client that is not first-party "
                         "(`unauthorized_client`), a wrong username or password, or a subject token that is "
                         "expired or not a person's (`invalid_grant`)", **PROBLEM},
    423: {"description": "The person's account is locked after repeated failed sign-ins; see Retry-After", **PROBLEM},
    401: {"description": "Unknown client or wrong secret", **PROBLEM},
    413: {"description": "The body is larger than a token request needs", **PROBLEM},
    415: {"description": "The body is not application/x-www-form-urlencoded", **PROBLEM},
    429: {"description": "Too many failed attempts for this client or from this address; see Retry-After", **PROBLEM},
    503: {"description": "Too many secret checks in progress; see Retry-After", **PROBLEM},
}


class _Refusal(Exception):
    def __init__(self, response: JSONResponse) -> None:
        self.response = response


def _problem(status: int, title: str, detail: str, **kw) -> _Refusal:
    return _Refusal(problem_response(status, title, detail, PATH, **kw))


async def _read_capped(request: Request, cap: int) -> bytes:
    length = request.headers.get("content-length")
    too_large = _problem(413, "Content Too Large", f"a token request's body is at most {cap} bytes")
    if length is not None and (not length.isdigit() or int(length) > cap):
        raise too_large  # refused before a byte of the body is read
    body = bytearray()
    async for chunk in request.stream():
        body += chunk
        if len(body) > cap:
            raise too_large
    return bytes(body)


def _basic_credentials(header: str) -> tuple[str, str] | None:
    scheme, _, value = header.partition(" ")
    if scheme.lower() != "basic":
        return None
    try:
        decoded = base64.b64decode(value.strip(), validate=True).decode()
    except (binascii.Error, UnicodeDecodeError):
        raise _problem(400, "Bad Request", "the Authorization header is not HTTP Basic base64 of id:secret",
                       error="invalid_request", errors=[{"field": "Authorization", "reason": "malformed Basic credentials"}]
                       ) from None
    client_id, sep, secret = decoded.partition(":")
    if not sep:
        raise _problem(400, "Bad Request", "HTTP Basic credentials are client_id:client_secret",
                       error="invalid_request", errors=[{"field": "Authorization", "reason": "no ':' between id and secret"}])
    # RFC 6749 §2.3.1: both parts are form-urlencoded before being joined.
    return unquote_plus(client_id), unquote_plus(secret)


def _credentials(request: Request, form: dict[str, str]) -> tuple[str, str]:
    if form.get("grant_type") not in GRANTS:
        raise _problem(400, "Bad Request", "grant_type must be client_credentials (or password or token exchange, "
                                           "for the web app)", error="unsupported_grant_type",
                       errors=[{"field": "grant_type", "reason": f"must be one of {', '.join(GRANTS)}"}])
    basic = _basic_credentials(request.headers.get("authorization", ""))
    if basic is not None:
        if "client_secret" in form or form.get("client_id", basic[0]) != basic[0]:
            raise _problem(400, "Bad Request", "authenticate the client one way: HTTP Basic or form fields, not both",
                           error="invalid_request",
                           errors=[{"field": "client_secret", "reason": "given with HTTP Basic credentials"}])
        client_id, secret = basic
    else:
        client_id, secret = form.get("client_id", ""), form.get("client_secret", "")
    missing = [name for name, value in (("client_id", client_id), ("client_secret", secret)) if not value]
    if missing:
        raise _problem(400, "Bad Request", f"missing {', '.join(missing)}", error="invalid_request",
                       errors=[{"field": f, "reason": "required"} for f in missing])
    if len(client_id) > 64:
        raise _problem(401, "Unauthorized", "unknown client or wrong secret", error="invalid_client",
                       headers={"WWW-Authenticate": 'Basic realm="ovop"'})
    return client_id, secret


class Refusal:
    """The client authenticated, but what it asked for is refused (the answer is ready)."""

    def __init__(self, response: JSONResponse) -> None:
        self.response = response


def _person_address(request: Request) -> str:
    """The person's address: the first `for=` of the Forwarded header (RFC 7239) the first-party client sends
    (read only once that client is authenticated), else the caller's own."""
    forwarded = request.headers.get("forwarded", "")
    for part in forwarded.split(",")[0].split(";"):
        key, _, value = part.strip().partition("=")
        if key.lower() == "for" and value.strip('"'):
            return value.strip('"')[:64]
    return request.client.host if request.client else "?"


async def _person(container, client_id: str, secret: str, form: dict[str, str], request: Request):
    """The password grant: None when the client fails, a Refusal for the person's failures, else the person."""
    first_party = await container.clients.authenticate_first_party(client_id, secret)
    if first_party is None:
        return None
    if not first_party:
        return Refusal(problem_response(400, "Bad Request", "only the network's own web app signs people in",
                                        PATH, error="unauthorized_client"))
    username, password = form.get("username", ""), form.get("password", "")
    missing = [name for name, value in (("username", username), ("password", password)) if not value]
    if missing:
        return Refusal(problem_response(400, "Bad Request", f"missing {', '.join(missing)}", PATH,
                                        error="invalid_request",
                                        errors=[{"field": f, "reason": "required"} for f in missing]))
    try:
        person = await container.people.authenticate(username.strip().lower()[:40], password[:1024],
                                                     _person_address(request))
    except Locked as locked:
        wait = max(1, int((locked.until - datetime.now(timezone.utc)).total_seconds()))
        return Refusal(problem_response(423, "Locked", "too many failed sign-ins: this account is locked for a "
                                        "while", PATH, error="invalid_grant", headers={"Retry-After": str(wait)}))
    if person is None:
        return Refusal(problem_response(400, "Bad Request", "wrong username or password", PATH,
                                        error="invalid_grant"))
    return person.principal


async def _renewed(container, client_id: str, secret: str, form: dict[str, str]):
    """The token exchange: the person of a still-valid person's token, read again (None when the client fails)."""
    first_party = await container.clients.authenticate_first_party(client_id, secret)
    if first_party is None:
        return None
    if not first_party:
        return Refusal(problem_response(400, "Bad Request", "only the network's own web app renews people's tokens",
                                        PATH, error="unauthorized_client"))
    if form.get("subject_token_type") != ACCESS_TOKEN_TYPE or not form.get("subject_token"):
        return Refusal(problem_response(400, "Bad Request", f"a token exchange needs subject_token and "
                                        f"subject_token_type {ACCESS_TOKEN_TYPE}", PATH, error="invalid_request",
                                        errors=[{"field": "subject_token", "reason": "required, an access token"}]))
    try:
        held = container.verifier.verify(form["subject_token"][:4096])
    except Problem as refused:
        return Refusal(problem_response(400, "Bad Request", f"subject_token: {refused.detail}", PATH,
                                        error="invalid_grant"))
    person = None
    if held.client_id.startswith(PERSON_PREFIX):
        person = await container.people.get(held.client_id.removeprefix(PERSON_PREFIX))
    if person is None:
        return Refusal(problem_response(400, "Bad Request", "subject_token is not a signed-in person's", PATH,
                                        error="invalid_grant"))
    return person.principal


def token_route(router: APIRouter) -> None:
    @router.post("/oauth/token", tags=["identity"], operation_id="issue_token", openapi_extra=TOKEN_DOC,
                 summary="OAuth2 client credentials: a signed JWT carrying the client's role", responses=RESPONSES,
                 response_model=AccessToken,
                 description="RFC 6749 §4.4. Authenticate the client either with HTTP Basic (`client_secret_basic`: "
                             "`Authorization: Basic base64(id:secret)`, each part form-urlencoded first) or with "
                             "`client_id` and `client_secret` form fields (`client_secret_post`), not both. The "
                             "token's `scope` is the client's role. Failed logins are throttled per client and per "
                             "address (429 with Retry-After). RFC 6749 §4.3, the password grant (`username`, "
                             "`password`), signs a person in and is open to the network's first-party web client "
                             "only, which names the person's address in a `Forwarded` header (RFC 7239); five wrong "
                             "passwords in a row from one address lock the account for that address, fifty from "
                             "anywhere for every address (423 with Retry-After). The same client renews a signed-in "
                             "person's token before it expires with a token exchange (RFC 8693: `subject_token`, "
                             "`subject_token_type` urn:ietf:params:oauth:token-type:access_token).")
    async def token(request: Request):
        container = request.app.state.container
        settings = container.settings
        try:
            body = await _read_capped(request, settings.token_max_body_bytes)
            content_type = request.headers.get("content-type", "").partition(";")[0].strip().lower()
            if body and content_type != FORM:
                raise _problem(415, "Unsupported Media Type", f"a token request's body is {FORM}",
                               error="invalid_request", errors=[{"field": "Content-Type", "reason": f"must be {FORM}"}])
            try:
                parsed = parse_qs(body.decode(), strict_parsing=bool(body), errors="strict")
            except (UnicodeDecodeError, ValueError):
                raise _problem(400, "Bad Request", "the body is not a valid form", error="invalid_request",
                               errors=[{"field": "body", "reason": "not application/x-www-form-urlencoded UTF-8"}]
                               ) from None
            form = {k: v[0] for k, v in parsed.items()}
            client_id, secret = _credentials(request, form)
        except _Refusal as refusal:
            return refusal.response

        throttle: LoginThrottle = container.login_throttle
        address = request.client.host if request.client else "?"
        refused = throttle.begin(client_id, address)
        if refused is not None:
            what = "this address" if refused.key.startswith("address:") else "this client"
            return problem_response(429, "Too Many Requests", f"too many failed logins for {what}; try again later",
                                    PATH, error="slow_down", headers={"Retry-After": retry_after(refused.retry_after_s)})
        store: ClientStore = container.clients
        try:
            if form.get("grant_type") == "password":
                principal = await _person(container, client_id, secret, form, request)
            elif form.get("grant_type") == TOKEN_EXCHANGE:
                principal = await _renewed(container, client_id, secret, form)
            else:
                principal = await store.authenticate(client_id, secret)
        except Busy:
            throttle.succeeded(client_id, address)  # not checked: the attempt is not counted
            return problem_response(503, "Service Unavailable", "too many logins in progress; try again shortly", PATH,
                                    headers={"Retry-After": "1"})
        if principal is None:
            return problem_response(401, "Unauthorized", "unknown client or wrong secret", PATH,
                                    error="invalid_client", headers={"WWW-Authenticate": 'Basic realm="ovop"'})
        throttle.succeeded(client_id, address)
        if isinstance(principal, Refusal):
            return principal.response
        ttl = settings.token_ttl_s
        return JSONResponse({"access_token": issue_token(container.private_key, principal, ttl),
                             "token_type": "Bearer", "expires_in": ttl, "scope": principal.role.value},
                            headers={"Cache-Control": "no-store", "Pragma": "no-cache"})
