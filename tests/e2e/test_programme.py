"""The programme's own work, through the gateway on real processes, the real broker and PostgreSQL: a producer
submits, the committee approves and the product is listed everywhere; evaluations set the stars, which nobody
types; certificates count while valid and stop counting when the sweeper lets them expire; provincial officers
act in their province only."""
from __future__ import annotations

import json
import uuid
from datetime import date, datetime, timedelta, timezone

import httpx
import pytest
from aiokafka import AIOKafkaConsumer

from tests.support.factories import producer_body, product_body
from tests.support.network import Network
from tests.support.waiting import eventually

PROGRAMME_TOPIC = "ovop.registry.VN.programme"
TODAY = date.today()


@pytest.fixture(scope="module")
async def net(kafka_bootstrap, new_database, tmp_path_factory):
    """VN and KH nodes (VN's sweep may be run as of a chosen day), matching and the gateway."""
    n = Network(kafka_bootstrap, tmp_path_factory.mktemp("logs"))
    n.add("registry-VN", "registry", await new_database("prog_vn"), NODE_COUNTRY="VN", SWEEP_AS_OF_ALLOWED="true")
    n.add("registry-KH", "registry", await new_database("prog_kh"), NODE_COUNTRY="KH")
    n.add("matching", "matching", await new_database("prog_matching"),
          SEARCH_INDEX_DIR=str(tmp_path_factory.mktemp("index")))
    n.add_gateway()
    try:
        await n.start()
        yield n
    finally:
        n.stop()


async def _client_token(gw: httpx.AsyncClient, client: dict) -> dict[str, str]:
    r = await gw.post("/v1/oauth/token", data={"grant_type": "client_credentials", "client_id": client["client_id"],
                                               "client_secret": client["client_secret"]})
    assert r.status_code == 200, r.text
    return {"Authorization": f"Bearer {r.json()['access_token']}"}


@pytest.fixture(scope="module")
async def people(net):
    """The programme's people, as an operator creates them (the admin command) and they sign in (the token
    endpoint): Viet Nam's registry admin and committee, and Kiên Giang's provincial officer."""
    async with httpx.AsyncClient(base_url=net["gateway"].url, timeout=60) as gw:
        admin = await _client_token(gw, net.create_client("registry_admin", country="VN"))
        committee = await _client_token(gw, net.create_client("committee", country="VN"))
        officer = await _client_token(gw, net.create_client("provincial_officer", country="VN", province="Kiên Giang"))
    return {"admin": admin, "committee": committee, "officer": officer}


@pytest.fixture
async def gw(net):
    async with httpx.AsyncClient(base_url=net["gateway"].url, timeout=60) as client:
        yield client


class ProgrammeEvents:
    """Reads VN's programme topic from the start, as a mailer or a dashboard would."""

    def __init__(self, bootstrap: str, net: Network) -> None:
        self.consumer = AIOKafkaConsumer(net.topic(PROGRAMME_TOPIC), bootstrap_servers=bootstrap,
                                         group_id=f"test-{uuid.uuid4().hex[:8]}", auto_offset_reset="earliest")
        self.events: list[tuple[str, dict]] = []

    async def __aenter__(self):
        await self.consumer.start()
        return self

    async def __aexit__(self, *exc):
        await self.consumer.stop()

    async def find(self, event_type: str, **data) -> dict | None:
        async def poll():
            for batch in (await self.consumer.getmany(timeout_ms=200)).values():
                for rec in batch:
                    headers = {k: v.decode() for k, v in rec.headers}
                    self.events.append((headers["ce_type"], json.loads(rec.value)))
            return next((d for t, d in self.events if t == event_type and all(d.get(k) == v for k, v in data.items())),
                        None)

        return await eventually(poll, 20)


def _draft(producer_id: str, **over) -> dict:
    body = product_body(producer_id, "VN", status="draft", name_en=f"Phu Quoc fish sauce {uuid.uuid4().hex[:6]}")
    body.pop("stars"), body.pop("rating_date")
    return body | over


async def _in_catalogue(gw, product_id: str, **params) -> bool:
    r = await gw.get("/v1/catalogue/search", params={"q": "fish sauce", "limit": 100, **params})
    assert r.status_code == 200, r.text
    return product_id in {h["product"]["id"] for h in r.json()["items"]}


