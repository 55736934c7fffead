"""Identity on every service: JWTs issued by the gateway (EdDSA / Ed25519), verified with its public key.

The gateway alone holds the private key and mints tokens (OAuth2 client credentials); every service
verifies them itself, so a request that bypasses the gateway gets no further than one through it."""
from __future__ import annotations

import time
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

import jwt
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from fastapi import Request

from shared.problems import Problem

ISSUER = "ovop-gateway"
AUDIENCE = "ovop-network"


class Role(str, Enum):
    buyer = "buyer"
    producer = "producer"
    registry_admin = "registry_admin"
    fair_organiser = "fair_organiser"
    integrator = "integrator"


@dataclass(frozen=True)
class Principal:
    client_id: str
    role: Role
    country: str | None = None      # registry admins: the member state they administer
    producer_id: str | None = None  # producers: the producer they act for

    @property
    def actor(self) -> str:
        return f"{self.role.value}:{self.client_id}"


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
    return jwt.encode(claims, private_pem, algorithm="EdDSA")


class TokenVerifier:
    def __init__(self, public_pem: bytes | None) -> None:
        self.public_pem = public_pem

    @classmethod
    def from_file(cls, path: str | None) -> "TokenVerifier":
        return cls(Path(path).read_bytes() if path else None)

    def verify(self, token: str) -> Principal:
        if self.public_pem is None:
            raise Problem(401, "this service has no token key configured (JWT_PUBLIC_KEY_FILE)",
                          headers={"WWW-Authenticate": "Bearer"})
        try:
            claims = jwt.decode(token, self.public_pem, algorithms=["EdDSA"], audience=AUDIENCE, issuer=ISSUER,
                                options={"require": ["exp", "iat", "sub", "role"]})
            return Principal(client_id=claims["sub"], role=Role(claims["role"]), country=claims.get("country"),
                             producer_id=claims.get("producer_id"))
        except jwt.ExpiredSignatureError:
            raise _unauthorized("the token has expired", "invalid_token") from None
        except (jwt.InvalidTokenError, ValueError, KeyError) as exc:
            raise _unauthorized(f"the token is not valid: {exc}", "invalid_token") from None

    def principal(self, request: Request, *, required: bool = True) -> Principal | None:
        header = request.headers.get("authorization", "")
        scheme, _, token = header.partition(" ")
        if scheme.lower() != "bearer" or not token:
            if required:
                raise _unauthorized("this operation needs a bearer token (POST /v1/oauth/token)", None)
            return None
        return self.verify(token.strip())


def _unauthorized(detail: str, error: str | None) -> Problem:
    challenge = 'Bearer realm="ovop"' + (f', error="{error}"' if error else "")
    return Problem(401, detail, headers={"WWW-Authenticate": challenge})


def require(principal: Principal, *roles: Role, country: str | None = None) -> Principal:
    """403 unless the principal has one of `roles` (and, for registry admins, administers `country`)."""
    if principal.role not in roles:
        raise Problem(403, f"role {principal.role.value} may not do this; it needs {' or '.join(r.value for r in roles)}")
    if country is not None and principal.role is Role.registry_admin and principal.country != country:
        raise Problem(403, f"this token administers {principal.country}, not {country}")
    return principal


def current_principal(request: Request) -> Principal:
    """FastAPI dependency: the verified caller (401 without a valid token). Needs app.state.verifier."""
    return request.app.state.verifier.principal(request)


def optional_principal(request: Request) -> Principal | None:
    """FastAPI dependency for reads open to everyone: the verified caller, or None without a bearer token
    (a token that is present but not valid is still refused, 401)."""
    return request.app.state.verifier.principal(request, required=False)
