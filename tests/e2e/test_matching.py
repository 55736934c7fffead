"""Buyers find producers: search, sourcing requests and matches, over real registry and matching processes,
the real broker and PostgreSQL."""
from __future__ import annotations

import contextlib
import json
import shutil
import uuid
from datetime import datetime, timedelta, timezone

import httpx
import pytest
from aiokafka import AIOKafkaConsumer

from shared.contracts.matching import MATCHES_TOPIC, RFQS_TOPIC
from tests.support.factories import product_body, producer_body
from tests.support.network import Network
from tests.support.waiting import eventually


def in_days(days: float) -> str:
    return (datetime.now(timezone.utc) + timedelta(days=days)).isoformat()


CATALOGUE = {
    "fish_sauce": ("VN", dict(certifications=[{"scheme": "HACCP"}])),
    "coffee": ("VN", dict(
        name_local="Cà phê Robusta Đắk Lắk", name_en="Dak Lak Robusta coffee beans",
        description="Sun-dried Robusta from the Central Highlands.", group="beverages", stars=3, hs_code="090111",
        certifications=[{"scheme": "organic"}], origin={"country": "VN", "province": "Đắk Lắk"},
        monthly_capacity={"amount": 5000, "unit": "kg"},
        price={"min": 150000, "max": 300000, "currency": "VND", "unit": "kg"}, export_markets=["DE", "US"])),
    "ceramics": ("VN", dict(
        name_local="Gốm Bát Tràng", name_en="Bat Trang glazed ceramics", description="Hand-thrown stoneware.",
        group="handicrafts", stars=5, hs_code="691200", certifications=[{"scheme": "OVOP standard"}],
        origin={"country": "VN", "province": "Hà Nội"}, monthly_capacity={"amount": 1000, "unit": "piece"},
        price={"min": 80000, "max": 500000, "currency": "VND", "unit": "piece"}, export_markets=[])),
    "draft": ("VN", dict(name_local="Nước mắm nháp", name_en="Draft fish sauce", status="draft")),
    "pepper": ("KH", dict(
        name_local="ម្រេចកំពត", name_en="Kampot pepper", description="Black and red pepper, protected GI.",
        programme="OVOP", group="food", stars=5, hs_code="090411",
        certifications=[{"scheme": "GI"}, {"scheme": "organic"}], origin={"country": "KH", "province": "Kampot"},
        monthly_capacity={"amount": 3000, "unit": "kg"},
        price={"min": 60000, "max": 200000, "currency": "KHR", "unit": "kg"}, export_markets=["FR", "JP"])),
    "salt": ("KH", dict(
        name_local="អំបិលកំពត", name_en="Kampot sea salt", description="Sun-evaporated sea salt.",
        programme="OVOP", group="food", stars=3, hs_code="250100", certifications=[{"scheme": "GI"}],
        origin={"country": "KH", "province": "Kep"}, monthly_capacity={"amount": 100000, "unit": "kg"},
        price={"min": 4000, "max": 20000, "currency": "KHR", "unit": "kg"}, export_markets=[])),
}
LISTED = {"fish_sauce", "coffee", "ceramics", "pepper", "salt"}


@contextlib.asynccontextmanager
async def catalogue_region(kafka_bootstrap, new_database, tmp_path_factory):
    """Registry nodes VN and KH and matching as real processes; the catalogue above registered through them."""
    net = Network(kafka_bootstrap, tmp_path_factory.mktemp("logs"))
    net.add("registry-VN", "registry", await new_database("reg_vn"), NODE_COUNTRY="VN")
    net.add("registry-KH", "registry", await new_database("reg_kh"), NODE_COUNTRY="KH")
    net.add("matching", "matching", await new_database("matching"),
            SEARCH_INDEX_DIR=str(tmp_path_factory.mktemp("index")), RFQ_EXPIRY_INTERVAL_S="1")
    try:
        await net.start()
        ids: dict[str, str] = {}
        producers: dict[str, str] = {}
        async with httpx.AsyncClient(timeout=10) as client:
            for cc in ("VN", "KH"):
                r = await client.post(f"{net[f'registry-{cc}'].url}/producers", json=producer_body(cc),
                                      headers=net.auth("registry_admin", cc))
                assert r.status_code == 201, r.text
                producers[cc] = r.json()["id"]
            for key, (cc, over) in CATALOGUE.items():
                r = await client.post(f"{net[f'registry-{cc}'].url}/products", json=product_body(producers[cc], cc, **over),
                                      headers=net.auth("registry_admin", cc))
                assert r.status_code == 201, r.text
                ids[key] = r.json()["id"]
            net.ids, net.producers = ids, producers

            async def all_searchable():
                r = await client.get(f"{net['matching'].url}/catalogue/search", params={"facets": "false"},
                                     headers=net.public_auth())
                return r.json()["total"] == len(LISTED)

            assert await eventually(all_searchable, 15), "the listed products did not all become searchable"
        yield net
    finally:
        net.stop()


