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
    """`make up`: the demo people (made once, var/demo-people.json, 0600) and the demo fair's web side;
    returns what to print: the web address and one account per role."""
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
    if not path.exists():
        path.write_text(json.dumps(people(gateway_env, "VN", candidates[0][0]), indent=2))
        path.chmod(0o600)
    accounts = json.loads(path.read_text())
    fair = fair_demo(gateway, organiser, accounts["fair_organiser"]["username"], candidates[1:3])
    lines = [f"  web app:        {web_url}  ({fair})", f"  demo people:    {path}"]
    for role, a in accounts.items():
        lines.append(f"    {role:15} {a['username']:18} password {a['password']}")
    return "\n".join(lines)
