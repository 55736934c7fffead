"""People sign in at the gateway, the one identity provider: the password grant, only through the
first-party web client, Argon2id hashes, lock-out after repeated failures; the token is the person's."""
from __future__ import annotations

import subprocess

import httpx
import jwt
import pytest

from services.web import demo

pytestmark = pytest.mark.integration
PASSWORD = "correct horse battery staple"


@pytest.fixture(scope="module")
def accounts(network):
    env = network["gateway"].env
    web = demo.web_client(env)
    integrator = network.create_client("integrator", "an integrator")
    demo.admin(env, "create-person", "--username", "lan.buyer", "--role", "buyer", "--name", "Lan", password=PASSWORD)
    demo.admin(env, "create-person", "--username", "locked.out", "--role", "buyer", "--name", "Lock", password=PASSWORD)
    demo.admin(env, "create-person", "--username", "spread.out", "--role", "buyer", "--name", "Spread", password=PASSWORD)
    demo.admin(env, "create-person", "--username", "vn.officer", "--role", "registry_admin", "--country", "VN",
               "--province", "Kiên Giang", "--name", "Minh", password=PASSWORD)
    return {"web": web, "integrator": integrator}


async def sign_in(gateway: str, client: dict, username: str, password: str,
                  address: str = "192.0.2.10") -> httpx.Response:
    """As the web app signs a person in: its client's credentials, the person's address forwarded."""
    async with httpx.AsyncClient(base_url=gateway, timeout=30) as c:
        return await c.post("/v1/oauth/token", auth=(client["client_id"], client["client_secret"]),
                            headers={"Forwarded": f'for="{address}"'},
                            data={"grant_type": "password", "username": username, "password": password})


async def test_a_person_signs_in_through_the_web_client_and_acts_as_themselves(network, accounts):
    gateway = network["gateway"].url
    r = await sign_in(gateway, accounts["web"], "lan.buyer", PASSWORD)
    assert r.status_code == 200, r.text
    assert r.headers["cache-control"] == "no-store"
    token = r.json()["access_token"]
    claims = jwt.decode(token, network.public_key.read_bytes(), algorithms=["EdDSA"], audience="ovop-network")
    assert (claims["sub"], claims["role"]) == ("person-lan.buyer", "buyer")
    async with httpx.AsyncClient(base_url=gateway, timeout=30, headers={"Authorization": f"Bearer {token}"}) as c:
        posted = await c.post("/v1/sourcing-requests", json={"text": "black pepper", "group": "food", "hs_code": "090411", "quantity": 100, "unit": "kg",
                                                             "destination": "JP", "deadline": "2030-01-01T00:00:00Z"})
        assert posted.status_code == 201, posted.text
        assert posted.json()["buyer"] == "person-lan.buyer"
        mine = await c.get(f"/v1/sourcing-requests/{posted.json()['id']}")
        assert mine.status_code == 200


async def test_a_registry_officer_signs_in_bound_to_their_country(network, accounts):
    r = await sign_in(network["gateway"].url, accounts["web"], "vn.officer", PASSWORD)
    assert r.status_code == 200
    claims = jwt.decode(r.json()["access_token"], options={"verify_signature": False})
    assert (claims["role"], claims["country"]) == ("registry_admin", "VN")
    async with httpx.AsyncClient(base_url=network["gateway"].url, timeout=30,
                                 headers={"Authorization": f"Bearer {r.json()['access_token']}"}) as c:
        other = await c.post("/v1/registry/KH/producers", json={"name_local": "x", "type": "sme",
                                                                 "place": {"country": "KH", "province": "Kampot"}})
        assert other.status_code == 403


async def test_an_integrators_client_cannot_sign_people_in(network, accounts):
    r = await sign_in(network["gateway"].url, accounts["integrator"], "lan.buyer", PASSWORD)
    assert r.status_code == 400
    assert r.headers["content-type"] == "application/problem+json"
    assert r.json()["error"] == "unauthorized_client"


async def test_the_web_client_has_no_token_of_its_own(network, accounts):
    async with httpx.AsyncClient(base_url=network["gateway"].url, timeout=30) as c:
        r = await c.post("/v1/oauth/token", auth=(accounts["web"]["client_id"], accounts["web"]["client_secret"]),
                         data={"grant_type": "client_credentials"})
    assert r.status_code == 401
    assert r.json()["error"] == "invalid_client"


async def test_a_password_grant_names_its_missing_fields(network, accounts):
    r = await sign_in(network["gateway"].url, accounts["web"], "", "")
    assert r.status_code == 400
    assert r.json()["errors"] == [{"field": "username", "reason": "required"},
                                  {"field": "password", "reason": "required"}]


