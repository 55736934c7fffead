"""Idempotency-Key rules (the way payment APIs do it, and draft-ietf-httpapi-idempotency-key-header):
a creating POST sent again with the same key and the same request gets the first answer again; the same
key with another request is refused; a retry while the first is still being answered waits its turn (409).

Plain Python: the store and the middleware decide nothing of their own."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import Enum

HEADER = "Idempotency-Key"
REPLAYED = "Idempotent-Replayed"
MAX_KEY_LENGTH = 255
# How long a first answer is kept for replay.
RETENTION = timedelta(hours=24)
# A key still marked in flight after this long belongs to a request whose gateway died: it may be taken over.
IN_FLIGHT_LEASE = timedelta(minutes=2)
# Response headers that describe one transfer or one exchange, not the answer: never replayed.
NOT_REPLAYED = {"content-length", "x-request-id", "date", "server", "transfer-encoding", "connection"}


def key_problem(key: str) -> str | None:
    """Why a key cannot be used, or None: 1 to 255 visible ASCII characters (a UUID is the usual choice)."""
    if not key:
        return "must not be empty"
    if len(key) > MAX_KEY_LENGTH:
        return f"must be at most {MAX_KEY_LENGTH} characters"
    if any(not (0x21 <= ord(c) <= 0x7E) for c in key):
        return "must be visible ASCII characters only (no spaces or control characters)"
    return None


def fingerprint(method: str, path: str, query: str, content_type: str, body: bytes) -> str:
    """What makes two requests 'the same request' for one key."""
    h = hashlib.sha256()
    for part in (method.upper(), path, query, content_type.split(";")[0].strip().lower()):
        h.update(part.encode())
        h.update(b"\0")
    h.update(body)
    return h.hexdigest()


def worth_keeping(status: int) -> bool:
    """A 5xx (the backend down, slow or broken) says nothing was decided: the key is released so that a
    retry is carried out again. Any other answer is the request's outcome and is replayed."""
    return status < 500


class Decision(Enum):
    proceed = "proceed"      # first time (or the old record lapsed): carry it out
    replay = "replay"        # answered before: send the stored answer
    in_flight = "in_flight"  # the first is still being answered: 409
    mismatch = "mismatch"    # the key was used for another request: 422


@dataclass(frozen=True)
class Stored:
    fingerprint: str
    completed: bool
    created_at: datetime
    expires_at: datetime


def decide(stored: Stored | None, request_fingerprint: str, now: datetime) -> Decision:
    if stored is None or stored.expires_at <= now:
        return Decision.proceed
    if stored.fingerprint != request_fingerprint:
        return Decision.mismatch
    if stored.completed:
        return Decision.replay
    if now - stored.created_at > IN_FLIGHT_LEASE:
        return Decision.proceed
    return Decision.in_flight
