"""Webhooks through the gateway: a subscriber on loopback (a real HTTP server in the test) receives signed
deliveries of what its client may see, retried when it fails, logged and redelivered on request."""
from __future__ import annotations

import asyncio
import json
import uuid
from datetime import datetime, timedelta, timezone

import httpx
import pytest
from aiohttp import web
from standardwebhooks import Webhook
from standardwebhooks.webhooks import WebhookVerificationError

from tests.support.factories import producer_body, product_body
from tests.support.network import Network
from tests.support.waiting import eventually

PRODUCT = "org.asean.ovop.registry.product.upserted.v1"
PRODUCER = "org.asean.ovop.registry.producer.upserted.v1"
RFQ_OPENED = "org.asean.ovop.matching.rfq.opened.v1"


class Subscriber:
    """A real HTTP server on 127.0.0.1 that records every delivery; `fail_next` answers 500 that many times."""

    def __init__(self) -> None:
        self.received: list[tuple[dict[str, str], bytes]] = []
        self.fail_next = 0
        self.runner: web.AppRunner | None = None
        self.url = ""

    async def start(self) -> None:
        async def hook(request: web.Request):
            body = await request.read()
            if self.fail_next > 0:
                self.fail_next -= 1
                self.received.append(({k.lower(): v for k, v in request.headers.items()} | {"x-answered": "500"}, body))
                return web.Response(status=500)
            self.received.append(({k.lower(): v for k, v in request.headers.items()} | {"x-answered": "204"}, body))
            return web.Response(status=204)

        app = web.Application()
        app.router.add_post("/hook", hook)
        self.runner = web.AppRunner(app)
        await self.runner.setup()
        site = web.TCPSite(self.runner, "127.0.0.1", 0)
        await site.start()
        self.url = f"http://127.0.0.1:{site._server.sockets[0].getsockname()[1]}/hook"

    def bodies(self, event_type: str | None = None) -> list[dict]:
        out = [json.loads(b) for h, b in self.received if h["x-answered"] == "204"]
        return [b for b in out if event_type is None or b["type"] == event_type]


@pytest.fixture(scope="module")
async def net(kafka_bootstrap, new_database, tmp_path_factory):
    net = Network(kafka_bootstrap, tmp_path_factory.mktemp("logs"))
    net.add("registry-VN", "registry", await new_database("reg_vn"), NODE_COUNTRY="VN")
    net.add("matching", "matching", await new_database("matching"), SEARCH_INDEX_DIR=str(tmp_path_factory.mktemp("ix")))
    net.add("webhooks", "webhooks", await new_database("webhooks"), ALLOW_LOOPBACK_URLS="true",
            DISPATCH_INTERVAL_S="0.1", RETRY_BASE_S="0.3", RETRY_CAP_S="1", MAX_ATTEMPTS="4")
    net.add_gateway(RATE_LIMIT_PER_S="10000", RATE_LIMIT_BURST="10000")
    try:
        await net.start("registry-VN", "matching", "webhooks")
        net["gateway"].start(net.log_dir)
        from tests.e2e.conftest import eventually_up

        await eventually_up(net["gateway"].url + "/healthz")
        yield net
    finally:
        net.stop()


@pytest.fixture
async def subscriber():
    s = Subscriber()
    await s.start()
    yield s
    await s.runner.cleanup()


def client(net: Network, role: str, client_id: str, **kw) -> httpx.AsyncClient:
    return httpx.AsyncClient(base_url=net["gateway"].url + "/v1", timeout=30,
                             headers=net.auth(role, client_id=client_id, **kw))


async def subscribe(c: httpx.AsyncClient, url: str, types: list[str]) -> dict:
    r = await c.post("/webhooks/subscriptions", json={"url": url, "event_types": types, "description": "test"})
    assert r.status_code == 201, r.text
    return r.json()


async def new_product(net: Network) -> dict:
    async with client(net, "registry_admin", "admin-vn", country="VN") as vn:
        producer = (await vn.post("/registry/VN/producers", json=producer_body())).json()
        r = await vn.post("/registry/VN/products", json=product_body(producer["id"], name_en=f"Pepper {uuid.uuid4().hex[:6]}"))
        assert r.status_code == 201, r.text
        return r.json()


