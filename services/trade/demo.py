"""The trade demo for `make up`: four sourcing requests of the demo buyer, one at each stage of the trade loop
(quoted by two producers with a question in a thread; accepted; shipped; delivered), made through the gateway
as the parties would. The matched producers get OAuth2 clients of their own (`var/demo-trade-clients.json`).
Idempotent: a buyer that already has its demo deals is left as it is."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

import httpx

from shared import money

WORDS = ["fish sauce", "coffee", "pepper", "rice", "tea", "honey", "silk", "cashew"]
LOCAL_CURRENCY = {"VN": "VND", "KH": "KHR", "TH": "THB", "LA": "LAK", "MY": "MYR", "ID": "IDR", "PH": "PHP",
                  "MM": "MMK", "SG": "SGD", "BN": "BND"}
STAGES = ["quoted", "accepted", "shipped", "delivered"]


def token(c: httpx.Client, client: dict) -> str:
    r = c.post("/oauth/token", data={"grant_type": "client_credentials", "client_id": client["client_id"],
                                      "client_secret": client["client_secret"]})
    r.raise_for_status()
    return r.json()["access_token"]


def producer_client(gateway_db: str, producer_id: str, saved: dict) -> dict:
    """An OAuth2 client acting for the producer, made once with the gateway's admin command."""
    if producer_id not in saved:
        env = {**os.environ, "DATABASE_URL": gateway_db}
        out = subprocess.run([sys.executable, "-m", "services.gateway.admin", "create-client", "--role", "producer",
                              "--producer-id", producer_id, "--name", f"demo producer {producer_id}"],
                             env=env, check=True, capture_output=True, text=True).stdout
        saved[producer_id] = json.loads(out)
    return saved[producer_id]


def wait_for(fetch, what: str, timeout_s: float = 90):
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if found := fetch():
            return found
        time.sleep(0.5)
    raise TimeoutError(f"{what} within {timeout_s:.0f} s")


def load_trade(gateway: str, clients: dict, data_dir: Path, gateway_db: str) -> str:
    """`clients`: make up's demo clients (the buyer's is used); `gateway_db`: the gateway's database URL, where
    the producers' clients are added. Returns a summary."""
    saved_path = data_dir / "demo-trade-clients.json"
    saved = json.loads(saved_path.read_text()) if saved_path.exists() else {}
    with httpx.Client(base_url=f"{gateway}/v1", timeout=60) as c:
        buyer = {"Authorization": f"Bearer {token(c, clients['buyer'])}"}
        if len(c.get("/trade/deals", headers=buyer).json()["items"]) >= 3:
            return "already loaded"
        now = datetime.now(timezone.utc)
        products = {}
        for word in WORDS:
            for hit in c.get("/catalogue/search", params={"q": word, "limit": 1, "facets": "false"}).json()["items"]:
                products.setdefault(hit["product"]["id"], hit["product"])
        made = []
        for product in (list(products.values()) * len(STAGES))[:2 * len(STAGES)]:
            if len(made) == len(STAGES):
                break
            body = {"text": product["name_en"], "group": product["group"], "quantity": 500, "unit": "kg",
                    "destination": "JP", "deadline": (now + timedelta(days=30)).isoformat()}
            if product.get("hs_code"):
                body["hs_code"] = product["hs_code"]
            rfq = c.post("/sourcing-requests", json=body, headers=buyer)
            if rfq.status_code != 201 or not rfq.json()["matches"]:
                continue
            made.append(rfq.json())
        summary = []
        for stage, rfq in zip(STAGES, made):
            producers = list(dict.fromkeys(m["producer_id"] for m in rfq["matches"]))[:2]
            quotes = []
            for k, producer_id in enumerate(producers):
                headers = {"Authorization": f"Bearer {token(c, producer_client(gateway_db, producer_id, saved))}"}
                wait_for(lambda: any(i["request"]["id"] == rfq["id"] for i in c.get(
                    "/trade/inbox", headers=headers, params={"limit": 200}).json()["items"]),
                    f"request {rfq['id']} in {producer_id}'s inbox")
                currency = "USD" if k == 0 else LOCAL_CURRENCY.get(producer_id[:2], "USD")
                price = round(money.from_usd(3.2 + 0.4 * k, currency), 2)
                q = c.post(f"/trade/requests/{rfq['id']}/quotes", headers=headers, json={
                    "price": price, "currency": currency, "quantity": 500, "unit": "kg",
                    "incoterm": "FOB" if k == 0 else "CIF", "lead_time_days": 21 + 7 * k,
                    "valid_until": (now + timedelta(days=20)).isoformat(),
                    "message": "Packed in 25 kg bags; samples on request."})
                q.raise_for_status()
                quotes.append((q.json(), headers))
            if stage == "quoted":
                first = quotes[0][0]["id"]
                c.post(f"/trade/quotes/{first}/shortlist", headers=buyer | {"If-Match": 'W/"1"'}).raise_for_status()
                c.post(f"/trade/quotes/{first}/messages", headers=buyer,
                       json={"text": "Can you send a sample to Osaka?"}).raise_for_status()
            else:
                (quote, producer_headers) = quotes[0]
                deal = c.post(f"/trade/quotes/{quote['id']}/accept", headers=buyer | {"If-Match": 'W/"1"'})
                deal.raise_for_status()
                deal_id = deal.json()["deal"]["id"]
                if stage in ("shipped", "delivered"):
                    c.patch(f"/trade/deals/{deal_id}", json={"status": "shipped"},
                            headers=producer_headers | {"If-Match": 'W/"1"'}).raise_for_status()
                if stage == "delivered":
                    c.patch(f"/trade/deals/{deal_id}", json={"status": "delivered"},
                            headers=buyer | {"If-Match": 'W/"2"'}).raise_for_status()
            summary.append(f"{stage} {rfq['id']} ({len(quotes)} quotes)")
    saved_path.write_text(json.dumps(saved, indent=2))
    saved_path.chmod(0o600)
    return "; ".join(summary) or "no request matched the demo catalogue"
