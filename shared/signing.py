"""Authenticity of registry events: each member state's node signs what it publishes (Ed25519, one key
per country); every consumer checks the signature against a public-key directory before applying.

Signed bytes: the CloudEvents id, source, type, subject and time headers, then the value, joined by
newlines — exactly what travels on Kafka, so nothing can be changed in between without the check failing."""
from __future__ import annotations

import base64
import json
import logging
import os
from pathlib import Path

from aiokafka import ConsumerRecord
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from shared.contracts.registry import topic_country

log = logging.getLogger(__name__)
SIGNED_HEADERS = ("ce_id", "ce_source", "ce_type", "ce_subject", "ce_time")
SIGNATURE_HEADER = "ce_signature"


class SignatureRefused(ValueError):
    pass


def signed_bytes(headers: dict[str, bytes], value: bytes | None) -> bytes:
    return b"\n".join(headers.get(h, b"") for h in SIGNED_HEADERS) + b"\n" + (value or b"")


def generate_country_keys(folder: Path, countries: list[str]) -> Path:
    """Writes <CC>.pem (private, for that country's node) and directory.json (public keys of all)."""
    folder.mkdir(parents=True, exist_ok=True)
    directory = {}
    for cc in countries:
        key = Ed25519PrivateKey.generate()
        private = folder / f"{cc}.pem"
        private.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                              serialization.NoEncryption()))
        os.chmod(private, 0o600)
        directory[cc] = key.public_key().public_bytes(serialization.Encoding.PEM,
                                                      serialization.PublicFormat.SubjectPublicKeyInfo).decode()
    path = folder / "directory.json"
    path.write_text(json.dumps(directory, indent=2))
    return path


class EventSigner:
    def __init__(self, private_pem: bytes) -> None:
        self.key = serialization.load_pem_private_key(private_pem, None)

    @classmethod
    def from_file(cls, path: str | None) -> "EventSigner | None":
        return cls(Path(path).read_bytes()) if path else None

    def sign(self, headers: list[tuple[str, bytes]], value: bytes | None) -> list[tuple[str, bytes]]:
        signature = self.key.sign(signed_bytes(dict(headers), value))
        return headers + [(SIGNATURE_HEADER, base64.b64encode(signature))]


class KeyDirectory:
    """The member states' public keys, from a JSON file {"VN": "<PEM>", ...}; re-read when it changes,
    so a member state joining needs no restart of the consumers."""

    def __init__(self, path: str) -> None:
        self.path = Path(path)
        self._mtime = 0.0
        self._keys: dict[str, Ed25519PublicKey] = {}

    def key(self, country: str) -> Ed25519PublicKey | None:
        try:
            mtime = self.path.stat().st_mtime
        except OSError:
            mtime = 0.0
        if mtime != self._mtime:
            raw = json.loads(self.path.read_text())
            self._keys = {cc: serialization.load_pem_public_key(pem.encode()) for cc, pem in raw.items()}
            self._mtime = mtime
        return self._keys.get(country)

    def check(self, record: ConsumerRecord) -> None:
        """Raises SignatureRefused unless a registry topic's event is signed by that topic's country."""
        country = topic_country(record.topic)
        if country is None:
            return  # not a registry topic: no country key applies
        headers = {k: v for k, v in (record.headers or ())}
        signature = headers.get(SIGNATURE_HEADER)
        if signature is None:
            raise SignatureRefused(f"unsigned event on {record.topic}")
        key = self.key(country)
        if key is None:
            raise SignatureRefused(f"no public key for {country} in the key directory")
        try:
            key.verify(base64.b64decode(signature), signed_bytes(headers, record.value))
        except (InvalidSignature, ValueError):
            raise SignatureRefused(f"signature does not verify with {country}'s key") from None
