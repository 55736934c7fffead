"""The token endpoint on the real gateway process: body cap, failed-login throttling, bounded secret checks,
HTTP Basic client authentication, Argon2id hashes (and the scrypt hashes written before them).

Throttling is per remote address: the gateway's uvicorn takes the address from X-Forwarded-For when the
connection comes from 127.0.0.1 (its default trusted proxy), so each test speaks from its own address."""
from __future__ import annotations

import asyncio
import base64
import hashlib
import secrets
import sqlite3
from urllib.parse import quote_plus

import httpx
import jwt
import pytest

from tests.support.network import Network

PATH = "/v1/oauth/token"


@pytest.fixture(scope="module")
async def gateway(kafka_bootstrap, tmp_path_factory):
    """A gateway alone (tokens need no backend): 3 failures per client and 6 per address in a minute."""
    net = Network(kafka_bootstrap, tmp_path_factory.mktemp("token"))
    gw = net.add_gateway(LOGIN_FAILURES_PER_CLIENT="3", LOGIN_FAILURES_PER_ADDRESS="6", SECRET_CHECK_QUEUE="2")
    gw.network = net
    gw.database = net.log_dir / "gateway.db"
    try:
        gw.start(net.log_dir)
        await gw.wait_ready()
        yield gw
    finally:
        net.stop()


def _from(address: str) -> dict[str, str]:
    return {"X-Forwarded-For": address}


def _form(client_id: str, secret: str) -> dict[str, str]:
    return {"grant_type": "client_credentials", "client_id": client_id, "client_secret": secret}


def _basic(client_id: str, secret: str) -> str:
    return "Basic " + base64.b64encode(f"{quote_plus(client_id)}:{quote_plus(secret)}".encode()).decode()


def _stored_hash(gateway, client_id: str) -> str:
    with sqlite3.connect(gateway.database) as db:
        return db.execute("SELECT secret_hash FROM clients WHERE client_id = ?", (client_id,)).fetchone()[0]


async def test_a_body_announced_over_the_cap_gets_413_before_the_gateway_reads_it(gateway):
    # 25 MiB announced, not one byte sent: the answer comes without waiting for the body.
    reader, writer = await asyncio.open_connection("127.0.0.1", gateway.port)
    writer.write(b"POST /v1/oauth/token HTTP/1.1\r\nHost: gw\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                 b"Content-Length: 26214400\r\n\r\n")
    await writer.drain()
    head = await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), timeout=10)
    writer.close()
    assert head.startswith(b"HTTP/1.1 413 ")
    assert b"content-type: application/problem+json" in head.lower()