async def test_a_subscriber_on_loopback_receives_a_signed_delivery_for_a_new_product_and_verifies_it(net, subscriber):
    async with client(net, "integrator", f"erp-{uuid.uuid4().hex[:6]}") as erp:
        sub = await subscribe(erp, subscriber.url, [PRODUCT])
        assert sub["secret"].startswith("whsec_") and sub["event_types"] == [PRODUCT]
        product = await new_product(net)

        async def arrived():
            return [(h, b) for h, b in subscriber.received if json.loads(b)["data"]["id"] == product["id"]]

        got = await eventually(arrived, 15)
        assert len(got) == 1, subscriber.received
        headers, body = got[0]
        assert headers["webhook-signature"].startswith("v1,")
        assert abs(int(headers["webhook-timestamp"]) - datetime.now(timezone.utc).timestamp()) < 30
        verified = Webhook(sub["secret"]).verify(body, headers)  # raises WebhookVerificationError if forged
        assert verified["type"] == PRODUCT and verified["data"]["id"] == product["id"]
        assert verified["data"]["version"] == product["version"] and verified["data"]["record"]["name_en"] == product["name_en"]
        with pytest.raises(WebhookVerificationError, match="No matching signature found"):
            Webhook("whsec_" + "QUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUE=").verify(body, headers)

        async def logged():
            page = (await erp.get(f"/webhooks/subscriptions/{sub['id']}/deliveries")).json()
            return [d for d in page["items"] if d["status"] == "delivered" and d["id"] == headers["webhook-id"]]

        [delivery] = await eventually(logged, 5)
        assert delivery["event_type"] == PRODUCT and delivery["attempts"] == 1 and delivery["last_status"] == 204
        assert delivery["payload"] == verified


async def test_a_failing_subscriber_is_retried_with_back_off_and_the_log_shows_every_attempt(net, subscriber):
    subscriber.fail_next = 2
    async with client(net, "integrator", f"erp-{uuid.uuid4().hex[:6]}") as erp:
        sub = await subscribe(erp, subscriber.url, [PRODUCT])
        product = await new_product(net)

        async def delivered():
            page = (await erp.get(f"/webhooks/subscriptions/{sub['id']}/deliveries",
                                  params={"status": "delivered"})).json()
            return page["items"]

        [delivery] = await eventually(delivered, 20)
        detail = (await erp.get(f"/webhooks/subscriptions/{sub['id']}/deliveries/{delivery['id']}")).json()
    assert [a["status"] for a in detail["attempt_log"]] == [500, 500, 204]
    assert detail["attempt_log"][0]["error"] == "127.0.0.1 answered 500"
    times = [datetime.fromisoformat(a["at"]) for a in detail["attempt_log"]]
    gaps = [(b - a).total_seconds() for a, b in zip(times, times[1:])]
    assert gaps[0] >= 0.15 and gaps[1] >= 0.3, gaps  # 0.3 s then 0.6 s, each with jitter down to half
    ids = {h["webhook-id"] for h, b in subscriber.received if json.loads(b)["data"]["id"] == product["id"]}
    assert ids == {delivery["id"]}  # one webhook-id on every attempt


async def test_a_delivery_can_be_redelivered_with_the_same_webhook_id(net, subscriber):
    async with client(net, "integrator", f"erp-{uuid.uuid4().hex[:6]}") as erp:
        sub = await subscribe(erp, subscriber.url, [PRODUCT])
        await new_product(net)

        async def delivered():
            return (await erp.get(f"/webhooks/subscriptions/{sub['id']}/deliveries",
                                  params={"status": "delivered"})).json()["items"]

        [delivery] = await eventually(delivered, 15)
        r = await erp.post(f"/webhooks/subscriptions/{sub['id']}/deliveries/{delivery['id']}/redeliver")
        assert r.status_code == 202 and r.json()["status"] == "pending"

        async def twice():
            return [h for h, _ in subscriber.received if h["webhook-id"] == delivery["id"]][1:]

        assert await eventually(twice, 10)

        async def recorded():  # the dispatcher records the outcome once the subscriber has answered
            detail = (await erp.get(f"/webhooks/subscriptions/{sub['id']}/deliveries/{delivery['id']}")).json()
            return detail if len(detail["attempt_log"]) == 2 else None

        detail = await eventually(recorded, 10)
        assert detail and detail["status"] == "delivered", detail
        assert [a["status"] for a in detail["attempt_log"]] == [204, 204]


