"""The web app's demo for `make up` and the browser tests: its first-party client at the gateway, one
person per role (the country's committee among them), the demo buyer's sourcing request in the demo
producer's inbox with a competitor's quote on it, a draft product of the demo producer to submit for
registration, and, on the demo fair, the demo organiser as a co-organiser, one application still to
decide, and buyers with meeting wishes so that the schedule grid has something to show.

Accounts are made with the gateway's admin command, as an operator would."""
from __future__ import annotations

import json
import os
import secrets
import subprocess
import sys
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

import httpx

from shared.money import UNITS_PER_USD

ROOT = Path(__file__).resolve().parents[2]
LOCAL_CURRENCY = {"VN": "VND", "KH": "KHR", "TH": "THB", "LA": "LAK", "MY": "MYR", "ID": "IDR", "PH": "PHP",
                  "MM": "MMK", "SG": "SGD", "BN": "BND"}


def admin(gateway_env: dict[str, str], *args: str, password: str | None = None) -> dict:
    env = {**os.environ, **gateway_env}
    if password:
        env["OVOP_PASSWORD"] = password
    out = subprocess.run([sys.executable, "-m", "services.gateway.admin", *args], cwd=ROOT, env=env, check=True,
                         capture_output=True, text=True).stdout
    return json.loads(out)


def web_client(gateway_env: dict[str, str]) -> dict:
    return admin(gateway_env, "create-client", "--role", "integrator", "--first-party", "--name", "OVOP web app")


def person(gateway_env: dict[str, str], *args: str) -> dict:
    """A demo person with a generated password."""
    password = secrets.token_urlsafe(12)
    made = admin(gateway_env, "create-person", *args, password=password)
    return {"username": made["username"], "password": password}


def sign_in(c: httpx.Client, web: dict, account: dict) -> dict:
    """The person's bearer header, by the password grant of the web app's first-party client."""
    r = c.post("/oauth/token", auth=(web["client_id"], web["client_secret"]), data={
        "grant_type": "password", "username": account["username"], "password": account["password"]})
    r.raise_for_status()
    return {"Authorization": f"Bearer {r.json()['access_token']}"}


def in_inbox(c: httpx.Client, headers: dict, rfq_id: str, timeout_s: float = 90) -> None:
    """Waits until trade has the match (it learns it from matching's events) in the producer's inbox."""
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        r = c.get("/trade/inbox", headers=headers, params={"limit": 200})
        if r.status_code == 200 and any(i["request"]["id"] == rfq_id for i in r.json()["items"]):
            return
        time.sleep(0.5)
    raise TimeoutError(f"sourcing request {rfq_id} not in the producer's inbox within {timeout_s:.0f} s")


