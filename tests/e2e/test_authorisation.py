"""Who may do what, and to whose records: every operation of the merged OpenAPI, through the gateway, for
every role, on the caller's own resource and on someone else's; each party's business stays its own; and no
service port answers anything without an identity.

Two worlds of resources are built through the API. World A belongs to the callers of the matrix: buyer
`buyer-a`, producer P (a VN producer), Viet Nam's registry admin, organiser `org-a`, integrator `int-a`.
World B is someone else's: buyer `buyer-b`, producer Q (a KH producer), Cambodia's registry, organiser `org-b`.
"own" runs an operation on world A, "other" on world B. Where an own write would change what other rows rely
on, its target is in a state the operation refuses (an application already decided, a booking already
cancelled...): the answer (409, 422, 428) shows the caller got past every ownership check."""
from __future__ import annotations

import asyncio
import json
import re
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone

import httpx
import pytest

from tests.support.factories import producer_body, product_body
from tests.support.fairs import fair_body
from tests.support.network import Network
from tests.support.waiting import eventually

ROLES = ["buyer", "producer", "registry_admin", "fair_organiser", "integrator", "none"]

# Expected status per role, "own/other". One row per operation of the gateway's /openapi.json: an operation
# without a row, or a row without an operation, fails test_the_matrix_has_a_row_for_every_operation_and_no_other.
MATRIX = """
operation                                                        buyer   producer registry_admin fair_organiser integrator none
POST   /v1/oauth/token                                           401/401 401/401  401/401        401/401        401/401    401/401
GET    /v1/registry                                              200/200 200/200  200/200        200/200        200/200    200/200
GET    /v1/problems                                              200/200 200/200  200/200        200/200        200/200    200/200
GET    /v1/problems/{name}                                       200/200 200/200  200/200        200/200        200/200    200/200
GET    /v1/registry/{country}/dead-letters                       403/403 403/403  200/403        403/403        403/403    401/401
POST   /v1/registry/{country}/dead-letters/{partition}/{offset}/replay 403/403 403/403 404/403    403/403        403/403    401/401
POST   /v1/registry/{country}/producers                          403/403 403/403  201/403        403/403        403/403    401/401
GET    /v1/registry/{country}/producers                          200/200 200/200  200/200        200/200        200/200    200/200
GET    /v1/registry/{country}/producers/{record_id}              200/200 200/200  200/200        200/200        200/200    200/200
PUT    /v1/registry/{country}/producers/{record_id}              403/403 428/403  428/403        403/403        403/403    401/401
GET    /v1/registry/{country}/producers/{record_id}/history      200/200 200/200  200/200        200/200        200/200    200/200
POST   /v1/registry/{country}/products                           403/403 422/403  201/403        403/403        403/403    401/401
GET    /v1/registry/{country}/products                           200/200 200/200  200/200        200/200        200/200    200/200
GET    /v1/registry/{country}/products/{record_id}               200/200 200/200  200/200        200/200        200/200    200/200
PUT    /v1/registry/{country}/products/{record_id}               403/403 428/403  428/403        403/403        403/403    401/401
GET    /v1/registry/{country}/products/{record_id}/history       200/200 200/200  200/200        200/200        200/200    200/200
POST   /v1/registry/{country}/imports/products                   403/403 403/403  202/403        403/403        403/403    401/401
POST   /v1/registry/{country}/imports/producers                  403/403 403/403  202/403        403/403        403/403    401/401
GET    /v1/registry/{country}/imports/{import_id}                403/403 403/403  200/403        403/403        403/403    401/401
GET    /v1/registry/{country}/imports/{import_id}/rejections     403/403 403/403  200/403        403/403        403/403    401/401
GET    /v1/registry/{country}/indicators                         200/200 200/200  200/200        200/200        200/200    200/200
GET    /v1/registry/{country}/indicators/map                     200/200 200/200  200/200        200/200        200/200    200/200
GET    /v1/registry/{country}/programmes                         200/200 200/200  200/200        200/200        200/200    200/200
GET    /v1/registry/{country}/standards                          200/200 200/200  200/200        200/200        200/200    200/200
POST   /v1/registry/{country}/products/{product_id}/submission   403/403 409/403  409/403        403/403        403/403    401/401
POST   /v1/registry/{country}/products/{product_id}/review       403/403 403/403  403/403        403/403        403/403    401/401
GET    /v1/registry/{country}/products/{product_id}/registration 403/403 200/403  200/403        403/403        403/403    401/401
GET    /v1/registry/{country}/registrations                      403/403 200/403  200/403        403/403        403/403    401/401
POST   /v1/registry/{country}/products/{product_id}/evaluations  403/403 403/403  403/403        403/403        403/403    401/401
GET    /v1/registry/{country}/products/{product_id}/evaluations  200/200 200/200  200/200        200/200        200/200    200/200
GET    /v1/registry/{country}/products/{product_id}/evaluations/{evaluation_id} 200/404 200/404 200/404 200/404 200/404 200/404
POST   /v1/registry/{country}/products/{owner_id}/certificates   403/403 403/403  201/403        403/403        403/403    401/401
GET    /v1/registry/{country}/products/{owner_id}/certificates   200/200 200/200  200/200        200/200        200/200    200/200
GET    /v1/registry/{country}/products/{owner_id}/certificates/{certificate_id} 200/200 200/200 200/200 200/200 200/200 200/200
POST   /v1/registry/{country}/producers/{owner_id}/certificates  403/403 403/403  201/403        403/403        403/403    401/401
GET    /v1/registry/{country}/producers/{owner_id}/certificates  200/200 200/200  200/200        200/200        200/200    200/200
GET    /v1/registry/{country}/producers/{owner_id}/certificates/{certificate_id} 200/200 200/200 200/200 200/200 200/200 200/200
GET    /v1/registry/{country}/green-ocop                         200/200 200/200  200/200        200/200        200/200    200/200
POST   /v1/registry/{country}/products/{product_id}/green        403/403 403/403  403/403        403/403        403/403    401/401
GET    /v1/registry/{country}/indicators/plan                    200/200 200/200  200/200        200/200        200/200    200/200
PUT    /v1/registry/{country}/indicators/figures                 403/403 403/403  403/403        403/403        403/403    401/401
GET    /v1/registry/{country}/focal-points                       200/200 200/200  200/200        200/200        200/200    200/200
PUT    /v1/registry/{country}/focal-point                        403/403 403/403  200/403        403/403        403/403    401/401
POST   /v1/registry/{country}/sweeps                             403/403 403/403  200/403        403/403        403/403    401/401
GET    /v1/catalogue/search                                      200/200 200/200  200/200        200/200        200/200    200/200
GET    /v1/catalogue/products/{product_id}                       200/200 200/200  200/200        200/200        200/200    200/200
GET    /v1/catalogue/products                                    200/200 200/200  200/200        200/200        200/200    200/200
GET    /v1/catalogue/producers/{producer_id}                     200/200 200/200  200/200        200/200        200/200    200/200
POST   /v1/sourcing-requests                                     201/201 403/403  403/403        403/403        403/403    401/401
GET    /v1/sourcing-requests                                     200/200 200/200  403/403        403/403        403/403    401/401
GET    /v1/sourcing-requests/matches                             403/403 200/403  403/403        403/403        403/403    401/401
GET    /v1/sourcing-requests/{rfq_id}                            200/404 200/404  403/403        403/403        403/403    401/401
PATCH  /v1/sourcing-requests/{rfq_id}                            428/404 403/403  403/403        403/403        403/403    401/401
GET    /v1/sourcing-requests/{rfq_id}/matches                    200/404 200/404  403/403        403/403        403/403    401/401
PATCH  /v1/sourcing-requests/{rfq_id}/matches/{match_id}         403/403 428/404  403/403        403/403        403/403    401/401
GET    /v1/fairs                                                 200/200 200/200  200/200        200/200        200/200    200/200
POST   /v1/fairs                                                 403/403 403/403  403/403        201/201        403/403    401/401
GET    /v1/fairs/{fair_id}                                       200/200 200/200  200/200        200/200        200/200    200/200
GET    /v1/fairs/{fair_id}/organisers                            403/403 403/403  403/403        200/403        403/403    401/401
POST   /v1/fairs/{fair_id}/organisers                            403/403 403/403  403/403        200/403        403/403    401/401
DELETE /v1/fairs/{fair_id}/organisers/{client_id}                403/403 403/403  403/403        404/403        403/403    401/401
POST   /v1/fairs/{fair_id}/applications                          403/403 422/403  403/403        422/403        403/403    401/401
GET    /v1/fairs/{fair_id}/applications                          403/403 200/200  403/403        200/403        403/403    401/401
GET    /v1/fairs/{fair_id}/applications/{application_id}         403/403 200/404  403/403        200/403        403/403    401/401
POST   /v1/fairs/{fair_id}/applications/{application_id}/decision 403/403 403/403 403/403        409/403        403/403    401/401
POST   /v1/fairs/{fair_id}/bookings                              403/403 403/403  403/403        409/403        403/403    401/401
GET    /v1/fairs/{fair_id}/bookings                              403/403 200/200  403/403        200/403        403/403    401/401
POST   /v1/fairs/{fair_id}/bookings/{booking_id}/cancel          403/403 403/403  403/403        409/403        403/403    401/401
POST   /v1/fairs/{fair_id}/waitlist                              403/403 403/403  403/403        409/403        403/403    401/401
GET    /v1/fairs/{fair_id}/waitlist                              403/403 200/200  403/403        200/403        403/403    401/401
POST   /v1/fairs/{fair_id}/waitlist/{entry_id}/accept            403/403 403/403  403/403        404/403        403/403    401/401
POST   /v1/fairs/{fair_id}/buyers                                409/409 403/403  403/403        409/403        403/403    401/401
POST   /v1/fairs/{fair_id}/wishes                                409/403 409/403  403/403        409/403        409/409    401/401
POST   /v1/fairs/{fair_id}/meetings/schedule                     403/403 403/403  403/403        200/403        403/403    401/401
GET    /v1/fairs/{fair_id}/meetings                              200/200 200/200  403/403        200/403        403/403    401/401
POST   /v1/fairs/{fair_id}/meetings/{meeting_id}/cancel          403/403 403/403  403/403        409/403        403/403    401/401
GET    /v1/fairs/{fair_id}/buyers/{buyer_id}/agenda.ics          200/404 403/403  403/403        200/403        403/403    401/401
GET    /v1/fairs/{fair_id}/exhibitors/{application_id}/agenda.ics 403/403 200/404 403/403        200/403        403/403    401/401
"""
# Notes on the less obvious cells:
# - sourcing requests are their buyer's and their matched producers' business only: integrators, registry
#   admins and fair organisers read none of it (403); a request the caller may not see is 404, as a missing one.
# - a producer listing another fair's applications, bookings or waitlist gets 200 with none of them (its own
#   only); a buyer or producer listing another fair's meetings likewise.
# - POST …/buyers binds the registration to the calling buyer: "other" names `buyer-z` (never registered at
#   fair B) and still gets 409, because buyer-a itself is already registered there.
# - an integrator records wishes from "matching" at any fair (matching is not a party of one fair); its wish is
#   already there in both worlds, hence 409/409.
# - the token endpoint answers for the client whose secret is sent, whatever token comes along (401 here).
# - the programme (issue 14): a producer writes its own products and record (a typed rating is 422, a write
#   without If-Match 428) and submits its own products (world A's are approved already: 409); reviews and
#   evaluations are the committee's alone (403 to every role here; its own cells are in test_programme.py, with
#   the provincial officer's); a registration is seen by its producer, the country's registry and committee.
#   World A's product has an evaluation; world B's (OVOP) has none, hence 404 for A's evaluation id there.
# - changing a sourcing request or answering a match needs If-Match: without it the owner gets 428 (past every
#   ownership check), anyone else 404 or 403 first.