@pytest.fixture(scope="module")
async def region(kafka_bootstrap, new_database, tmp_path_factory):
    """The catalogue above, which no test of this module adds products to: what a search answers does not
    depend on which tests ran before it."""
    async with catalogue_region(kafka_bootstrap, new_database, tmp_path_factory) as net:
        yield net


@pytest.fixture(scope="module")
async def growing(kafka_bootstrap, new_database, tmp_path_factory):
    """The same catalogue in a region of its own, for the tests that add, rename, delist products or add a
    member state: they never change what the searches on `region` find."""
    async with catalogue_region(kafka_bootstrap, new_database, tmp_path_factory) as net:
        yield net


@pytest.fixture
async def matching(region):
    """Matching, called as a buyer."""
    async with httpx.AsyncClient(base_url=region["matching"].url, timeout=10, headers=region.auth("buyer")) as client:
        yield client


@pytest.fixture
async def growing_matching(growing):
    """Matching of the growing region, called as a buyer."""
    async with httpx.AsyncClient(base_url=growing["matching"].url, timeout=10, headers=growing.auth("buyer")) as client:
        yield client


async def found(client: httpx.AsyncClient, region, **params) -> set[str]:
    r = await client.get("/catalogue/search", params=params)
    assert r.status_code == 200, r.text
    by_id = {v: k for k, v in region.ids.items()}
    return {by_id.get(hit["product"]["id"], hit["product"]["id"]) for hit in r.json()["items"]}


# -- search ---------------------------------------------------------------------------------------
async def test_search_finds_vietnamese_names_with_or_without_accents(matching, region):
    assert await found(matching, region, q="nuoc mam") == {"fish_sauce"}
    assert await found(matching, region, q="NƯỚC MẮM") == {"fish_sauce"}
    assert await found(matching, region, q="dak lak") == {"coffee"}      # đ folds to d
    assert await found(matching, region, q="bat trang") == {"ceramics"}


async def test_search_finds_khmer_words_inside_unspaced_names(matching, region):
    assert await found(matching, region, q="កំពត") == {"pepper", "salt"}
    assert await found(matching, region, q="ម្រេច") == {"pepper"}


async def test_search_forgives_one_typo_when_nothing_matches_exactly(matching, region):
    assert await found(matching, region, q="peper") == {"pepper"}


async def test_search_knows_the_country_of_a_product_without_it_being_in_its_text(matching, region):
    assert await found(matching, region, q="cambodian pepper") == {"pepper"}
    assert await found(matching, region, q="vietnamese fish sauce") == {"fish_sauce"}


async def test_search_ranks_a_name_match_above_a_description_match(matching, region):
    r = (await matching.get("/catalogue/search", params={"q": "pepper"})).json()
    assert r["items"][0]["product"]["id"] == region.ids["pepper"]


async def test_drafts_are_never_searchable(matching, region):
    assert "draft" not in await found(matching, region, q="fish sauce")


