"""The programme's demo, through the gateway as its people would do it, so `make up` shows every stage:
each member state's committee and one provincial officer (OAuth2 clients), its national focal point,
submissions under review, approved and sent back for changes, star-rating evaluations (one long expired, so
the sweep drops its stars), certificates (valid, about to expire, expired), Green OCOP assessments and the
action plan's targets and entered figures. Loaded once per country (a marker file beside the demo clients,
so `rm -rf var` starts over with the data)."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[3]
FOCAL_POINTS = {
    "VN": ("OCOP programme focal point", "Central Coordination Office for New Rural Development", "ocop@example.gov.vn", False),
    "KH": ("OVOP programme focal point", "National OVOP Committee", "ovop@example.gov.kh", True),
    "TH": ("OTOP programme focal point", "Community Development Department", "otop@example.go.th", True),
    "LA": ("ODOP programme focal point", "Ministry of Industry and Commerce", "odop@example.gov.la", True),
    "MY": ("One District One Industry focal point", "Ministry of Rural Development", "satudaerah@example.gov.my", True),
}
CHECKLISTS: dict[str, dict[str, bool]] = {}


def _clients(clients_file: Path, gateway_db: Path, country: str) -> dict[str, dict]:
    """The country's committee and provincial officer clients, made once with the admin command."""
    clients = json.loads(clients_file.read_text())
    env = {**os.environ, "DATABASE_URL": f"sqlite+aiosqlite:///{gateway_db}"}
    for name, args in ((f"committee_{country}", ["--role", "committee", "--country", country]),
                       (f"provincial_officer_{country}", None)):
        if name in clients:
            continue
        if args is None:
            args = ["--role", "provincial_officer", "--country", country, "--province", _officer_province(country)]
        out = subprocess.run([sys.executable, "-m", "services.gateway.admin", "create-client", "--name", f"demo {name}",
                              *args], cwd=ROOT, env=env, check=True, capture_output=True, text=True).stdout
        clients[name] = json.loads(out) | {"province": args[-1]} if "provincial" in name else json.loads(out)
    clients_file.write_text(json.dumps(clients, indent=2))
    clients_file.chmod(0o600)
    return clients


def _officer_province(country: str) -> str:
    from services.registry.demo.generator import profile

    return profile(country, 0).province


def _token(http: httpx.Client, client: dict) -> dict[str, str]:
    r = http.post("/v1/oauth/token", data={"grant_type": "client_credentials", "client_id": client["client_id"],
                                           "client_secret": client["client_secret"]})
    r.raise_for_status()
    return {"Authorization": f"Bearer {r.json()['access_token']}"}


def _ok(r: httpx.Response) -> dict:
    if r.status_code >= 300:
        raise RuntimeError(f"{r.request.method} {r.request.url}: {r.status_code} {r.text[:300]}")
    return r.json()


def _if_match(answer: dict) -> dict[str, str]:
    """The registration's If-Match: the version of the product (or registration) the last answer showed."""
    return {"If-Match": f'W/"{answer["version"]}"'}


def load_programme(gateway: str, clients_file: Path, gateway_db: Path, countries: list[str]) -> str:
    out = []
    with httpx.Client(base_url=gateway, timeout=60) as http:
        for cc in countries:
            done = clients_file.parent / f"demo-programme-{cc}.done"
            if done.exists():
                out.append(f"{cc} already loaded")
                continue
            clients = _clients(clients_file, gateway_db, cc)
            out.append(f"{cc} {_load_country(http, cc, clients)}")
            done.write_text(out[-1] + "\n")
    return "; ".join(out)