def parse(table: str) -> dict[str, dict[str, tuple[int, int]]]:
    rows = {}
    for line in table.strip().splitlines()[1:]:
        method, path, *cells = line.split()
        assert len(cells) == len(ROLES), line
        rows[f"{method} {path}"] = {role: tuple(int(x) for x in cell.split("/")) for role, cell in zip(ROLES, cells)}
    return rows


EXPECTED = parse(MATRIX)
IDENTITY = {  # the matrix's callers: role -> (client id, country, producer id); the producer id is set up later
    "buyer": ("buyer-a", None, None), "producer": ("producer-p", None, "P"), "registry_admin": ("admin-vn", "VN", None),
    "fair_organiser": ("org-a", None, None), "integrator": ("int-a", None, None),
}


@dataclass
class World:
    """The ids of one world's resources."""
    country: str
    producer: str = ""
    product: str = ""
    import_id: str = ""
    evaluation: str = ""
    product_certificate: str = ""
    producer_certificate: str = ""
    rfq: str = ""
    match: str = ""
    rfq_quantity: float = 0
    match_version: int = 0
    fair: str = ""
    application: str = ""
    cancelled_booking: int = 0
    cancelled_meeting: str = ""
    buyer_registration: str = ""
    private: set[str] = field(default_factory=set)  # ids only this world's parties may ever see