@pytest.mark.parametrize("params, expected", [
    ({"country": "KH"}, {"pepper", "salt"}),
    ({"group": "handicrafts"}, {"ceramics"}),
    ({"hs_code": "09"}, {"coffee", "pepper"}),
    ({"hs_code": "0901"}, {"coffee"}),
    ({"hs_code": "090411"}, {"pepper"}),
    ({"min_stars": 5}, {"ceramics", "pepper"}),
    ({"certification": "organic"}, {"coffee", "pepper"}),
    ({"certification": "ovop standard"}, {"ceramics"}),
    ({"programme": "OVOP"}, {"pepper", "salt"}),
    ({"min_capacity": 10000}, {"fish_sauce", "salt"}),
    ({"min_capacity": 10000, "capacity_unit": "kg"}, {"salt"}),
    ({"min_capacity": 2, "capacity_unit": "t"}, {"coffee", "pepper", "salt"}),   # converted: 3000 kg is 3 t
    # 175 THB = 5 USD at the reference rates: lowest prices 3.50 USD, 80000 VND (3.15 USD), 4000 KHR (0.98 USD)
    ({"price_max": 175, "currency": "THB"}, {"fish_sauce", "ceramics", "salt"}),
    # highest prices at least 10 USD: 300000 VND (11.8), 500000 VND (19.7), 200000 KHR (48.8)
    ({"price_min": 10, "currency": "USD"}, {"coffee", "ceramics", "pepper"}),
    ({"export_market": "JP"}, {"fish_sauce", "pepper"}),
    ({"q": "kampot", "country": "KH", "min_stars": 4}, {"pepper"}),
])
async def test_search_filters(matching, region, params, expected):
    assert await found(matching, region, **params) == expected


async def test_search_pages_and_counts_facets(matching, region):
    first = (await matching.get("/catalogue/search", params={"limit": 2})).json()
    second = (await matching.get("/catalogue/search", params={"limit": 2, "offset": 2})).json()
    assert first["total"] == second["total"] == 5
    assert len(first["items"]) == 2 and len(second["items"]) == 2
    assert not {i["product"]["id"] for i in first["items"]} & {i["product"]["id"] for i in second["items"]}
    assert first["facets"]["country"] == {"VN": 3, "KH": 2}
    assert first["facets"]["stars"] == {"5": 2, "4": 1, "3": 2}
    kh = (await matching.get("/catalogue/search", params={"country": "KH"})).json()
    assert kh["facets"]["certification"] == {"gi": 2, "organic": 1}


async def test_search_filters_by_province_with_or_without_accents(matching, region):
    assert await found(matching, region, province="Kep") == {"salt"}
    assert await found(matching, region, province="ha noi") == {"ceramics"}
    assert await found(matching, region, province="Hà Nội", q="ceramics") == {"ceramics"}
    assert await found(matching, region, province="Kampot", country="VN") == set()


async def test_search_accepts_codes_in_any_case(matching, region):
    assert await found(matching, region, country="kh") == {"pepper", "salt"}
    assert await found(matching, region, group="Handicrafts") == {"ceramics"}
    assert await found(matching, region, price_max=175, currency="thb") == {"fish_sauce", "ceramics", "salt"}


async def test_search_relaxes_a_query_that_cannot_match_in_full_and_says_which_words_matched(matching, region):
    r = (await matching.get("/catalogue/search", params={"q": "kampot pepper in glass jars"})).json()
    assert {h["product"]["id"] for h in r["items"]} == {region.ids["pepper"]}
    assert r["query"]["matched"] == ["kampot", "pepper"]
    assert set(r["query"]["dropped"]) == {"glass", "jars"}


async def test_search_understands_translations_certification_words_and_hs_codes(matching, region):
    assert await found(matching, region, q="lada hitam") == {"pepper"}        # Malay for black pepper
    assert await found(matching, region, q="พริกไทย") == {"pepper"}           # Thai
    assert await found(matching, region, q="organic") == {"coffee", "pepper"}  # holders of a valid certificate
    assert await found(matching, region, q="0904") == {"pepper"}
    assert await found(matching, region, q="HS 2501") == {"salt"}


async def test_an_answer_with_no_result_carries_suggestions(matching):
    r = (await matching.get("/catalogue/search", params={"q": "qwertyuiop"})).json()
    assert r["total"] == 0 and r["items"] == []
    assert r["query"]["dropped"] == ["qwertyuiop"] and r["suggestions"]


