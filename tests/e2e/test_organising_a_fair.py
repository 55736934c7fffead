"""The organiser's day-to-day work, through the gateway on the real broker and PostgreSQL: moving a fair's dates
with If-Match while the agendas follow, booking without naming a booth, the buyers and their wishes, badges
and check-in, a no-show re-filled for a walk-in, a forum's programme with a full session and its waitlist, a
meeting's outcome on Kafka and the fair's report."""
from __future__ import annotations

import base64
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import httpx
import jwt
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from icalendar import Calendar

from shared.contracts.events import MEETING_MOVED, MEETING_NO_SHOW, MEETING_OUTCOME_RECORDED, MEETINGS_TOPIC
from tests.support.fairs import catalogue_entry, fair_body, problem, published, seeded

TZ = ZoneInfo("Asia/Ho_Chi_Minh")


def local(dt: datetime) -> str:
    return dt.strftime("%Y-%m-%dT%H:%M:%S")


def events_of(ics: bytes) -> list:
    cal = Calendar.from_ical(ics)
    return [c for c in cal.walk("VEVENT")]


def booth(code: str, zone: str | None, type_: str, size: float) -> dict:
    return {"code": code, "size_m2": size, "type": type_, "zone": zone, "price": 900, "currency": "USD"}


@pytest.fixture
async def organiser(events_service):
    net = events_service.network
    async with httpx.AsyncClient(base_url=events_service.gateway.url + "/v1", timeout=60,
                                 headers=net.auth("fair_organiser", client_id="demo-organiser")) as c:
        yield c