async def test_five_wrong_passwords_from_one_address_lock_the_account_there_and_not_for_the_person_elsewhere(
        network, accounts):
    gateway, stranger, person = network["gateway"].url, "203.0.113.7", "198.51.100.9"
    for _ in range(4):
        r = await sign_in(gateway, accounts["web"], "locked.out", "not the password", stranger)
        assert (r.status_code, r.json()["error"], r.json()["detail"]) == (400, "invalid_grant",
                                                                           "wrong username or password")
    fifth = await sign_in(gateway, accounts["web"], "locked.out", "not the password", stranger)
    assert fifth.status_code == 423
    assert int(fifth.headers["retry-after"]) > 800
    right = await sign_in(gateway, accounts["web"], "locked.out", PASSWORD, stranger)
    assert right.status_code == 423  # locked for that address, even against the right password
    # The person, from their own address, is not locked out by the stranger's guesses.
    assert (await sign_in(gateway, accounts["web"], "locked.out", PASSWORD, person)).status_code == 200
    assert (await sign_in(gateway, accounts["web"], "lan.buyer", PASSWORD, stranger)).status_code == 200


async def test_fifty_wrong_passwords_from_many_addresses_lock_the_account_everywhere(network, accounts):
    gateway = network["gateway"].url
    statuses = []
    for i in range(50):  # ten addresses, five guesses each: each address locks, and the account after all fifty
        r = await sign_in(gateway, accounts["web"], "spread.out", "not the password", f"203.0.113.{100 + i // 5}")
        statuses.append(r.status_code)
    assert statuses == ([400] * 4 + [423]) * 10
    r = await sign_in(gateway, accounts["web"], "spread.out", PASSWORD, "198.51.100.200")
    assert r.status_code == 423 and int(r.headers["retry-after"]) > 800


async def exchange(gateway: str, client: dict, subject_token: str) -> httpx.Response:
    async with httpx.AsyncClient(base_url=gateway, timeout=30) as c:
        return await c.post("/v1/oauth/token", auth=(client["client_id"], client["client_secret"]), data={
            "grant_type": "urn:ietf:params:oauth:grant-type:token-exchange", "subject_token": subject_token,
            "subject_token_type": "urn:ietf:params:oauth:token-type:access_token"})


async def test_the_web_client_renews_a_signed_in_persons_token_and_nothing_else(network, accounts):
    gateway = network["gateway"].url
    signed_in = (await sign_in(gateway, accounts["web"], "vn.officer", PASSWORD)).json()["access_token"]
    r = await exchange(gateway, accounts["web"], signed_in)
    assert r.status_code == 200, r.text
    claims = jwt.decode(r.json()["access_token"], network.public_key.read_bytes(), algorithms=["EdDSA"],
                        audience="ovop-network")
    assert (claims["sub"], claims["role"], claims["country"], claims["province"]) == (
        "person-vn.officer", "registry_admin", "VN", "Kiên Giang")  # the person's binding, read again
    # Refused: another client than the web app; an expired token; a machine's token; a person who is not there.
    r = await exchange(gateway, accounts["integrator"], signed_in)
    assert (r.status_code, r.json()["error"]) == (400, "unauthorized_client")
    expired = network.token("buyer", client_id="person-lan.buyer", ttl_s=-60)
    r = await exchange(gateway, accounts["web"], expired)
    assert (r.status_code, r.json()["error"]) == (400, "invalid_grant") and "expired" in r.json()["detail"]
    for token in (network.token("integrator", client_id="int-a"), network.token("buyer", client_id="person-nobody")):
        r = await exchange(gateway, accounts["web"], token)
        assert (r.status_code, r.json()["error"], r.json()["detail"]) == (
            400, "invalid_grant", "subject_token is not a signed-in person's")
    async with httpx.AsyncClient(base_url=gateway, timeout=30) as c:
        r = await c.post("/v1/oauth/token", auth=(accounts["web"]["client_id"], accounts["web"]["client_secret"]),
                         data={"grant_type": "urn:ietf:params:oauth:grant-type:token-exchange"})
    assert r.status_code == 400 and r.json()["errors"][0]["field"] == "subject_token"


async def test_an_unknown_person_is_answered_as_a_wrong_password(network, accounts):
    r = await sign_in(network["gateway"].url, accounts["web"], "nobody.here", PASSWORD)
    assert (r.status_code, r.json()["error"]) == (400, "invalid_grant")


def test_people_never_take_the_integrator_role(network):
    with pytest.raises(subprocess.CalledProcessError) as refused:
        demo.admin(network["gateway"].env, "create-person", "--username", "robot", "--role", "integrator",
                   "--name", "Robot", password=PASSWORD)
    assert "invalid choice: 'integrator'" in refused.value.stderr


async def test_the_api_docs_load_their_scripts_from_the_gateway_itself(network):
    async with httpx.AsyncClient(base_url=network["gateway"].url, timeout=30) as c:
        for page, asset in (("/docs", "/docs/assets/swagger-ui/swagger-ui-bundle.js"),
                            ("/redoc", "/docs/assets/redoc/redoc.standalone.js")):
            html = (await c.get(page)).text
            assert asset in html and "cdn." not in html and "fonts.googleapis" not in html
            r = await c.get(asset)
            assert r.status_code == 200 and len(r.content) > 100_000
