"""The trade loop through the gateway, on real registry, matching and trade processes, the real broker,
PostgreSQL and a real SMTP server: inbox, quotes compared in one currency, threads, acceptance, deals moved
by their parties, the indicators and the funnel; and what other parties cannot see."""
from __future__ import annotations

import csv
import io
import json
from datetime import datetime, timedelta, timezone

import httpx
import pytest
from aiokafka import AIOKafkaProducer

from shared.contracts.events import (FAIR_ORGANISERS_CHANGED, FAIRS_TOPIC, MEETING_OUTCOME_RECORDED, MEETINGS_TOPIC,
                                     SOURCE as EVENTS_SOURCE)
from shared.contracts.matching import RFQ_OPENED, RFQS_TOPIC
from shared.events import CloudEvent
from tests.support.factories import producer_body, product_body
from tests.support.network import Network
from tests.support.smtp import SmtpServer
from tests.support.waiting import eventually

FISH_SAUCE_KH = dict(name_local="ទឹកត្រីកំពត", name_en="Kampot fish sauce", description="Anchovy fish sauce.",
                     origin={"country": "KH", "province": "Kampot"}, certifications=[{"scheme": "HACCP"}])
CERAMICS = dict(name_local="Gốm Bát Tràng", name_en="Bat Trang glazed ceramics", description="Stoneware.",
                group="handicrafts", hs_code="691200", monthly_capacity={"amount": 1000, "unit": "piece"},
                price={"min": 4, "max": 20, "currency": "USD", "unit": "piece"})


def in_days(days: float) -> str:
    return (datetime.now(timezone.utc) + timedelta(days=days)).isoformat()


def rfq_body(**over) -> dict:
    return {"text": "fish sauce", "group": "food", "hs_code": "210390", "quantity": 10000, "unit": "l",
            "target_price": 5, "currency": "USD", "certifications": ["HACCP"], "destination": "JP",
            "deadline": in_days(7)} | over


def quote_body(**over) -> dict:
    return {"price": 4.2, "currency": "USD", "quantity": 10000, "unit": "l", "incoterm": "fob",
            "lead_time_days": 30, "valid_until": in_days(14), "message": "Barrels of 200 l, 40°N."} | over


@pytest.fixture(scope="module")
async def smtp():
    with SmtpServer() as server:
        yield server


@pytest.fixture(scope="module")
async def trade_net(kafka_bootstrap, new_database, tmp_path_factory, smtp):
    """Registry nodes VN and KH, matching, trade (mailing through the local SMTP server; a request closes to
    quotes after two) and the gateway; producers P1 (VN) and P2 (KH) make fish sauce, P3 (VN) ceramics."""
    net = Network(kafka_bootstrap, tmp_path_factory.mktemp("logs"))
    net.add("registry-VN", "registry", await new_database("reg_vn"), NODE_COUNTRY="VN")
    net.add("registry-KH", "registry", await new_database("reg_kh"), NODE_COUNTRY="KH")
    net.add("matching", "matching", await new_database("matching"), SEARCH_INDEX_DIR=str(tmp_path_factory.mktemp("ix")),
            RFQ_EXPIRY_INTERVAL_S="1")
    net.add("trade", "trade", await new_database("trade"), SMTP_HOST="127.0.0.1", SMTP_PORT=str(smtp.port),
            MAX_QUOTES_PER_REQUEST="2", SWEEP_INTERVAL_S="0.5", MAIL_FROM="trade@ovop.example")
    net.add_gateway()
    try:
        await net.start()
        async with httpx.AsyncClient(base_url=net["gateway"].url + "/v1", timeout=30) as c:
            vn, kh = net.auth("registry_admin", "VN"), net.auth("registry_admin", "KH")

            async def make(cc, headers, producer_over, product_over):
                p = await c.post(f"/registry/{cc}/producers", json=producer_body(cc, **producer_over), headers=headers)
                assert p.status_code == 201, p.text
                r = await c.post(f"/registry/{cc}/products", json=product_body(p.json()["id"], cc, **product_over),
                                 headers=headers)
                assert r.status_code == 201, r.text
                return p.json()["id"], r.json()["id"]

            net.p1, net.p1_product = await make("VN", vn, {"contact_email": "sales@phuquoc.example"},
                                                {"certifications": [{"scheme": "HACCP"}]})
            net.p2, net.p2_product = await make("KH", kh, {"place": {"country": "KH", "province": "Kampot"}},
                                                FISH_SAUCE_KH)
            net.p3, _ = await make("VN", vn, {}, CERAMICS)

            async def searchable():
                r = await c.get("/catalogue/search", params={"facets": "false"})
                return r.json()["total"] == 3

            assert await eventually(searchable, 30), "the products did not reach the catalogue"
        yield net
    finally:
        net.stop()