async def test_a_buyer_hears_only_of_its_own_sourcing_requests(net, subscriber):
    other = Subscriber()
    await other.start()
    try:
        async with client(net, "buyer", "buyer-one") as one, client(net, "buyer", "buyer-two") as two:
            await subscribe(one, subscriber.url, [RFQ_OPENED])
            await subscribe(two, other.url, [RFQ_OPENED])
            await new_product(net)
            deadline = (datetime.now(timezone.utc) + timedelta(days=7)).isoformat()
            r = await one.post("/sourcing-requests", json={
                "text": "fish sauce", "group": "food", "hs_code": "210390", "quantity": 100, "unit": "l",
                "destination": "JP", "deadline": deadline})
            assert r.status_code == 201, r.text

            async def heard():
                return subscriber.bodies(RFQ_OPENED)

            [opened] = await eventually(heard, 15)
            assert opened["data"]["id"] == r.json()["id"]
            # Both subscriptions were applied in the same transaction as the event: the other buyer got nothing.
            async def logged_one():
                return (await one.get("/webhooks/subscriptions")).json()["items"]

            assert await logged_one()
            theirs = (await two.get("/webhooks/subscriptions")).json()["items"]
            log = (await two.get(f"/webhooks/subscriptions/{theirs[0]['id']}/deliveries")).json()
            assert log["items"] == [] and other.received == []
    finally:
        await other.runner.cleanup()


async def test_a_producers_contact_details_reach_a_buyer_but_not_an_integrator(net, subscriber):
    other = Subscriber()
    await other.start()
    try:
        async with client(net, "buyer", "buyer-contact") as buyer, client(net, "integrator", "int-contact") as erp:
            await subscribe(buyer, subscriber.url, [PRODUCER])
            await subscribe(erp, other.url, [PRODUCER])
            async with client(net, "registry_admin", "admin-vn", country="VN") as vn:
                made = (await vn.post("/registry/VN/producers", json=producer_body(
                    contact_name="Nguyễn Thị Lan", contact_email="lan@example.vn"))).json()
            assert made["contact_email"] == "lan@example.vn"

            async def both():
                mine = [b for b in subscriber.bodies(PRODUCER) if b["data"]["id"] == made["id"]]
                theirs = [b for b in other.bodies(PRODUCER) if b["data"]["id"] == made["id"]]
                return mine and theirs and (mine, theirs)

            mine, theirs = await eventually(both, 15)
            assert mine[0]["data"]["record"]["contact_email"] == "lan@example.vn"
            assert theirs[0]["data"]["record"]["name_en"] == made["name_en"]
            assert not [k for k in theirs[0]["data"]["record"] if k.startswith("contact")]
    finally:
        await other.runner.cleanup()


async def test_subscriptions_and_their_logs_are_their_clients_own(net, subscriber):
    async with client(net, "integrator", "int-owner") as owner, client(net, "integrator", "int-stranger") as stranger:
        sub = await subscribe(owner, subscriber.url, [PRODUCT])
        for path in (f"/webhooks/subscriptions/{sub['id']}", f"/webhooks/subscriptions/{sub['id']}/deliveries"):
            r = await stranger.get(path)
            assert r.status_code == 404 and r.headers["content-type"] == "application/problem+json"
        assert (await stranger.delete(f"/webhooks/subscriptions/{sub['id']}")).status_code == 404
        assert sub["id"] not in (await stranger.get("/webhooks/subscriptions")).text
        got = (await owner.get(f"/webhooks/subscriptions/{sub['id']}")).json()
        assert got == {k: v for k, v in sub.items() if k != "secret"}  # the secret is shown once only
        assert (await owner.delete(f"/webhooks/subscriptions/{sub['id']}")).status_code == 204
        assert (await owner.get(f"/webhooks/subscriptions/{sub['id']}")).status_code == 404
    async with httpx.AsyncClient(base_url=net["gateway"].url + "/v1", timeout=30) as anonymous:
        assert (await anonymous.get("/webhooks/subscriptions")).status_code == 401


