"""A demo fair for `make up`: the network's annual international fair in Ho Chi Minh City, two halls of
booths zoned by product group, its application window open, and exhibitors from the demo catalogue
applied and approved. Idempotent: a fair of the same name is left as it is."""
from __future__ import annotations

import time
from datetime import datetime, timedelta, timezone

import httpx

NAME = "ASEAN OVOP Network Fair and Forum"


def fair_body(now: datetime) -> dict:
    starts = (now + timedelta(days=45)).date()
    booths = []
    for hall, groups in (("A", ["food", "beverages", "herbal"]), ("B", ["handicrafts", "textiles", "tourism_services"])):
        booths.append({"code": hall, "booths": [
            {"code": f"{hall}-{i:03d}", "size_m2": 18 if i % 10 == 0 else 9, "type": "corner" if i % 10 == 0 else "inline",
             "zone": groups[i % len(groups)], "price": 1500 if i % 10 == 0 else 900, "currency": "USD"}
            for i in range(1, 41)]})
    return {
        "name": NAME, "kind": "international_fair",
        "venue": {"name": "Saigon Exhibition and Convention Center", "city": "Ho Chi Minh City", "country": "VN"},
        "timezone": "Asia/Ho_Chi_Minh", "starts_on": starts.isoformat(), "ends_on": (starts + timedelta(days=3)).isoformat(),
        "organiser": "ASEAN OVOP Network secretariat",
        "application_window": {"opens_at": (now - timedelta(days=1)).isoformat(),
                               "closes_at": (now + timedelta(days=30)).isoformat()},
        "eligibility": {"min_stars": 3, "quota_per_country": 30},
        "halls": booths,
        "meeting_programme": {"sessions": [{"start": f"{starts.isoformat()}T09:00:00", "slots": 8},
                                           {"start": f"{starts.isoformat()}T14:00:00", "slots": 8}]},
    }


def load_fair(gateway: str, events_url: str, organiser_token: str, exhibitors: list[tuple[str, str]],
              timeout_s: float = 60) -> str:
    """`exhibitors`: (producer id, product id) pairs to apply and approve; `events_url` reaches the events
    service itself, to wait until its catalogue (fed by the registry topics) knows them. Returns a summary."""
    deadline = time.monotonic() + timeout_s
    headers = {"Authorization": f"Bearer {organiser_token}"}
    with httpx.Client(base_url=events_url, timeout=10, headers=headers) as direct:
        for producer_id, product_id in exhibitors:
            while (direct.get(f"/fair-catalogue/products/{product_id}").status_code != 200
                   or direct.get(f"/fair-catalogue/producers/{producer_id}").status_code != 200):
                if time.monotonic() > deadline:
                    raise TimeoutError(f"the fairs' catalogue did not learn {product_id} in {timeout_s} s")
                time.sleep(0.3)
    with httpx.Client(base_url=f"{gateway}/v1", timeout=30, headers=headers) as c:
        existing = [f for f in c.get("/fairs", params={"limit": 500}).json()["items"] if f["name"] == NAME]
        if existing:
            return f"fair {existing[0]['id']} already there"
        r = c.post("/fairs", json=fair_body(datetime.now(timezone.utc)))
        r.raise_for_status()
        fair_id = r.json()["id"]
        approved = 0
        for producer_id, product_id in exhibitors:
            r = c.post(f"/fairs/{fair_id}/applications", json={"producer_id": producer_id, "product_ids": [product_id]})
            r.raise_for_status()
            r = c.post(f"/fairs/{fair_id}/applications/{r.json()['id']}/decision", json={"decision": "approve"})
            approved += r.status_code == 200
        return f"fair {fair_id} with 80 booths, {approved} exhibitors approved"


DAY_NAME = "OCOP Buyers' Day, Ha Noi"
FORUM_NAME = "ASEAN OVOP Product Development Forum"
DEMO_BUYERS = [("Osaka Fine Foods", "JP"), ("Seoul Pantry", "KR"), ("Sydney Organic Co.", "AU"),
               ("Lyon Épicerie", "FR"), ("Dubai Gourmet Trading", "AE"), ("Shanghai Rural Goods", "CN"),
               ("Singapore Deli Group", "SG"), ("Hamburg Fair Trade", "DE")]