def client(net: Network, role: str, **kw) -> httpx.AsyncClient:
    return httpx.AsyncClient(base_url=net["gateway"].url + "/v1", timeout=30, headers=net.auth(role, **kw))


async def posted_and_in_inboxes(net: Network, buyer: httpx.AsyncClient, producers, **over) -> str:
    r = await buyer.post("/sourcing-requests", json=rfq_body(**over))
    assert r.status_code == 201, r.text
    rfq = r.json()
    assert {m["producer_id"] for m in rfq["matches"]} == {net.p1, net.p2}, rfq["matches"]
    for producer in producers:
        async def arrived():
            r = await producer.get("/trade/inbox")
            assert r.status_code == 200, r.text
            return next((i for i in r.json()["items"] if i["request"]["id"] == rfq["id"]), None)

        assert await eventually(arrived, 20), "the match did not reach the producer's inbox"
    return rfq["id"]


async def test_a_request_is_quoted_compared_accepted_delivered_and_counted_and_other_producers_see_no_quote(
        trade_net, smtp):
    net = trade_net
    async with (client(net, "buyer", client_id="buyer-tokyo") as buyer,
                client(net, "producer", producer_id=net.p1, client_id="p1") as p1,
                client(net, "producer", producer_id=net.p2, client_id="p2") as p2,
                client(net, "producer", producer_id=net.p3, client_id="p3") as p3):
        rfq = await posted_and_in_inboxes(net, buyer, [p1, p2])

        # P1 finds it in its inbox, without the buyer's identity, and quotes in dollars.
        item = next(i for i in (await p1.get("/trade/inbox")).json()["items"] if i["request"]["id"] == rfq)
        assert item["open"] is True and item["product_id"] == net.p1_product and "buyer" not in item["request"]
        assert "buyer-tokyo" not in json.dumps(item)
        r = await p1.post(f"/trade/requests/{rfq}/quotes", json=quote_body())
        assert r.status_code == 201, r.text
        q1 = r.json()
        assert r.headers["location"] == f"/v1/trade/quotes/{q1['id']}" and r.headers["etag"] == 'W/"1"'
        assert q1["incoterm"] == "FOB" and q1["buyer"] is None and q1["country"] == "VN"
        # P2 quotes in riels: 16,000 KHR a litre (3.90 USD), CIF.
        r = await p2.post(f"/trade/requests/{rfq}/quotes", json=quote_body(price=16000, currency="KHR", incoterm="CIF"))
        assert r.status_code == 201, r.text
        q2 = r.json()

        # The buyer compares both in euros, cheapest first (0.92 EUR per USD in the reference table).
        r = await buyer.get(f"/trade/requests/{rfq}/quotes", params={"currency": "eur"})
        assert r.status_code == 200, r.text
        cmp = r.json()
        assert cmp["currency"] == "EUR" and [q["id"] for q in cmp["items"]] == [q2["id"], q1["id"]]
        assert cmp["total"] == 2 and cmp["next"] is None
        assert cmp["items"][0]["converted"] == {"currency": "EUR", "price": round(16000 / 4100 * 0.92, 4),
                                                "value": round(16000 / 4100 * 0.92 * 10000, 2)}
        assert cmp["items"][1]["converted"]["price"] == round(4.2 * 0.92, 4)
        assert cmp["open"] is False and cmp["closed_reason"] == "quote_limit"   # two quotes close it to more

        # A question in P2's thread tells P2 (only) who asks.
        r = await buyer.post(f"/trade/quotes/{q2['id']}/messages", json={"text": "Can you ship in 20 l cans?"})
        assert r.status_code == 201 and r.json()["author"] == "buyer"
        assert (await p2.get(f"/trade/quotes/{q2['id']}")).json()["buyer"] == "buyer-tokyo"
        assert (await p1.get(f"/trade/quotes/{q1['id']}")).json()["buyer"] is None
        r = await p2.post(f"/trade/quotes/{q2['id']}/messages", json={"text": "Yes, at the same price."})
        answer = r.json()
        assert r.status_code == 201 and r.headers["location"] == f"/v1/trade/quotes/{q2['id']}/messages/{answer['id']}"
        assert (await buyer.get(f"/trade/quotes/{q2['id']}/messages/{answer['id']}")).json() == answer
        thread = (await buyer.get(f"/trade/quotes/{q2['id']}/messages")).json()["items"]
        assert [(m["author"], m["text"]) for m in thread] == [("buyer", "Can you ship in 20 l cans?"),
                                                              ("producer", "Yes, at the same price.")]

        # Another producer sees neither quote, nor the comparison, nor the thread.
        for path in (f"/trade/quotes/{q1['id']}", f"/trade/quotes/{q2['id']}", f"/trade/requests/{rfq}/quotes",
                     f"/trade/quotes/{q2['id']}/messages", f"/trade/quotes/{q2['id']}/messages/{answer['id']}"):
            r = await p3.get(path)
            assert r.status_code == 404, (path, r.text)
            assert r.headers["content-type"].startswith("application/problem+json")
        assert (await p3.get("/trade/quotes")).json()["items"] == []
        # A matched producer sees its own quote only.
        assert [q["id"] for q in (await p1.get(f"/trade/requests/{rfq}/quotes")).json()["items"]] == [q1["id"]]
        assert (await p1.get(f"/trade/quotes/{q2['id']}")).status_code == 404
        # Another buyer neither.
        async with client(net, "buyer", client_id="buyer-other") as other:
            assert (await other.get(f"/trade/quotes/{q1['id']}")).status_code == 404
            r = await other.post(f"/trade/quotes/{q1['id']}/accept", headers={"If-Match": 'W/"1"'})
            assert r.status_code == 404
            assert (await other.post(f"/trade/quotes/{q1['id']}/accept")).status_code == 404   # 404 before 428

        # The buyer shortlists both and accepts P1's quote: a deal in USD; P2's quote is closed with a reason.
        r = await buyer.post(f"/trade/quotes/{q1['id']}/shortlist")
        assert r.status_code == 428, r.text
        for q in (q1, q2):
            version = (await buyer.get(f"/trade/quotes/{q['id']}")).headers["etag"]
            r = await buyer.post(f"/trade/quotes/{q['id']}/shortlist", headers={"If-Match": version})
            assert r.status_code == 200 and r.json()["status"] == "shortlisted"
        r = await buyer.post(f"/trade/quotes/{q1['id']}/accept", headers={"If-Match": 'W/"1"'})
        assert r.status_code == 412 and r.headers["etag"] == 'W/"2"', r.text
        r = await buyer.post(f"/trade/quotes/{q1['id']}/accept", headers={"If-Match": 'W/"2"'})
        assert r.status_code == 201, r.text
        accepted = r.json()
        deal = accepted["deal"]
        assert r.headers["location"] == f"/v1/trade/deals/{deal['id']}"
        assert accepted["quote"]["status"] == "accepted"
        assert {k: deal[k] for k in ("buyer", "producer_id", "product_id", "exporter_country", "destination",
                                     "product_group", "quantity", "unit", "price", "currency", "incoterm",
                                     "value_usd", "status")} == {
            "buyer": "buyer-tokyo", "producer_id": net.p1, "product_id": net.p1_product, "exporter_country": "VN",
            "destination": "JP", "product_group": "food", "quantity": 10000, "unit": "l", "price": 4.2,
            "currency": "USD", "incoterm": "FOB", "value_usd": 42000.0, "status": "agreed"}
        closed = (await p2.get(f"/trade/quotes/{q2['id']}")).json()
        assert closed["status"] == "closed" and closed["status_reason"] == "another quote was accepted"
        assert (await p1.get(f"/trade/quotes/{q1['id']}")).json()["buyer"] == "buyer-tokyo"  # accepting reveals
        cmp = (await buyer.get(f"/trade/requests/{rfq}/quotes")).json()
        assert cmp["closed_reason"] == "accepted"
        r = await p2.post(f"/trade/requests/{rfq}/quotes", json=quote_body(price=3))
        assert r.status_code == 409 and "closed to quotes" in r.json()["detail"]

        # Matching hears of the acceptance (ovop.trade.requests) and closes the request: no more matching.
        async def closed_in_matching():
            return (await buyer.get(f"/sourcing-requests/{rfq}")).json()["status"] == "closed"

        assert await eventually(closed_in_matching, 20), "matching did not close the accepted request"

        # The parties move the deal, each its own step.
        v1, v2, v3 = {"If-Match": 'W/"1"'}, {"If-Match": 'W/"2"'}, {"If-Match": 'W/"3"'}
        r = await buyer.patch(f"/trade/deals/{deal['id']}", json={"status": "shipped"}, headers=v1)
        assert r.status_code == 403 and r.json()["detail"] == "the buyer may not mark a deal shipped; producer does"
        r = await p1.patch(f"/trade/deals/{deal['id']}", json={"status": "shipped"})
        assert r.status_code == 428
        r = await p1.patch(f"/trade/deals/{deal['id']}", json={"status": "shipped"}, headers=v1)
        assert r.status_code == 200 and r.json()["status"] == "shipped" and r.headers["etag"] == 'W/"2"'
        r = await p1.patch(f"/trade/deals/{deal['id']}", json={"status": "delivered"}, headers=v2)
        assert r.status_code == 403
        r = await buyer.patch(f"/trade/deals/{deal['id']}", json={"status": "delivered"}, headers=v2)
        assert r.status_code == 200 and r.json()["status"] == "delivered"
        r = await p1.patch(f"/trade/deals/{deal['id']}", json={"status": "cancelled"}, headers=v3)
        assert r.status_code == 409
        assert (await p2.get(f"/trade/deals/{deal['id']}")).status_code == 404
        assert (await p3.get(f"/trade/deals/{deal['id']}")).status_code == 404
        assert [d["id"] for d in (await p1.get("/trade/deals")).json()["items"]] == [deal["id"]]

        # The indicators and the funnel count it.
        async with client(net, "registry_admin", country="VN") as admin:
            month = datetime.now(timezone.utc).strftime("%Y-%m")
            r = await admin.get("/trade/indicators/deals", params={"exporter": "VN", "channel": "request"})
            assert r.status_code == 200, r.text
            assert r.json() == {"items": [{"channel": "request", "exporter": "VN", "destination": "JP",
                                           "product_group": "food", "month": month, "deals": 1, "delivered": 1,
                                           "value_usd": 42000.0}], "total": 1, "limit": 1000, "offset": 0,
                                "next": None, "total_deals": 1, "total_value_usd": 42000.0}
            funnel = {(row["exporter"], row["product_group"]): row
                      for row in (await admin.get("/trade/indicators/funnel", params={"group": "food"})).json()["rows"]}
            assert funnel[("VN", "food")] == {"exporter": "VN", "product_group": "food", "requests": 1, "matches": 1,
                                              "quotes": 1, "deals": 1}
            assert funnel[("KH", "food")] == {"exporter": "KH", "product_group": "food", "requests": 1, "matches": 1,
                                              "quotes": 1, "deals": 0}
            r = await admin.get("/trade/indicators/deals", params={"format": "csv", "exporter": "VN"})
            assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
            rows = list(csv.DictReader(io.StringIO(r.text)))
            assert rows == [{"channel": "request", "exporter": "VN", "destination": "JP", "product_group": "food",
                             "month": month, "deals": "1", "delivered": "1", "value_usd": "42000.0"}]

        # P1 heard of the request by e-mail (the buyer not named); P2 has no e-mail address, so nothing.
        async def mailed():
            return smtp.inbox.to("sales@phuquoc.example")

        mails = await eventually(mailed, 30)
        assert mails, "no e-mail reached the local SMTP server"
        text = mails[0].get_payload()
        assert mails[0]["From"] == "trade@ovop.example" and rfq in text and "buyer-tokyo" not in text