async def test_a_rotated_secret_signs_beside_the_new_one_for_its_overlap_and_a_stranger_cannot_rotate(
        net, subscriber):
    async with client(net, "integrator", f"erp-{uuid.uuid4().hex[:6]}") as erp, \
            client(net, "integrator", f"other-{uuid.uuid4().hex[:6]}") as stranger:
        sub = await subscribe(erp, subscriber.url, [PRODUCT])
        r = await stranger.post(f"/webhooks/subscriptions/{sub['id']}/secret", json={})
        assert r.status_code == 404 and r.headers["content-type"] == "application/problem+json", r.text
        r = await erp.post(f"/webhooks/subscriptions/{sub['id']}/secret", json={"keep_previous_s": 604801})
        assert r.status_code == 422 and r.json()["errors"][0]["field"] == "keep_previous_s", r.text

        # Rotated with the default overlap (a day): both secrets sign, each verifies the delivery on its own.
        r = await erp.post(f"/webhooks/subscriptions/{sub['id']}/secret")
        assert r.status_code == 200, r.text
        rotated = r.json()
        assert rotated["secret"].startswith("whsec_") and rotated["secret"] != sub["secret"]
        overlap = datetime.fromisoformat(rotated["previous_secret_expires_at"]) - datetime.fromisoformat(
            rotated["secret_rotated_at"])
        assert overlap == timedelta(days=1)
        got = (await erp.get(f"/webhooks/subscriptions/{sub['id']}")).json()
        assert got == {k: v for k, v in rotated.items() if k != "secret"}  # the new secret is shown once too
        headers, body = await _delivery_of(subscriber, await new_product(net))
        assert headers["webhook-signature"].count("v1,") == 2
        assert Webhook(rotated["secret"]).verify(body, headers) and Webhook(sub["secret"]).verify(body, headers)

        # Rotated again with no overlap (a leak): only the newest signs; neither earlier secret verifies.
        r = await erp.post(f"/webhooks/subscriptions/{sub['id']}/secret", json={"keep_previous_s": 0})
        assert r.status_code == 200 and r.json()["previous_secret_expires_at"] is None, r.text
        newest = r.json()["secret"]
        headers, body = await _delivery_of(subscriber, await new_product(net))
        assert headers["webhook-signature"].count("v1,") == 1 and Webhook(newest).verify(body, headers)
        for old in (sub["secret"], rotated["secret"]):
            with pytest.raises(WebhookVerificationError, match="No matching signature found"):
                Webhook(old).verify(body, headers)


async def _delivery_of(subscriber: Subscriber, product: dict) -> tuple[dict[str, str], bytes]:
    async def arrived():
        return [(h, b) for h, b in subscriber.received
                if h["x-answered"] == "204" and json.loads(b)["data"]["id"] == product["id"]]

    [got] = await eventually(arrived, 15)
    return got


@pytest.mark.parametrize("url,reason", [
    ("http://example.com/hook", "must be an https URL (plain http only to loopback)"),
    ("ftp://127.0.0.1/hook", "must be an https URL"),
    ("https://10.1.2.3/hook", "resolves to 10.1.2.3, which is not a public address"),
    ("https://169.254.169.254/latest/meta-data", "resolves to 169.254.169.254, which is not a public address"),
    ("https://[::ffff:192.168.0.1]/hook", "resolves to 192.168.0.1, which is not a public address"),
    ("https://user:pw@example.com/hook", "must not carry credentials"),
    ("https://no-such-host.invalid/hook", "its host does not resolve"),
])
async def test_a_subscriber_url_that_leads_inside_is_refused_naming_the_field(net, url, reason):
    async with client(net, "integrator", "int-ssrf") as erp:
        r = await erp.post("/webhooks/subscriptions", json={"url": url, "event_types": [PRODUCT]})
    assert r.status_code == 422, r.text
    assert r.json()["errors"] == [{"field": "url", "reason": reason, "type": "rule"}]