def _token(gateway: str, client: dict) -> str:
    return httpx.post(f"{gateway}/v1/oauth/token", data={
        "grant_type": "client_credentials", "client_id": client["client_id"],
        "client_secret": client["client_secret"]}).json()["access_token"]


def day_body(now_local: datetime) -> dict:
    first = (now_local - timedelta(minutes=5)).replace(second=0, microsecond=0)
    halls = [{"code": "H", "booths": [
        {"code": f"H-{i:02d}", "size_m2": 12 if i % 4 == 0 else 9, "type": "corner" if i % 4 == 0 else "inline",
         "zone": None if i >= 12 else ("food" if i % 2 else "handicrafts"), "price": 600, "currency": "USD"}
        for i in range(16)]}]
    now = datetime.now(timezone.utc)
    return {"name": DAY_NAME, "kind": "national_fair",
            "venue": {"name": "National Convention Center", "city": "Ha Noi", "country": "VN"},
            "timezone": "Asia/Ho_Chi_Minh", "starts_on": (first - timedelta(days=1)).date().isoformat(),
            "ends_on": (first + timedelta(days=1)).date().isoformat(), "organiser": "ASEAN OVOP Network secretariat",
            "application_window": {"opens_at": (now - timedelta(days=2)).isoformat(),
                                   "closes_at": (now + timedelta(hours=2)).isoformat()},
            "max_meetings_per_participant": 3, "halls": halls,
            "meeting_programme": {"slot_minutes": 30, "sessions": [{"start": first.strftime("%Y-%m-%dT%H:%M:%S"),
                                                                    "slots": 8}]}}


def load_day(gateway: str, clients: dict, exhibitors: list[tuple[str, str]]) -> str:
    """A fair happening now, for `make up`: exhibitors booked without naming booths (the best free booth of their
    zone), buyers and their wishes, the schedule against its bound, badges and check-in, a no-show whose slot
    went to a checked-in walk-in, an outcome recorded; and a forum beside the network's fair with one session
    full and a waitlist. Idempotent: a fair of the same name is left as it is."""
    from zoneinfo import ZoneInfo

    org = {"Authorization": f"Bearer {_token(gateway, clients['fair_organiser'])}"}
    with httpx.Client(base_url=f"{gateway}/v1", timeout=30, headers=org) as c:
        if any(f["name"] == DAY_NAME for f in c.get("/fairs", params={"limit": 500}).json()["items"]):
            return "already there"
        fair = c.post("/fairs", json=day_body(datetime.now(ZoneInfo("Asia/Ho_Chi_Minh")).replace(tzinfo=None)))
        fair.raise_for_status()
        fid, fair = fair.json()["id"], fair.json()
        apps = []
        for producer_id, product_id in exhibitors:
            r = c.post(f"/fairs/{fid}/applications", json={"producer_id": producer_id, "product_ids": [product_id]})
            if r.status_code != 201:
                continue
            c.post(f"/fairs/{fid}/applications/{r.json()['id']}/decision", json={"decision": "approve"}).raise_for_status()
            if c.post(f"/fairs/{fid}/bookings", json={"application_id": r.json()["id"]}).status_code == 201:
                apps.append(r.json()["id"])
        day = [{"start": s["starts_at"][:19], "end": (datetime.fromisoformat(s["starts_at"]) + timedelta(minutes=30))
                .strftime("%Y-%m-%dT%H:%M:%S")} for s in fair["slots"]]
        span = [{"start": day[0]["start"], "end": day[-1]["end"]}]
        buyers = []
        for i, (name, country) in enumerate(DEMO_BUYERS):
            r = c.post(f"/fairs/{fid}/buyers", json={"buyer_ref": f"demo-buyer-{i}", "name": name, "country": country,
                                                     "availability": span})
            r.raise_for_status()
            buyers.append(r.json()["id"])
        for i, b in enumerate(buyers):
            for k in range(4):
                e = apps[(i * 3 + k * 5) % len(apps)]
                c.post(f"/fairs/{fid}/wishes", json={"buyer_id": b, "application_id": e, "value": float(9 - 2 * k),
                                                     "source": "buyer"})
        plan = c.post(f"/fairs/{fid}/meetings/schedule").json()
        meetings = c.get(f"/fairs/{fid}/meetings").json()["items"]
        absent = next(m for m in meetings if m["slot"] == 0)
        # The demo buyer client walks in later in the day, wishing to meet the exhibitor whose buyer did not come.
        buyer_client = clients["buyer"]["client_id"]
        walk_in = c.post(f"/fairs/{fid}/buyers", json={"buyer_ref": buyer_client, "name": "Bangkok Food Importers",
                                                        "country": "TH", "availability": [day[-1]]}).json()["id"]
        c.post(f"/fairs/{fid}/wishes", json={"buyer_id": walk_in, "application_id": absent["application_id"],
                                             "value": 4.0, "source": "buyer"})
        checked = 0
        for kind, who in [("buyers", b) for b in buyers + [walk_in] if b != absent["buyer_id"]] + \
                         [("exhibitors", e) for e in apps]:
            token = c.get(f"/fairs/{fid}/{kind}/{who}/badge").json()["token"]
            checked += c.post(f"/fairs/{fid}/check-ins", json={"token": token}).status_code == 200
        refill = c.post(f"/fairs/{fid}/meetings/{absent['id']}/no-show", json={"absent": "buyer"}).json()
        outcome = ""
        mine = [m for m in refill.get("added", []) if m["buyer_id"] == walk_in]
        if mine:
            with httpx.Client(base_url=f"{gateway}/v1", timeout=30,
                              headers={"Authorization": f"Bearer {_token(gateway, clients['buyer'])}"}) as b:
                r = b.post(f"/fairs/{fid}/meetings/{mine[0]['id']}/outcome",
                           json={"outcome": "deal", "value": 8500, "currency": "USD"})
                outcome = ", a deal recorded" if r.status_code == 200 else ""
        forum = load_forum(gateway, clients, c)
        return (f"fair {fid}: {len(apps)} exhibitors, {len(buyers) + 1} buyers, {plan['meetings']} meetings "
                f"({plan['of_bound']:.2%} of the bound {plan['bound']}), {checked} checked in, a no-show re-filled with "
                f"{len(refill.get('added', []))} walk-in meeting(s){outcome}; {forum}")


