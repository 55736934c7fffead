"""Identity on every service: JWTs issued by the gateway (EdDSA / Ed25519), verified with its public key.

The gateway alone holds the private key and mints tokens (OAuth2 client credentials); every service
verifies them itself, so a request that bypasses the gateway gets no further than one through it."""
from __future__ import annotations

import time
from dataclasses import dataclass
from enum import Enum
from functools import lru_cache
from pathlib import Path

import jwt
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from fastapi import Request

from shared.problems import Problem, problem_response

ISSUER = "ovop-gateway"
AUDIENCE = "ovop-network"


class Role(str, Enum):
    buyer = "buyer"
    producer = "producer"
    registry_admin = "registry_admin"
    fair_organiser = "fair_organiser"
    integrator = "integrator"
    # The programme's people: a provincial officer acts for the producers of one province of one country; the
    # committee of a country decides its registrations and evaluations.
    provincial_officer = "provincial_officer"
    committee = "committee"
    # Not a client's role: the identity the gateway signs for an anonymous caller of a public read, so that a
    # backend service still answers only requests that came through the gateway or carry a client's token.
    public = "public"


@dataclass(frozen=True)
class Principal:
    client_id: str
    role: Role
    country: str | None = None      # registry admins: the member state they administer
    producer_id: str | None = None  # producers: the producer they act for
    province: str | None = None     # provincial officers: the province of `country` they act in

    @property
    def home_country(self) -> str | None:
        """The member state the principal acts in: its bound country, or a producer's, read from its id."""
        if self.country:
            return self.country
        if self.producer_id and len(self.producer_id) > 3 and self.producer_id[2] == "-":
            return self.producer_id[:2]
        return None

    @property
    def actor(self) -> str:
        return f"{self.role.value}:{self.client_id}"

    @property
    def anonymous(self) -> bool:
        return self.role is Role.public


ANONYMOUS = Principal(client_id="anonymous", role=Role.public)
# Paths a service answers without any identity: probes and Prometheus scrapes, never data.
OPEN_PATHS = frozenset({"/healthz", "/readyz", "/metrics"})


def generate_keypair(private_path: Path, public_path: Path) -> None:
    key = Ed25519PrivateKey.generate()
    private_path.parent.mkdir(parents=True, exist_ok=True)
    private_path.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                               serialization.NoEncryption()))
    private_path.chmod(0o600)
    public_path.write_bytes(key.public_key().public_bytes(serialization.Encoding.PEM,
                                                          serialization.PublicFormat.SubjectPublicKeyInfo))


def issue_token(private_pem: bytes, principal: Principal, ttl_s: int = 3600, now: float | None = None) -> str:
    iat = int(now if now is not None else time.time())
    claims = {"iss": ISSUER, "aud": AUDIENCE, "sub": principal.client_id, "role": principal.role.value,
              "iat": iat, "exp": iat + ttl_s}
    if principal.country:
        claims["country"] = principal.country
    if principal.producer_id:
        claims["producer_id"] = principal.producer_id
    if principal.province:
        claims["province"] = principal.province
    return jwt.encode(claims, private_pem, algorithm="EdDSA")


class TokenVerifier:
    """Verifies the gateway's tokens. Every backend request carries one, so the key is parsed once and a
    token already verified is remembered until it expires (clients and the gateway's anonymous identity
    reuse theirs for many requests): a repeated token costs a dictionary look-up, not a signature check."""

    def __init__(self, public_pem: bytes | None, cache_size: int = 4096) -> None:
        self.public_pem = public_pem
        self._key = serialization.load_pem_public_key(public_pem) if public_pem else None
        self._decode = lru_cache(maxsize=cache_size)(self._decode_uncached)

    @classmethod
    def from_file(cls, path: str | None) -> "TokenVerifier":
        return cls(Path(path).read_bytes() if path else None)

    def verify(self, token: str) -> Principal:
        if self.public_pem is None:
            raise Problem(401, "this service has no token key configured (JWT_PUBLIC_KEY_FILE)",
                          headers={"WWW-Authenticate": "Bearer"})
        try:
            principal, expires = self._decode(token)
        except jwt.ExpiredSignatureError:
            raise _unauthorized("the token has expired", "invalid_token") from None
        except (jwt.InvalidTokenError, ValueError, KeyError) as exc:
            raise _unauthorized(f"the token is not valid: {exc}", "invalid_token") from None
        if time.time() >= expires:  # remembered from before it expired
            raise _unauthorized("the token has expired", "invalid_token")
        return principal

    def _decode_uncached(self, token: str) -> tuple[Principal, int]:
        """The token's principal and expiry; raises (and so is never cached) when the token is not valid."""
        claims = jwt.decode(token, self._key, algorithms=["EdDSA"], audience=AUDIENCE, issuer=ISSUER,
                            options={"require": ["exp", "iat", "sub", "role"]})
        return (Principal(client_id=claims["sub"], role=Role(claims["role"]), country=claims.get("country"),
                          producer_id=claims.get("producer_id"), province=claims.get("province")),
                int(claims["exp"]))

    def principal(self, request: Request, *, required: bool = True) -> Principal | None:
        header = request.headers.get("authorization", "")
        scheme, _, token = header.partition(" ")
        if scheme.lower() != "bearer" or not token:
            if required:
                raise _unauthorized("this operation needs a bearer token (POST /v1/oauth/token)", None)
            return None
        return self.verify(token.strip())