async def test_an_unknown_event_type_is_refused_naming_the_field(net):
    async with client(net, "integrator", "int-types") as erp:
        r = await erp.post("/webhooks/subscriptions", json={"url": "https://erp.example.com/hook",
                                                            "event_types": ["org.example.nothing.v1"]})
        assert r.status_code == 422 and r.json()["errors"][0]["field"] == "event_types.0"
        types = (await erp.get("/webhooks/event-types")).json()["items"]
    assert {t["type"] for t in types} >= {PRODUCT, PRODUCER, RFQ_OPENED}


async def test_the_merged_spec_describes_the_webhooks_and_the_subscription_operations(net):
    async with httpx.AsyncClient(base_url=net["gateway"].url, timeout=30) as c:
        doc = (await c.get("/openapi.json")).json()
    assert doc["openapi"].startswith("3.1")
    assert doc["webhooks"][PRODUCT]["post"]["requestBody"]["content"]["application/json"]["schema"] == {
        "$ref": "#/components/schemas/WebhookPayload"}
    assert "WebhookPayload" in doc["components"]["schemas"]
    op = doc["paths"]["/v1/webhooks/subscriptions"]["post"]
    assert op["security"] == [{"oauth2": ["buyer", "fair_organiser", "integrator", "producer", "registry_admin"]}]
    assert op["responses"]["201"]["content"]["application/json"]["schema"] == {
        "$ref": "#/components/schemas/SubscriptionCreated"}


async def test_make_ups_demo_receiver_verifies_what_the_demo_subscription_delivers(net, tmp_path):
    import subprocess
    import sys

    from services.webhooks.demo import load_subscription
    from tests.support.network import ROOT, free_port

    port = free_port()
    secret_file = tmp_path / "demo-webhook.json"
    receiver = subprocess.Popen([sys.executable, "-m", "uvicorn", "services.webhooks.demo:receiver_app", "--factory",
                                 "--host", "127.0.0.1", "--port", str(port)], cwd=ROOT,
                                env={**__import__("os").environ, "DEMO_WEBHOOK_FILE": str(secret_file)},
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        from tests.e2e.conftest import eventually_up

        await eventually_up(f"http://127.0.0.1:{port}/readyz")
        integrator = net.create_client("integrator", name="demo integrator")
        said = await asyncio.to_thread(load_subscription, net["gateway"].url, {"integrator": integrator}, secret_file,
                                       f"http://127.0.0.1:{port}/hook")
        assert said.startswith("subscription whs_") and oct(secret_file.stat().st_mode)[-3:] == "600"
        again = await asyncio.to_thread(load_subscription, net["gateway"].url, {"integrator": integrator}, secret_file,
                                        f"http://127.0.0.1:{port}/hook")
        assert again == said  # made once
        product = await new_product(net)

        async def verified():
            seen = httpx.get(f"http://127.0.0.1:{port}/deliveries").json()
            return [d for d in seen["latest"] if d["id"] == product["id"]] and seen

        seen = await eventually(verified, 15)
        assert seen, httpx.get(f"http://127.0.0.1:{port}/deliveries").json()
        assert seen["refused"] == 0 and seen["verified"] >= 1
    finally:
        receiver.terminate()
        receiver.wait(10)


async def test_the_webhooks_operations_and_events_lint_clean_in_the_merged_document(net, tmp_path):
    from tests.e2e.test_openapi_lint import redocly_problems, spectral_problems

    async with httpx.AsyncClient(base_url=net["gateway"].url, timeout=30) as c:
        doc = (await c.get("/openapi.json")).json()
    spec = tmp_path / "openapi.json"
    spec.write_text(json.dumps(doc, indent=1, ensure_ascii=False))
    problems = redocly_problems(spec) + spectral_problems(spec)
    ours = [p for p in problems if "webhooks" in p or "Webhook" in p or "Idempotency" in p or "Subscription" in p
            or "Deliver" in p]
    assert ours == [], "\n".join(ours)
