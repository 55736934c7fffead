"""What organisers change after the fact, and what happens on the day without anyone asking, straight to the
events service on the real broker and PostgreSQL: booth moves, declined requests, time-zone and rule changes
refused or carried through, and no-shows found by the sweeper."""
from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from icalendar import Calendar

from shared.contracts.events import MEETING_MOVED, MEETINGS_TOPIC
from tests.support.fairs import approved_application, catalogue_entry, fair_body, new_fair, problem, published, seeded
from tests.support.waiting import eventually

TZ = ZoneInfo("Asia/Ho_Chi_Minh")


def local(dt: datetime) -> str:
    return dt.strftime("%Y-%m-%dT%H:%M:%S")


async def a_fair_with_two_meetings(client, kafka_bootstrap, events_service, *, started: bool = False):
    """Two exhibitors on A-000/A-001, two buyers, each buyer wishing one exhibitor, scheduled in slot 0."""
    now = datetime.now(TZ).replace(second=0, microsecond=0, tzinfo=None)
    first = now - timedelta(minutes=15) if started else now + timedelta(hours=2)
    body = fair_body(n_booths=4, timezone="Asia/Ho_Chi_Minh", starts_on=(now - timedelta(days=1)).date().isoformat(),
                     ends_on=(now + timedelta(days=2)).date().isoformat(),
                     meeting_programme={"slot_minutes": 30, "sessions": [{"start": local(first), "slots": 3}]})
    fair = await new_fair(client, body)
    fid = fair["id"]
    entries = await seeded(kafka_bootstrap, events_service, [catalogue_entry("VN"), catalogue_entry("VN")])
    apps = [await approved_application(client, fid, *e) for e in entries]
    bookings = [(await client.post(f"/fairs/{fid}/bookings", json={"application_id": a, "booth_code": f"A-00{i}"})).json()
                for i, a in enumerate(apps)]
    # Buyer 0 is there from the first slot, buyer 1 from the second (not begun yet when the fair has started).
    spans = [[{"start": local(first + timedelta(minutes=30 * i)), "end": local(first + timedelta(hours=2))}]
             for i in range(2)]
    buyers = [(await client.post(f"/fairs/{fid}/buyers", json={"buyer_ref": f"b{i}", "name": f"Buyer {i}",
                                                               "availability": spans[i]})).json()["id"] for i in range(2)]
    wishes = [(await client.post(f"/fairs/{fid}/wishes", json={"buyer_id": b, "application_id": a, "source": "buyer",
                                                               "value": 2.0})).json() for b, a in zip(buyers, apps)]
    assert (await client.post(f"/fairs/{fid}/meetings/schedule")).json()["meetings"] == 2
    meetings = (await client.get(f"/fairs/{fid}/meetings")).json()["items"]
    return dict(fid=fid, apps=apps, bookings=bookings, buyers=buyers, wishes=wishes, meetings=meetings, first=first)


async def test_a_moved_booth_takes_its_meetings_along_and_the_old_booth_is_free_again(client, kafka_bootstrap,
                                                                                        events_service):
    f = await a_fair_with_two_meetings(client, kafka_bootstrap, events_service)
    fid, booking = f["fid"], f["bookings"][0]
    r = await client.post(f"/fairs/{fid}/bookings/{booking['id']}/move", json={"booth_code": "A-001"})
    assert r.status_code == 409 and problem(r)["errors"][0]["field"] == "booth_code"
    r = await client.post(f"/fairs/{fid}/bookings/{booking['id']}/move", json={"booth_code": "A-003"})
    assert r.status_code == 200, r.text
    assert (r.json()["booth_code"], r.json()["moved_from"], r.json()["meetings_moved"], r.json()["version"]) == (
        "A-003", "A-000", 1, 2)
    mine = [m for m in (await client.get(f"/fairs/{fid}/meetings")).json()["items"] if m["application_id"] == f["apps"][0]]
    assert [(m["booth_code"], m["version"]) for m in mine] == [("A-003", 2)]
    booths = {b["code"]: b["status"] for h in (await client.get(f"/fairs/{fid}")).json()["halls"] for b in h["booths"]}
    assert booths == {"A-000": "free", "A-001": "booked", "A-002": "free", "A-003": "booked"}
    r = await client.get(f"/fairs/{fid}/buyers/{mine[0]['buyer_id']}/agenda.ics")
    [ev] = Calendar.from_ical(r.content).walk("VEVENT")
    assert str(ev["location"]).startswith("Booth A-003") and int(ev["sequence"]) == 1
    moved = await published(kafka_bootstrap, events_service.network.topic(MEETINGS_TOPIC), fid,
                            lambda evs: any(e.type == MEETING_MOVED for e in evs))
    assert [(e.data["id"], e.data["booth_code"]) for e in moved if e.type == MEETING_MOVED] == [(mine[0]["id"], "A-003")]


async def test_an_exhibitor_declining_a_request_cancels_the_meeting_and_the_pair_is_not_planned_again(
        client, kafka_bootstrap, events_service):
    f = await a_fair_with_two_meetings(client, kafka_bootstrap, events_service)
    fid, wish = f["fid"], f["wishes"][0]
    producer = events_service.network.auth("producer", producer_id=(await client.get(
        f"/fairs/{fid}/applications/{wish['application_id']}")).json()["producer_id"], client_id="exhibitor-0")
    r = await client.post(f"/fairs/{fid}/wishes/{wish['id']}/answer", json={"answer": "declined"}, headers=producer)
    assert r.status_code == 200, r.text
    assert (r.json()["answer"], r.json()["meetings_cancelled"]) == ("declined", 1)
    other = f["wishes"][1]
    r = await client.post(f"/fairs/{fid}/wishes/{other['id']}/answer", json={"answer": "accepted"}, headers=producer)
    assert r.status_code == 404 and problem(r)["detail"] == f"no meeting request {other['id']} at fair {fid}"
    again = (await client.post(f"/fairs/{fid}/meetings/schedule")).json()
    assert (again["added"], again["meetings"], again["wishes"]) == (0, 1, 1)


