"""Idempotency-Key on creating POSTs, once, at the gateway (inside the guard, so the caller is known).

A POST carrying the header is fingerprinted (method, path, query, content type, body) and claimed for its
client; the first answer is stored and replayed, with `Idempotent-Replayed: true`, to a retry with the same
key and the same request for 24 hours. Keys are the client's own: two clients never see each other's."""
from __future__ import annotations

import logging
from datetime import datetime, timezone

from services.gateway.adapters.idempotency_store import Answer, IdempotencyStore
from services.gateway.domain.idempotency import (HEADER, NOT_REPLAYED, REPLAYED, Decision, decide, fingerprint,
                                                 key_problem, worth_keeping)
from shared.problems import PROBLEM_TYPES, problem_response, problem_type

log = logging.getLogger(__name__)
_HEADER = HEADER.lower().encode()


class IdempotencyKeys:
    def __init__(self, app, *, store: IdempotencyStore) -> None:
        self.app, self.store = app, store

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or scope["method"] != "POST" or not scope["path"].startswith("/v1/") \
                or scope["path"] == "/v1/oauth/token":
            return await self.app(scope, receive, send)
        raw_key = next((v for k, v in scope["headers"] if k.lower() == _HEADER), None)
        if raw_key is None:
            return await self.app(scope, receive, send)
        key = raw_key.decode("latin-1").strip()
        if reason := key_problem(key):
            return await _problem(scope, receive, send, 400, "idempotency-key-malformed", f"{HEADER} {reason}", reason)
        principal = scope.get("state", {}).get("principal")
        client_id = principal.client_id if principal else None
        if client_id is None:  # the guard lets no anonymous POST through; nothing to scope a key to
            return await self.app(scope, receive, send)

        body = bytearray()
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            body += message.get("body", b"")
            if not message.get("more_body"):
                break
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
        request_fp = fingerprint(scope["method"], scope["path"], scope.get("query_string", b"").decode("latin-1"),
                                 headers.get("content-type", ""), bytes(body))

        now = datetime.now(timezone.utc)
        # The usual case is a new key: claim it at once (one statement); look at what is there only if taken.
        found = None
        decision = Decision.proceed
        if not await self.store.claim(client_id, key, request_fp, now, None):
            found = await self.store.get(client_id, key)
            decision = decide(found[0] if found else None, request_fp, now)
            if decision is Decision.proceed and not await self.store.claim(client_id, key, request_fp, now,
                                                                           found[0] if found else None):
                decision = Decision.in_flight  # another retry took the lapsed record over first
        if decision is Decision.mismatch:
            return await _problem(scope, receive, send, 422, "idempotency-key-reused",
                                  f"this {HEADER} was already used for a different request",
                                  "was already used with a different method, path or body")
        if decision is Decision.in_flight:
            return await _problem(scope, receive, send, 409, "idempotency-key-in-flight",
                                  f"a request with this {HEADER} is still being answered; retry later",
                                  "a request with this key is still in flight", headers={"Retry-After": "1"})
        if decision is Decision.replay:
            answer = found[1]
            await send({"type": "http.response.start", "status": answer.status,
                        "headers": [(k.encode("latin-1"), v.encode("latin-1")) for k, v in answer.headers]
                        + [(REPLAYED.lower().encode(), b"true"), (b"content-length", str(len(answer.body)).encode())]})
            await send({"type": "http.response.body", "body": answer.body})
            return

        sent_body = False

        async def replay_receive():
            nonlocal sent_body
            if not sent_body:
                sent_body = True
                return {"type": "http.request", "body": bytes(body), "more_body": False}
            return await receive()

        # The answer is held back until it is stored, so a retry that follows it at once is replayed, not refused.
        start: dict | None = None
        out_body = bytearray()
        done = False

        async def capture(message):
            nonlocal start, done
            if message["type"] == "http.response.start":
                start = message
                return
            if message["type"] != "http.response.body" or done:
                return await send(message)
            out_body.extend(message.get("body", b""))
            if message.get("more_body"):
                return
            done = True
            status = start["status"]
            if worth_keeping(status):
                kept = [(k.decode("latin-1"), v.decode("latin-1")) for k, v in start.get("headers", [])
                        if k.decode("latin-1").lower() not in NOT_REPLAYED]
                await self.store.complete(client_id, key, Answer(status, kept, bytes(out_body)))
            else:
                await self.store.release(client_id, key)
            await send(start)
            await send({"type": "http.response.body", "body": bytes(out_body)})

        try:
            await self.app(scope, replay_receive, capture)
        finally:
            if not done:
                await self.store.release(client_id, key)


async def _problem(scope, receive, send, status: int, name: str, detail: str, reason: str,
                   headers: dict[str, str] | None = None) -> None:
    response = problem_response(status, PROBLEM_TYPES[name][1], detail, scope["path"], type_=problem_type(name),
                                errors=[{"field": HEADER, "reason": reason, "type": "header"}], headers=headers)
    await response(scope, receive, send)