async def test_a_hit_carries_its_producer_its_price_in_the_buyer_s_currency_and_its_certificates(matching, region):
    r = (await matching.get("/catalogue/search", params={"q": "kampot pepper", "currency": "EUR"})).json()
    hit = r["items"][0]
    assert hit["product"]["id"] == region.ids["pepper"]
    assert hit["producer"]["id"] == region.producers["KH"]
    assert hit["producer"]["name_en"] == producer_body("KH")["name_en"]
    assert hit["producer"]["place"]["country"] == "KH" and "contact_email" not in hit["producer"]
    # 60000 KHR at 4100 KHR and 0.92 EUR to the dollar
    assert hit["price"] == {"min": round(60000 / 4100 * 0.92, 2), "max": round(200000 / 4100 * 0.92, 2),
                            "currency": "EUR", "unit": "kg", "rates": hit["price"]["rates"]}
    assert {c["scheme"]: c["valid"] for c in hit["certifications"]} == {"GI": True, "organic": True}


async def test_a_producer_has_a_public_page_with_its_listed_products(matching, region):
    r = await matching.get(f"/catalogue/producers/{region.producers['KH']}")
    assert r.status_code == 200, r.text
    page = r.json()
    assert page["producer"]["name_en"] == producer_body("KH")["name_en"]
    assert {region.ids["pepper"], region.ids["salt"]} <= {h["product"]["id"] for h in page["items"]}
    assert (await matching.get("/catalogue/producers/KH-M-NOPE")).status_code == 404


async def test_search_refuses_an_unknown_currency_naming_the_field(matching):
    r = await matching.get("/catalogue/search", params={"price_max": 5, "currency": "XXX"})
    assert r.status_code == 422 and r.headers["content-type"].startswith("application/problem+json")
    assert r.json()["errors"][0]["field"] == "currency"


async def test_a_delisted_product_leaves_the_search(growing_matching, growing):
    async with httpx.AsyncClient(base_url=growing["registry-VN"].url, timeout=10,
                                 headers=growing.auth("registry_admin", "VN")) as reg:
        body = product_body(growing.producers["VN"], "VN", name_local="Mắm tôm Thanh Hóa", name_en="Thanh Hoa shrimp paste")
        created = (await reg.post("/products", json=body)).json()

        async def searchable():
            r = await growing_matching.get("/catalogue/search", params={"q": "mam tom"})
            return created["id"] in {h["product"]["id"] for h in r.json()["items"]}

        assert await eventually(searchable, 15)
        r = await reg.put(f"/products/{created['id']}", json=body | {"status": "delisted"}, headers={"If-Match": 'W/"1"'})
        assert r.status_code == 200, r.text

        async def gone():  # (other products still answer "mam", so the page is not empty: it is relaxed)
            r = await growing_matching.get("/catalogue/search", params={"q": "mam tom"})
            return created["id"] not in {h["product"]["id"] for h in r.json()["items"]}

        assert await eventually(gone, 15)


async def test_a_renamed_product_is_found_by_its_new_name_only(growing_matching, growing):
    async with httpx.AsyncClient(base_url=growing["registry-VN"].url, timeout=10,
                                 headers=growing.auth("registry_admin", "VN")) as reg:
        body = product_body(growing.producers["VN"], "VN", name_local="Bánh pía Sóc Trăng", name_en="Soc Trang pia cake")
        created = (await reg.post("/products", json=body)).json()

        async def hits(q):
            return {h["product"]["id"] for h in (await growing_matching.get("/catalogue/search", params={"q": q})).json()["items"]}

        assert await eventually(lambda: _contains(hits("banh pia"), created["id"]), 15)
        body = body | {"name_local": "Bánh pía sầu riêng", "name_en": "Durian pia cake"}
        assert (await reg.put(f"/products/{created['id']}", json=body, headers={"If-Match": 'W/"1"'})).status_code == 200
        assert await eventually(lambda: _contains(hits("sau rieng"), created["id"]), 15)
        assert created["id"] not in await hits("soc trang")
        catalogued = (await growing_matching.get(f"/catalogue/products/{created['id']}")).json()
        assert catalogued["version"] == 2


async def _contains(hits, product_id) -> bool:
    return product_id in await hits


