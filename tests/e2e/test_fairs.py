"""Fairs, applications and booths, through the events service's HTTP API on PostgreSQL and a real broker."""
from __future__ import annotations

import asyncio
from collections import Counter
from datetime import datetime, timedelta, timezone

import httpx

from shared.contracts.events import (APPLICATIONS_TOPIC, BOOKINGS_TOPIC, BOOTH_BOOKED, BOOTH_HOLD_LAPSED,
                                     BOOTH_OFFERED)
from tests.support.fairs import (approved_application, catalogue_entry, fair_body, new_fair, problem, published,
                                 seeded)
from tests.support.waiting import eventually


async def test_an_application_breaking_the_fair_rules_is_refused_naming_each_field(client, kafka_bootstrap, events_service):
    good, low, other_group, thai = (catalogue_entry("VN"), catalogue_entry("VN", stars=3),
                                    catalogue_entry("KH", group="textiles"), catalogue_entry("TH"))
    draft = catalogue_entry("VN", status="draft")
    await seeded(kafka_bootstrap, events_service, [good, low, other_group, thai, draft])
    fair = await new_fair(client, fair_body(eligibility={
        "min_stars": 4, "groups": ["food", "handicrafts"], "countries": ["VN", "KH"]}))

    r = await client.post(f"/fairs/{fair['id']}/applications",
                          json={"producer_id": low[0]["id"], "product_ids": [low[1]["id"], good[1]["id"], "VN-P-nope"]})
    assert r.status_code == 422
    errors = {e["field"]: e["reason"] for e in problem(r)["errors"]}
    assert "3 stars" in errors["product_ids.0"] and "4" in errors["product_ids.0"]
    assert "another producer" in errors["product_ids.1"]
    assert "not known" in errors["product_ids.2"]

    r = await client.post(f"/fairs/{fair['id']}/applications",
                          json={"producer_id": other_group[0]["id"], "product_ids": [other_group[1]["id"]]})
    assert r.status_code == 422 and "textiles" in problem(r)["errors"][0]["reason"]
    r = await client.post(f"/fairs/{fair['id']}/applications",
                          json={"producer_id": thai[0]["id"], "product_ids": [thai[1]["id"]]})
    assert r.status_code == 422 and problem(r)["errors"][0]["field"] == "producer_id"
    r = await client.post(f"/fairs/{fair['id']}/applications",
                          json={"producer_id": draft[0]["id"], "product_ids": [draft[1]["id"]]})
    assert r.status_code == 422 and "draft" in problem(r)["errors"][0]["reason"]
    r = await client.post(f"/fairs/{fair['id']}/applications",
                          json={"producer_id": good[0]["id"], "product_ids": [good[1]["id"]], "booth_preferences": ["Z-1"]})
    assert r.status_code == 422 and problem(r)["errors"][0]["field"] == "booth_preferences.0"
    r = await client.post(f"/fairs/{fair['id']}/applications",
                          json={"producer_id": good[0]["id"], "product_ids": [good[1]["id"]]})
    assert r.status_code == 201 and r.json()["status"] == "submitted"


async def test_booth_sizes_and_prices_are_kept_as_exact_and_as_large_as_the_api_takes_them(client):
    booth = {"code": "X-1", "size_m2": 0.0001, "type": "corner", "price": 999999999999.9999, "currency": "VND"}
    fair = await new_fair(client, fair_body(halls=[{"code": "X", "booths": [booth]}]))
    r = await client.post(f"/fairs/{fair['id']}/booths", json={**booth, "hall": "X", "code": "X-2", "size_m2": 1999.1234,
                                                              "price": 1e12})
    assert r.status_code == 201, r.text
    r = await client.get(f"/fairs/{fair['id']}")
    booths = {b["code"]: b for h in r.json()["halls"] for b in h["booths"]}
    assert (booths["X-1"]["size_m2"], booths["X-1"]["price"]) == (0.0001, 999999999999.9999)
    assert (booths["X-2"]["size_m2"], booths["X-2"]["price"]) == (1999.1234, 1e12)


async def test_a_fair_with_an_unknown_time_zone_is_refused(client):
    r = await client.post("/fairs", json=fair_body(timezone="Asia/Saigon_City"))
    assert r.status_code == 422
    assert problem(r)["errors"][0]["field"] == "timezone"