async def test_a_product_is_submitted_approved_rated_and_its_certificate_expires_through_the_gateway(
        net, people, gw, kafka_bootstrap):
    # A producer of Kiên Giang, registered by the province's officer.
    r = await gw.post("/v1/registry/VN/producers", json=producer_body("VN"), headers=people["officer"])
    assert r.status_code == 201, r.text
    producer_id = r.json()["id"]
    producer = net.auth("producer", producer_id=producer_id)

    # The producer registers its product: a draft until the committee approves; neither listed nor rated by typing.
    r = await gw.post("/v1/registry/VN/products", json=_draft(producer_id, status="listed"), headers=producer)
    assert r.status_code == 422 and r.json()["errors"][0]["field"] == "status", r.text
    r = await gw.post("/v1/registry/VN/products", json=_draft(producer_id, stars=5), headers=producer)
    assert r.status_code == 422 and r.json()["errors"][0]["field"] == "stars", r.text
    r = await gw.post("/v1/registry/VN/products", json=_draft(producer_id), headers=producer)
    assert r.status_code == 201, r.text
    product = r.json()
    pid, url = product["id"], f"/v1/registry/VN/products/{product['id']}"
    assert product["status"] == "draft"
    assert (product["registration"]["status"], product["registration"]["programme"]) == ("not_submitted", "OCOP")

    dossier = [{"title": "Registration form", "kind": "registration_form", "reference": "https://files.example/kg/1.pdf"},
               {"title": "Product standard TCCS 01:2025", "kind": "product_standard", "reference": "KG-TCCS-01"}]
    # A step is taken on the registration as its caller read it: If-Match with the ETag, 428 without one.
    r = await gw.get(f"{url}/registration", headers=producer)
    assert r.status_code == 200 and r.headers["etag"] == 'W/"1"', r.text
    r = await gw.post(f"{url}/submission", json={"dossier": dossier, "note": "first cycle"}, headers=producer)
    assert r.status_code == 428 and r.json()["status"] == 428, r.text
    r = await gw.post(f"{url}/submission", json={"dossier": dossier, "note": "first cycle"},
                      headers=producer | {"If-Match": 'W/"1"'})
    assert r.status_code == 200, r.text
    assert r.json()["status"] == "submitted" and r.json()["product_status"] == "draft"
    assert [s["step"] for s in r.json()["steps"]] == ["submitted"]
    submitted = r.headers["etag"]
    assert submitted == 'W/"2"' == f'W/"{r.json()["version"]}"'
    # Submitting again: from a stale page it is 412 with the current ETag; from the current state, 409.
    r = await gw.post(f"{url}/submission", json={"dossier": dossier}, headers=producer | {"If-Match": 'W/"1"'})
    assert r.status_code == 412 and r.headers["etag"] == submitted, r.text
    r = await gw.post(f"{url}/submission", json={"dossier": dossier}, headers=producer | {"If-Match": submitted})
    assert r.status_code == 409, r.text

    # Submitted, not approved: replicated to Cambodia's node as such, and absent from the catalogue.
    async def kh_has(version: int):
        r = await gw.get(f"/v1/registry/KH/products/{pid}")
        return r.status_code == 200 and r.json()["version"] >= version and r.json()
    assert (await eventually(lambda: kh_has(2), 20))["registration"]["status"] == "submitted"
    assert not await _in_catalogue(gw, pid)
    assert (await gw.get(f"/v1/catalogue/products/{pid}")).status_code == 404

    # Only the committee decides; an approval needs every required item of the OCOP checklist.
    committee = people["committee"] | {"If-Match": submitted}
    r = await gw.post(f"{url}/review", json={"decision": "approve"}, headers=people["admin"] | {"If-Match": submitted})
    assert r.status_code == 403, r.text
    r = await gw.post(f"{url}/review", json={"decision": "approve", "checklist": {"registration_form": True}},
                      headers=committee)
    assert r.status_code == 422 and r.json()["errors"][0]["field"] == "checklist.business_registration", r.text
    r = await gw.post(f"{url}/review", json={"decision": "reject"}, headers=committee)
    assert r.status_code == 422 and r.json()["errors"][0]["field"] == "reasons", r.text
    checklist = {"registration_form": True, "business_registration": True, "product_standard": True,
                 "label_and_packaging": True, "food_safety": True}
    decision = {"decision": "approve", "checklist": checklist, "comments": "complete"}
    r = await gw.post(f"{url}/review", json=decision, headers=people["committee"])
    assert r.status_code == 428, r.text
    r = await gw.post(f"{url}/review", json=decision, headers=people["committee"] | {"If-Match": 'W/"1"'})
    assert r.status_code == 412 and r.headers["etag"] == submitted, r.text
    r = await gw.post(f"{url}/review", json=decision, headers=committee)
    assert r.status_code == 200, r.text
    assert r.json()["status"] == "approved" and r.json()["product_status"] == "listed"
    assert [s["step"] for s in r.json()["steps"]] == ["submitted", "approved"]

    # Listed on every node and in the catalogue.
    assert (await eventually(lambda: kh_has(3), 20))["status"] == "listed"
    assert await eventually(lambda: _in_catalogue(gw, pid), 20)

    # An evaluation sets the stars: 77 points is 4 stars from a provincial council, valid 36 months.
    evaluation = {"scorecard": {"A": 33, "B": 20, "C": 24}, "council": {"level": "provincial", "name": "Kiên Giang OCOP council"},
                  "assessors": ["Nguyễn Văn A", "Trần Thị B"], "evaluated_on": TODAY.isoformat()}
    r = await gw.post(f"{url}/evaluations", json=evaluation | {"scorecard": {"A": 38, "B": 24, "C": 30}},
                      headers=people["committee"])
    assert r.status_code == 422 and r.json()["errors"][0]["field"] == "council.level", r.text   # 5 stars: central
    r = await gw.post(f"{url}/evaluations", json=evaluation | {"scorecard": {"A": 41, "B": 20, "C": 24}},
                      headers=people["committee"])
    assert r.status_code == 422 and r.json()["errors"][0]["field"] == "scorecard.A", r.text      # part A: 40 at most
    r = await gw.post(f"{url}/evaluations", json=evaluation, headers=people["committee"])
    assert r.status_code == 201, r.text
    rated = r.json()
    assert (rated["total"], rated["stars"], rated["status"]) == (77, 4, "valid")
    assert rated["valid_until"] == TODAY.replace(year=TODAY.year + 3).isoformat() or TODAY.month == 2
    assert r.headers["location"] == f"{url}/evaluations/{rated['id']}"
    current = (await gw.get(url)).json()
    assert current["stars"] == 4 and current["rating_date"] == TODAY.isoformat()
    assert current["rating"]["evaluation_id"] == rated["id"]

    # A typed change of stars is refused, naming `stars`; the record keeps its rating.
    body = {k: current[k] for k in _draft(producer_id)} | {"stars": 5}
    r = await gw.put(url, json=body, headers=people["admin"] | {"If-Match": f'W/"{current["version"]}"'})
    assert r.status_code == 422 and r.json()["errors"][0]["field"] == "stars", r.text
    assert (await gw.get(url)).json()["stars"] == 4

    # A VietGAP certificate valid until today counts in the search filter and in matching.
    r = await gw.post(f"{url}/certificates", json={"standard": "VIETGAP", "certificate_no": "VG-KG-0042",
                      "issuer": "Vietcert", "valid_from": (TODAY - timedelta(days=700)).isoformat(),
                      "valid_until": TODAY.isoformat()}, headers=people["committee"])
    assert r.status_code == 201, r.text
    cert = r.json()
    assert cert["scheme"] == "VietGAP" and cert["status"] == "valid"
    assert await eventually(lambda: _in_catalogue(gw, pid, certification="VietGAP"), 20)
    buyer = net.auth("buyer", client_id="buyer-prog")
    rfq = {"text": "fish sauce", "group": "food", "hs_code": "210390", "quantity": 1000, "unit": "l",
           "certifications": ["VietGAP"], "destination": "JP",
           "deadline": (datetime.now(timezone.utc) + timedelta(days=7)).isoformat()}

    async def certificate_reason() -> dict | None:
        r = await gw.post("/v1/sourcing-requests", json=rfq, headers=buyer)
        assert r.status_code == 201, r.text
        match = next((m for m in r.json()["matches"] if m["product_id"] == pid), None)
        return match and {x["factor"]: x for x in match["reasons"]}["certifications"]
    reason = await certificate_reason()
    assert reason["met"] == ["VietGAP"] and reason["missing"] == [], reason

    async with ProgrammeEvents(kafka_bootstrap, net) as events:
        # Tomorrow, the sweeper lets it expire: an event, the record says so, and it counts nowhere.
        r = await gw.post("/v1/registry/VN/sweeps", json={"as_of": (TODAY + timedelta(days=1)).isoformat()},
                          headers=people["committee"])
        assert r.status_code == 200, r.text
        assert r.json()["certificates_expired"] == 1 and r.json()["evaluations_expired"] == 0
        again = await gw.post("/v1/registry/VN/sweeps", json={"as_of": (TODAY + timedelta(days=1)).isoformat()},
                              headers=people["committee"])
        assert again.json()["certificates_expired"] == 0                     # a repeated sweep changes nothing
        assert [c["status"] for c in (await gw.get(url)).json()["certifications"]] == ["expired"]
        assert await events.find("org.asean.ovop.registry.certificate.expired.v1", certificate_id=cert["id"],
                                 product_id=pid, producer_id=producer_id)

        async def gone_from_filter():
            return not await _in_catalogue(gw, pid, certification="VietGAP")
        assert await eventually(gone_from_filter, 20)
        assert await _in_catalogue(gw, pid)                                   # still listed, without the certificate
        reason = await certificate_reason()
        assert reason["met"] == [] and reason["missing"] == ["VietGAP"], reason

        # 37 months on, the rating has expired too: the stars go, by themselves, and that is published.
        later = TODAY + timedelta(days=37 * 31)
        r = await gw.post("/v1/registry/VN/sweeps", json={"as_of": later.isoformat()}, headers=people["admin"])
        assert r.status_code == 200 and r.json()["evaluations_expired"] == 1 and r.json()["stars_changed"] == 1
        assert (await gw.get(url)).json()["stars"] is None
        assert await events.find("org.asean.ovop.registry.stars.changed.v1", product_id=pid, from_stars=4,
                                 to_stars=None, reason="expiry")
        for step in ("registration.submitted", "registration.approved", "evaluation.recorded", "certificate.issued"):
            assert await events.find(f"org.asean.ovop.registry.{step}.v1", product_id=pid), step

    history = (await gw.get(f"{url}/history")).json()["items"]
    assert [h["changes"].get("registration_step", {}).get("step") for h in history if "registration_step" in h["changes"]] \
        == ["submitted", "approved"]
    evaluations = (await gw.get(f"{url}/evaluations")).json()
    assert [e["status"] for e in evaluations["items"]] == ["expired"]