async def test_an_organiser_moves_the_fair_books_without_a_booth_checks_people_in_refills_a_no_show_and_runs_a_forum(
        organiser, events_service, kafka_bootstrap):
    net, c = events_service.network, organiser
    now = datetime.now(TZ).replace(second=0, microsecond=0, tzinfo=None)
    first_slot = now - timedelta(minutes=2)  # the fair is on: the first meetings have just begun
    body = fair_body(timezone="Asia/Ho_Chi_Minh", max_meetings_per_participant=1,
                     starts_on=(now - timedelta(days=1)).date().isoformat(),
                     ends_on=(now + timedelta(days=2)).date().isoformat(),
                     meeting_programme={"slot_minutes": 30, "sessions": [{"start": local(first_slot), "slots": 4}]})
    body["halls"] = [{"code": "A", "booths": [booth("A-000", "handicrafts", "island", 36), booth("A-001", "food", "inline", 9),
                                              booth("A-002", "food", "corner", 12), booth("A-003", None, "island", 18)]}]
    r = await c.post("/fairs", json=body)
    assert r.status_code == 201, r.text
    fair = r.json()
    fid = fair["id"]
    assert r.headers["location"] == f"/v1/fairs/{fid}" and r.headers["etag"] == 'W/"1"'

    # -- exhibitors: booked without naming a booth, the best free booth of their zone ----------------------------
    entries = await seeded(kafka_bootstrap, events_service, [catalogue_entry(cc, group="food") for cc in ("VN", "TH", "KH", "VN")])
    apps = []
    for producer, product in entries:
        r = await c.post(f"/fairs/{fid}/applications", json={"producer_id": producer["id"], "product_ids": [product["id"]]})
        assert r.status_code == 201, r.text
        r = await c.post(f"/fairs/{fid}/applications/{r.json()['id']}/decision", json={"decision": "approve"})
        assert r.status_code == 200, r.text
        apps.append(r.json()["id"])
    booked = []
    for app in apps[:3]:
        r = await c.post(f"/fairs/{fid}/bookings", json={"application_id": app})
        assert r.status_code == 201, r.text
        assert r.headers["location"] == f"/v1/fairs/{fid}/bookings/{r.json()['id']}"
        booked.append(r.json()["booth_code"])
    # A food exhibitor gets the food zone's corner, then its inline booth, then the unzoned island; never the
    # handicrafts island.
    assert booked == ["A-002", "A-001", "A-003"]
    r = await c.post(f"/fairs/{fid}/bookings", json={"application_id": apps[3]})
    assert r.status_code == 409
    assert problem(r)["detail"] == ("no free booth is left for food (the zone of the exhibitor's products, or "
                                    "unzoned); join the waitlist")
    r = await c.get(f"/fairs/{fid}/bookings", params={"status": "active", "zone": "food"})
    assert r.status_code == 200 and sorted(b["booth_code"] for b in r.json()["items"]) == ["A-001", "A-002"]
    r = await c.get(f"/fairs/{fid}/bookings", params={"country": "TH"})
    assert [b["application_id"] for b in r.json()["items"]] == [apps[1]]
    e1, e2 = apps[0], apps[1]

    # -- buyers and their wishes ----------------------------------------------------------------------------------
    day = [{"start": local(first_slot - timedelta(hours=1)), "end": local(first_slot + timedelta(hours=4))}]
    buyers = {}
    for ref, name, country in (("buyer-b1", "Osaka Fine Foods", "JP"), ("buyer-b2", "Seoul Pantry", "KR"),
                               ("buyer-b3", "Singapore Deli", "SG")):
        r = await c.post(f"/fairs/{fid}/buyers", json={"buyer_ref": ref, "name": name, "country": country,
                                                        "email": f"{ref}@example.com", "availability": day})
        assert r.status_code == 201, r.text
        assert r.headers["location"] == f"/v1/fairs/{fid}/buyers/{r.json()['id']}"
        buyers[ref] = r.json()["id"]
    b1, b2, b3 = buyers["buyer-b1"], buyers["buyer-b2"], buyers["buyer-b3"]
    for b, e, v in ((b1, e1, 5.0), (b2, e2, 5.0), (b3, e1, 3.0)):
        r = await c.post(f"/fairs/{fid}/wishes", json={"buyer_id": b, "application_id": e, "source": "buyer", "value": v})
        assert r.status_code == 201, r.text
    r = await c.get(f"/fairs/{fid}/buyers")
    assert r.status_code == 200
    assert [(x["id"], x["name"], x["wishes"], x["checked_in"]) for x in r.json()["items"]] == [
        (b1, "Osaka Fine Foods", 1, False), (b2, "Seoul Pantry", 1, False), (b3, "Singapore Deli", 1, False)]
    r = await c.get(f"/fairs/{fid}/buyers", params={"limit": 2})
    assert (r.json()["total"], len(r.json()["items"]), r.json()["next"]) == (3, 2, f"/v1/fairs/{fid}/buyers?limit=2&offset=2")
    assert r.headers["link"] == f'</v1/fairs/{fid}/buyers?limit=2&offset=2>; rel="next"'
    r = await c.get(f"/fairs/{fid}/wishes")
    assert [(w["buyer_id"], w["application_id"], w["source"], w["value"], w["buyer_name"]) for w in r.json()["items"]] == [
        (b1, e1, "buyer", 5.0, "Osaka Fine Foods"), (b2, e2, "buyer", 5.0, "Seoul Pantry"),
        (b3, e1, "buyer", 3.0, "Singapore Deli")]
    r = await c.get(f"/fairs/{fid}/wishes", params={"buyer_id": b3})
    assert [w["application_id"] for w in r.json()["items"]] == [e1]

    # -- the schedule says how close it came to its bound -----------------------------------------------------------
    r = await c.post(f"/fairs/{fid}/meetings/schedule")
    assert r.status_code == 200, r.text
    assert r.json() | {"fair_id": None} == {"fair_id": None, "added": 2, "meetings": 2, "value": 10.0, "bound": 10.0,
                                            "gap": 0.0, "of_bound": 1.0, "wishes": 3, "wishes_unmet": 1}
    meetings = {(m["buyer_id"], m["application_id"]): m for m in (await c.get(f"/fairs/{fid}/meetings")).json()["items"]}
    m1, m2 = meetings[(b1, e1)], meetings[(b2, e2)]
    assert m1["slot"] == m2["slot"] == 0 and m1["booth_code"] == "A-002"

    async def agenda_of(buyer_id: str) -> list:
        r = await c.get(f"/fairs/{fid}/buyers/{buyer_id}/agenda.ics")
        assert r.status_code == 200 and r.headers["content-type"].startswith("text/calendar")
        return events_of(r.content)

    [ev] = await agenda_of(b1)
    uid = str(ev["uid"])
    assert ev.decoded("dtstart") == first_slot.replace(tzinfo=TZ) and int(ev["sequence"]) == 0
    description = str(ev["description"])
    assert "Buyer: Osaka Fine Foods" in description and f"Products: {entries[0][1]['name_en']}" in description
    assert "the buyer asked for it (value 5)" in description
    assert str(ev["organizer"]) == f"urn:ovop:fairs:fair:{fid}" and ev["organizer"].params["CN"] == "VIETRADE"
    assert sorted(str(a) for a in ev["attendee"]) == sorted(["mailto:buyer-b1@example.com", f"urn:ovop:fairs:exhibitor:{e1}"])

    # -- move the fair's dates with If-Match: the agendas follow ----------------------------------------------------
    r = await c.get(f"/fairs/{fid}")
    etag = r.headers["etag"]
    move = {"starts_on": (now + timedelta(days=0)).date().isoformat()}
    r = await c.patch(f"/fairs/{fid}", json=move)
    assert r.status_code == 428 and problem(r)["type"].endswith("/precondition-required"), r.text
    r = await c.patch(f"/fairs/{fid}", json=move, headers={"If-Match": etag})
    assert r.status_code == 200, r.text
    moved = r.json()
    assert (moved["days_shifted"], moved["meetings_moved"]) == (1, 2)
    assert (moved["starts_on"], moved["ends_on"]) == (now.date().isoformat(), (now + timedelta(days=3)).date().isoformat())
    assert moved["slots"][0]["starts_at"] == (first_slot + timedelta(days=1)).replace(tzinfo=TZ).isoformat()
    assert r.headers["etag"] != etag
    r = await c.patch(f"/fairs/{fid}", json={"name": "late"}, headers={"If-Match": etag})
    assert r.status_code == 412 and problem(r)["current_version"] == moved["version"]
    [ev] = await agenda_of(b1)
    assert str(ev["uid"]) == uid and int(ev["sequence"]) == 1
    assert ev.decoded("dtstart") == (first_slot + timedelta(days=1)).replace(tzinfo=TZ)
    # ...and back to today, one step further in each calendar's sequence.
    r = await c.patch(f"/fairs/{fid}", json={"starts_on": (now - timedelta(days=1)).date().isoformat()},
                      headers={"If-Match": r.headers.get("etag") or f'W/"{moved["version"]}"'})
    assert r.status_code == 200, r.text
    [ev] = await agenda_of(b1)
    assert int(ev["sequence"]) == 2 and ev.decoded("dtstart") == first_slot.replace(tzinfo=TZ)
    # Shortening the fair so that its meeting session falls outside is refused with the reason.
    r = await c.patch(f"/fairs/{fid}", json={"ends_on": (now - timedelta(days=1)).date().isoformat()},
                      headers={"If-Match": r.headers["etag"]})
    assert r.status_code == 409
    assert problem(r)["errors"][0]["field"] == "ends_on"
    moves = await published(kafka_bootstrap, net.topic(MEETINGS_TOPIC), fid,
                            lambda evs: sum(e.type == MEETING_MOVED for e in evs) >= 4)
    assert sorted((e.data["id"], e.data["version"]) for e in moves if e.type == MEETING_MOVED) == sorted(
        [(m1["id"], 2), (m1["id"], 3), (m2["id"], 2), (m2["id"], 3)])

    # -- badges, verified offline with the fair's published key, and check-in by token ------------------------------
    key = (await c.get(f"/fairs/{fid}/badge-key")).json()["jwk"]
    public = Ed25519PublicKey.from_public_bytes(base64.urlsafe_b64decode(key["x"] + "=="))
    tokens = {}
    for kind, who in (("buyers", b2), ("buyers", b3), ("exhibitors", e1), ("exhibitors", e2)):
        r = await c.get(f"/fairs/{fid}/{kind}/{who}/badge")
        assert r.status_code == 200, r.text
        badge = r.json()
        assert badge["qr_svg"].startswith("<svg")
        claims = jwt.decode(badge["token"], public, algorithms=["EdDSA"], audience=fid)
        assert claims["sub"] == who and claims["kind"] == kind[:-1]
        tokens[who] = badge["token"]
    for who in (b2, b3, e1, e2):
        r = await c.post(f"/fairs/{fid}/check-ins", json={"token": tokens[who]})
        assert r.status_code == 200, r.text
        assert (r.json()["participant_id"], r.json()["first_scan"]) == (who, True)
    r = await c.post(f"/fairs/{fid}/check-ins", json={"token": tokens[b3]})
    assert r.json()["first_scan"] is False
    forged = tokens[b3][:-4] + ("AAAA" if not tokens[b3].endswith("AAAA") else "BBBB")
    r = await c.post(f"/fairs/{fid}/check-ins", json={"token": forged})
    assert r.status_code == 422 and problem(r)["errors"][0]["field"] == "token"

    # -- a no-show: its slot goes to the checked-in walk-in, nobody else moves ---------------------------------------
    r = await c.post(f"/fairs/{fid}/meetings/{m1['id']}/no-show", json={})
    assert r.status_code == 200, r.text
    [walk_in] = r.json()["added"]
    assert r.json()["absent"] == "buyer"
    assert (walk_in["buyer_id"], walk_in["application_id"], walk_in["slot"], walk_in["booth_code"]) == (b3, e1, 0, "A-002")
    after = {m["id"]: m for m in (await c.get(f"/fairs/{fid}/meetings")).json()["items"]}
    assert set(after) == {m2["id"], walk_in["id"]} and after[m2["id"]]["version"] == 3
    [ev] = await agenda_of(b1)
    assert str(ev["status"]) == "CANCELLED" and int(ev["sequence"]) == 3
    r = await c.get(f"/fairs/{fid}/meetings/{m1['id']}/invitation.ics")
    assert Calendar.from_ical(r.content)["method"] == "CANCEL"
    noshows = await published(kafka_bootstrap, net.topic(MEETINGS_TOPIC), fid,
                              lambda evs: any(e.type == MEETING_NO_SHOW for e in evs))
    assert [e.data["absent"] for e in noshows if e.type == MEETING_NO_SHOW] == ["buyer"]

    # -- after the meeting: its outcome, on Kafka for the trade indicators, and the fair's report --------------------
    async with httpx.AsyncClient(base_url=events_service.gateway.url + "/v1", timeout=30,
                                 headers=net.auth("buyer", client_id="buyer-b2")) as buyer:
        # A deal in a currency the trade indicators cannot value (ISO 4217, outside the reference table): refused.
        r = await buyer.post(f"/fairs/{fid}/meetings/{m2['id']}/outcome",
                             json={"outcome": "deal", "value": 12000, "currency": "CHF"})
        assert r.status_code == 422 and r.json()["errors"][0]["field"] == "currency", r.text
        r = await buyer.post(f"/fairs/{fid}/meetings/{m2['id']}/outcome",
                             json={"outcome": "deal", "value": 12000, "currency": "usd"})
        assert r.status_code == 200, r.text
        r = await buyer.post(f"/fairs/{fid}/meetings/{walk_in['id']}/outcome", json={"outcome": "follow_up"})
        assert r.status_code == 404  # not its meeting
    outcomes = await published(kafka_bootstrap, net.topic(MEETINGS_TOPIC), fid,
                               lambda evs: any(e.type == MEETING_OUTCOME_RECORDED for e in evs))
    [data] = [e.data for e in outcomes if e.type == MEETING_OUTCOME_RECORDED]
    assert data | {"recorded_at": None} == {
        "meeting_id": m2["id"], "fair_id": fid, "buyer_id": b2, "producer_id": entries[1][0]["id"],
        "product_id": entries[1][1]["id"], "product_group": "food", "exporter_country": "TH", "buyer_country": "KR",
        "outcome": "deal", "value": 12000.0, "currency": "USD", "recorded_by": "buyer-b2", "recorded_at": None,
        "version": 1}
    r = await c.get(f"/fairs/{fid}/report")
    assert r.status_code == 200, r.text
    report = r.json()
    assert (report["exhibitors"], report["buyers"], report["checked_in"]) == (3, 3, {"buyers": 2, "exhibitors": 2})
    assert report["meetings"] == {"scheduled": 2, "held": 1, "no_shows": 1, "cancelled": 0}
    assert report["outcomes"]["by_country"] == [{"country": "TH", "no_interest": 0, "follow_up": 0, "deal": 1,
                                                 "deal_value": {"USD": 12000.0}}]

    # -- a forum beside the fair: its programme with a full session and a waitlist ----------------------------------
    r = await c.post("/forums", json={"name": "OCOP Product Development Forum", "fair_id": fid,
                                      "venue": {"name": "SECC Hall C", "city": "Ho Chi Minh City", "country": "VN"},
                                      "timezone": "Asia/Ho_Chi_Minh", "starts_on": now.date().isoformat(),
                                      "ends_on": now.date().isoformat()})
    assert r.status_code == 201, r.text
    forum = r.json()["id"]
    d = now.date().isoformat()
    r = await c.post(f"/forums/{forum}/sessions", json={
        "room": "C1", "starts_at": f"{d}T09:00:00", "ends_at": f"{d}T10:30:00", "topic": "Green OCOP: from farm to shelf",
        "speakers": ["Nguyễn Thị Lan", "Somchai Prasert"], "capacity": 2})
    assert r.status_code == 201, r.text
    full = r.json()["id"]
    r = await c.post(f"/forums/{forum}/sessions", json={
        "room": "c1", "starts_at": f"{d}T10:00:00", "ends_at": f"{d}T11:00:00", "topic": "Export labelling",
        "speakers": ["Dara Sok"], "capacity": 50})
    assert r.status_code == 409 and problem(r)["errors"][0]["field"] == "room"
    r = await c.post(f"/forums/{forum}/sessions", json={
        "room": "C2", "starts_at": f"{d}T10:00:00", "ends_at": f"{d}T11:00:00", "topic": "Export labelling",
        "speakers": ["Dara Sok", "Somchai Prasert"], "capacity": 50})
    assert r.status_code == 409 and problem(r)["errors"][0]["field"] == "speakers.1"
    assert "Somchai Prasert speaks at session" in problem(r)["detail"]
    r = await c.post(f"/forums/{forum}/sessions", json={
        "room": "C2", "starts_at": f"{d}T10:30:00", "ends_at": f"{d}T11:30:00", "topic": "Export labelling",
        "speakers": ["Dara Sok", "Somchai Prasert"], "capacity": 50})
    assert r.status_code == 201, r.text
    regs = {}
    for who in ("buyer-b1", "buyer-b2", "buyer-b3"):
        async with httpx.AsyncClient(base_url=events_service.gateway.url + "/v1", timeout=30,
                                     headers=net.auth("buyer", client_id=who)) as p:
            r = await p.post(f"/forums/{forum}/sessions/{full}/registrations", json={"name": who})
            assert r.status_code == 201, r.text
            regs[who] = r.json()
    assert [(regs[w]["status"], regs[w]["position"]) for w in ("buyer-b1", "buyer-b2", "buyer-b3")] == [
        ("registered", None), ("registered", None), ("waiting", 1)]
    async with httpx.AsyncClient(base_url=events_service.gateway.url, timeout=30) as anyone:
        programme = (await anyone.get(f"/v1/forums/{forum}")).json()
        ics = await anyone.get(f"/v1/forums/{forum}/programme.ics")
    assert [(x["topic"], x["room"], x["registered"], x["waiting"], x["full"]) for x in programme["sessions"]] == [
        ("Green OCOP: from farm to shelf", "C1", 2, 1, True), ("Export labelling", "C2", 0, 0, False)]
    feed = events_of(ics.content)
    assert [str(e["summary"]) for e in feed] == ["Green OCOP: from farm to shelf", "Export labelling"]
    assert feed[0].decoded("dtstart") == datetime.fromisoformat(f"{d}T09:00:00").replace(tzinfo=TZ)
    # Someone leaves: the first in line takes the seat.
    async with httpx.AsyncClient(base_url=events_service.gateway.url + "/v1", timeout=30,
                                 headers=net.auth("buyer", client_id="buyer-b1")) as p:
        r = await p.post(f"/forums/{forum}/sessions/{full}/registrations/{regs['buyer-b1']['id']}/cancel")
        assert r.status_code == 200, r.text
        assert r.json()["promoted"] == regs["buyer-b3"]["id"]
    r = await c.get(f"/forums/{forum}/sessions/{full}/registrations")
    assert [(x["participant"], x["status"]) for x in r.json()["items"]] == [
        ("buyer-b1", "cancelled"), ("buyer-b2", "registered"), ("buyer-b3", "registered")]