async def test_a_request_closes_its_open_quotes_at_its_deadline(trade_net):
    net = trade_net
    async with (client(net, "buyer", client_id="buyer-late") as buyer,
                client(net, "producer", producer_id=net.p1, client_id="p1") as p1):
        # Far enough ahead for the request to reach the inbox and be quoted on a loaded machine (20 s was not).
        rfq = await posted_and_in_inboxes(net, buyer, [p1], deadline=in_days(45 / 86400))
        r = await p1.post(f"/trade/requests/{rfq}/quotes", json=quote_body())
        assert r.status_code == 201, r.text
        quote = r.json()

        async def closed():
            q = (await p1.get(f"/trade/quotes/{quote['id']}")).json()
            return q if q["status"] == "closed" else None

        q = await eventually(closed, 120)
        assert q is not None and q["status_reason"] == "the request's deadline passed"
        r = await buyer.post(f"/trade/quotes/{quote['id']}/accept", headers={"If-Match": f'W/"{q["version"]}"'})
        assert r.status_code == 409


async def test_bad_quotes_are_refused_naming_the_field(trade_net):
    net = trade_net
    async with (client(net, "buyer", client_id="buyer-x") as buyer,
                client(net, "producer", producer_id=net.p1, client_id="p1") as p1):
        rfq = await posted_and_in_inboxes(net, buyer, [p1])
        for over, field in ((dict(incoterm="FOBX"), "incoterm"), (dict(currency="XTS"), "currency"),
                            (dict(price=-1), "price"), (dict(valid_until=in_days(-1)), "valid_until"),
                            (dict(lead_time_days=10_000), "lead_time_days"), (dict(quantity=float("inf")), "quantity")):
            r = await p1.post(f"/trade/requests/{rfq}/quotes", content=json.dumps(quote_body(**over)).replace(
                "Infinity", "1e999"), headers={"content-type": "application/json"})
            assert r.status_code == 422, (over, r.text)
            assert r.headers["content-type"].startswith("application/problem+json")
            assert field in {e["field"] for e in r.json()["errors"]}, (over, r.json())
        r = await buyer.get(f"/trade/requests/{rfq}/quotes", params={"currency": "ZZZ"})
        assert r.status_code == 422 and r.json()["errors"][0]["field"] == "currency"
        r = await buyer.post("/trade/quotes/Q-nothing/decline", json={"reason": ""})
        assert r.status_code == 422 and r.json()["errors"][0]["field"] == "reason"


