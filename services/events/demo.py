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
        existing = [f for f in c.get("/fairs").json() if f["name"] == NAME]
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