def people(gateway_env: dict[str, str], country: str, gateway: str, web: dict,
           products: list[dict]) -> tuple[dict[str, dict], dict]:
    """One demo person per role, and the demo buyer's sourcing request for the first of `products` (listed
    products) that matches two producers or more: the demo producer is the first producer it was matched to,
    so the request is in its inbox to quote on, and the second one quotes in its own currency (through an
    OAuth2 client of its own), so that the buyer has quotes to compare. Returns the accounts and the request."""
    out = {
        "buyer": person(gateway_env, "--username", "demo-buyer", "--role", "buyer", "--name",
                        "Aiko Tanaka (Osaka Fine Foods)"),
        "fair_organiser": person(gateway_env, "--username", "demo-organiser", "--role", "fair_organiser", "--name",
                                 "Nguyễn Thị Hoa (fair secretariat)", "--organisation",
                                 "ASEAN OVOP Network secretariat"),
        "registry_admin": person(gateway_env, "--username", f"demo-officer-{country.lower()}", "--role",
                                 "registry_admin", "--country", country, "--name",
                                 "Trần Văn Minh (provincial officer)"),
        "committee": person(gateway_env, "--username", f"demo-committee-{country.lower()}", "--role", "committee",
                            "--country", country, "--name", "Lê Thị Thu (OCOP council secretary)"),
    }
    now = datetime.now(timezone.utc)
    with httpx.Client(base_url=f"{gateway}/v1", timeout=60) as c:
        buyer = sign_in(c, web, out["buyer"])
        rfq, matched = None, []
        for product in products:
            body = {"text": product["name_en"], "group": product["group"], "quantity": 500, "unit": "kg",
                    "destination": "JP", "deadline": (now + timedelta(days=30)).isoformat()}
            if product.get("hs_code"):
                body["hs_code"] = product["hs_code"]
            r = c.post("/sourcing-requests", json=body, headers=buyer)
            r.raise_for_status()
            matched = list(dict.fromkeys(m["producer_id"] for m in r.json()["matches"]))
            if matched:
                rfq = r.json()
            if len(matched) >= 2:
                break
        if rfq is None:
            raise RuntimeError("no demo product matched a sourcing request")
        out["producer"] = person(gateway_env, "--username", "demo-producer", "--role", "producer", "--producer-id",
                                 matched[0], "--name", "Demo cooperative")
        producer = sign_in(c, web, out["producer"])
        in_inbox(c, producer, rfq["id"])
        draft_product(c, producer, country, matched[0])
        if len(matched) >= 2:
            other = admin(gateway_env, "create-client", "--role", "producer", "--producer-id", matched[1], "--name",
                          f"demo producer {matched[1]}")
            r = c.post("/oauth/token", data={"grant_type": "client_credentials", "client_id": other["client_id"],
                                              "client_secret": other["client_secret"]})
            r.raise_for_status()
            headers = {"Authorization": f"Bearer {r.json()['access_token']}"}
            in_inbox(c, headers, rfq["id"])
            currency = LOCAL_CURRENCY.get(matched[1][:2], "USD")
            c.post(f"/trade/requests/{rfq['id']}/quotes", headers=headers, json={
                "price": round(3.4 * UNITS_PER_USD[currency], 2), "currency": currency, "quantity": 500,
                "unit": "kg", "incoterm": "CIF", "lead_time_days": 28,
                "valid_until": (now + timedelta(days=20)).isoformat(),
                "message": "Packed in 25 kg bags; samples on request."}).raise_for_status()
    return out, rfq


def draft_product(c: httpx.Client, producer: dict, country: str, producer_id: str) -> dict:
    """A new product of the demo producer, a draft like one of its listed products in a gift box, for it to
    submit for registration on its registry page."""
    mine = c.get(f"/registry/{country}/products", params={"producer_id": producer_id, "limit": 1}).json()["items"]
    like = mine[0]
    body = {k: like[k] for k in ("producer_id", "programme", "group", "hs_code", "origin") if like.get(k)}
    body |= {"name_local": f"{like['name_local']} (hộp quà)", "name_en": f"{like['name_en']} gift box",
             "description": "A new gift box, to be submitted for registration.", "status": "draft"}
    r = c.post(f"/registry/{country}/products", json=body, headers=producer)
    r.raise_for_status()
    return r.json()


def items(body) -> list:
    return body.get("items", []) if isinstance(body, dict) else body


