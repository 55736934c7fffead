"""The demo fairs `make up` loads, loaded here through a real gateway with real OAuth2 clients: a fair happening
now with checked-in participants, a no-show re-filled and an outcome, and a forum with a full session."""
from __future__ import annotations

import asyncio

import httpx

from services.events.demo import DAY_NAME, FORUM_NAME, load_day, load_fair
from tests.support.fairs import catalogue_entry, seeded


async def test_the_demo_shows_a_fair_on_its_day_and_a_forum_with_a_full_session(events_service, kafka_bootstrap):
    net = events_service.network
    clients = {"fair_organiser": net.create_client("fair_organiser", name="demo organiser"),
               "buyer": net.create_client("buyer", name="demo buyer"),
               "integrator": net.create_client("integrator", name="demo integrator"),
               "registry_admin_VN": net.create_client("registry_admin", name="demo VN", country="VN"),
               "registry_admin_KH": net.create_client("registry_admin", name="demo KH", country="KH"),
               "registry_admin_TH": net.create_client("registry_admin", name="demo TH", country="TH")}
    groups = ["food", "handicrafts", "beverages", "textiles"]
    entries = await seeded(kafka_bootstrap, events_service,
                           [catalogue_entry(cc, group=groups[i % 4]) for i, cc in enumerate(["VN", "KH", "TH"] * 4)])
    exhibitors = [(p["id"], item["id"]) for p, item in entries]
    gateway = events_service.gateway.url
    token = httpx.post(f"{gateway}/v1/oauth/token", data={
        "grant_type": "client_credentials", "client_id": clients["fair_organiser"]["client_id"],
        "client_secret": clients["fair_organiser"]["client_secret"]}).json()["access_token"]
    await asyncio.to_thread(load_fair, gateway, events_service.url, token, exhibitors)
    summary = await asyncio.to_thread(load_day, gateway, clients, exhibitors)
    print(f"demo: {summary}")
    assert "a no-show re-filled with 1 walk-in meeting(s), a deal recorded" in summary
    assert summary.endswith("with 3 sessions (the first full, 2 waiting)")
    assert await asyncio.to_thread(load_day, gateway, clients, exhibitors) == "already there"

    async with httpx.AsyncClient(base_url=f"{gateway}/v1", timeout=30,
                                 headers={"Authorization": f"Bearer {token}"}) as c:
        fair = next(f for f in (await c.get("/fairs")).json()["items"] if f["name"] == DAY_NAME)
        report = (await c.get(f"/fairs/{fair['id']}/report")).json()
        assert report["meetings"]["no_shows"] == 1 and report["checked_in"]["buyers"] == 8
        assert report["outcomes"]["recorded"] == 1
        forum = next(f for f in (await c.get("/forums")).json()["items"] if f["name"] == FORUM_NAME)
        sessions = (await c.get(f"/forums/{forum['id']}")).json()["sessions"]
        assert [(s["full"], s["registered"], s["waiting"]) for s in sessions][0] == (True, 3, 2)
