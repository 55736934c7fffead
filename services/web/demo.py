"""The web app's demo for `make up` and the browser tests: its first-party client at the gateway, one
person per role, and, on the demo fair, the demo organiser as a co-organiser, one application still to
decide, and buyers with meeting wishes so that the schedule grid has something to show.

Accounts are made with the gateway's admin command, as an operator would."""
from __future__ import annotations

import json
import os
import secrets
import subprocess
import sys
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[2]


def admin(gateway_env: dict[str, str], *args: str, password: str | None = None) -> dict:
    env = {**os.environ, **gateway_env}
    if password:
        env["OVOP_PASSWORD"] = password
    out = subprocess.run([sys.executable, "-m", "services.gateway.admin", *args], cwd=ROOT, env=env, check=True,
                         capture_output=True, text=True).stdout
    return json.loads(out)


def web_client(gateway_env: dict[str, str]) -> dict:
    return admin(gateway_env, "create-client", "--role", "integrator", "--first-party", "--name", "OVOP web app")


def people(gateway_env: dict[str, str], country: str, producer_id: str) -> dict[str, dict]:
    """One demo person per role, with a generated password each."""
    wanted = {
        "buyer": ["--username", "demo-buyer", "--role", "buyer", "--name", "Aiko Tanaka (Osaka Fine Foods)"],
        "fair_organiser": ["--username", "demo-organiser", "--role", "fair_organiser", "--name",
                           "Nguyễn Thị Hoa (fair secretariat)", "--organisation", "ASEAN OVOP Network secretariat"],
        "registry_admin": ["--username", f"demo-officer-{country.lower()}", "--role", "registry_admin",
                           "--country", country, "--name", "Trần Văn Minh (provincial officer)"],
        "producer": ["--username", "demo-producer", "--role", "producer", "--producer-id", producer_id,
                     "--name", "Demo cooperative"],
    }
    out = {}
    for role, args in wanted.items():
        password = secrets.token_urlsafe(12)
        person = admin(gateway_env, "create-person", *args, password=password)
        out[role] = {"username": person["username"], "password": password}
    return out


def fair_demo(gateway: str, organiser_token: str, organiser_person: str, extra: list[tuple[str, str]]) -> str:
    """On the first fair: the person organiser runs it too; `extra` (producer, product) applications wait for a
    decision; two buyers with wishes for the approved exhibitors, and the schedule planned."""
    h = {"Authorization": f"Bearer {organiser_token}"}
    with httpx.Client(base_url=f"{gateway}/v1", timeout=60, headers=h) as c:
        fairs = c.get("/fairs").json()
        if not fairs:
            return "no fair"
        fair = fairs[-1] if len(fairs) > 1 else fairs[0]
        fid = fair["id"]
        c.post(f"/fairs/{fid}/organisers", json={"client_id": "person-" + organiser_person})
        applications = c.get(f"/fairs/{fid}/applications").json()
        have = {a["producer_id"] for a in applications}
        for producer_id, product_id in extra:
            if producer_id not in have:
                c.post(f"/fairs/{fid}/applications", json={"producer_id": producer_id, "product_ids": [product_id]})
        approved = [a for a in applications if a["status"] == "approved"]
        detail = c.get(f"/fairs/{fid}").json()
        day = detail["starts_on"]
        booked = {b["application_id"] for b in c.get(f"/fairs/{fid}/bookings").json()}
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