async def test_fair_meeting_outcomes_count_in_the_indicators_as_trade_from_fairs(trade_net, kafka_bootstrap):
    net = trade_net
    producer = AIOKafkaProducer(bootstrap_servers=kafka_bootstrap, enable_idempotence=True)
    await producer.start()
    try:
        now = datetime.now(timezone.utc)
        outcomes = [("M-1", "follow_up", None, None, "TH"), ("M-2", "deal", 1_750_000.0, "THB", "TH"),
                    ("M-3", "no_interest", None, None, "TH"), ("M-4", "deal", 250.0, "USD", "JP"),
                    ("M-2", "deal", 3_500_000.0, "THB", "TH")]   # M-2 recorded again, larger (version 2)
        for i, (mid, outcome, value, currency, buyer_country) in enumerate(outcomes):
            version = 2 if i == 4 else 1
            data = {"meeting_id": mid, "fair_id": "F-trade-test", "buyer_id": "B-1", "producer_id": net.p2,
                    "product_group": "food", "exporter_country": "KH", "buyer_country": buyer_country,
                    "outcome": outcome,
                    "value": value, "currency": currency, "recorded_by": "producer:p2", "recorded_at": now.isoformat(),
                    "version": version}
            event = CloudEvent(source=EVENTS_SOURCE, type=MEETING_OUTCOME_RECORDED, subject=mid, data=data)
            await producer.send_and_wait(net.topic(MEETINGS_TOPIC), value=event.kafka_value(), key=mid.encode(),
                                         headers=event.kafka_headers())
        # The fairs service says who runs the fair: org-x owns it, org-y helps (version 1), then not (version 2).
        for version, co in ((1, ["org-y"]), (2, [])):
            data = {"id": "F-trade-test", "fair_id": "F-trade-test", "version": version, "owner": "org-x",
                    "co_organisers": co}
            event = CloudEvent(source=EVENTS_SOURCE, type=FAIR_ORGANISERS_CHANGED, subject="F-trade-test", data=data)
            await producer.send_and_wait(net.topic(FAIRS_TOPIC), value=event.kafka_value(), key=b"F-trade-test",
                                         headers=event.kafka_headers())
    finally:
        await producer.stop()
    async with (client(net, "fair_organiser", client_id="org-x") as org,
                client(net, "fair_organiser", client_id="org-y") as former,
                client(net, "buyer", client_id="buyer-tokyo") as buyer):
        assert (await buyer.get("/trade/indicators/fairs")).status_code == 403
        async def counted():
            r = await org.get("/trade/indicators/fairs", params={"fair_id": "F-trade-test"})
            if r.status_code == 403:
                return None  # trade has not heard yet who runs the fair
            assert r.status_code == 200, r.text
            fairs = r.json()["fairs"]
            return fairs if fairs and fairs[0]["value_usd"] == 100250.0 else None

        fairs = await eventually(counted, 20)
        assert fairs == [{"fair_id": "F-trade-test", "meetings": 4, "no_interest": 1, "follow_ups": 1, "deals": 2,
                          "value_usd": 100250.0}]
        assert (await org.get("/trade/indicators/fairs")).json()["fairs"] == fairs  # its fairs, unasked
        # org-y helped run the fair at version 1 only; the owner's fair is not another organiser's to read.
        async def refused():
            r = await former.get("/trade/indicators/fairs", params={"fair_id": "F-trade-test"})
            return r if r.status_code == 403 else None

        r = await eventually(refused, 20)
        assert r is not None and r.json()["detail"] == "fair F-trade-test is not one this organiser runs"
        assert (await former.get("/trade/indicators/fairs")).json() == {"fairs": []}
        r = await org.get("/trade/indicators/deals", params={"channel": "fair"})
        cell = {"channel": "fair", "exporter": "KH", "product_group": "food", "month": now.strftime("%Y-%m"),
                "delivered": 0}
        assert r.json()["items"] == [{**cell, "destination": "JP", "deals": 1, "value_usd": 250.0},
                                     {**cell, "destination": "TH", "deals": 1, "value_usd": 100000.0}]
        # A regional aggregate is anyone's with a token; a page of one cell keeps the whole cube's totals and
        # links the next page.
        r = await buyer.get("/trade/indicators/deals", params={"channel": "fair", "limit": 1})
        assert r.status_code == 200, r.text
        body = r.json()
        assert [c["destination"] for c in body["items"]] == ["JP"]
        assert (body["total"], body["total_deals"], body["total_value_usd"]) == (2, 2, 100250.0)
        assert body["next"] == "/v1/trade/indicators/deals?channel=fair&limit=1&offset=1"
        assert r.headers["link"] == f'<{body["next"]}>; rel="next"'


