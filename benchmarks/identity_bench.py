"""What the identity every backend service now asks of every request costs it: verifying the EdDSA token
(a client's or the gateway's anonymous one) in the service's middleware, the first time a token is seen and
when it comes again (verified tokens are remembered until they expire), and the gateway's cost of attaching
its anonymous identity to a public read. In process, no network: the figures are the check's own CPU time.

    python -m benchmarks.identity_bench [--requests 20000]"""
from __future__ import annotations

import argparse
import asyncio
import tempfile
import time
from pathlib import Path

from benchmarks.figures import Figure, summary, write
from shared.auth import AnonymousIdentity, Principal, RequireIdentity, Role, TokenVerifier, generate_keypair, issue_token


async def endpoint(scope, receive, send):
    await send({"type": "http.response.start", "status": 200, "headers": [(b"content-type", b"application/json")]})
    await send({"type": "http.response.body", "body": b"{}"})


async def call(app, token: str | None) -> int:
    headers = [(b"authorization", f"Bearer {token}".encode())] if token else []
    scope = {"type": "http", "method": "GET", "path": "/catalogue/search", "raw_path": b"/catalogue/search",
             "query_string": b"q=honey", "headers": headers, "client": ("127.0.0.1", 1), "server": ("127.0.0.1", 80),
             "scheme": "http", "http_version": "1.1", "root_path": ""}
    status = {}

    async def receive():
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message):
        if message["type"] == "http.response.start":
            status["code"] = message["status"]

    await app(scope, receive, send)
    return status["code"]


async def timed(app, token: str | None, n: int, want: int) -> list[float]:
    samples = []
    for _ in range(n):
        t0 = time.perf_counter()
        code = await call(app, token)
        samples.append((time.perf_counter() - t0) * 1e6)
        assert code == want, code
    return samples


async def run(n: int) -> None:
    keys = Path(tempfile.mkdtemp(prefix="bench-identity-"))
    generate_keypair(keys / "k.pem", keys / "k.pub")
    private, verifier = (keys / "k.pem").read_bytes(), TokenVerifier((keys / "k.pub").read_bytes())
    anonymous = AnonymousIdentity(private)
    buyer = issue_token(private, Principal("buyer-1", Role.buyer))
    guarded = RequireIdentity(endpoint, verifier=verifier)
    size = f"{n} requests, in process"
    await timed(guarded, buyer, 500, 200)  # warm-up
    bare = await timed(endpoint, None, n, 200)
    with_client = await timed(guarded, buyer, n, 200)
    with_anonymous = await timed(guarded, anonymous.authorization().removeprefix("Bearer "), n, 200)
    refused = await timed(guarded, None, n, 401)
    # A token the service has not seen yet: the signature is checked (then remembered until it expires).
    fresh_tokens = [issue_token(private, Principal(f"buyer-{i}", Role.buyer)) for i in range(min(n, 5000))]
    first_sight = []
    for token in fresh_tokens:
        t0 = time.perf_counter()
        assert await call(guarded, token) == 200
        first_sight.append((time.perf_counter() - t0) * 1e6)
    t0 = time.perf_counter()
    for _ in range(n):
        anonymous.authorization()
    attach_us = (time.perf_counter() - t0) / n * 1e6
    figures = (summary("identity.no_check_us", bare, size, unit="us")
               + summary("identity.client_token_us", with_client, size, unit="us")
               + summary("identity.anonymous_token_us", with_anonymous, size, unit="us")
               + summary("identity.first_sight_of_a_token_us", first_sight, f"{len(fresh_tokens)} distinct tokens",
                         unit="us")
               + summary("identity.refused_without_token_us", refused, size, unit="us")
               + [Figure("identity.gateway_attaches_anonymous_us", attach_us, "us", size)])
    for f in figures:
        print(f"{f.name:45} {f.value:9.1f} {f.unit}")
    write("identity_bench", figures)


if __name__ == "__main__":
    p = argparse.ArgumentParser()
    p.add_argument("--requests", type=int, default=20000)
    asyncio.run(run(p.parse_args().requests))