@dataclass
class Worlds:
    net: Network
    gateway: str
    a: World
    b: World

    def headers(self, role: str) -> dict[str, str]:
        if role == "none":
            return {}
        client_id, country, producer_id = IDENTITY[role]
        return self.as_(role, client_id, country, self.a.producer if producer_id else None)

    def as_(self, role: str, client_id: str, country: str | None = None, producer_id: str | None = None) -> dict:
        return {"Authorization": f"Bearer {self.net.token(role, country, producer_id, client_id=client_id)}"}


def in_days(n: int) -> str:
    return (datetime.now(timezone.utc) + timedelta(days=n)).isoformat()


def rfq_a() -> dict:
    return {"text": "fish sauce", "group": "food", "hs_code": "210390", "quantity": 10000, "unit": "l", "target_price": 5,
            "currency": "USD", "certifications": ["HACCP"], "destination": "JP", "deadline": in_days(7),
            "delivery_window": {"start": "2027-01-01", "end": "2027-03-31"}}


def rfq_b() -> dict:
    return {"text": "Kampot pepper", "group": "food", "hs_code": "090411", "quantity": 500, "unit": "kg",
            "target_price": 10, "currency": "USD", "certifications": ["organic"], "destination": "FR",
            "deadline": in_days(7), "delivery_window": {"start": "2027-01-01", "end": "2027-03-31"}}


PEPPER = dict(name_local="ម្រេចកំពត", name_en="Kampot pepper", description="Black and red pepper, protected GI.",
              programme="OVOP", group="food", stars=5, hs_code="090411",
              certifications=[{"scheme": "GI"}, {"scheme": "organic"}], origin={"country": "KH", "province": "Kampot"},
              monthly_capacity={"amount": 3000, "unit": "kg"},
              price={"min": 60000, "max": 200000, "currency": "KHR", "unit": "kg"}, export_markets=["FR", "JP"])