def load_forum(gateway: str, clients: dict, c: httpx.Client) -> str:
    """A forum beside the network's fair: three sessions, the first full with two waiting."""
    fair = next((f for f in c.get("/fairs", params={"limit": 500}).json()["items"] if f["name"] == NAME), None)
    if fair is None:
        return "no forum (the network's fair is missing)"
    d = fair["starts_on"]
    r = c.post("/forums", json={"name": FORUM_NAME, "fair_id": fair["id"], "venue": fair["venue"],
                                "timezone": fair["timezone"], "starts_on": d, "ends_on": d})
    r.raise_for_status()
    forum = r.json()["id"]
    sessions = [("Hall C1", "09:00", "10:30", "Green OCOP: from the farm to the shelf", ["Nguyễn Thị Lan", "Somchai Prasert"], 3),
                ("Hall C1", "11:00", "12:00", "Geographical indications for village products", ["Dara Sok"], 120),
                ("Hall C2", "09:30", "11:00", "Selling OVOP products online across ASEAN", ["Siti Rahmah", "Kenji Watanabe"], 80)]
    ids = []
    for room, a, b, topic, speakers, cap in sessions:
        r = c.post(f"/forums/{forum}/sessions", json={"room": room, "starts_at": f"{d}T{a}:00", "ends_at": f"{d}T{b}:00",
                                                      "topic": topic, "speakers": speakers, "capacity": cap})
        r.raise_for_status()
        ids.append(r.json()["id"])
    people = [k for k in clients if k != "fair_organiser"][:5]
    for k in people:
        with httpx.Client(base_url=f"{gateway}/v1", timeout=30,
                          headers={"Authorization": f"Bearer {_token(gateway, clients[k])}"}) as p:
            p.post(f"/forums/{forum}/sessions/{ids[0]}/registrations", json={"name": f"demo {k}"})
    return f"forum {forum} with {len(ids)} sessions (the first full, {max(len(people) - 3, 0)} waiting)"