async def test_a_member_state_that_joins_later_is_searchable_without_restarting_matching(growing_matching, growing, new_database):
    growing.add("registry-TH", "registry", await new_database("reg_th"), NODE_COUNTRY="TH")
    await growing.start("registry-TH")
    async with httpx.AsyncClient(base_url=growing["registry-TH"].url, timeout=10,
                                 headers=growing.auth("registry_admin", "TH")) as reg:
        producer = (await reg.post("/producers", json=producer_body("TH"))).json()["id"]
        r = await reg.post("/products", json=product_body(
            producer, "TH", name_local="ผ้าไหมมัดหมี่ขอนแก่น", name_en="Khon Kaen mudmee silk", programme="OTOP",
            group="textiles", hs_code="500720", origin={"country": "TH", "province": "Khon Kaen"},
            monthly_capacity={"amount": 800, "unit": "m"}, price={"min": 900, "max": 4000, "currency": "THB", "unit": "m"}))
        assert r.status_code == 201, r.text

    async def on_th():
        return (await growing_matching.get("/catalogue/search", params={"q": "ไหม", "country": "TH"})).json()["total"] == 1

    assert await eventually(on_th, 30)
    growing["registry-TH"].kill()


# -- sourcing requests ----------------------------------------------------------------------------
def if_match(answer: httpx.Response | dict) -> dict:
    """The If-Match header a change of what `answer` returned needs: its ETag, or its version."""
    if isinstance(answer, httpx.Response):
        return {"If-Match": answer.headers["etag"]}
    return {"If-Match": f'W/"{answer["version"]}"'}


def rfq_body(**over) -> dict:
    body = {"text": "fish sauce", "group": "food", "hs_code": "210390", "quantity": 10000, "unit": "l",
            "target_price": 5, "currency": "USD", "certifications": ["HACCP", "halal"], "destination": "JP",
            "delivery_window": {"start": "2027-01-01", "end": "2027-03-31"}, "deadline": in_days(7),
            "buyer": "Tokyo Fine Foods"}
    return body | over