async def test_a_provincial_officer_is_refused_outside_its_province(net, people, gw):
    r = await gw.post("/v1/registry/VN/producers", json=producer_body("VN", place={"country": "VN", "province": "Hà Nội"}),
                      headers=people["officer"])
    assert r.status_code == 403 and "Kiên Giang" in r.json()["detail"], r.text
    r = await gw.post("/v1/registry/VN/producers", json=producer_body("VN", place={"country": "VN", "province": "Hà Nội"}),
                      headers=people["admin"])
    hanoi = r.json()["id"]
    r = await gw.post("/v1/registry/VN/products", json=_draft(hanoi, origin={"country": "VN", "province": "Hà Nội"}),
                      headers=people["officer"])
    assert r.status_code == 403, r.text
    r = await gw.post("/v1/registry/VN/products", json=_draft(hanoi, origin={"country": "VN", "province": "Hà Nội"}),
                      headers=people["admin"])
    assert r.status_code == 201, r.text
    url = f"/v1/registry/VN/products/{r.json()['id']}"
    dossier = [{"title": "Registration form", "kind": "registration_form", "reference": "HN-1"}]
    assert (await gw.post(f"{url}/submission", json={"dossier": dossier},
                          headers=people["officer"] | {"If-Match": 'W/"1"'})).status_code == 403
    assert (await gw.get(f"{url}/registration", headers=people["officer"])).status_code == 403
    # Nor in another country: the gateway stops it at the door, Cambodia's node would too.
    r = await gw.post("/v1/registry/KH/producers", json=producer_body("KH", place={"country": "KH", "province": "Kampot"}),
                      headers=people["officer"])
    assert r.status_code == 403, r.text
    # In its own province, the officer submits on the producer's behalf.
    r = await gw.post("/v1/registry/VN/producers", json=producer_body("VN"), headers=people["officer"])
    mine = r.json()["id"]
    r = await gw.post("/v1/registry/VN/products", json=_draft(mine), headers=people["officer"])
    assert r.status_code == 201, r.text
    r = await gw.post(f"/v1/registry/VN/products/{r.json()['id']}/submission", json={"dossier": dossier},
                      headers=people["officer"] | {"If-Match": r.headers["etag"]})
    assert r.status_code == 200 and r.json()["status"] == "submitted", r.text
    queue = (await gw.get("/v1/registry/VN/registrations", params={"status": "submitted"}, headers=people["officer"])).json()
    assert queue["total"] >= 1 and {i["province"] for i in queue["items"]} == {"Kiên Giang"}