def certificate() -> dict:
    return {"standard": "HACCP", "certificate_no": "H-1", "issuer": "Vinacert", "valid_from": "2025-01-01",
            "valid_until": "2099-12-31"}


def fair_with_meetings() -> dict:
    body = fair_body(n_booths=4)
    return body | {"meeting_programme": {"slot_minutes": 30, "sessions": [{"start": f"{body['ends_on']}T09:00:00",
                                                                           "slots": 4}]}}


def buyer_registration(ref: str, fair: dict) -> dict:
    day = fair["ends_on"]
    return {"buyer_ref": ref, "name": f"Buyer {ref}",
            "availability": [{"start": f"{day}T08:00:00", "end": f"{day}T12:00:00"}]}


async def ok(r: httpx.Response, status: int = 200) -> dict:
    assert r.status_code == status, f"{r.request.method} {r.request.url}: {r.status_code} {r.text}"
    return r.json()


@pytest.fixture(scope="module")
async def worlds(kafka_bootstrap, new_database, tmp_path_factory):
    net = Network(kafka_bootstrap, tmp_path_factory.mktemp("logs"))
    net.add("registry-VN", "registry", await new_database("reg_vn"), NODE_COUNTRY="VN")
    net.add("registry-KH", "registry", await new_database("reg_kh"), NODE_COUNTRY="KH")
    net.add("matching", "matching", await new_database("matching"), SEARCH_INDEX_DIR=str(tmp_path_factory.mktemp("ix")))
    net.add("events", "events", await new_database("events"))
    net.add_gateway(RATE_LIMIT_PER_S="100000", RATE_LIMIT_BURST="100000")
    try:
        await net.start()
        w = Worlds(net, net["gateway"].url, World("VN"), World("KH"))
        async with httpx.AsyncClient(base_url=w.gateway + "/v1", timeout=30) as c:
            await build(c, w)
        yield w
    finally:
        net.stop()