def fair_demo(gateway: str, organiser_token: str, organiser_person: str, extra: list[tuple[str, str]]) -> str:
    """On the first fair: the person organiser runs it too; `extra` (producer, product) applications wait for a
    decision; two buyers with wishes for the approved exhibitors, and the schedule planned."""
    h = {"Authorization": f"Bearer {organiser_token}"}
    with httpx.Client(base_url=f"{gateway}/v1", timeout=60, headers=h) as c:
        fairs = items(c.get("/fairs").json())
        if not fairs:
            return "no fair"
        fair = fairs[-1] if len(fairs) > 1 else fairs[0]
        fid = fair["id"]
        c.post(f"/fairs/{fid}/organisers", json={"client_id": "person-" + organiser_person})
        if items(c.get(f"/fairs/{fid}/meetings").json()):
            return f"fair {fid}: demo meetings already planned"
        applications = items(c.get(f"/fairs/{fid}/applications").json())
        have = {a["producer_id"] for a in applications}
        for producer_id, product_id in extra:
            if producer_id not in have:
                c.post(f"/fairs/{fid}/applications", json={"producer_id": producer_id, "product_ids": [product_id]})
        approved = [a for a in applications if a["status"] == "approved"]
        detail = c.get(f"/fairs/{fid}").json()
        day = detail["starts_on"]
        booked = {b["application_id"] for b in items(c.get(f"/fairs/{fid}/bookings").json())}
        free = [b["code"] for h in detail["halls"] for b in h["booths"]]
        for a in approved[:6]:  # meetings happen at the exhibitors' booths: the first free one of its zone
            while a["id"] not in booked and free:
                r = c.post(f"/fairs/{fid}/bookings", json={"application_id": a["id"], "booth_code": free.pop(0)})
                if r.status_code == 201:
                    booked.add(a["id"])
        buyers = []
        for ref, name in (("demo-buyer-osaka", "Osaka Fine Foods"), ("demo-buyer-lyon", "Lyon Épicerie")):
            r = c.post(f"/fairs/{fid}/buyers", json={"buyer_ref": ref, "name": name, "availability": [
                {"start": f"{day}T09:00:00", "end": f"{day}T18:00:00"}]})
            if r.status_code != 201:
                raise RuntimeError(f"demo buyer {ref} not registered: {r.status_code} {r.text}")
            buyers.append(r.json()["id"])
        for b in buyers:
            for a in approved[:6]:
                r = c.post(f"/fairs/{fid}/wishes", json={"buyer_id": b, "application_id": a["id"], "source": "buyer",
                                                         "value": 5})
                if r.status_code != 201:
                    raise RuntimeError(f"demo wish not recorded: {r.status_code} {r.text}")
        r = c.post(f"/fairs/{fid}/meetings/schedule")
        if r.status_code != 200:
            raise RuntimeError(f"demo schedule not planned: {r.status_code} {r.text}")
        return f"fair {fid}: organiser person added, {len(extra)} application(s) to decide, schedule {r.status_code}"


def local_env(data: Path, gateway_env: dict[str, str]) -> dict[str, str]:
    """`make up`: the web app's settings, its first-party client made once (var/web-client.json, 0600)."""
    path = data / "web-client.json"
    if not path.exists():
        path.write_text(json.dumps(web_client(gateway_env)))
        path.chmod(0o600)
    client = json.loads(path.read_text())
    return {"WEB_CLIENT_ID": client["client_id"], "WEB_CLIENT_SECRET": client["client_secret"]}


def load_local(gateway: str, data: Path, gateway_env: dict[str, str], organiser_client: dict, web_url: str) -> str:
    """`make up`: the demo people (made once, var/demo-people.json, 0600) with the demo buyer's request in the
    demo producer's inbox, and the demo fair's web side; returns what to print: the web address and one
    account per role."""
    path = data / "demo-people.json"
    organiser = httpx.post(f"{gateway}/v1/oauth/token", data={
        "grant_type": "client_credentials", "client_id": organiser_client["client_id"],
        "client_secret": organiser_client["client_secret"]}).json()["access_token"]
    listed = httpx.get(f"{gateway}/v1/registry/VN/products", params={"status": "listed", "limit": 200}).json()["items"]
    applied = {a for f in items(httpx.get(f"{gateway}/v1/fairs").json())[:1]
               for a in [x["producer_id"] for x in items(httpx.get(f"{gateway}/v1/fairs/{f['id']}/applications",
                                                            headers={"Authorization": f"Bearer {organiser}"}).json())]}
    candidates = []
    for p in listed:
        if (p.get("stars") or 0) >= 3 and p["producer_id"] not in applied and \
                p["producer_id"] not in {c[0] for c in candidates}:
            candidates.append((p["producer_id"], p["id"]))
    request = ""
    if not path.exists():
        web = json.loads((data / "web-client.json").read_text())
        accounts, rfq = people(gateway_env, "VN", gateway, web, [p for p in listed if (p.get("stars") or 0) >= 3])
        path.write_text(json.dumps(accounts, indent=2))
        path.chmod(0o600)
        request = f"\n  demo request:   {rfq['id']} ({rfq['text']}), in demo-producer's inbox"
    accounts = json.loads(path.read_text())
    fair = fair_demo(gateway, organiser, accounts["fair_organiser"]["username"], candidates[1:3])
    lines = [f"  web app:        {web_url}  ({fair}){request}", f"  demo people:    {path}"]
    for role, a in accounts.items():
        lines.append(f"    {role:15} {a['username']:18} password {a['password']}")
    return "\n".join(lines)