async def test_a_provincial_officer_quotes_for_a_producer_of_its_province_and_for_no_other(trade_net):
    net = trade_net
    kampot = dict(country="KH", province="Kampot", client_id="officer-kampot")
    async with (client(net, "buyer", client_id="buyer-officers") as buyer,
                client(net, "producer", producer_id=net.p2, client_id="p2") as p2,
                client(net, "provincial_officer", **kampot) as officer,
                client(net, "provincial_officer", country="KH", province="Siem Reap", client_id="officer-sr") as far,
                client(net, "producer", producer_id=net.p1, client_id="p1") as p1):
        rfq = await posted_and_in_inboxes(net, buyer, [p2])
        for_p2 = {"producer_id": net.p2}

        async def in_officers_inbox():  # once trade knows P2's province from the registry's producer event
            r = await officer.get("/trade/inbox", params=for_p2)
            return r if r.status_code == 200 else None

        r = await eventually(in_officers_inbox, 20)
        assert r is not None, "the officer never reached P2's inbox"
        assert rfq in {i["request"]["id"] for i in r.json()["items"]}
        r = await officer.post(f"/trade/requests/{rfq}/quotes", params=for_p2, json=quote_body(price=3.95))
        assert r.status_code == 201, r.text
        quote = r.json()
        assert quote["producer_id"] == net.p2 and quote["country"] == "KH"
        mine = (await p2.get("/trade/quotes")).json()["items"]
        assert quote["id"] in {q["id"] for q in mine}  # the producer sees what its officer sent for it
        assert (await officer.get(f"/trade/quotes/{quote['id']}", params=for_p2)).status_code == 200

        # Another province's officer, an officer naming no producer or a producer of another country, and a
        # producer naming another producer: refused, each with its reason.
        r = await far.get("/trade/inbox", params=for_p2)
        assert r.status_code == 403 and r.json()["detail"] == \
            f"producer {net.p2} is not one of Siem Reap (KH), the province this officer acts for"
        r = await far.get(f"/trade/quotes/{quote['id']}", params=for_p2)
        assert r.status_code == 403
        r = await officer.get("/trade/inbox")
        assert r.status_code == 422 and r.json()["errors"][0]["field"] == "producer_id"
        r = await officer.post(f"/trade/requests/{rfq}/quotes", params={"producer_id": net.p1}, json=quote_body())
        assert r.status_code == 403 and "not one of Kampot (KH)" in r.json()["detail"]
        r = await p1.get("/trade/quotes", params=for_p2)
        assert r.status_code == 403 and r.json()["detail"] == f"only a provincial officer acts for producer {net.p2}"
        assert (await p1.get("/trade/quotes", params={"producer_id": net.p1})).status_code == 200