async def build(c: httpx.AsyncClient, w: Worlds) -> None:
    a, b = w.a, w.b
    vn, kh = w.as_("registry_admin", "admin-vn", "VN"), w.as_("registry_admin", "admin-kh", "KH")
    a.producer = (await ok(await c.post("/registry/VN/producers", json=producer_body("VN"), headers=vn), 201))["id"]
    b.producer = (await ok(await c.post("/registry/KH/producers", json=producer_body("KH"), headers=kh), 201))["id"]
    a.product = (await ok(await c.post("/registry/VN/products", json=product_body(
        a.producer, "VN", certifications=[{"scheme": "HACCP"}]), headers=vn), 201))["id"]
    b.product = (await ok(await c.post("/registry/KH/products", json=product_body(b.producer, "KH", **PEPPER),
                                       headers=kh), 201))["id"]
    for world, headers in ((a, vn), (b, kh)):
        job = await ok(await c.post(f"/registry/{world.country}/imports/products", params={"wait": "true"},
                                    content=b"external_ref,name_local,name_en\n",
                                    headers=headers | {"Content-Type": "text/csv"}))
        world.import_id = job["id"]

    # The programme: A's product is rated by Viet Nam's committee; each world's product and producer hold a certificate.
    committee = w.as_("committee", "committee-vn", "VN")
    a.evaluation = (await ok(await c.post(f"/registry/VN/products/{a.product}/evaluations", headers=committee, json={
        "scorecard": {"A": 33, "B": 20, "C": 24}, "council": {"level": "provincial", "name": "council"},
        "assessors": ["assessor"], "evaluated_on": datetime.now(timezone.utc).date().isoformat()}), 201))["id"]
    for world, headers in ((a, vn), (b, kh)):
        for kind in ("product", "producer"):
            cert = await ok(await c.post(f"/registry/{world.country}/{kind}s/{getattr(world, kind)}/certificates",
                                         json=certificate(), headers=headers), 201)
            setattr(world, f"{kind}_certificate", cert["id"])

    # The catalogue (matching) and the fairs (events) learn both products from the registry topics.
    events = httpx.AsyncClient(base_url=w.net["events"].url, timeout=10, headers=w.net.public_auth())
    async with events:
        async def known() -> bool:
            paths = [f"/fair-catalogue/products/{a.product}", f"/fair-catalogue/products/{b.product}",
                     f"/fair-catalogue/producers/{a.producer}", f"/fair-catalogue/producers/{b.producer}"]
            seen = [(await events.get(p)).status_code == 200 for p in paths]
            seen += [(await c.get(f"/catalogue/products/{p}")).status_code == 200 for p in (a.product, b.product)]
            return all(seen)

        assert await eventually(known, 30), "the products did not reach the catalogue and the fairs"

    # Sourcing: buyer-a's request is matched to P's product, buyer-b's to Q's; P accepts its match.
    buyer_a, buyer_b = w.as_("buyer", "buyer-a"), w.as_("buyer", "buyer-b")
    p, q = w.as_("producer", "producer-p", producer_id=a.producer), w.as_("producer", "producer-q", producer_id=b.producer)
    for world, body, headers in ((a, rfq_a(), buyer_a), (b, rfq_b(), buyer_b)):
        rfq = await ok(await c.post("/sourcing-requests", json=body, headers=headers), 201)
        mine = [m for m in rfq["matches"] if m["producer_id"] == world.producer]
        assert mine and {m["producer_id"] for m in rfq["matches"]} <= {world.producer}, rfq["matches"]
        world.rfq, world.match, world.rfq_quantity = rfq["id"], mine[0]["id"], body["quantity"]
        world.match_version = mine[0]["version"]
    await ok(await c.patch(f"/sourcing-requests/{a.rfq}/matches/{a.match}", json={"status": "accepted"},
                           headers=p | {"If-Match": f'W/"{a.match_version}"'}))

    # Fairs: org-a runs fair A, where P exhibits and buyer-a meets it; org-b runs fair B with Q and buyer-b.
    org = {"A": w.as_("fair_organiser", "org-a"), "B": w.as_("fair_organiser", "org-b")}
    integrator = w.as_("integrator", "int-a")
    for name, world, exhibitor, buyer, buyer_ref in (("A", a, p, buyer_a, "buyer-a"), ("B", b, q, buyer_b, "buyer-b")):
        o = org[name]
        fair = await ok(await c.post("/fairs", json=fair_with_meetings(), headers=o), 201)
        world.fair = fid = fair["id"]
        app = await ok(await c.post(f"/fairs/{fid}/applications", headers=exhibitor,
                                    json={"producer_id": world.producer, "product_ids": [world.product]}), 201)
        world.application = app["id"]
        await ok(await c.post(f"/fairs/{fid}/applications/{app['id']}/decision", json={"decision": "approve"}, headers=o))
        first = await ok(await c.post(f"/fairs/{fid}/bookings", json={"application_id": app["id"], "booth_code": "A-000"},
                                      headers=o), 201)
        await ok(await c.post(f"/fairs/{fid}/bookings/{first['id']}/cancel", headers=o))
        world.cancelled_booking = first["id"]
        await ok(await c.post(f"/fairs/{fid}/bookings", json={"application_id": app["id"], "booth_code": "A-001"},
                              headers=o), 201)
        reg = await ok(await c.post(f"/fairs/{fid}/buyers", json=buyer_registration(buyer_ref, fair), headers=buyer), 201)
        assert reg["buyer_ref"] == buyer_ref
        world.buyer_registration = reg["id"]
        wish = {"buyer_id": reg["id"], "application_id": app["id"], "value": 1.0}
        await ok(await c.post(f"/fairs/{fid}/wishes", json=wish | {"source": "buyer"}, headers=buyer), 201)
        await ok(await c.post(f"/fairs/{fid}/wishes", json=wish | {"source": "matching"}, headers=integrator), 201)
        if name == "A":
            await ok(await c.post(f"/fairs/{fid}/wishes", json=wish | {"source": "exhibitor"}, headers=exhibitor), 201)
            await ok(await c.post(f"/fairs/{fid}/buyers", json=buyer_registration("buyer-z", fair), headers=o), 201)
            await ok(await c.post(f"/fairs/{fid}/organisers", json={"client_id": "org-c"}, headers=o))
        else:  # buyer-a is at fair B too, as any buyer may be; it still sees only its own there
            await ok(await c.post(f"/fairs/{fid}/buyers", json=buyer_registration("buyer-a", fair), headers=buyer_a), 201)
        planned = await ok(await c.post(f"/fairs/{fid}/meetings/schedule", headers=o))
        assert planned["added"] == 1, planned
        meeting = (await ok(await c.get(f"/fairs/{fid}/meetings", headers=o)))[0]
        await ok(await c.post(f"/fairs/{fid}/meetings/{meeting['id']}/cancel", headers=o))
        world.cancelled_meeting = meeting["id"]
        meetings = await ok(await c.get(f"/fairs/{fid}/meetings", headers=o))
        world.private |= {m["id"] for m in meetings} | {meeting["id"]}
    b.private |= {b.rfq, b.match, b.application, b.buyer_registration, "buyer-b", "org-b"}