async def test_a_producer_writes_only_its_own_products(net, people, gw):
    mine = (await gw.post("/v1/registry/VN/producers", json=producer_body("VN"), headers=people["admin"])).json()["id"]
    theirs = (await gw.post("/v1/registry/VN/producers", json=producer_body("VN"), headers=people["admin"])).json()["id"]
    producer = net.auth("producer", producer_id=mine)
    r = await gw.post("/v1/registry/VN/products", json=_draft(theirs), headers=producer)
    assert r.status_code == 403, r.text
    other = (await gw.post("/v1/registry/VN/products", json=_draft(theirs), headers=people["admin"])).json()
    dossier = [{"title": "Registration form", "kind": "registration_form", "reference": "X-1"}]
    r = await gw.post(f"/v1/registry/VN/products/{other['id']}/submission", json={"dossier": dossier}, headers=producer)
    assert r.status_code == 403, r.text
    r = await gw.post("/v1/registry/VN/products", json=_draft(mine), headers=producer)
    assert r.status_code == 201, r.text
    r = await gw.post("/v1/registry/VN/sweeps", json={}, headers=producer)
    assert r.status_code == 403, r.text


async def test_an_owner_is_told_once_before_a_certificate_expires_and_a_producers_certificate_expires_too(
        net, people, gw, kafka_bootstrap):
    producer_id = (await gw.post("/v1/registry/VN/producers", json=producer_body("VN"), headers=people["admin"])).json()["id"]
    r = await gw.post(f"/v1/registry/VN/producers/{producer_id}/certificates", json={
        "standard": "HALAL", "certificate_no": "HL-2024-7", "issuer": "HALCERT",
        "valid_from": (TODAY - timedelta(days=300)).isoformat(), "valid_until": (TODAY + timedelta(days=10)).isoformat()},
        headers=people["admin"])
    assert r.status_code == 201, r.text
    cert = r.json()
    assert r.headers["location"] == f"/v1/registry/VN/producers/{producer_id}/certificates/{cert['id']}"
    one = await gw.get(f"/v1/registry/VN/producers/{producer_id}/certificates/{cert['id']}")
    assert one.status_code == 200 and one.json()["expiry_notice_sent"] is False
    async with ProgrammeEvents(kafka_bootstrap, net) as events:
        for _ in range(2):
            r = await gw.post("/v1/registry/VN/sweeps", json={}, headers=people["committee"])
            assert r.status_code == 200, r.text
        notice = await events.find("org.asean.ovop.registry.certificate.expiring.v1", certificate_id=cert["id"])
        assert notice["days_left"] == 10 and notice["producer_id"] == producer_id and notice["product_id"] is None
        assert [t for t, d in events.events if d.get("certificate_id") == cert["id"]].count(
            "org.asean.ovop.registry.certificate.expiring.v1") == 1
        listed = (await gw.get(f"/v1/registry/VN/producers/{producer_id}/certificates")).json()
        assert listed["total"] == 1 and listed["items"][0]["expiry_notice_sent"] is True
        r = await gw.post("/v1/registry/VN/sweeps", json={"as_of": (TODAY + timedelta(days=11)).isoformat()},
                          headers=people["committee"])
        assert r.json()["certificates_expired"] >= 1
        assert await events.find("org.asean.ovop.registry.certificate.expired.v1", certificate_id=cert["id"])
    producer = (await gw.get(f"/v1/registry/VN/producers/{producer_id}")).json()
    assert [(c["scheme"], c["status"]) for c in producer["certifications"]] == [("halal", "expired")]