async def test_the_application_window_rules_hold(client, kafka_bootstrap, events_service):
    a, b, c = [catalogue_entry("VN") for _ in range(3)]
    await seeded(kafka_bootstrap, events_service, [a, b, c])
    now = datetime.now(timezone.utc)
    closed = await new_fair(client, fair_body(application_window={
        "opens_at": (now - timedelta(days=2)).isoformat(), "closes_at": (now - timedelta(days=1)).isoformat()}))
    r = await client.post(f"/fairs/{closed['id']}/applications", json={"producer_id": a[0]["id"], "product_ids": [a[1]["id"]]})
    assert r.status_code == 409 and "closed" in problem(r)["detail"]

    closing = await new_fair(client, fair_body(application_window={
        "opens_at": (now - timedelta(hours=1)).isoformat(), "closes_at": (now + timedelta(seconds=3)).isoformat()}))
    fid = closing["id"]
    ids = []
    for x in (a, b, c):
        r = await client.post(f"/fairs/{fid}/applications", json={"producer_id": x[0]["id"], "product_ids": [x[1]["id"]]})
        assert r.status_code == 201, r.text
        ids.append(r.json()["id"])
    r = await client.post(f"/fairs/{fid}/applications/{ids[0]}/decision", json={"decision": "approve"})
    assert r.status_code == 200 and r.json()["status"] == "approved"
    r = await client.post(f"/fairs/{fid}/applications/{ids[0]}/decision", json={"decision": "reject", "reason": "late"})
    assert r.status_code == 409 and "already approved" in problem(r)["detail"]
    r = await client.post(f"/fairs/{fid}/applications/{ids[1]}/decision", json={"decision": "reject"})
    assert r.status_code == 422 and "reason" in problem(r)["detail"]
    await asyncio.sleep(max(0.0, (now + timedelta(seconds=3.2) - datetime.now(timezone.utc)).total_seconds()))
    r = await client.post(f"/fairs/{fid}/applications/{ids[1]}/decision", json={"decision": "approve"})
    assert r.status_code == 409 and "no approval after the window closed" in problem(r)["detail"]
    r = await client.post(f"/fairs/{fid}/applications/{ids[1]}/decision",
                          json={"decision": "reject", "reason": "Products outside the fair's theme"})
    assert r.status_code == 200 and r.json()["reason"] == "Products outside the fair's theme"
    r = await client.post(f"/fairs/{fid}/bookings", json={"application_id": ids[1], "booth_code": "A-001"})
    assert r.status_code == 409 and "rejected application gets no booth" in problem(r)["detail"]
    r = await client.post(f"/fairs/{fid}/bookings", json={"application_id": ids[2], "booth_code": "A-001"})
    assert r.status_code == 409 and "submitted" in problem(r)["detail"]
    r = await client.post(f"/fairs/{fid}/bookings", json={"application_id": ids[0], "booth_code": "A-001"})
    assert r.status_code == 201

    events = await published(kafka_bootstrap, events_service.network.topic(APPLICATIONS_TOPIC), fid, lambda evs: len(evs) >= 5)
    assert Counter(e.type.split(".")[-2] for e in events) == {"submitted": 3, "approved": 1, "rejected": 1}


async def test_200_concurrent_booking_attempts_on_50_booths_end_with_exactly_50_bookings(client, kafka_bootstrap, events_service):
    entries = await seeded(kafka_bootstrap, events_service,
                           [catalogue_entry(["VN", "KH", "TH"][i % 3]) for i in range(200)])
    fair = await new_fair(client, fair_body(n_booths=50))
    fid = fair["id"]
    sem = asyncio.Semaphore(16)

    async def approve(entry):
        async with sem:
            return await approved_application(client, fid, *entry)

    apps = await asyncio.gather(*(approve(e) for e in entries))
    # Four applications race for every booth, all at once.
    replies = await asyncio.gather(*(client.post(f"/fairs/{fid}/bookings", json={
        "application_id": app, "booth_code": f"A-{i % 50:03d}"}) for i, app in enumerate(apps)))
    codes = Counter(r.status_code for r in replies)
    assert codes == {201: 50, 409: 150}, codes
    assert all("already taken" in problem(r)["detail"] and problem(r)["errors"][0]["field"] == "booth_code"
               for r in replies if r.status_code == 409)
    bookings = (await client.get(f"/fairs/{fid}/bookings")).json()["items"]
    active = [b for b in bookings if b["status"] == "active"]
    assert len(active) == 50
    assert len({b["booth_code"] for b in active}) == 50 and len({b["application_id"] for b in active}) == 50
    booths = (await client.get(f"/fairs/{fid}")).json()["halls"][0]["booths"]
    assert all(b["status"] == "booked" for b in booths)
    assert {b["code"] for b in booths} == {b["booth_code"] for b in active}
    assert all("application_id" not in b for b in booths)  # the public view says a booth is taken, not by whom
    events = await published(kafka_bootstrap, events_service.network.topic(BOOKINGS_TOPIC), fid, lambda evs: len(evs) >= 50)
    assert sorted(e.data["booth_code"] for e in events if e.type == BOOTH_BOOKED) == sorted(b["booth_code"] for b in active)