def request(op: str, role: str, w: World, worlds: Worlds) -> tuple[str, dict]:
    """The path and the request arguments of `op` on world `w`, as `role` would send it."""
    ids = {"country": w.country, "partition": "0", "offset": "99999", "name": "validation", "import_id": w.import_id,
           "product_id": w.product, "producer_id": w.producer, "rfq_id": w.rfq, "match_id": w.match, "fair_id": w.fair,
           "client_id": "org-nobody", "application_id": w.application, "booking_id": str(w.cancelled_booking),
           "entry_id": "999999", "meeting_id": w.cancelled_meeting, "buyer_id": w.buyer_registration,
           "record_id": w.producer if "/producers/" in op else w.product,
           "owner_id": w.producer if "/producers/" in op else w.product, "evaluation_id": worlds.a.evaluation,
           "certificate_id": w.producer_certificate if "/producers/" in op else w.product_certificate}
    method, template = op.split(" ", 1)
    path = re.sub(r"\{(\w+)\}", lambda m: ids[m.group(1)], template)
    own = w is worlds.a
    args: dict = {}
    if op == "POST /v1/oauth/token":
        # One unknown client per cell: failed logins of one client id are throttled (429) after a few.
        args["data"] = {"grant_type": "client_credentials", "client_id": f"nobody-{role}-{'own' if own else 'other'}",
                        "client_secret": "wrong"}
    elif template.endswith(("/imports/products", "/imports/producers")):
        args.update(content=b"external_ref,name_local,name_en\n", headers={"Content-Type": "text/csv"})
    elif template.endswith("/producers") and method == "POST" or "/producers/{record_id}" in template and method == "PUT":
        args["json"] = producer_body(w.country)
    elif template.endswith("/products") and method == "POST" or "/products/{record_id}" in template and method == "PUT":
        args["json"] = product_body(w.producer, w.country)
    elif template.endswith("/submission"):
        args["json"] = {"dossier": [{"title": "Registration form", "kind": "registration_form", "reference": "R-1"}]}
    elif template.endswith("/review"):
        args["json"] = {"decision": "approve"}
    elif template.endswith("/evaluations") and method == "POST":
        args["json"] = {"scorecard": {"A": 30, "B": 20, "C": 20}, "council": {"level": "provincial", "name": "c"},
                        "assessors": ["a"], "evaluated_on": "2026-01-01"}
    elif template.endswith("/certificates") and method == "POST":
        args["json"] = certificate()
    elif template.endswith("/green"):
        args["json"] = {"scores": {"materials": 15}, "assessor": "a", "assessed_on": "2026-01-01"}
    elif template.endswith("/indicators/figures"):
        args["json"] = {"indicator": "trainings_held", "year": 2026, "actual": 12}
    elif template.endswith("/focal-point"):
        args["json"] = {"name": "Focal point", "organisation": "Ministry", "email": "fp@example.org"}
    elif template.endswith("/sweeps"):
        args["json"] = {}
    elif op == "POST /v1/sourcing-requests":
        args["json"] = rfq_a()
    elif op == "GET /v1/sourcing-requests/matches":
        args["params"] = {"producer_id": w.producer}
    elif op == "PATCH /v1/sourcing-requests/{rfq_id}":
        args["json"] = {"quantity": w.rfq_quantity}  # the same quantity: allowed, changes nothing of weight
    elif op == "PATCH /v1/sourcing-requests/{rfq_id}/matches/{match_id}":
        args["json"] = {"status": "accepted"}
    elif op == "POST /v1/fairs":
        args["json"] = fair_body(n_booths=1)
    elif op == "POST /v1/fairs/{fair_id}/organisers":
        args["json"] = {"client_id": "org-c"}
    elif op == "POST /v1/fairs/{fair_id}/applications":
        args["json"] = {"producer_id": w.producer, "product_ids": [w.product]}
    elif template.endswith("/decision"):
        args["json"] = {"decision": "approve"}
    elif op in ("POST /v1/fairs/{fair_id}/bookings", "POST /v1/fairs/{fair_id}/waitlist"):
        args["json"] = {"application_id": w.application}
    elif op == "POST /v1/fairs/{fair_id}/buyers":
        fair_day = (datetime.now(timezone.utc) + timedelta(days=3)).date().isoformat()
        args["json"] = {"buyer_ref": "buyer-a" if own else "buyer-z", "name": "Someone",
                        "availability": [{"start": f"{fair_day}T08:00:00", "end": f"{fair_day}T12:00:00"}]}
    elif op == "POST /v1/fairs/{fair_id}/wishes":
        source = {"buyer": "buyer", "producer": "exhibitor"}.get(role, "matching")
        args["json"] = {"buyer_id": w.buyer_registration, "application_id": w.application, "source": source, "value": 1.0}
    return f"{method} {path}", args


@pytest.mark.parametrize("op", list(EXPECTED))
async def test_every_operation_answers_every_role_on_its_own_and_on_someone_elses_resource_as_the_matrix_says(
        worlds, op):
    wrong = []
    async with httpx.AsyncClient(base_url=worlds.gateway, timeout=30) as c:
        for role in ROLES:
            for case, world, want in (("own", worlds.a, EXPECTED[op][role][0]), ("other", worlds.b, EXPECTED[op][role][1])):
                target, args = request(op, role, world, worlds)
                method, path = target.split(" ", 1)
                headers = {**args.pop("headers", {}), **worlds.headers(role)}
                r = await c.request(method, path, headers=headers, **args)
                if r.status_code != want:
                    wrong.append(f"{role}/{case}: {target} answered {r.status_code}, expected {want}: {r.text[:300]}")
                elif r.status_code >= 400 and not r.headers["content-type"].startswith("application/problem+json"):
                    wrong.append(f"{role}/{case}: {target} answered {r.status_code} without problem+json")
                elif r.status_code < 300 and (leaked := [x for x in worlds.b.private if x in r.text]):
                    wrong.append(f"{role}/{case}: {target} shows world B's private {sorted(leaked)}")
    assert not wrong, "\n".join(wrong)