def _load_country(http: httpx.Client, cc: str, clients: dict) -> str:
    admin = _token(http, clients[f"registry_admin_{cc}"])
    committee = _token(http, clients[f"committee_{cc}"])
    officer_client = clients[f"provincial_officer_{cc}"]
    officer, province = _token(http, officer_client), officer_client["province"]
    base = f"/v1/registry/{cc}"
    today = date.today()
    name, organisation, email, show = FOCAL_POINTS.get(cc, (f"{cc} focal point", "National programme", f"focal@{cc.lower()}.example", False))
    if not any(e["country"] == cc for e in _ok(http.get(f"{base}/focal-points"))["items"]):
        _ok(http.put(f"{base}/focal-point", json={"name": name, "organisation": organisation, "email": email,
                                                  "show_email": show}, headers=admin))
    programmes = _ok(http.get(f"{base}/programmes"))["programmes"]

    listed = _ok(http.get(f"{base}/products", params={"country": cc, "status": "listed", "limit": 60}))["items"]
    programme = listed[0]["programme"]
    rules = programmes[programme]
    checklist = {i["key"]: True for i in rules["checklist"]}

    # Submissions by the provincial officer for producers of its province: under review, approved, sent back.
    producers = _ok(http.get(f"{base}/producers", params={"country": cc, "limit": 500}))["items"]
    local = [p for p in producers if p["place"]["province"] == province][:4]
    steps = {"submitted": 0, "approved": 0, "changes_requested": 0}
    for i, producer in enumerate(local):
        template = next(p for p in listed if p["programme"] == programme)
        body = {k: template[k] for k in ("name_local", "name_en", "description", "programme", "group", "hs_code",
                                         "monthly_capacity", "price", "export_markets")}
        body |= {"producer_id": producer["id"], "name_en": f"{template['name_en']} (new cycle {i + 1})",
                 "external_ref": f"demo-submission-{cc}-{i}", "status": "draft", "origin": producer["place"]}
        product = _ok(http.post(f"{base}/products", json=body, headers=officer))
        dossier = [{"title": "Registration form", "kind": "registration_form", "reference": f"{cc}-REG-{i:04d}"},
                   {"title": "Product standard and test report", "kind": "product_standard",
                    "reference": f"https://files.example/{cc}/{i}/standard.pdf"}]
        submitted = _ok(http.post(f"{base}/products/{product['id']}/submission", json={"dossier": dossier},
                                  headers=officer | _if_match(product)))
        if i == 2:
            _ok(http.post(f"{base}/products/{product['id']}/review", headers=committee | _if_match(submitted),
                          json={"decision": "approve", "checklist": checklist, "comments": "Complete dossier."}))
            steps["approved"] += 1
        elif i == 3:
            _ok(http.post(f"{base}/products/{product['id']}/review", headers=committee | _if_match(submitted), json={
                "decision": "request_changes", "checklist": checklist | {rules["checklist"][0]["key"]: False},
                "reasons": ["The label does not show the producer's address."]}))
            steps["changes_requested"] += 1
        else:
            steps["submitted"] += 1

    # Star-rating evaluations where the programme rates through the network (OCOP): one from 37 months ago,
    # which the sweep lets expire.
    rated = 0
    scheme = rules.get("evaluation")
    if scheme:
        cards = [({"A": 36, "B": 22, "C": 33}, "central"), ({"A": 30, "B": 20, "C": 25}, "provincial"),
                 ({"A": 25, "B": 15, "C": 18}, "provincial"), ({"A": 20, "B": 12, "C": 20}, "district")]
        for i, product in enumerate(listed[:12]):
            card, level = cards[i % len(cards)]
            on = today - timedelta(days=37 * 31) if i == 0 else today - timedelta(days=30 * (i + 1))
            _ok(http.post(f"{base}/products/{product['id']}/evaluations", headers=committee, json={
                "scorecard": card, "council": {"level": level, "name": f"{level.title()} OCOP council"},
                "assessors": ["Council chair", "Quality assessor"], "evaluated_on": on.isoformat()}))
            rated += 1

    # Certificates: valid, about to expire (their owners are told), and expired.
    standards = ["VIETGAP" if cc == "VN" else "ORGANIC", "HACCP", "HALAL", "GI", "ISO22000", "ORGANIC"]
    ends = [400, 12, -20, 25, 800, -200]
    for i, product in enumerate(listed[12:18]):
        _ok(http.post(f"{base}/products/{product['id']}/certificates", headers=committee, json={
            "standard": standards[i], "certificate_no": f"{cc}-{standards[i]}-{i:04d}", "issuer": "Accredited body",
            "valid_from": (today - timedelta(days=700)).isoformat(),
            "valid_until": (today + timedelta(days=ends[i])).isoformat()}))

    # Green OCOP (Viet Nam's programme): two pass, one falls short on waste.
    if cc == "VN":
        passing = {"materials": 17, "energy": 12, "water": 12, "waste": 16, "packaging": 11, "circularity": 8}
        for i, product in enumerate(listed[18:21]):
            scores = passing if i < 2 else passing | {"waste": 6}
            _ok(http.post(f"{base}/products/{product['id']}/green", headers=committee, json={
                "scores": scores, "assessor": "Green OCOP assessor", "assessed_on": today.isoformat()}))

    # The action plan: targets for this year and the figures the records do not hold, each at the version the
    # plan shows it (If-Match).
    plan = _ok(http.get(f"{base}/indicators/plan", params={"from_year": today.year - 2, "to_year": today.year}))
    seen = {(i["key"], p["year"]): p["version"] for i in plan["indicators"] for p in i["series"]}

    def put_figure(body: dict) -> None:
        if_match = {"If-Match": f'W/"{seen[(body["indicator"], body["year"])]}"'}
        _ok(http.put(f"{base}/indicators/figures", headers=committee | if_match, json=body))

    for year in (today.year - 2, today.year - 1, today.year):
        for indicator, target, actual in (("trainings_held", 40, 32 + year % 7), ("people_trained", 1200, 950 + 10 * (year % 9)),
                                          ("fairs_attended", 12, 9 + year % 3), ("exports_usd", 2.5e6, 1.9e6 + 1e5 * (year % 4))):
            put_figure({"indicator": indicator, "year": year, "target": target,
                        "actual": actual if year < today.year else None})
        put_figure({"indicator": "products_approved", "year": year, "target": 150})

    swept = _ok(http.post(f"{base}/sweeps", json={}, headers=committee))
    return (f"{steps['submitted']} under review, {steps['approved']} approved, {steps['changes_requested']} sent back; "
            f"{rated} evaluations; 6 certificates; sweep: {swept['evaluations_expired']} rating and "
            f"{swept['certificates_expired']} certificates expired, {swept['expiry_notices']} owners told")