async def test_trade_is_its_buyers_and_producers_business_and_indicators_need_a_token(trade_net):
    net = trade_net
    async with httpx.AsyncClient(base_url=net["gateway"].url + "/v1", timeout=30) as anon:
        assert (await anon.get("/trade/indicators/funnel")).status_code == 401
        assert (await anon.get("/trade/inbox")).status_code == 401
    for role, kw in (("integrator", {}), ("registry_admin", {"country": "VN"}), ("fair_organiser", {})):
        async with client(net, role, **kw) as c:
            assert (await c.get("/trade/quotes")).status_code == 403
            assert (await c.get("/trade/indicators/funnel")).status_code == 200
    async with client(net, "buyer") as buyer:
        assert (await buyer.get("/trade/inbox")).status_code == 403
    # Straight to the service's port, without the gateway: no identity, no answer.
    async with httpx.AsyncClient(base_url=net["trade"].url, timeout=10) as direct:
        assert (await direct.get("/trade/indicators/funnel")).status_code == 401
        r = await direct.get("/trade/quotes", headers=net.auth("integrator"))
        assert r.status_code == 403


async def test_a_request_event_not_from_matching_is_dead_lettered_and_changes_nothing(trade_net, kafka_bootstrap):
    net = trade_net
    forged = {"id": "R-forged", "version": 1, "status": "matched", "text": "fish sauce", "quantity": 1, "unit": "l",
              "destination": "JP", "deadline": in_days(3), "buyer": "buyer-forger", "certifications": []}
    event = CloudEvent(source="/registry/VN", type=RFQ_OPENED, subject="R-forged", data=forged)
    producer = AIOKafkaProducer(bootstrap_servers=kafka_bootstrap, enable_idempotence=True)
    await producer.start()
    try:
        await producer.send_and_wait(net.topic(RFQS_TOPIC), value=event.kafka_value(), key=b"R-forged",
                                     headers=event.kafka_headers())
    finally:
        await producer.stop()
    async with httpx.AsyncClient(base_url=net["trade"].url, timeout=30, headers=net.auth("integrator")) as ops:
        async def dead_lettered():
            r = await ops.get("/dead-letters")
            assert r.status_code == 200, r.text
            return [d for d in r.json()["items"] if d["key"] == "R-forged"]

        found = await eventually(dead_lettered, 30)
        assert found and found[0]["reason"] == "source '/registry/VN' may not publish on matching's topics"
    async with client(net, "buyer", client_id="buyer-forger") as buyer:
        assert (await buyer.get("/trade/requests/R-forged/quotes")).status_code == 404


