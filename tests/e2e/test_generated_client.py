"""An integrator's view: a client generated from the gateway's merged OpenAPI document by a standard
generator (openapi-python-client), running a buyer's flow against the running network."""
from __future__ import annotations

import importlib
import subprocess
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

import httpx

from tests.support.factories import product_body, producer_body
from tests.support.waiting import eventually


async def test_a_generated_client_gets_a_token_searches_posts_a_request_and_reads_its_matches(network, tmp_path):
    gw = network["gateway"].url
    async with httpx.AsyncClient(base_url=gw, timeout=10, headers=network.auth("registry_admin", "VN")) as admin:
        producer = (await admin.post("/v1/registry/VN/producers", json=producer_body("VN"))).json()["id"]
        product = (await admin.post("/v1/registry/VN/products", json=product_body(
            producer, "VN", name_en="Phu Quoc anchovy fish sauce", certifications=[{"scheme": "HACCP"}]))).json()
        spec = tmp_path / "openapi.json"
        spec.write_text((await admin.get("/openapi.json")).text)

    out = tmp_path / "client"
    gen = subprocess.run([str(Path(sys.executable).with_name("openapi-python-client")), "generate", "--path", str(spec),
                          "--meta", "none", "--output-path", str(out / "generated_client")],
                         capture_output=True, text=True, timeout=300)
    assert gen.returncode == 0, gen.stdout + gen.stderr
    sys.path.insert(0, str(out))
    try:
        pkg = importlib.import_module("generated_client")
        issue_token = importlib.import_module("generated_client.api.identity.issue_token")
        search = importlib.import_module("generated_client.api.catalogue.search_catalogue")
        post_rfq = importlib.import_module("generated_client.api.sourcing_requests.post_sourcing_request")
        list_matches = importlib.import_module("generated_client.api.sourcing_requests.list_request_matches")
        models = importlib.import_module("generated_client.models")

        buyer = network.create_client("buyer", name="Tokyo Fine Foods")
        anonymous = pkg.Client(base_url=gw)
        token = issue_token.sync(client=anonymous, body=models.IssueTokenBody.from_dict(
            {"grant_type": "client_credentials", "client_id": buyer["client_id"], "client_secret": buyer["client_secret"]}))
        assert isinstance(token, models.AccessToken), token
        client = pkg.AuthenticatedClient(base_url=gw, token=token.access_token)

        async def searchable():
            results = search.sync(client=client, q="nuoc mam phu quoc", country="VN", min_stars=4)
            return results if results and any(h.product.id == product["id"] for h in results.items) else None

        results = await eventually(searchable, 10)
        assert isinstance(results, models.SearchResults), results

        deadline = (datetime.now(timezone.utc) + timedelta(days=7)).isoformat()
        rfq = post_rfq.sync(client=client, body=models.RfqCreate.from_dict({
            "text": "anchovy fish sauce", "hs_code": "210390", "quantity": 5000, "unit": "l", "target_price": 5,
            "currency": "USD", "certifications": ["HACCP"], "destination": "JP",
            "delivery_window": {"start": "2027-01-01", "end": "2027-03-31"}, "deadline": deadline}))
        assert isinstance(rfq, models.RfqPublic), rfq
        assert rfq.buyer == buyer["client_id"]

        page = list_matches.sync(client=client, rfq_id=rfq.id)
        assert isinstance(page, models.MatchPage), page
        assert any(m.product_id == product["id"] for m in page.items), page
        best = next(m for m in page.items if m.product_id == product["id"])
        factors = {r.factor for r in best.reasons}  # typed: a Reason, not a dictionary
        assert {"text", "hs_code", "certifications"} <= factors
    finally:
        sys.path.remove(str(out))