async def test_a_streamed_body_over_the_cap_gets_413(gateway):
    async def chunks():
        for _ in range(10):
            yield b"grant_type=client_credentials&" + b"x" * 1000

    async with httpx.AsyncClient(base_url=gateway.url, timeout=10) as c:
        r = await c.post(PATH, content=chunks(), headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert r.status_code == 413
    assert r.headers["content-type"] == "application/problem+json"
    assert r.json()["detail"] == "a token request's body is at most 4096 bytes"


async def test_a_body_that_is_not_a_form_gets_415_naming_the_content_type(gateway):
    async with httpx.AsyncClient(base_url=gateway.url, timeout=10) as c:
        r = await c.post(PATH, json=_form("x", "y"))
    assert r.status_code == 415
    assert r.json()["errors"] == [{"field": "Content-Type", "reason": "must be application/x-www-form-urlencoded"}]


async def test_a_client_authenticates_with_http_basic_and_gets_a_token_for_its_role(gateway):
    client = gateway.network.create_client("registry_admin", name="VN team", country="VN")
    async with httpx.AsyncClient(base_url=gateway.url, timeout=10, headers=_from("10.0.1.1")) as c:
        r = await c.post(PATH, data={"grant_type": "client_credentials"},
                         headers={"Authorization": _basic(client["client_id"], client["client_secret"])})
    assert r.status_code == 200, r.text
    assert r.headers["cache-control"] == "no-store"
    claims = jwt.decode(r.json()["access_token"], gateway.network.public_key.read_bytes(), algorithms=["EdDSA"],
                        audience="ovop-network")
    assert (claims["sub"], claims["role"], claims["country"]) == (client["client_id"], "registry_admin", "VN")


async def test_wrong_basic_credentials_get_401_with_a_basic_challenge(gateway):
    client = gateway.network.create_client("buyer", name="buyer")
    async with httpx.AsyncClient(base_url=gateway.url, timeout=10, headers=_from("10.0.2.1")) as c:
        r = await c.post(PATH, data={"grant_type": "client_credentials"},
                         headers={"Authorization": _basic(client["client_id"], "wrong")})
    assert r.status_code == 401
    assert r.json()["error"] == "invalid_client"
    assert r.headers["www-authenticate"] == 'Basic realm="ovop"'


async def test_a_client_authenticating_both_by_basic_and_by_form_gets_400(gateway):
    client = gateway.network.create_client("buyer", name="buyer")
    async with httpx.AsyncClient(base_url=gateway.url, timeout=10, headers=_from("10.0.3.1")) as c:
        both = await c.post(PATH, data=_form(client["client_id"], client["client_secret"]),
                            headers={"Authorization": _basic(client["client_id"], client["client_secret"])})
        malformed = await c.post(PATH, data={"grant_type": "client_credentials"},
                                 headers={"Authorization": "Basic not-base64!"})
    assert both.status_code == 400
    assert both.json()["error"] == "invalid_request"
    assert both.json()["errors"] == [{"field": "client_secret", "reason": "given with HTTP Basic credentials"}]
    assert malformed.status_code == 400
    assert malformed.json()["errors"] == [{"field": "Authorization", "reason": "malformed Basic credentials"}]


async def test_failed_logins_for_one_client_are_throttled_with_429_and_retry_after(gateway):
    client = gateway.network.create_client("buyer", name="targeted buyer")
    other = gateway.network.create_client("buyer", name="another buyer")
    async with httpx.AsyncClient(base_url=gateway.url, timeout=10) as c:
        # From different addresses, so that only the per-client bucket runs out.
        codes = [(await c.post(PATH, data=_form(client["client_id"], f"guess-{i}"), headers=_from(f"10.0.4.{i}"))
                  ).status_code for i in range(5)]
        refused = await c.post(PATH, data=_form(client["client_id"], client["client_secret"]), headers=_from("10.0.4.9"))
        untouched = await c.post(PATH, data=_form(other["client_id"], other["client_secret"]), headers=_from("10.0.4.9"))
    assert codes == [401, 401, 401, 429, 429]
    # While the bucket refills even the right secret waits: a guesser learns nothing from the answer.
    assert refused.status_code == 429
    assert refused.headers["content-type"] == "application/problem+json"
    assert refused.json()["detail"] == "too many failed logins for this client; try again later"
    assert 1 <= int(refused.headers["retry-after"]) <= 20
    assert untouched.status_code == 200


async def test_failed_logins_from_one_address_are_throttled_whatever_client_they_name(gateway):
    client = gateway.network.create_client("integrator", name="integrator")
    async with httpx.AsyncClient(base_url=gateway.url, timeout=10) as c:
        codes = [(await c.post(PATH, data=_form(f"unknown-{i}", "guess"), headers=_from("10.0.5.1"))).status_code
                 for i in range(8)]
        refused = await c.post(PATH, data=_form(client["client_id"], client["client_secret"]), headers=_from("10.0.5.1"))
        elsewhere = await c.post(PATH, data=_form(client["client_id"], client["client_secret"]), headers=_from("10.0.5.2"))
    assert codes == [401] * 6 + [429, 429]
    assert refused.status_code == 429
    assert refused.json()["detail"] == "too many failed logins for this address; try again later"
    assert int(refused.headers["retry-after"]) >= 1
    assert elsewhere.status_code == 200


async def test_successful_logins_do_not_use_up_the_failure_budget(gateway):
    client = gateway.network.create_client("buyer", name="busy buyer")
    async with httpx.AsyncClient(base_url=gateway.url, timeout=10, headers=_from("10.0.6.1")) as c:
        codes = [(await c.post(PATH, data=_form(client["client_id"], client["client_secret"]))).status_code
                 for _ in range(10)]
    assert codes == [200] * 10


async def test_secret_checks_beyond_the_queue_get_503_with_retry_after_never_an_error(gateway):
    # 40 logins at once from 40 addresses: one thread checks secrets, one more may wait, the rest are turned away.
    async with httpx.AsyncClient(base_url=gateway.url, timeout=30, limits=httpx.Limits(max_connections=50)) as c:
        answers = await asyncio.gather(*(c.post(PATH, data=_form(f"storm-{i}", "guess"), headers=_from(f"10.7.0.{i}"))
                                         for i in range(40)))
    codes = sorted(r.status_code for r in answers)
    assert set(codes) == {401, 503}
    assert codes.count(401) >= 2
    assert all(r.headers["retry-after"] == "1" for r in answers if r.status_code == 503)
    assert all(r.headers["content-type"] == "application/problem+json" for r in answers)


async def test_new_clients_are_stored_with_argon2id_hashes(gateway):
    client = gateway.network.create_client("fair_organiser", name="organiser")
    stored = _stored_hash(gateway, client["client_id"])
    assert stored.startswith("$argon2id$v=19$m=19456,t=2,p=1$")
    assert client["client_secret"] not in stored


async def test_a_client_with_a_scrypt_hash_from_before_still_logs_in_and_is_rehashed_with_argon2id(gateway):
    secret, salt = secrets.token_urlsafe(32), secrets.token_bytes(16)
    legacy = f"scrypt${salt.hex()}${hashlib.scrypt(secret.encode(), salt=salt, n=2**14, r=8, p=1, dklen=32).hex()}"
    with sqlite3.connect(gateway.database) as db:
        db.execute("INSERT INTO clients (client_id, secret_hash, role, name, created_at) "
                   "VALUES ('buyer-legacy', ?, 'buyer', 'legacy buyer', '2026-01-01 00:00:00+00:00')", (legacy,))
    async with httpx.AsyncClient(base_url=gateway.url, timeout=10, headers=_from("10.0.8.1")) as c:
        wrong = await c.post(PATH, data=_form("buyer-legacy", "wrong"))
        first = await c.post(PATH, data=_form("buyer-legacy", secret))
        assert _stored_hash(gateway, "buyer-legacy").startswith("$argon2id$")
        again = await c.post(PATH, data=_form("buyer-legacy", secret))
    assert (wrong.status_code, first.status_code, again.status_code) == (401, 200, 200)