class Topics:
    """Reads matching's regional topics from the start, as any other consumer would."""

    def __init__(self, bootstrap: str, network) -> None:
        self.consumer = AIOKafkaConsumer(network.topic(RFQS_TOPIC), network.topic(MATCHES_TOPIC), bootstrap_servers=bootstrap,
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

        return await eventually(poll, 15)


async def test_a_request_is_matched_answered_and_closed_and_every_step_is_published(matching, region, kafka_bootstrap):
    r = await matching.post("/sourcing-requests", json=rfq_body())
    assert r.status_code == 201, r.text
    rfq = r.json()
    assert rfq["status"] == "matched" and rfq["version"] == 2
    best = rfq["matches"][0]
    assert best["product_id"] == region.ids["fish_sauce"] and best["producer_id"] == region.producers["VN"]
    reasons = {x["factor"]: x for x in best["reasons"]}
    assert set(reasons) == {"text", "hs_code", "capacity", "certifications", "stars", "price", "export_experience"}
    assert reasons["certifications"]["met"] == ["HACCP"] and reasons["certifications"]["missing"] == ["halal"]
    assert reasons["export_experience"]["value"] == 1.0 and reasons["hs_code"]["value"] == 1.0
    assert all(m["product_id"] != region.ids["draft"] for m in rfq["matches"])

    vn = region.auth("producer", producer_id=region.producers["VN"])
    r = await matching.patch(f"/sourcing-requests/{rfq['id']}/matches/{best['id']}", json={"status": "accepted"},
                             headers=vn)
    assert r.status_code == 428 and r.json()["type"] == "/v1/problems/precondition-required", r.text
    r = await matching.patch(f"/sourcing-requests/{rfq['id']}/matches/{best['id']}", json={"status": "accepted"},
                             headers=vn | if_match(best))
    assert r.status_code == 200 and r.json()["status"] == "accepted"
    assert r.headers["etag"] == f'W/"{r.json()["version"]}"'
    r = await matching.patch(f"/sourcing-requests/{rfq['id']}/matches/{best['id']}", json={"status": "declined"},
                             headers=vn | if_match(r))
    assert r.status_code == 409 and r.headers["content-type"].startswith("application/problem+json")
    seen = (await matching.get(f"/sourcing-requests/{rfq['id']}")).json()
    assert seen["matches"][0]["status"] == "accepted"          # the buyer sees the producer's answer
    mine = await matching.get("/sourcing-requests/matches",
                              headers=region.auth("producer", producer_id=region.producers["VN"]))
    assert mine.status_code == 200 and best["id"] in {m["id"] for m in mine.json()["items"]}

    r = await matching.patch(f"/sourcing-requests/{rfq['id']}", json={"quantity": 15000})
    assert r.status_code == 428, r.text
    r = await matching.patch(f"/sourcing-requests/{rfq['id']}", json={"quantity": 15000}, headers=if_match(rfq))
    assert r.status_code == 200 and r.json()["quantity"] == 15000 and r.json()["version"] == 3
    stale = await matching.patch(f"/sourcing-requests/{rfq['id']}", json={"status": "closed"}, headers=if_match(rfq))
    assert stale.status_code == 412 and stale.headers["etag"] == 'W/"3"', stale.text
    assert stale.json()["type"] == "/v1/problems/precondition-failed"
    r = await matching.patch(f"/sourcing-requests/{rfq['id']}", json={"status": "closed"}, headers=if_match(r))
    assert r.status_code == 200 and r.json()["status"] == "closed"
    for change in ({"quantity": 1}, {"status": "cancelled"}):
        r = await matching.patch(f"/sourcing-requests/{rfq['id']}", json=change, headers=if_match({"version": 4}))
        assert r.status_code == 409, r.text
        assert r.headers["content-type"].startswith("application/problem+json")

    async with Topics(kafka_bootstrap, region) as topics:
        assert await topics.find("org.asean.ovop.matching.rfq.opened.v1", id=rfq["id"], version=1)
        assert await topics.find("org.asean.ovop.matching.match.proposed.v1", id=best["id"], rfq_id=rfq["id"])
        assert await topics.find("org.asean.ovop.matching.match.accepted.v1", id=best["id"], version=2)
        assert await topics.find("org.asean.ovop.matching.rfq.changed.v1", id=rfq["id"], status="closed")


async def test_an_unmatched_request_cannot_be_closed_but_can_be_cancelled(matching):
    body = rfq_body(text="craft village homestay", group="tourism_services", hs_code=None, unit="person",
                    certifications=[])   # no product of that group is in the catalogue
    rfq = (await matching.post("/sourcing-requests", json=body)).json()
    assert rfq["status"] == "open" and rfq["matches"] == []
    r = await matching.patch(f"/sourcing-requests/{rfq['id']}", json={"status": "closed"}, headers=if_match(rfq))
    assert r.status_code == 409
    r = await matching.patch(f"/sourcing-requests/{rfq['id']}", json={"status": "cancelled"}, headers=if_match(rfq))
    assert r.status_code == 200 and r.json()["status"] == "cancelled"


async def test_an_amendment_cannot_clear_what_a_request_always_has(matching):
    rfq = (await matching.post("/sourcing-requests", json=rfq_body())).json()
    for name in ("text", "quantity", "deadline"):
        r = await matching.patch(f"/sourcing-requests/{rfq['id']}", json={name: None}, headers=if_match(rfq))
        assert r.status_code == 422 and r.json()["errors"][0]["field"] == name, r.text
    r = await matching.get(f"/sourcing-requests/{rfq['id']}")
    assert r.json()["version"] == rfq["version"] and r.json()["text"] == rfq["text"]


async def test_a_request_expires_at_its_deadline_and_then_refuses_changes(matching):
    rfq = (await matching.post("/sourcing-requests", json=rfq_body(deadline=in_days(2 / 86400)))).json()
    async def expired():
        page = (await matching.get("/sourcing-requests", params={"status": "expired"})).json()
        return rfq["id"] in {r["id"] for r in page["items"]}

    assert await eventually(expired, 15), "the expiry task did not end the request"   # the task, not a read, did it
    current = await matching.get(f"/sourcing-requests/{rfq['id']}")
    r = await matching.patch(f"/sourcing-requests/{rfq['id']}", json={"quantity": 1}, headers=if_match(current))
    assert r.status_code == 409


@pytest.mark.parametrize("over, field", [
    ({"quantity": 0}, "quantity"),
    ({"quantity": -5}, "quantity"),
    ({"deadline": "2020-01-01T00:00:00Z"}, "deadline"),
    ({"deadline": "2030-01-01T00:00:00"}, "deadline"),                 # no time zone
    ({"currency": "ZZZ"}, "currency"),                                 # not ISO 4217
    ({"currency": "XXX"}, "currency"),                                 # ISO's "no currency"
    ({"currency": "ISK"}, "currency"),                                 # ISO 4217, not in the reference rate table
    ({"destination": "Japan"}, "destination"),
    ({"hs_code": "21039"}, "hs_code"),
    # no group or HS code, and no product of the catalogue answers the words: nothing can be inferred
    ({"text": "qwertyuiop zxcvbnm", "group": None, "hs_code": None}, "text"),
    ({"delivery_window": {"start": "2027-03-01", "end": "2027-01-01"}}, "delivery_window.end"),
    ({"text": ""}, "text"),
])
async def test_an_invalid_request_is_refused_with_problem_json_naming_the_field(matching, over, field):
    r = await matching.post("/sourcing-requests", json=rfq_body(**over))
    assert r.status_code == 422, r.text
    assert r.headers["content-type"].startswith("application/problem+json")
    assert field in {e["field"] for e in r.json()["errors"]}


async def test_codes_of_a_request_are_accepted_in_any_case(matching):
    r = await matching.post("/sourcing-requests", json=rfq_body(currency="usd", destination="jp", group="Food"))
    assert r.status_code == 201, r.text
    assert (r.json()["currency"], r.json()["destination"], r.json()["group"]) == ("USD", "JP", "food")


async def test_a_request_in_plain_words_is_accepted_with_its_group_and_hs_code_inferred(matching, region):
    body = {"text": "Kampot pepper", "quantity": 2, "unit": "t", "destination": "FR", "deadline": in_days(7)}
    r = await matching.post("/sourcing-requests", json=body)
    assert r.status_code == 201, r.text
    rfq = r.json()
    assert (rfq["group"], rfq["hs_code"], rfq["inferred"]) == ("food", "090411", ["group", "hs_code"])
    assert [m["product_id"] for m in rfq["matches"]] == [region.ids["pepper"]]
    reasons = {x["factor"]: x for x in rfq["matches"][0]["reasons"]}
    # 3000 kg a month against 2 t: the units are converted before they are compared
    assert reasons["capacity"]["value"] == 1.0 and "= 3 t" in reasons["capacity"]["detail"]
    assert reasons["text"]["terms_found"] == ["kampot", "pepper"]

    corrected = await matching.patch(f"/sourcing-requests/{rfq['id']}", json={"hs_code": "0904"}, headers=if_match(rfq))
    assert corrected.status_code == 200, corrected.text
    assert (corrected.json()["hs_code"], corrected.json()["inferred"]) == ("0904", ["group"])


async def test_a_request_for_a_product_the_catalogue_lacks_never_matches_on_price_and_capacity_alone(matching, region):
    # Same HS chapter as the sea salt, plenty of capacity, no price asked: still not what was asked for.
    body = {"text": "sulphur powder", "hs_code": "25", "quantity": 100, "unit": "kg", "destination": "FR",
            "deadline": in_days(7)}
    r = await matching.post("/sourcing-requests", json=body)
    assert r.status_code == 201, r.text
    assert r.json()["matches"] == [] and r.json()["status"] == "open"


async def test_an_unknown_request_is_404_problem_json(matching):
    r = await matching.get("/sourcing-requests/RFQ-NOPE")
    assert r.status_code == 404 and r.headers["content-type"].startswith("application/problem+json")


async def test_a_standing_request_is_matched_by_a_product_registered_after_it(growing_matching, growing, kafka_bootstrap):
    body = rfq_body(text="palm sugar", hs_code="170290", quantity=2000, unit="kg", target_price=3,
                    certifications=["organic"], destination="SG")
    rfq = (await growing_matching.post("/sourcing-requests", json=body)).json()
    assert rfq["status"] == "open" and rfq["matches"] == []

    async with httpx.AsyncClient(base_url=growing["registry-KH"].url, timeout=10,
                                 headers=growing.auth("registry_admin", "KH")) as reg:
        r = await reg.post("/products", json=product_body(
            growing.producers["KH"], "KH", name_local="ស្ករត្នោត កំពង់ស្ពឺ", name_en="Kampong Speu palm sugar",
            description="Sugar palm sap boiled and crystallised.", programme="OVOP", hs_code="170290", stars=4,
            certifications=[{"scheme": "organic"}, {"scheme": "GI"}], origin={"country": "KH", "province": "Kampong Speu"},
            monthly_capacity={"amount": 5000, "unit": "kg"},
            price={"min": 8000, "max": 25000, "currency": "KHR", "unit": "kg"}, export_markets=["SG", "FR"]))
        assert r.status_code == 201, r.text
        sugar = r.json()["id"]

    async def matched():
        got = (await growing_matching.get(f"/sourcing-requests/{rfq['id']}")).json()
        return got if got["status"] == "matched" else None

    got = await eventually(matched, 15)
    assert got is not None, "the standing request was not matched"
    assert [m["product_id"] for m in got["matches"]] == [sugar]
    reasons = {x["factor"]: x for x in got["matches"][0]["reasons"]}
    assert reasons["certifications"]["met"] == ["organic"] and reasons["export_experience"]["value"] == 1.0
    async with Topics(kafka_bootstrap, growing) as topics:
        assert await topics.find("org.asean.ovop.matching.match.proposed.v1", rfq_id=rfq["id"], product_id=sugar)


# -- the index is derived ----------------------------------------------------------------------------
async def test_a_lost_index_is_rebuilt_from_the_catalogue_table_at_start(region, tmp_path):
    svc = region["matching"]
    index_dir = svc.env["SEARCH_INDEX_DIR"]
    svc.kill()
    shutil.rmtree(index_dir)
    svc.start(region.log_dir)
    await svc.wait_ready()
    async with httpx.AsyncClient(base_url=svc.url, timeout=10, headers=region.public_auth()) as client:
        r = (await client.get("/catalogue/search", params={"q": "nuoc mam"})).json()
    assert region.ids["fish_sauce"] in {h["product"]["id"] for h in r["items"]}


async def test_a_new_matching_instance_rebuilds_the_catalogue_from_the_topics(region, new_database, tmp_path):
    fresh = region.add("matching-2", "matching", await new_database("matching2"), SEARCH_INDEX_DIR=str(tmp_path / "ix"))
    await region.start("matching-2")
    async with httpx.AsyncClient(base_url=fresh.url, timeout=10, headers=region.public_auth()) as client:
        async def caught_up():
            r = await client.get("/catalogue/search", params={"country": "KH", "group": "food", "facets": "false"})
            return region.ids["pepper"] in {h["product"]["id"] for h in r.json()["items"]}

        assert await eventually(caught_up, 30)
    fresh.kill()


async def test_only_a_buyer_posts_requests_only_its_buyer_changes_one_and_only_its_producer_answers_a_match(region):
    async with httpx.AsyncClient(base_url=region["matching"].url, timeout=10) as c:
        assert (await c.post("/sourcing-requests", json=rfq_body())).status_code == 401
        for role, kw in (("producer", {"producer_id": region.producers["VN"]}), ("registry_admin", {"country": "VN"})):
            r = await c.post("/sourcing-requests", json=rfq_body(), headers=region.auth(role, **kw))
            assert r.status_code == 403, role
        alice = {"Authorization": f"Bearer {region.token('buyer', client_id='alice')}"}
        bob = {"Authorization": f"Bearer {region.token('buyer', client_id='bob')}"}
        rfq = (await c.post("/sourcing-requests", json=rfq_body() | {"buyer": "someone else"}, headers=alice)).json()
        assert rfq["buyer"] == "alice"
        assert (await c.patch(f"/sourcing-requests/{rfq['id']}", json={"quantity": 1}, headers=bob)).status_code == 404
        match = rfq["matches"][0]
        other = region.auth("producer", producer_id=region.producers["KH"])
        r = await c.patch(f"/sourcing-requests/{rfq['id']}/matches/{match['id']}", json={"status": "accepted"}, headers=other)
        assert r.status_code == 404 and match["producer_id"] == region.producers["VN"]
        unchanged = (await c.get(f"/sourcing-requests/{rfq['id']}", headers=alice)).json()
        assert unchanged["matches"][0]["status"] == "proposed" and unchanged["version"] == rfq["version"]
