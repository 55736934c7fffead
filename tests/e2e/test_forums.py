"""Forums straight to the events service on PostgreSQL: seats never oversold under concurrent registrations,
the waiting line kept in order and promoted when seats free up, and a standalone forum's rules."""
from __future__ import annotations

import asyncio

from tests.support.fairs import problem


FORUM = {"name": "OCOP Product Development Forum", "venue": {"name": "Hanoi Opera House", "city": "Ha Noi",
                                                            "country": "VN"},
         "timezone": "Asia/Ho_Chi_Minh", "starts_on": "2027-03-10", "ends_on": "2027-03-11"}


async def test_seats_are_never_oversold_and_the_line_is_promoted_in_order(client, events_service):
    net = events_service.network
    forum = (await client.post("/forums", json=FORUM)).json()
    r = await client.post(f"/forums/{forum['id']}/sessions", json={
        "room": "Main hall", "starts_at": "2027-03-10T09:00:00", "ends_at": "2027-03-10T10:00:00",
        "topic": "OCOP 2026-2030", "speakers": ["Trần Văn Minh"], "capacity": 5})
    assert r.status_code == 201, r.text
    sid = r.json()["id"]
    assert r.headers["location"] == f"/forums/{forum['id']}/sessions/{sid}"
    path = f"/forums/{forum['id']}/sessions/{sid}/registrations"
    replies = await asyncio.gather(*(client.post(path, json={"name": f"Visitor {i}"},
                                                 headers=net.auth("buyer", client_id=f"visitor-{i}")) for i in range(20)))
    assert [r.status_code for r in replies] == [201] * 20
    assert replies[0].headers["location"] == f"{path}/{replies[0].json()['id']}"
    seated = [r.json() for r in replies if r.json()["status"] == "registered"]
    waiting = sorted((r.json() for r in replies if r.json()["status"] == "waiting"), key=lambda x: x["position"])
    assert len(seated) == 5 and [w["position"] for w in waiting] == list(range(1, 16))
    again = await client.post(path, json={"name": "again"}, headers=net.auth("buyer", client_id="visitor-0"))
    assert again.status_code == 409 and problem(again)["errors"][0]["field"] == "participant"
    # Two seated visitors leave: the first two in line take their seats, the others move up.
    for leaving in seated[:2]:
        r = await client.post(f"{path}/{leaving['id']}/cancel",
                              headers=net.auth("buyer", client_id=leaving["participant"]))
        assert r.status_code == 200, r.text
    listed = (await client.get(path)).json()["items"]
    now_seated = [x["participant"] for x in listed if x["status"] == "registered"]
    assert sorted(now_seated) == sorted([s["participant"] for s in seated[2:]] + [waiting[0]["participant"],
                                                                                  waiting[1]["participant"]])
    assert [x["position"] for x in listed if x["status"] == "waiting"] == list(range(1, 14))
    # A visitor sees its own registration only; someone else's cannot be cancelled by it.
    mine = (await client.get(path, headers=net.auth("buyer", client_id=waiting[5]["participant"]))).json()["items"]
    assert [x["id"] for x in mine] == [waiting[5]["id"]]
    own = await client.get(f"{path}/{waiting[5]['id']}", headers=net.auth("buyer", client_id=waiting[5]["participant"]))
    assert own.status_code == 200 and own.json() == mine[0]
    r = await client.get(f"{path}/{waiting[5]['id']}", headers=net.auth("buyer", client_id="visitor-x"))
    assert r.status_code == 404
    r = await client.post(f"{path}/{waiting[6]['id']}/cancel", headers=net.auth("buyer", client_id="visitor-x"))
    assert r.status_code == 404
    forum_now = (await client.get(f"/forums/{forum['id']}")).json()
    assert [(s["registered"], s["waiting"], s["full"]) for s in forum_now["sessions"]] == [(5, 13, True)]
    session = (await client.get(f"/forums/{forum['id']}/sessions/{sid}")).json()
    assert session == forum_now["sessions"][0]
    assert (await client.get(f"/forums/{forum['id']}/sessions/S-NONE")).status_code == 404


async def test_a_session_outside_the_forums_days_or_run_by_another_organiser_is_refused(client, events_service):
    forum = (await client.post("/forums", json=FORUM)).json()
    r = await client.post(f"/forums/{forum['id']}/sessions", json={
        "room": "Main hall", "starts_at": "2027-03-12T09:00:00", "ends_at": "2027-03-12T10:00:00",
        "topic": "Late", "speakers": [], "capacity": 5})
    assert r.status_code == 422 and problem(r)["errors"][0]["field"] == "starts_at"
    r = await client.post(f"/forums/{forum['id']}/sessions", json={
        "room": "Main hall", "starts_at": "2027-03-10T10:00:00", "ends_at": "2027-03-10T09:00:00",
        "topic": "Backwards", "speakers": [], "capacity": 5})
    assert r.status_code == 422 and problem(r)["errors"][0]["field"] == "ends_at"
    other = events_service.network.auth("fair_organiser", client_id="another-organiser")
    r = await client.post(f"/forums/{forum['id']}/sessions", headers=other, json={
        "room": "Main hall", "starts_at": "2027-03-10T09:00:00", "ends_at": "2027-03-10T10:00:00",
        "topic": "Hijack", "speakers": [], "capacity": 5})
    assert r.status_code == 403
    r = await client.post("/forums", json=FORUM | {"fair_id": "F-nope"})
    assert r.status_code == 404