async def test_a_green_ocop_pass_labels_the_product_and_is_searchable_and_a_later_failure_takes_the_label_away(
        net, people, gw):
    producer_id = (await gw.post("/v1/registry/VN/producers", json=producer_body("VN"), headers=people["admin"])).json()["id"]
    r = await gw.post("/v1/registry/VN/products", json=product_body(producer_id, "VN"), headers=people["admin"])
    pid, url = r.json()["id"], f"/v1/registry/VN/products/{r.json()['id']}"
    scores = {"materials": 18, "energy": 12, "water": 12, "waste": 16, "packaging": 10, "circularity": 6}
    r = await gw.post(f"{url}/green", json={"scores": scores | {"water": 16}, "assessor": "A", "assessed_on": TODAY.isoformat()},
                      headers=people["committee"])
    assert r.status_code == 422 and r.json()["errors"][0]["field"] == "scores.water", r.text
    r = await gw.post(f"{url}/green", json={"scores": scores, "assessor": "Lê Văn C", "assessed_on": TODAY.isoformat()},
                      headers=people["committee"])
    assert r.status_code == 200, r.text
    green = r.json()
    assert (green["score"], green["passed"], green["label"], green["short_areas"]) == (74, True, "Green OCOP", [])
    shown = (await gw.get(url)).json()
    assert shown["green"]["label"] == "Green OCOP"
    assert [(c["scheme"], c["status"]) for c in shown["certifications"] if c.get("standard")] == [("Green OCOP", "valid")]
    assert await eventually(lambda: _in_catalogue(gw, pid, certification="Green OCOP"), 20)

    r = await gw.post(f"{url}/green", json={"scores": scores | {"waste": 8}, "assessor": "Lê Văn C",
                                            "assessed_on": TODAY.isoformat()}, headers=people["committee"])
    assert r.status_code == 200 and r.json()["passed"] is False and r.json()["short_areas"] == ["waste"], r.text
    shown = (await gw.get(url)).json()
    assert shown["green"]["label"] is None
    assert [c["status"] for c in shown["certifications"] if c.get("standard")] == ["revoked"]

    async def gone():
        return not await _in_catalogue(gw, pid, certification="Green OCOP")
    assert await eventually(gone, 20)