async def test_the_demo_leaves_a_request_at_each_stage_of_the_trade_loop_and_loads_once(trade_net, tmp_path):
    """What `make up` loads (services/trade/demo.py), run against this network; last, as it adds trade."""
    import asyncio

    from services.trade.demo import load_trade

    net = trade_net
    gateway_db = net["gateway"].env["DATABASE_URL"]
    clients = {"buyer": net.create_client("buyer", name="demo buyer")}
    summary = await asyncio.to_thread(load_trade, net["gateway"].url, clients, tmp_path, gateway_db)
    assert [part.split()[0] for part in summary.split("; ")] == ["quoted", "accepted", "shipped", "delivered"], summary
    async with httpx.AsyncClient(base_url=net["gateway"].url + "/v1", timeout=30) as c:
        r = await c.post("/oauth/token", data={"grant_type": "client_credentials", **{
            k: clients["buyer"][k] for k in ("client_id", "client_secret")}})
        buyer = {"Authorization": f"Bearer {r.json()['access_token']}"}
        deals = (await c.get("/trade/deals", headers=buyer)).json()["items"]
        assert sorted(d["status"] for d in deals) == ["agreed", "delivered", "shipped"]
        quotes = (await c.get("/trade/quotes", headers=buyer)).json()["items"]
        assert {q["status"] for q in quotes} >= {"shortlisted", "accepted", "closed"}
    saved = json.loads((tmp_path / "demo-trade-clients.json").read_text())
    assert set(saved) <= {net.p1, net.p2}
    assert await asyncio.to_thread(load_trade, net["gateway"].url, clients, tmp_path, gateway_db) == "already loaded"