async def test_the_quota_per_country_holds_under_concurrent_bookings(client, kafka_bootstrap, events_service):
    entries = await seeded(kafka_bootstrap, events_service,
                           [catalogue_entry(c) for c in ["VN"] * 12 + ["KH"] * 12])
    fair = await new_fair(client, fair_body(n_booths=30, eligibility={"quota_per_country": 4}))
    fid = fair["id"]
    apps = [await approved_application(client, fid, *e) for e in entries]
    replies = await asyncio.gather(*(client.post(f"/fairs/{fid}/bookings", json={
        "application_id": app, "booth_code": f"A-{i:03d}"}) for i, app in enumerate(apps)))
    assert Counter(r.status_code for r in replies) == {201: 8, 422: 16}
    assert all("quota of 4 booths" in problem(r)["errors"][0]["reason"] for r in replies if r.status_code == 422)
    active = [b for b in (await client.get(f"/fairs/{fid}/bookings")).json()["items"] if b["status"] == "active"]
    assert Counter(b["country"] for b in active) == {"VN": 4, "KH": 4}


async def test_a_cancelled_booth_is_offered_to_the_waitlist_in_priority_order_and_the_hold_lapses_on_its_own(
        client, kafka_bootstrap, events_service):
    entries = await seeded(kafka_bootstrap, events_service, [catalogue_entry("VN") for _ in range(5)])
    fair = await new_fair(client, fair_body(n_booths=2, waitlist_hold_seconds=2))
    fid = fair["id"]
    a, b, low, first, second = [await approved_application(client, fid, *e) for e in entries]
    booking_a = (await client.post(f"/fairs/{fid}/bookings", json={"application_id": a, "booth_code": "A-000"})).json()
    # No booth named and no preferences: the one free booth left.
    r = await client.post(f"/fairs/{fid}/bookings", json={"application_id": b})
    assert r.status_code == 201 and r.json()["booth_code"] == "A-001"
    r = await client.post(f"/fairs/{fid}/bookings", json={"application_id": low, "booth_code": "A-000"})
    assert r.status_code == 409
    for app, prio in ((low, 1), (first, 5), (second, 5)):
        r = await client.post(f"/fairs/{fid}/waitlist", json={"application_id": app, "priority": prio})
        assert r.status_code == 201 and r.headers["location"] == f"/fairs/{fid}/waitlist/{r.json()['id']}", r.text
        entry = await client.get(r.headers["location"])
        assert entry.status_code == 200 and entry.json() == r.json() | {"booth_code": None}, entry.text

    r = await client.post(f"/fairs/{fid}/bookings", json={"application_id": low})
    assert r.status_code == 409 and problem(r)["detail"].startswith("no free booth is left for food")
    cancelled = (await client.post(f"/fairs/{fid}/bookings/{booking_a['id']}/cancel")).json()
    assert cancelled["status"] == "cancelled" and cancelled["offered_to"]["application_id"] == first
    assert cancelled["cancelled_by"] == "test-client"
    assert abs(datetime.fromisoformat(cancelled["cancelled_at"]) - datetime.now(timezone.utc)) < timedelta(minutes=1)
    listed = (await client.get(f"/fairs/{fid}/bookings", params={"status": "cancelled"})).json()["items"]
    assert [(x["id"], x["cancelled_at"], x["cancelled_by"]) for x in listed] == [
        (booking_a["id"], cancelled["cancelled_at"], "test-client")]
    r = await client.post(f"/fairs/{fid}/bookings", json={"application_id": low, "booth_code": "A-000"})
    assert r.status_code == 409, "a held booth is not free for anyone else"

    # Nobody calls anything: the hold of `first` lapses and the booth goes to `second` (same priority, later).
    async def after_the_lapse():
        line = {w["application_id"]: w for w in (await client.get(f"/fairs/{fid}/waitlist")).json()["items"]}
        return line if line[first]["status"] == "lapsed" and line[second]["status"] == "offered" else None

    waitlist = await eventually(after_the_lapse, timeout_s=20)
    assert waitlist, "the hold did not lapse on its own"
    assert waitlist[first]["status"] == "lapsed"
    assert waitlist[second]["status"] == "offered" and waitlist[second]["booth_code"] == "A-000"
    assert waitlist[low]["status"] == "waiting"
    r = await client.post(f"/fairs/{fid}/waitlist/{waitlist[first]['id']}/accept")
    assert r.status_code == 409
    r = await client.post(f"/fairs/{fid}/waitlist/{waitlist[second]['id']}/accept")
    assert r.status_code == 201 and r.json()["booth_code"] == "A-000" and r.json()["application_id"] == second

    events = await published(kafka_bootstrap, events_service.network.topic(BOOKINGS_TOPIC), fid,
                             lambda evs: sum(e.type == BOOTH_BOOKED for e in evs) >= 3)
    # Different waitlist entries are different keys, so partitions: their order is the events' time.
    kinds = [(e.type, e.data.get("application_id")) for e in sorted(events, key=lambda e: e.time)
             if e.type in (BOOTH_OFFERED, BOOTH_HOLD_LAPSED)]
    assert kinds[:3] == [(BOOTH_OFFERED, first), (BOOTH_HOLD_LAPSED, first), (BOOTH_OFFERED, second)]