async def test_the_matrix_has_a_row_for_every_operation_and_no_other(worlds):
    async with httpx.AsyncClient(base_url=worlds.gateway, timeout=30) as c:
        doc = (await c.get("/openapi.json")).json()
    documented = {f"{m.upper()} {p}" for p, item in doc["paths"].items() for m in item
                  if m in ("get", "post", "put", "patch", "delete")}
    assert sorted(documented - set(EXPECTED)) == [], "operations without a row in the matrix"
    assert sorted(set(EXPECTED) - documented) == [], "rows of the matrix for operations that do not exist"
    print(f"authorisation matrix: {len(EXPECTED)} operations x {len(ROLES)} roles x 2 cases = "
          f"{len(EXPECTED) * len(ROLES) * 2} checks")


# -- each party's business, in detail --------------------------------------------------------------------
async def test_a_second_buyer_gets_404_for_the_first_buyers_request_its_matches_and_its_cancellation(worlds):
    bob = worlds.as_("buyer", "buyer-b")
    async with httpx.AsyncClient(base_url=worlds.gateway + "/v1", timeout=30) as c:
        rfq = worlds.a.rfq
        for r in (await c.get(f"/sourcing-requests/{rfq}", headers=bob),
                  await c.get(f"/sourcing-requests/{rfq}/matches", headers=bob),
                  await c.patch(f"/sourcing-requests/{rfq}", json={"status": "cancelled"}, headers=bob)):
            assert r.status_code == 404, r.text
            assert r.json()["detail"] == f"no sourcing request {rfq}"
        listed = (await ok(await c.get("/sourcing-requests", headers=bob)))["items"]
        assert [x["id"] for x in listed] == [worlds.b.rfq]
        still = await ok(await c.get(f"/sourcing-requests/{rfq}", headers=worlds.as_("buyer", "buyer-a")))
        assert still["status"] == "matched" and still["buyer"] == "buyer-a"


async def test_a_matched_producer_sees_the_request_without_the_buyer_and_only_its_own_match(worlds):
    a = worlds.a
    p = worlds.as_("producer", "producer-p", producer_id=a.producer)
    async with httpx.AsyncClient(base_url=worlds.gateway + "/v1", timeout=30) as c:
        # A third producer's product now fits buyer-a's request too: P still sees its own match only.
        kh = worlds.as_("registry_admin", "admin-kh", "KH")
        other = await ok(await c.post("/registry/KH/products", json=product_body(
            worlds.b.producer, "KH", certifications=[{"scheme": "HACCP"}],
            origin={"country": "KH", "province": "Kampot"}), headers=kh), 201)

        async def matched_twice():
            got = await ok(await c.get(f"/sourcing-requests/{a.rfq}", headers=worlds.as_("buyer", "buyer-a")))
            return got if len({m["producer_id"] for m in got["matches"]}) == 2 else None

        everything = await eventually(matched_twice, 20)
        assert everything is not None and other["id"] in {m["product_id"] for m in everything["matches"]}
        seen = await ok(await c.get(f"/sourcing-requests/{a.rfq}", headers=p))
        assert seen["buyer"] is None and seen["text"] == "fish sauce"
        assert {m["producer_id"] for m in seen["matches"]} == {a.producer}
        own_matches = (await ok(await c.get(f"/sourcing-requests/{a.rfq}/matches", headers=p)))["items"]
        assert {m["producer_id"] for m in own_matches} == {a.producer}
        listed = (await ok(await c.get("/sourcing-requests", headers=p)))["items"]
        assert a.rfq in {x["id"] for x in listed} and worlds.b.rfq not in {x["id"] for x in listed}
        assert all(x["buyer"] is None and x["matches"] is None for x in listed)
        mine = (await ok(await c.get("/sourcing-requests/matches", headers=p)))["items"]
        assert mine and {m["producer_id"] for m in mine} == {a.producer}