class AnonymousIdentity:
    """The gateway's signed identity for anonymous public reads: a short-lived token with the `public` role,
    minted again once half its life is gone (signing per request would cost for nothing)."""

    def __init__(self, private_pem: bytes | None, ttl_s: int = 60) -> None:
        self.private_pem, self.ttl_s = private_pem, ttl_s
        self._token: str | None = None
        self._renew_at = 0.0

    def authorization(self) -> str | None:
        if self.private_pem is None:
            return None
        now = time.time()
        if self._token is None or now >= self._renew_at:
            self._token = issue_token(self.private_pem, ANONYMOUS, self.ttl_s, now=now)
            self._renew_at = now + self.ttl_s / 2
        return f"Bearer {self._token}"


class RequireIdentity:
    """ASGI middleware of every backend service: nothing but OPEN_PATHS is answered without a valid token,
    a client's or the gateway's signed anonymous identity (401 problem+json otherwise), whatever port the
    request reached. The verified principal is kept in the request's state for the routes."""

    def __init__(self, app, *, verifier: TokenVerifier) -> None:
        self.app, self.verifier = app, verifier

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or scope["path"] in OPEN_PATHS:
            return await self.app(scope, receive, send)
        try:
            principal = self.verifier.principal(Request(scope))
        except Problem as p:
            response = problem_response(p.status, "Unauthorized", p.detail, scope["path"], headers=p.headers)
            return await response(scope, receive, send)
        scope.setdefault("state", {})["principal"] = principal
        await self.app(scope, receive, send)


def _unauthorized(detail: str, error: str | None) -> Problem:
    challenge = 'Bearer realm="ovop"' + (f', error="{error}"' if error else "")
    return Problem(401, detail, headers={"WWW-Authenticate": challenge})


def require(principal: Principal, *roles: Role, country: str | None = None) -> Principal:
    """403 unless the principal has one of `roles` (and, for the roles bound to a member state, acts in `country`)."""
    if principal.role not in roles:
        raise Problem(403, f"role {principal.role.value} may not do this; it needs {' or '.join(r.value for r in roles)}")
    if country is not None and principal.role in COUNTRY_BOUND and principal.home_country != country:
        raise Problem(403, f"this token acts for {principal.home_country}, not {country}")
    return principal


# Roles whose rights stop at their member state's border.
COUNTRY_BOUND = frozenset({Role.registry_admin, Role.committee, Role.provincial_officer, Role.producer})


def current_caller(request: Request) -> Principal:
    """FastAPI dependency: the verified caller, the gateway's anonymous identity included (public reads)."""
    principal = getattr(request.state, "principal", None)
    return principal if principal is not None else request.app.state.verifier.principal(request)


def current_principal(request: Request) -> Principal:
    """FastAPI dependency: the verified client (401 without a client's token, the anonymous identity too)."""
    principal = current_caller(request)
    if principal.anonymous:
        raise _unauthorized("this operation needs a bearer token (POST /v1/oauth/token)", None)
    return principal


def optional_principal(request: Request) -> Principal | None:
    """FastAPI dependency for reads open to everyone: the verified client, or None for an anonymous caller
    (no token at all, or the gateway's anonymous identity); a token that is present but not valid is still
    refused, 401."""
    principal = getattr(request.state, "principal", None)
    if principal is None:
        principal = request.app.state.verifier.principal(request, required=False)
    return None if principal is None or principal.anonymous else principal