async def test_a_new_time_zone_keeps_the_wall_clock_and_a_rule_below_what_is_booked_is_refused(
        client, kafka_bootstrap, events_service):
    f = await a_fair_with_two_meetings(client, kafka_bootstrap, events_service)
    fid = f["fid"]
    r = await client.get(f"/fairs/{fid}")
    r = await client.patch(f"/fairs/{fid}", json={"timezone": "Asia/Tokyo"}, headers={"If-Match": r.headers["etag"]})
    assert r.status_code == 200, r.text
    assert r.json()["meetings_moved"] == 2 and r.json()["days_shifted"] == 0
    # The same wall-clock time in Tokyo (UTC+9): two hours earlier in absolute time.
    meetings = (await client.get(f"/fairs/{fid}/meetings")).json()["items"]
    tokyo = f["first"].replace(tzinfo=ZoneInfo("Asia/Tokyo"))
    assert {datetime.fromisoformat(m["starts_at"]) for m in meetings} == {tokyo, tokyo + timedelta(minutes=30)}
    assert {m["version"] for m in meetings} == {2}
    etag = r.headers["etag"]
    for change, field, reason in (
            ({"eligibility": {"quota_per_country": 1}}, "eligibility.quota_per_country",
             "VN already has 2 booths booked or held; a quota of 1 would break those bookings (cancel some first)"),
            ({"max_meetings_per_participant": 1, "name": "x"}, None, None)):
        r = await client.patch(f"/fairs/{fid}", json=change, headers={"If-Match": etag})
        if field is None:
            assert r.status_code == 200, r.text
            etag = r.headers["etag"]
            continue
        assert r.status_code == 409, r.text
        assert problem(r)["errors"] == [{"field": field, "reason": reason}]
    # A booth changes as a part of its fair: with If-Match naming the fair's ETag, which its GET answers too.
    r = await client.patch(f"/fairs/{fid}/booths/A-002", json={"price": 750})
    assert r.status_code == 428, r.text
    booth = await client.get(f"/fairs/{fid}/booths/A-002")
    assert booth.status_code == 200 and booth.headers["etag"] == etag and booth.json()["status"] == "free"
    r = await client.patch(f"/fairs/{fid}/booths/A-000", json={"zone": "handicrafts"}, headers={"If-Match": etag})
    assert r.status_code == 409 and problem(r)["errors"][0]["field"] == "zone"
    r = await client.patch(f"/fairs/{fid}/booths/A-002", json={"zone": "handicrafts", "price": 750},
                           headers={"If-Match": etag})
    assert r.status_code == 200 and (r.json()["zone"], r.json()["price"]) == ("handicrafts", 750.0)
    assert r.headers["etag"] != etag and r.headers["etag"] == (await client.get(f"/fairs/{fid}")).headers["etag"]
    stale, etag = etag, r.headers["etag"]
    r = await client.patch(f"/fairs/{fid}/booths/A-002", json={"price": 700}, headers={"If-Match": stale})
    assert r.status_code == 412 and r.headers["etag"] == etag, r.text
    assert (await client.get(f"/fairs/{fid}/booths/A-002")).json()["price"] == 750.0
    assert (await client.delete(f"/fairs/{fid}/booths/A-000")).status_code == 409
    assert (await client.delete(f"/fairs/{fid}/booths/A-002")).status_code == 204
    assert (await client.get(f"/fairs/{fid}/booths/A-002")).status_code == 404
    etag = (await client.get(f"/fairs/{fid}")).headers["etag"]
    r = await client.patch(f"/fairs/{fid}", json={"name": None}, headers={"If-Match": etag})
    assert r.status_code == 422 and problem(r)["errors"][0]["field"] == "name"


async def test_a_meeting_whose_buyer_is_not_checked_in_after_the_grace_is_a_no_show_found_by_the_sweeper(
        client, kafka_bootstrap, events_service):
    f = await a_fair_with_two_meetings(client, kafka_bootstrap, events_service, started=True)
    fid = f["fid"]
    # Only the second buyer and both exhibitors come: the first buyer's meeting began 15 minutes ago, the
    # second's begins in 15 minutes.
    # (The first exhibitor first: from the first check-in on, the sweeper judges who is missing.)
    for path in (f"exhibitors/{f['apps'][0]}", f"buyers/{f['buyers'][1]}", f"exhibitors/{f['apps'][1]}"):
        token = (await client.get(f"/fairs/{fid}/{path}/badge")).json()["token"]
        assert (await client.post(f"/fairs/{fid}/check-ins", json={"token": token})).status_code == 200

    async def no_shows():
        return [m for m in (await client.get(f"/fairs/{fid}/meetings", params={"status": "no_show"})).json()["items"]]

    found = await eventually(no_shows, 10)
    assert [(m["buyer_id"], m["absent"]) for m in found] == [(f["buyers"][0], "buyer")]
    kept = (await client.get(f"/fairs/{fid}/meetings")).json()["items"]
    assert [(m["buyer_id"], m["version"]) for m in kept] == [(f["buyers"][1], 1)]
