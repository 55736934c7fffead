"""Fair badges: a signed token (a JWT signed with the fair's own Ed25519 key, EdDSA) that a door scanner can
verify offline with the fair's published public key, and its QR code (segno, SVG)."""
from __future__ import annotations

import base64
from datetime import datetime

import jwt
import segno
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives import serialization

ISSUER = "ovop-fairs"


class BadBadge(Exception):
    """A token that is not a valid badge of this fair."""


def new_key() -> str:
    raw = Ed25519PrivateKey.generate().private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
                                                     serialization.NoEncryption())
    return raw.hex()


def _private(key_hex: str) -> Ed25519PrivateKey:
    return Ed25519PrivateKey.from_private_bytes(bytes.fromhex(key_hex))


def public_jwk(key_hex: str, fair_id: str) -> dict:
    raw = _private(key_hex).public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return {"kty": "OKP", "crv": "Ed25519", "alg": "EdDSA", "use": "sig", "kid": fair_id,
            "x": base64.urlsafe_b64encode(raw).rstrip(b"=").decode()}


def public_pem(key_hex: str) -> str:
    return _private(key_hex).public_key().public_bytes(serialization.Encoding.PEM,
                                                        serialization.PublicFormat.SubjectPublicKeyInfo).decode()


def sign(key_hex: str, *, fair_id: str, kind: str, participant_id: str, name: str, issued_at: datetime) -> str:
    claims = {"iss": ISSUER, "aud": fair_id, "sub": participant_id, "kind": kind, "name": name,
              "iat": int(issued_at.timestamp())}
    return jwt.encode(claims, _private(key_hex), algorithm="EdDSA", headers={"kid": fair_id})


def verify(key_hex: str, fair_id: str, token: str) -> dict:
    try:
        claims = jwt.decode(token, _private(key_hex).public_key(), algorithms=["EdDSA"], audience=fair_id,
                            issuer=ISSUER, options={"require": ["aud", "iss", "sub", "iat"]})
    except jwt.InvalidTokenError as exc:
        raise BadBadge(f"not a badge of fair {fair_id}: {exc}") from exc
    if claims.get("kind") not in ("buyer", "exhibitor"):
        raise BadBadge("the badge names no kind of participant")
    return claims


def qr_svg(token: str) -> str:
    return segno.make(token, error="m").svg_inline(scale=4)