async def test_the_plans_indicators_are_computed_from_the_records_or_entered_by_the_committee_with_targets(
        net, people, gw):
    year = TODAY.year
    before = {i["key"]: i for i in (await gw.get("/v1/registry/VN/indicators/plan")).json()["indicators"]}
    r = await gw.post("/v1/registry/VN/producers", headers=people["admin"], json=producer_body(
        "VN", women_led=True, youth_led=True, ethnic_minority_area=True, place={"country": "VN", "province": "Hà Giang"}))
    assert r.status_code == 201, r.text
    r = await gw.post("/v1/registry/VN/products", json=product_body(r.json()["id"], "VN", origin={
        "country": "VN", "province": "Hà Giang"}), headers=people["admin"])    # from the national register: approved
    assert r.status_code == 201, r.text
    # A figure changes at the version the plan shows (0 for one never entered): If-Match, 428 without, 412 stale.
    for body in ({"indicator": "trainings_held", "year": year, "target": 40, "actual": 12},
                 {"indicator": "products_approved", "year": year, "target": 500}):
        seen = before[body["indicator"]]["series"][-1]["version"]
        r = await gw.put("/v1/registry/VN/indicators/figures", json=body, headers=people["committee"])
        assert r.status_code == 428, r.text
        r = await gw.put("/v1/registry/VN/indicators/figures", json=body,
                         headers=people["committee"] | {"If-Match": f'W/"{seen}"'})
        assert r.status_code == 200 and r.json()["version"] == seen + 1, r.text
        assert r.headers["etag"] == f'W/"{seen + 1}"'
        r = await gw.put("/v1/registry/VN/indicators/figures", json=body | {"target": 1},
                         headers=people["committee"] | {"If-Match": f'W/"{seen}"'})
        assert r.status_code == 412 and r.headers["etag"] == f'W/"{seen + 1}"', r.text
    r = await gw.put("/v1/registry/VN/indicators/figures", headers=people["committee"] | {"If-Match": 'W/"0"'},
                     json={"indicator": "products_approved", "year": year, "actual": 3})
    assert r.status_code == 422 and r.json()["errors"][0]["field"] == "actual", r.text
    r = await gw.put("/v1/registry/VN/indicators/figures", headers=people["officer"],
                     json={"indicator": "trainings_held", "year": year, "actual": 99})
    assert r.status_code == 403, r.text

    r = await gw.get("/v1/registry/VN/indicators/plan", params={"from_year": year - 2, "to_year": year})
    assert r.status_code == 200, r.text
    plan = {i["key"]: i for i in r.json()["indicators"]}
    assert [p["year"] for p in plan["trainings_held"]["series"]] == [year - 2, year - 1, year]
    trainings = before["trainings_held"]["series"][-1]["version"] + 1
    assert plan["trainings_held"]["series"][-1] == {"year": year, "target": 40, "actual": 12, "version": trainings}
    assert plan["trainings_held"]["source"] == "entered" and plan["trainings_held"]["series"][0]["actual"] is None
    approved = plan["products_approved"]["series"][-1]
    assert approved["target"] == 500
    for key in ("products_approved", "products_registered", "women_led_producers", "youth_led_producers", "remote_or_ethnic_minority_producers", "producers_registered"):
        assert plan[key]["series"][-1]["actual"] == before[key]["series"][-1]["actual"] + 1, key
    # A range with no year in it (from after to) is an empty series, not an error.
    empty = await gw.get("/v1/registry/VN/indicators/plan", params={"from_year": year, "to_year": year - 1})
    assert empty.status_code == 200 and all(i["series"] == [] for i in empty.json()["indicators"]), empty.text

    features = (await gw.get("/v1/registry/VN/indicators/map")).json()["features"]
    hg = next(f["properties"] for f in features if f["properties"]["province"] == "Hà Giang")
    assert (hg["producers"], hg["women_led"], hg["remote_or_ethnic_minority"]) == (1, 1, 1)