async def test_a_fair_is_created_by_an_organiser_and_read_by_anyone_through_the_gateway(events_service):
    organiser = events_service.network.auth("fair_organiser")
    async with httpx.AsyncClient(base_url=events_service.gateway.url, timeout=30) as gw:
        assert (await gw.post("/v1/fairs", json=fair_body(n_booths=3))).status_code == 401
        assert (await gw.post("/v1/fairs", json=fair_body(n_booths=3),
                              headers=events_service.network.auth("buyer"))).status_code == 403
        r = await gw.post("/v1/fairs", json=fair_body(n_booths=3), headers=organiser)
        assert r.status_code == 201, r.text
        fair = r.json()
        r = await gw.get(f"/v1/fairs/{fair['id']}")
        assert r.status_code == 200 and r.headers["x-request-id"]
        assert [b["code"] for b in r.json()["halls"][0]["booths"]] == ["A-000", "A-001", "A-002"]
        assert fair["id"] in [f["id"] for f in (await gw.get("/v1/fairs")).json()["items"]]
        r = await gw.post(f"/v1/fairs/{fair['id']}/applications", json={"producer_id": "VN-PR-none", "product_ids": []},
                          headers=events_service.network.auth("producer", country="VN", producer_id="VN-PR-none"))
        assert r.status_code == 422 and problem(r)["errors"][0]["field"] == "product_ids"


async def test_the_service_itself_checks_who_may_write(events_service, kafka_bootstrap):
    """Defence in depth: the same rules as the gateway's, on requests that reach the service directly."""
    net = events_service.network
    mine, theirs = await seeded(kafka_bootstrap, events_service, [catalogue_entry("VN"), catalogue_entry("VN")])
    async with httpx.AsyncClient(base_url=events_service.url, timeout=30) as c:
        assert (await c.post("/fairs", json=fair_body())).status_code == 401
        assert (await c.post("/fairs", json=fair_body(), headers=net.auth("buyer"))).status_code == 403
        fair = (await c.post("/fairs", json=fair_body(), headers=net.auth("fair_organiser"))).json()
        me = net.auth("producer", country="VN", producer_id=mine[0]["id"])
        r = await c.post(f"/fairs/{fair['id']}/applications", headers=me,
                         json={"producer_id": theirs[0]["id"], "product_ids": [theirs[1]["id"]]})
        assert r.status_code == 403 and theirs[0]["id"] in problem(r)["detail"]
        r = await c.post(f"/fairs/{fair['id']}/applications", headers=me,
                         json={"producer_id": mine[0]["id"], "product_ids": [mine[1]["id"]]})
        assert r.status_code == 201
        r = await c.post(f"/fairs/{fair['id']}/applications/{r.json()['id']}/decision", headers=me,
                         json={"decision": "approve"})
        assert r.status_code == 403
        assert (await c.get(f"/fairs/{fair['id']}")).status_code == 401  # not even a public read without identity
        assert (await c.get(f"/fairs/{fair['id']}", headers=net.public_auth())).status_code == 200
