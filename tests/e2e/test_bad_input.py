"""Bad input at the edge, through the gateway: every case the issue found accepted or crashing is refused
with the exact status and an RFC 9457 problem naming the field; what is only unusual (lower-case codes,
invisible characters in names) is accepted and normalised."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

import httpx
import pytest

from tests.support.factories import product_body, producer_body
from tests.support.fairs import fair_body
from tests.support.waiting import eventually

BIG = "10000000000000000000"  # beyond a 64-bit integer
FULLWIDTH_HS = "\uff12\uff11\uff10\uff13\uff19\uff10"   # ２１０３９０
ARABIC_INDIC_HS = "\u0662\u0661\u0660\u0663\u0669\u0660"  # ٢١٠٣٩٠
PROBLEM_KEYS = {"type", "title", "status", "detail", "instance"}


@pytest.fixture(scope="module")
async def gw(network):
    """A gateway of its own, without rate limits, so that the table is not cut short by 429s."""
    gateway = network.add_gateway("gateway-bad-input", RATE_LIMIT_PER_S="100000", RATE_LIMIT_BURST="100000")
    await network.start("gateway-bad-input")
    async with httpx.AsyncClient(base_url=gateway.url, timeout=30) as c:
        yield c


@pytest.fixture(scope="module")
async def vn_producer(network, gw) -> str:
    r = await gw.post("/v1/registry/VN/producers", json=producer_body("VN"), headers=network.auth("registry_admin", "VN"))
    assert r.status_code == 201, r.text
    return r.json()["id"]


@pytest.fixture(scope="module")
async def fair(network, gw) -> dict:
    now = datetime.now(timezone.utc)
    first = (now + timedelta(days=10)).date()
    body = fair_body(starts_on=first.isoformat(), ends_on=(first + timedelta(days=1)).isoformat(),
                     meeting_programme={"slot_minutes": 30, "sessions": [{"start": f"{first}T09:00:00", "slots": 8}]})
    r = await gw.post("/v1/fairs", json=body, headers=network.auth("fair_organiser"))
    assert r.status_code == 201, r.text
    return r.json()


def rfq(**over) -> dict:
    deadline = (datetime.now(timezone.utc) + timedelta(days=30)).isoformat()
    return {"text": "fish sauce", "group": "food", "quantity": 1000, "unit": "l", "destination": "JP",
            "deadline": deadline} | over


def price(**over) -> dict:
    return {"min": 1, "max": 2, "currency": "USD", "unit": "l"} | over


def booths(**over) -> list[dict]:
    return [{"code": "A", "booths": [{"code": "A-001", "size_m2": 9, "type": "inline", "price": 1200,
                                      "currency": "USD"} | over]}]


def fair_dates(**over) -> dict:
    first = (datetime.now(timezone.utc) + timedelta(days=10)).date()
    return fair_body(starts_on=first.isoformat(), ends_on=(first + timedelta(days=1)).isoformat()) | over


def session_after_the_end() -> dict:
    body = fair_dates()
    late = datetime.fromisoformat(body["ends_on"]) + timedelta(days=1, hours=9)
    return body | {"meeting_programme": {"slot_minutes": 30, "sessions": [{"start": late.isoformat(), "slots": 4}]}}


def session_running_past_the_end() -> dict:
    body = fair_dates()
    return body | {"meeting_programme": {"slot_minutes": 60, "sessions": [
        {"start": f"{body['ends_on']}T22:00:00", "slots": 4}]}}


ADMIN, BUYER, ORGANISER = ("registry_admin", "VN"), ("buyer", None), ("fair_organiser", None)
P = "product"  # the body is a valid product of the VN producer with `over` applied

# id, who, method, path, body (or a function of the fixtures' values), query, status, field named, reason contains
CASES = [
    # registry: products and producers
    ("hs code in fullwidth digits", ADMIN, "POST", "/v1/registry/VN/products", (P, {"hs_code": FULLWIDTH_HS}), None,
     422, "hs_code", "ASCII 0-9"),
    ("hs code in arabic-indic digits", ADMIN, "POST", "/v1/registry/VN/products", (P, {"hs_code": ARABIC_INDIC_HS}),
     None, 422, "hs_code", "ASCII 0-9"),
    ("rating date in year 1", ADMIN, "POST", "/v1/registry/VN/products", (P, {"rating_date": "0001-01-01"}), None,
     422, "rating_date", "between 1900-01-01 and 2100-12-31"),
    ("rating date in year 9999", ADMIN, "POST", "/v1/registry/VN/products", (P, {"rating_date": "9999-12-31"}), None,
     422, "rating_date", "between 1900-01-01 and 2100-12-31"),
    ("currency ZZZ", ADMIN, "POST", "/v1/registry/VN/products", (P, {"price": price(currency="ZZZ")}), None,
     422, "price.currency", "'ZZZ' is not an ISO 4217 currency code"),
    ("the ISO test currency XTS", ADMIN, "POST", "/v1/registry/VN/products", (P, {"price": price(currency="XTS")}),
     None, 422, "price.currency", "'XTS' is not an ISO 4217 currency code"),
    ("export market XX", ADMIN, "POST", "/v1/registry/VN/products", (P, {"export_markets": ["JP", "XX"]}), None,
     422, "export_markets.1", "'XX' is not an ISO 3166-1 alpha-2 country code"),
    ("price 1e60", ADMIN, "POST", "/v1/registry/VN/products", (P, {"price": price(max=1e60)}), None,
     422, "price.max", "less than or equal to 1000000000000"),
    ("capacity 1e60", ADMIN, "POST", "/v1/registry/VN/products",
     (P, {"monthly_capacity": {"amount": 1e60, "unit": "l"}}), None,
     422, "monthly_capacity.amount", "less than or equal to 1000000000000"),
    ("control character in a name", ADMIN, "POST", "/v1/registry/VN/products", (P, {"name_en": "Fish\x07sauce"}),
     None, 422, "name_en", "control character U+0007"),
    ("newline in a one-line name", ADMIN, "POST", "/v1/registry/VN/products", (P, {"name_local": "Nước\nmắm"}),
     None, 422, "name_local", "control character U+000A"),
    ("bidi override in a name", ADMIN, "POST", "/v1/registry/VN/products", (P, {"name_en": "sauce\u202efish"}),
     None, 422, "name_en", "bidirectional control U+202E"),
    ("a name of zero-width characters only", ADMIN, "POST", "/v1/registry/VN/products",
     (P, {"name_en": "\u200b\u2060\ufeff"}), None, 422, "name_en", "at least 1"),
    ("zero-width space in an external reference", ADMIN, "POST", "/v1/registry/VN/products",
     (P, {"external_ref": "ref\u200b-1"}), None, 422, "external_ref", "U+200B"),
    ("producer place in country XX", ADMIN, "POST", "/v1/registry/VN/producers",
     producer_body("VN", place={"country": "XX", "province": "Kiên Giang"}), None,
     422, "place.country", "'XX' is not an ISO 3166-1 alpha-2 country code"),
    ("founding year 1", ADMIN, "POST", "/v1/registry/VN/producers", producer_body("VN", founded_year=1), None,
     422, "founded_year", "greater than or equal to 1800"),
    # registry: lists, dead letters, unknown routes
    ("registry list offset beyond 64 bits", None, "GET", "/v1/registry/VN/products", None, {"offset": BIG},
     422, "offset", "less than or equal to 1000000"),
    ("registry list limit 0", None, "GET", "/v1/registry/VN/producers", None, {"limit": "0"},
     422, "limit", "greater than or equal to 1"),
    ("registry list country XX", None, "GET", "/v1/registry/VN/products", None, {"country": "XX"},
     422, "country", "'XX' is not an ISO 3166-1 alpha-2 country code"),
    ("import rejections offset beyond 64 bits", ADMIN, "GET", "/v1/registry/VN/imports/imp-x/rejections", None,
     {"offset": BIG}, 422, "offset", "less than or equal to 1000000"),
    ("dead letter at partition -1", ADMIN, "POST", "/v1/registry/VN/dead-letters/-1/0/replay", None, None,
     422, "partition", "greater than or equal to 0"),
    ("dead letter at a partition the topic does not have", ADMIN, "POST", "/v1/registry/VN/dead-letters/999999/0/replay",
     None, None, 404, None, None),
    ("dead letter at an offset beyond 64 bits", ADMIN, "POST", f"/v1/registry/VN/dead-letters/0/{BIG}/replay", None,
     None, 422, "offset", "less than or equal to 9223372036854775807"),
    ("dead letter at an offset that is not a number", ADMIN, "POST", "/v1/registry/VN/dead-letters/0/x/replay", None,
     None, 422, "offset", "valid integer"),
    ("dead letters limit beyond the bound", ADMIN, "GET", "/v1/registry/VN/dead-letters", None, {"limit": "1001"},
     422, "limit", "less than or equal to 1000"),
    ("a NUL character in a record id", None, "GET", "/v1/registry/VN/products/VN-P-%00", None, None, 422, "record_id",
     "control character U+0000"),
    ("a NUL character in a fair id", None, "GET", "/v1/fairs/F-%00", None, None, 422, "fair_id",
     "control character U+0000"),
    ("a NUL character in a sourcing request id", BUYER, "GET", "/v1/sourcing-requests/RFQ-%00", None, None, 422,
     "rfq_id", "control character U+0000"),
    ("a NUL character in a catalogue product id", None, "GET", "/v1/catalogue/products/VN-P-%00", None, None, 422,
     "product_id", "control character U+0000"),
    ("unknown route", None, "GET", "/v1/registry/VN/no-such-thing", None, None, 404, None, None),
    ("method not allowed", ADMIN, "DELETE", "/v1/registry/VN/products", None, None, 405, None, None),
    # matching: sourcing requests
    ("sourcing destination XX", BUYER, "POST", "/v1/sourcing-requests", rfq(destination="XX"), None,
     422, "destination", "'XX' is not an ISO 3166-1 alpha-2 country code"),
    ("sourcing currency ZZZ", BUYER, "POST", "/v1/sourcing-requests", rfq(target_price=2, currency="ZZZ"), None,
     422, "currency", "'ZZZ' is not an ISO 4217 currency code"),
    ("sourcing currency outside the rate table", BUYER, "POST", "/v1/sourcing-requests",
     rfq(target_price=2, currency="ISK"), None, 422, "currency", "not one of the reference rate table"),
    ("sourcing deadline without a zone", BUYER, "POST", "/v1/sourcing-requests", rfq(deadline="2099-01-01T00:00:00"),
     None, 422, "deadline", "timezone"),
    ("sourcing deadline in year 9999", BUYER, "POST", "/v1/sourcing-requests", rfq(deadline="9999-01-01T00:00:00Z"),
     None, 422, "deadline", "between 1900-01-01 and 2100-12-31"),
    ("sourcing delivery window from year 1", BUYER, "POST", "/v1/sourcing-requests",
     rfq(delivery_window={"start": "0001-01-01", "end": "2030-01-01"}), None,
     422, "delivery_window.start", "between 1900-01-01 and 2100-12-31"),
    ("sourcing quantity 1e60", BUYER, "POST", "/v1/sourcing-requests", rfq(quantity=1e60), None,
     422, "quantity", "less than or equal to 1000000000000"),
    ("sourcing hs code in fullwidth digits", BUYER, "POST", "/v1/sourcing-requests", rfq(hs_code="\uff12\uff11"),
     None, 422, "hs_code", "ASCII digits"),
    ("sourcing text with a NUL", BUYER, "POST", "/v1/sourcing-requests", rfq(text="fish\x00sauce"), None,
     422, "text", "control character U+0000"),
    ("sourcing list offset beyond 64 bits", BUYER, "GET", "/v1/sourcing-requests", None, {"offset": BIG},
     422, "offset", "less than or equal to 1000000"),
    # matching: the catalogue
    ("search offset beyond 64 bits", None, "GET", "/v1/catalogue/search", None, {"q": "fish", "offset": BIG},
     422, "offset", "less than or equal to 10000"),
    ("search price 1e60", None, "GET", "/v1/catalogue/search", None, {"price_max": "1e60"},
     422, "price_max", "less than or equal to 1000000000000"),
    ("search price not a number", None, "GET", "/v1/catalogue/search", None, {"price_min": "nan"},
     422, "price_min", "finite number"),
    ("search currency outside the rate table", None, "GET", "/v1/catalogue/search", None, {"currency": "ISK"},
     422, "currency", "not one of the reference rate table"),
    ("search hs code in arabic-indic digits", None, "GET", "/v1/catalogue/search", None,
     {"hs_code": "\u0662\u0661"}, 422, "hs_code", "ASCII digits"),
    ("search country XX", None, "GET", "/v1/catalogue/search", None, {"country": "XX"},
     422, "country", "'XX' is not an ISO 3166-1 alpha-2 country code"),
    ("catalogue list offset beyond 64 bits", None, "GET", "/v1/catalogue/products", None, {"offset": BIG},
     422, "offset", "less than or equal to 1000000"),
    ("catalogue list limit beyond the bound", None, "GET", "/v1/catalogue/products", None, {"limit": "201"},
     422, "limit", "less than or equal to 200"),
    # events: fairs
    ("booth price 1e60", ORGANISER, "POST", "/v1/fairs", fair_dates(halls=booths(price=1e60)), None,
     422, "halls.0.booths.0.price", "less than or equal to 1000000000000"),
    # Numbers are JSON numbers and dates JSON strings, as the published schema says: nothing is read as one.
    ("booth price as a string", ORGANISER, "POST", "/v1/fairs", fair_dates(halls=booths(price="1e3")), None,
     422, "halls.0.booths.0.price", "must be a number, not a string"),
    ("booth size as true", ORGANISER, "POST", "/v1/fairs", fair_dates(halls=booths(size_m2=True)), None,
     422, "halls.0.booths.0.size_m2", "must be a number, not a string or a boolean"),
    ("meeting cap as a string", ORGANISER, "POST", "/v1/fairs", fair_dates(max_meetings_per_participant="8"), None,
     422, "max_meetings_per_participant", "must be a number"),
    ("fair starting on a Unix time", ORGANISER, "POST", "/v1/fairs", fair_dates(starts_on=1900000000), None,
     422, "starts_on", "must be a string (RFC 3339), not a number"),
    ("booth currency ZZZ", ORGANISER, "POST", "/v1/fairs", fair_dates(halls=booths(currency="ZZZ")), None,
     422, "halls.0.booths.0.currency", "'ZZZ' is not an ISO 4217 currency code"),
    ("venue in country XX", ORGANISER, "POST", "/v1/fairs",
     fair_dates(venue={"name": "Hall", "city": "Hanoi", "country": "XX"}), None,
     422, "venue.country", "'XX' is not an ISO 3166-1 alpha-2 country code"),
    ("fair starting in year 1", ORGANISER, "POST", "/v1/fairs", fair_dates(starts_on="0001-01-01"), None,
     422, "starts_on", "between 1900-01-01 and 2100-12-31"),
    ("application window without a zone", ORGANISER, "POST", "/v1/fairs",
     fair_dates(application_window={"opens_at": "2030-01-01T00:00:00", "closes_at": "2030-02-01T00:00:00Z"}), None,
     422, "application_window.opens_at", "timezone"),
    ("meeting session after the fair ends", ORGANISER, "POST", "/v1/fairs", session_after_the_end(), None,
     422, "meeting_programme.sessions.0.start", "not within the fair's dates"),
    ("meeting slots running past the fair's last day", ORGANISER, "POST", "/v1/fairs", session_running_past_the_end(),
     None, 422, "meeting_programme.sessions.0.start", "not within the fair's dates"),
    ("fair name with a control character", ORGANISER, "POST", "/v1/fairs", fair_dates(name="Fair\x1b[31m"), None,
     422, "name", "control character U+001B"),
    ("fair list offset beyond 64 bits", None, "GET", "/v1/fairs", None, {"offset": BIG},
     422, "offset", "less than or equal to 1000000"),
    ("booking id beyond 64 bits", ORGANISER, "POST", f"/v1/fairs/fair-x/bookings/{BIG}/cancel", None, None,
     422, "booking_id", "less than or equal to 2147483647"),
    ("booking id beyond the table's 32 bits", ORGANISER, "POST", "/v1/fairs/{fair}/bookings/2147483648/move",
     {"booth_code": "A-001"}, None, 422, "booking_id", "less than or equal to 2147483647"),
    ("buyer availability after the fair ends", ORGANISER, "POST", "/v1/fairs/{fair}/buyers",
     lambda f: {"buyer_ref": "b-late", "name": "Late Buyer", "availability": [
         {"start": f"{f['ends_on']}T09:00:00", "end": f"{f['ends_on']}T12:00:00"},
         {"start": f"{f['ends_on']}T22:00:00", "end": f"{datetime.fromisoformat(f['ends_on']).date() + timedelta(days=2)}T10:00:00"}]},
     None, 422, "availability.1", "not within the fair's days"),
    ("buyer availability in year 1", ORGANISER, "POST", "/v1/fairs/{fair}/buyers",
     lambda f: {"buyer_ref": "b-old", "name": "Old Buyer", "availability": [
         {"start": "0001-01-01T09:00:00", "end": "0001-01-01T12:00:00"}]},
     None, 422, "availability.0.start", "between 1900-01-01 and 2100-12-31"),
    ("meetings list offset beyond 64 bits", ORGANISER, "GET", "/v1/fairs/{fair}/meetings", None, {"offset": BIG},
     422, "offset", "less than or equal to 1000000"),
]


def assert_problem(r: httpx.Response, status: int, field: str | None, reason: str | None) -> dict:
    assert r.status_code == status, r.text
    assert r.headers["content-type"].startswith("application/problem+json"), r.headers["content-type"]
    body = r.json()
    assert PROBLEM_KEYS <= set(body) and body["status"] == status, body
    assert body["instance"] == r.request.url.path, body
    if status == 422:
        assert body["type"] == "/v1/problems/validation", body
        assert all({"field", "reason", "type"} <= set(e) for e in body["errors"]), body
        named = {e["field"]: e["reason"] for e in body["errors"]}
        assert field in named, f"{field} not named in {named}"
        assert reason in named[field], f"{field}: {named[field]!r} does not say {reason!r}"
    return body


@pytest.mark.parametrize("who,method,path,body,query,status,field,reason", [c[1:] for c in CASES],
                         ids=[c[0] for c in CASES])
async def test_bad_input_is_refused_with_a_problem_naming_the_field(network, gw, vn_producer, fair, who, method, path,
                                                                    body, query, status, field, reason):
    if isinstance(body, tuple):
        body = product_body(vn_producer, "VN") | body[1]
    elif callable(body):
        body = body(fair)
    headers = network.auth(*who) if who else {}
    r = await gw.request(method, path.replace("{fair}", fair["id"]), json=body, params=query, headers=headers)
    assert_problem(r, status, field, reason)


async def test_a_refused_product_leaves_nothing_behind(network, gw, vn_producer):
    ref = "never-written"
    r = await gw.post("/v1/registry/VN/products", headers=network.auth(*ADMIN),
                      json=product_body(vn_producer, "VN", external_ref=ref, hs_code=FULLWIDTH_HS))
    assert_problem(r, 422, "hs_code", "ASCII 0-9")
    listed = await gw.get("/v1/registry/VN/products", params={"producer_id": vn_producer, "limit": 500})
    assert listed.status_code == 200
    assert ref not in {p.get("external_ref") for p in listed.json()["items"]}


async def test_codes_in_lower_case_are_accepted_and_answered_in_upper_case(network, gw, vn_producer):
    r = await gw.post("/v1/registry/VN/products", headers=network.auth(*ADMIN), json=product_body(
        vn_producer, "VN", price=price(currency="vnd"), export_markets=["jp", "Kr"],
        origin={"country": "vn", "province": "Kiên Giang"}))
    assert r.status_code == 201, r.text
    product = r.json()
    assert (product["price"]["currency"], product["export_markets"], product["origin"]["country"]) == \
        ("VND", ["JP", "KR"], "VN")
    r = await gw.post("/v1/sourcing-requests", headers=network.auth(*BUYER),
                      json=rfq(destination="jp", target_price=2, currency="thb"))
    assert r.status_code == 201, r.text
    assert (r.json()["destination"], r.json()["currency"]) == ("JP", "THB")


async def test_names_are_stored_in_nfc_without_invisible_characters_and_stay_searchable(network, gw, vn_producer):
    decomposed = "Nu\u031bo\u031b\u0301c ma\u0306\u0301m Ca\u0300 Mau"      # "Nước mắm Cà Mau", decomposed
    thai = "\u0e02\u0e49\u0e32\u0e27\u200b\u0e2b\u0e2d\u0e21"                 # ข้าว<ZWSP>หอม
    r = await gw.post("/v1/registry/VN/products", headers=network.auth(*ADMIN), json=product_body(
        vn_producer, "VN", name_local=decomposed, name_en="Ca\u200bMau\u2060 fish\ufeff sauce", description=thai))
    assert r.status_code == 201, r.text
    product = r.json()
    assert product["name_local"] == "Nước mắm Cà Mau"
    assert product["name_en"] == "CaMau fish sauce"
    assert product["description"] == "\u0e02\u0e49\u0e32\u0e27\u0e2b\u0e2d\u0e21"

    async def found():
        hits = await gw.get("/v1/catalogue/search", params={"q": "nước mắm cà mau"})
        assert hits.status_code == 200
        return product["id"] in {h["product"]["id"] for h in hits.json()["items"]} or None

    assert await eventually(found, timeout_s=30)