async def test_each_member_states_focal_point_is_in_the_directory_of_every_node_with_its_email_by_its_choice(
        net, people, gw):
    kh_admin = net.auth("registry_admin", "KH")
    vn = {"name": "Nguyễn Thị D", "title": "Deputy Director", "organisation": "Central Coordination Office for New Rural Development",
          "email": "ocop@example.gov.vn", "show_email": False}
    r = await gw.put("/v1/registry/VN/focal-point", json=vn, headers=people["admin"])
    assert r.status_code == 200 and r.json()["id"] == "VN-FP" and r.headers["etag"] == 'W/"1"', r.text
    r = await gw.put("/v1/registry/KH/focal-point", json={"name": "Sok Dara", "organisation": "National OVOP Committee",
                                                          "email": "ovop@example.gov.kh", "show_email": True},
                     headers=kh_admin)
    assert r.status_code == 200, r.text
    assert (await gw.put("/v1/registry/VN/focal-point", json=vn, headers=people["officer"])).status_code == 403
    assert (await gw.put("/v1/registry/VN/focal-point", json=vn, headers=people["admin"])).status_code == 428
    stale = await gw.put("/v1/registry/VN/focal-point", json=vn, headers=people["admin"] | {"If-Match": 'W/"0"'})
    assert stale.status_code == 412
    r = await gw.put("/v1/registry/VN/focal-point", json=vn | {"title": "Director"},
                     headers=people["admin"] | {"If-Match": 'W/"1"'})
    assert r.status_code == 200 and r.json()["version"] == 2

    async def directory(node: str, headers=None) -> dict:
        r = await gw.get(f"/v1/registry/{node}/focal-points", headers=headers or {})
        assert r.status_code == 200, r.text
        entries = {e["country"]: e for e in r.json()["items"]}
        return entries if {"VN", "KH"} <= set(entries) and entries["VN"]["version"] == 2 else {}
    for node in ("VN", "KH"):
        entries = await eventually(lambda: directory(node), 20)
        assert entries["VN"]["title"] == "Director" and entries["VN"]["email"] is None    # VN chose not to show it
        assert entries["KH"]["email"] == "ovop@example.gov.kh"
    assert (await directory("VN", people["admin"]))["VN"]["email"] == "ocop@example.gov.vn"


async def test_the_demo_shows_every_stage_of_the_programme_and_loads_once(net, gw, tmp_path):
    import asyncio

    from services.registry.demo.loader import load_country
    from services.registry.demo.programme import load_programme

    clients = tmp_path / "demo-clients.json"
    clients.write_text(json.dumps({"registry_admin_VN": net.create_client("registry_admin", country="VN")}))
    gateway_db = net["gateway"].env["DATABASE_URL"].removeprefix("sqlite+aiosqlite:///")
    admin = await _client_token(gw, json.loads(clients.read_text())["registry_admin_VN"])
    base = f"{net['gateway'].url}/v1/registry"
    await asyncio.to_thread(load_country, base, "VN", 120, token=admin["Authorization"].split()[1])
    summary = await asyncio.to_thread(load_programme, net["gateway"].url, clients, gateway_db, ["VN"])
    assert summary.startswith("VN 2 under review, 1 approved, 1 sent back; 12 evaluations"), summary
    assert "sweep: 1 rating" in summary and "owners told" in summary, summary
    assert await asyncio.to_thread(load_programme, net["gateway"].url, clients, gateway_db, ["VN"]) == "VN already loaded"
    made = json.loads(clients.read_text())
    assert {"committee_VN", "provincial_officer_VN"} <= set(made)
    committee = await _client_token(gw, made["committee_VN"])
    queue = (await gw.get("/v1/registry/VN/registrations", params={"status": "submitted"}, headers=committee)).json()
    assert queue["total"] >= 2
    assert await eventually(lambda: _green_count(gw), 20)


async def _green_count(gw) -> bool:
    r = await gw.get("/v1/catalogue/search", params={"certification": "Green OCOP", "country": "VN"})
    return r.json()["total"] >= 2


# The programme's own roles on each operation they could reach, on their own country's product (in Kiên Giang,
# the officer's province, listed from the national register) and on Cambodia's: what the authorisation
# matrix's six roles do not show. Bodies are valid; where an own call is allowed its answer shows it got past
# every check (201/200, 428 for a step or change sent without If-Match).
ROLE_TABLE = """
operation                                       committee officer
POST /products/{id}/submission                  403/403   428/403
POST /products/{id}/review                      428/403   403/403
GET  /products/{id}/registration                200/403   200/403
GET  /registrations                             200/403   200/403
POST /products/{id}/evaluations                 201/403   403/403
POST /products/{id}/certificates                201/403   403/403
POST /products/{id}/green                       200/403   403/403
POST /sweeps                                    200/403   403/403
PUT  /indicators/figures                        428/403   403/403
PUT  /focal-point                               403/403   403/403
PUT  /products/{id}                             403/403   428/403
"""


def _role_bodies(today: str) -> dict[str, dict]:
    return {
        "/submission": {"dossier": [{"title": "Form", "kind": "registration_form", "reference": "R-1"}]},
        "/review": {"decision": "approve"},
        "/evaluations": {"scorecard": {"A": 30, "B": 20, "C": 20}, "council": {"level": "provincial", "name": "c"},
                         "assessors": ["a"], "evaluated_on": today},
        "/certificates": {"standard": "HACCP", "certificate_no": "H-9", "issuer": "b", "valid_from": "2025-01-01",
                          "valid_until": "2099-01-01"},
        "/green": {"scores": {"materials": 15, "energy": 10, "water": 10, "waste": 12, "packaging": 10,
                              "circularity": 5}, "assessor": "a", "assessed_on": today},
        "/sweeps": {},
        "/indicators/figures": {"indicator": "fairs_attended", "year": TODAY.year, "actual": 3},
        "/focal-point": {"name": "x", "organisation": "y", "email": "x@example.org"},
    }