async def test_a_second_organiser_cannot_run_a_fair_it_does_not_organise_until_the_owner_adds_it(worlds):
    a = worlds.a
    owner, second = worlds.as_("fair_organiser", "org-a"), worlds.as_("fair_organiser", "org-b")
    async with httpx.AsyncClient(base_url=worlds.gateway + "/v1", timeout=30) as c:
        decision = f"/fairs/{a.fair}/applications/{a.application}/decision"
        r = await c.post(decision, json={"decision": "reject", "reason": "not yours"}, headers=second)
        assert r.status_code == 403 and r.json()["detail"] == \
            f"fair {a.fair} is run by its own organisers; this token is not one of them"
        assert (await c.get(f"/fairs/{a.fair}/applications", headers=second)).status_code == 403
        organisers = await ok(await c.post(f"/fairs/{a.fair}/organisers", json={"client_id": "org-b"}, headers=owner))
        assert organisers == {"fair_id": a.fair, "owner": "org-a", "co_organisers": ["org-c", "org-b"]}
        listed = await ok(await c.get(f"/fairs/{a.fair}/applications", headers=second))
        assert [x["id"] for x in listed] == [a.application]
        # A co-organiser runs the fair but does not decide who else does.
        r = await c.post(f"/fairs/{a.fair}/organisers", json={"client_id": "org-d"}, headers=second)
        assert r.status_code == 403 and "only the owner" in r.json()["detail"]
        r = await c.delete(f"/fairs/{a.fair}/organisers/org-a", headers=owner)
        assert r.status_code == 422 and r.json()["errors"][0]["field"] == "client_id"
        organisers = await ok(await c.delete(f"/fairs/{a.fair}/organisers/org-b", headers=owner))
        assert organisers["co_organisers"] == ["org-c"]
        assert (await c.get(f"/fairs/{a.fair}/applications", headers=second)).status_code == 403
        public = await ok(await c.get(f"/fairs/{a.fair}"))
        assert "owner" not in public


async def test_buyer_registrations_and_wishes_are_bound_to_the_caller_whatever_the_body_says(worlds):
    a = worlds.a
    async with httpx.AsyncClient(base_url=worlds.gateway + "/v1", timeout=30) as c:
        fair = await ok(await c.get(f"/fairs/{a.fair}"))
        newcomer = worlds.as_("buyer", "buyer-n")
        reg = await ok(await c.post(f"/fairs/{a.fair}/buyers", json=buyer_registration("buyer-a", fair),
                                    headers=newcomer), 201)
        assert reg["buyer_ref"] == "buyer-n"
        r = await c.post(f"/fairs/{a.fair}/wishes", headers=newcomer, json={
            "buyer_id": a.buyer_registration, "application_id": a.application, "source": "buyer", "value": 5})
        assert r.status_code == 403 and a.buyer_registration in r.json()["detail"]
        q = worlds.as_("producer", "producer-q", producer_id=worlds.b.producer)
        r = await c.post(f"/fairs/{a.fair}/wishes", headers=q, json={
            "buyer_id": reg["id"], "application_id": a.application, "source": "exhibitor", "value": 5})
        assert r.status_code == 403 and a.application in r.json()["detail"]
        # What each party lists at the fair is its own.
        mine = await ok(await c.get(f"/fairs/{a.fair}/meetings", headers=newcomer))
        assert mine == []
        theirs = await ok(await c.get(f"/fairs/{a.fair}/meetings", headers=worlds.as_("buyer", "buyer-a")))
        assert theirs and {m["buyer_id"] for m in theirs} == {a.buyer_registration}
        assert await ok(await c.get(f"/fairs/{a.fair}/applications", headers=q)) == []
        assert await ok(await c.get(f"/fairs/{a.fair}/bookings", headers=q)) == []
        r = await c.get(f"/fairs/{a.fair}/buyers/{a.buyer_registration}/agenda.ics", headers=newcomer)
        assert r.status_code == 404


async def test_every_service_port_answers_401_without_a_token_and_only_probes_and_metrics_are_open(worlds):
    paths = {"registry-VN": ["/products", "/producers", "/indicators", "/openapi.json", "/docs", "/dead-letters",
                             "/no-such-path"],
             "registry-KH": ["/products"],
             "matching": ["/catalogue/search", "/catalogue/products", "/sourcing-requests", "/openapi.json"],
             "events": ["/fairs", f"/fairs/{worlds.a.fair}", f"/fairs/{worlds.a.fair}/applications",
                        f"/fair-catalogue/products/{worlds.a.product}", "/openapi.json"]}
    forged = {"Authorization": "Bearer " + worlds.net.token("buyer").rsplit(".", 1)[0] + "." + "A" * 86}
    async with httpx.AsyncClient(timeout=10) as c:
        for name, service_paths in paths.items():
            base = worlds.net[name].url
            for path in service_paths:
                for headers in ({}, forged, {"Authorization": "Basic YWRtaW46YWRtaW4="}):
                    r = await c.get(base + path, headers=headers)
                    assert r.status_code == 401, (name, path, headers, r.status_code)
                    assert r.headers["content-type"].startswith("application/problem+json")
                    assert r.headers["www-authenticate"].startswith("Bearer")
                r = await c.post(base + path, json={})
                assert r.status_code == 401, (name, path, "POST")
            for path in ("/healthz", "/readyz", "/metrics"):
                assert (await c.get(base + path)).status_code == 200, (name, path)
        # The gateway's anonymous identity reads what is public, and nothing that is a party's own.
        public = worlds.net.public_auth()
        assert (await c.get(worlds.net["matching"].url + "/catalogue/products", headers=public)).status_code == 200
        r = await c.get(worlds.net["matching"].url + "/sourcing-requests", headers=public)
        assert r.status_code == 401 and r.json()["detail"] == "this operation needs a bearer token (POST /v1/oauth/token)"
        r = await c.get(worlds.net["events"].url + f"/fairs/{worlds.a.fair}/applications", headers=public)
        assert r.status_code == 401