async def test_the_committee_and_a_provincial_officer_reach_what_the_table_says_in_their_country_only(net, people, gw):
    kh = net.auth("registry_admin", "KH")
    vn_producer = (await gw.post("/v1/registry/VN/producers", json=producer_body("VN"), headers=people["admin"])).json()["id"]
    vn_product = (await gw.post("/v1/registry/VN/products", json=product_body(vn_producer, "VN"),
                                headers=people["admin"])).json()
    kh_producer = (await gw.post("/v1/registry/KH/producers", json=producer_body(
        "KH", place={"country": "KH", "province": "Kampot"}), headers=kh)).json()["id"]
    kh_product = (await gw.post("/v1/registry/KH/products", json=product_body(
        kh_producer, "KH", programme="OVOP", origin={"country": "KH", "province": "Kampot"}), headers=kh)).json()
    bodies = _role_bodies(TODAY.isoformat())
    wrong = []
    for line in ROLE_TABLE.strip().splitlines()[1:]:
        method, template, *cells = line.split()
        for role, cell in zip(("committee", "officer"), cells):
            for (cc, product), want in zip((("VN", vn_product), ("KH", kh_product)), map(int, cell.split("/"))):
                path = f"/v1/registry/{cc}" + template.replace("{id}", product["id"])
                body = next((b for suffix, b in bodies.items() if template.endswith(suffix)), None)
                if template == "/products/{id}":
                    body = {k: product[k] for k in _draft(product["producer_id"])} | {"stars": product["stars"]}
                r = await gw.request(method, path, json=body if method != "GET" else None, headers=people[role])
                if r.status_code != want:
                    wrong.append(f"{role} {method} {path}: {r.status_code}, expected {want}: {r.text[:200]}")
    assert not wrong, "\n".join(wrong)


async def test_a_re_import_changes_a_product_as_a_put_does_its_stars_follow_the_evaluations(net, people, gw):
    r = await gw.post("/v1/registry/VN/producers", json=producer_body("VN"), headers=people["admin"])
    producer_id = r.json()["id"]
    row = product_body(producer_id, "VN", stars=3, name_en=f"Phu Quoc fish sauce {uuid.uuid4().hex[:6]}")

    async def upload(*rows: dict) -> tuple[dict, list[dict]]:
        r = await gw.post("/v1/registry/VN/imports/products", params={"format": "jsonl", "wait": "true"},
                          content="".join(json.dumps(x) + "\n" for x in rows), headers=people["admin"])
        assert r.status_code == 200 and r.json()["status"] == "done", r.text
        report = r.json()
        rejected = (await gw.get(f"/v1/registry/VN/imports/{report['id']}/rejections", headers=people["admin"])).json()
        return report, rejected["items"]

    report, _ = await upload(row)
    assert report["created"] == 1, report
    listing = (await gw.get("/v1/registry/VN/products", params={"producer_id": producer_id})).json()["items"]
    pid = listing[0]["id"]
    evaluation = {"scorecard": {"A": 33, "B": 20, "C": 24}, "council": {"level": "provincial", "name": "Kiên Giang"},
                  "assessors": ["Nguyễn Văn A"], "evaluated_on": TODAY.isoformat()}
    r = await gw.post(f"/v1/registry/VN/products/{pid}/evaluations", json=evaluation, headers=people["committee"])
    assert r.status_code == 201 and r.json()["stars"] == 4, r.text

    # The file still says 3 stars: the row is refused, the stars stay the evaluation's.
    report, rejected = await upload(row)
    assert (report["rejected"], report["updated"]) == (1, 0), report
    assert rejected[0]["errors"][0]["field"] == "stars", rejected
    # A row that leaves the stars out changes the rest and keeps them.
    quiet = {k: v for k, v in row.items() if k not in ("stars", "rating_date")} | {"description": "New harvest."}
    report, _ = await upload(quiet)
    assert report["updated"] == 1, report
    product = (await gw.get(f"/v1/registry/VN/products/{pid}")).json()
    assert (product["stars"], product["description"], product["rating"]["total"]) == (4, "New harvest.", 77)

    # A producer's draft is not listed by re-importing it as listed: only the committee's approval lists it.
    producer = net.auth("producer", producer_id=producer_id)
    draft = _draft(producer_id)
    assert (await gw.post("/v1/registry/VN/products", json=draft, headers=producer)).status_code == 201
    report, rejected = await upload(draft | {"status": "listed"})
    assert report["rejected"] == 1 and rejected[0]["errors"][0]["field"] == "status", (report, rejected)
