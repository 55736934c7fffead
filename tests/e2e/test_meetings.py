"""B2B meetings through the events service's API: a schedule checked by the independent checker, a
cancellation that moves nobody, iCalendar agendas parsed back, and reminders published on Kafka."""
from __future__ import annotations

import random
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar

from shared.contracts.events import MEETING_REMINDER, MEETING_SCHEDULED, MEETINGS_TOPIC
from tests.support.fairs import approved_application, catalogue_entry, fair_body, new_fair, problem, published, seeded
from tests.support.schedule_checker import exact_optimum, value, violations

TZ = ZoneInfo("Asia/Bangkok")


def local(dt: datetime) -> str:
    return dt.strftime("%Y-%m-%dT%H:%M:%S")


@pytest.fixture
async def fair_with_meetings(client, kafka_bootstrap, events_service):
    """6 exhibitors with booths, 10 buyers with varied hours, wishes from the three sources, and the slot
    times computed here, independently of the service."""
    rng = random.Random(5)
    now_local = datetime.now(TZ).replace(second=0, microsecond=0, tzinfo=None)
    first = now_local + timedelta(minutes=7)        # within the 15-minute reminder lead
    second = (now_local + timedelta(days=1)).replace(hour=9, minute=0)
    slot_starts = [first + timedelta(minutes=30 * k) for k in range(6)] + [second + timedelta(minutes=30 * k) for k in range(4)]
    body = fair_body(n_booths=8, timezone="Asia/Bangkok", max_meetings_per_participant=3,
                     starts_on=now_local.date().isoformat(), ends_on=(now_local + timedelta(days=2)).date().isoformat(),
                     meeting_programme={"slot_minutes": 30, "sessions": [{"start": local(first), "slots": 6},
                                                                          {"start": local(second), "slots": 4}]})
    body["venue"] = {"name": "IMPACT Muang Thong Thani", "city": "Nonthaburi", "country": "TH"}
    fair = await new_fair(client, body)
    fid = fair["id"]
    assert [datetime.fromisoformat(s["starts_at"]) for s in fair["slots"]] == [t.replace(tzinfo=TZ) for t in slot_starts]

    entries = await seeded(kafka_bootstrap, events_service, [catalogue_entry(c) for c in ["TH", "VN", "KH"] * 3])
    exhibitors, exhibitor_slots, booth_of = [], {}, {}
    for i, entry in enumerate(entries[:6]):
        availability = None
        if i == 5:  # this exhibitor meets buyers only on the second day
            availability = [{"start": local(second), "end": local(second + timedelta(hours=2))}]
        app = await approved_application(client, fid, *entry, availability=availability)
        r = await client.post(f"/fairs/{fid}/bookings", json={"application_id": app, "booth_code": f"A-{i:03d}"})
        assert r.status_code == 201, r.text
        exhibitors.append(app)
        booth_of[app] = f"A-{i:03d}"
        exhibitor_slots[app] = set(range(6, 10)) if i == 5 else set(range(10))
    not_booked = await approved_application(client, fid, *entries[6])

    buyers, buyer_slots = [], {}
    spans = [(first, first + timedelta(hours=3)), (first, first + timedelta(minutes=90)),
             (second, second + timedelta(hours=2)), (first + timedelta(minutes=60), first + timedelta(hours=3))]
    for i in range(10):
        chosen = [spans[0], spans[2]] if i < 4 else [spans[1 + i % 3]]
        r = await client.post(f"/fairs/{fid}/buyers", json={
            "buyer_ref": f"buyer-{i}", "name": f"Importer {i}", "email": f"buyer{i}@example.com", "country": "JP",
            "availability": [{"start": local(a), "end": local(b)} for a, b in chosen]})
        assert r.status_code == 201, r.text
        buyers.append(r.json()["id"])
        buyer_slots[r.json()["id"]] = {k for k, t in enumerate(slot_starts)
                                       if any(a <= t and t + timedelta(minutes=30) <= b for a, b in chosen)}
    wishes = []
    for b in buyers:
        for e in rng.sample(exhibitors, 4):
            source = rng.choice(["buyer", "exhibitor", "matching"])
            v = float(rng.randint(1, 9))
            r = await client.post(f"/fairs/{fid}/wishes",
                                  json={"buyer_id": b, "application_id": e, "source": source, "value": v})
            assert r.status_code == 201, r.text
            wishes.append((b, e, v))
    return dict(fair=fair, fid=fid, buyers=buyers, exhibitors=exhibitors, booth_of=booth_of, wishes=wishes,
                buyer_slots=buyer_slots, exhibitor_slots=exhibitor_slots, slot_starts=slot_starts,
                not_booked=not_booked)


def as_tuples(meetings: list[dict]) -> list[tuple[str, str, str, int]]:
    return [(m["buyer_id"], m["application_id"], m["booth_code"], m["slot"]) for m in meetings]


async def test_wishes_and_buyers_outside_the_rules_are_refused(client, fair_with_meetings, events_service):
    f = fair_with_meetings
    r = await client.post(f"/fairs/{f['fid']}/buyers", json={
        "buyer_ref": "late", "name": "Late buyer", "availability": [{"start": "2020-01-01T09:00:00", "end": "2020-01-01T10:00:00"}]})
    assert r.status_code == 422 and [(e["field"], e["reason"]) for e in problem(r)["errors"]] == [
        ("availability.0", f"2020-01-01 09:00..2020-01-01 10:00 is not within the fair's days "
                           f"{f['fair']['starts_on']}..{f['fair']['ends_on']}")]
    night = f"{f['fair']['ends_on']}T03:00:00", f"{f['fair']['ends_on']}T04:00:00"
    r = await client.post(f"/fairs/{f['fid']}/buyers", json={
        "buyer_ref": "night", "name": "Night buyer", "availability": [{"start": night[0], "end": night[1]}]})
    assert r.status_code == 422 and [(e["field"], e["reason"]) for e in problem(r)["errors"]] == [
        ("availability", "no meeting slot of the fair lies inside these hours")]
    r = await client.post(f"/fairs/{f['fid']}/wishes", json={
        "buyer_id": f["buyers"][0], "application_id": "A-unknown", "source": "buyer", "value": 3})
    assert r.status_code == 422 and problem(r)["errors"][0]["field"] == "application_id"
    r = await client.post(f"/fairs/{f['fid']}/wishes", json={
        "buyer_id": f["buyers"][0], "application_id": f["exhibitors"][0], "source": "gossip", "value": 3})
    assert r.status_code == 422 and problem(r)["errors"][0]["field"] == "source"
    wish = {"buyer_id": f["buyers"][0], "application_id": f["exhibitors"][0], "value": 3}
    buyer = events_service.network.auth("buyer")
    r = await client.post(f"/fairs/{f['fid']}/wishes", json={**wish, "source": "matching"}, headers=buyer)
    assert r.status_code == 403 and "matching" in problem(r)["detail"]
    r = await client.post(f"/fairs/{f['fid']}/wishes", json={**wish, "source": "matching"},
                          headers=events_service.network.auth("integrator"))
    assert r.status_code == 201 and r.headers["location"] == f"/fairs/{f['fid']}/wishes/{r.json()['id']}", r.text
    shown = (await client.get(r.headers["location"])).json()
    assert {k: shown[k] for k in r.json()} == r.json() and shown["buyer_name"]


async def test_the_schedule_meets_every_constraint_and_a_cancellation_moves_nobody_else(
        client, fair_with_meetings, kafka_bootstrap, events_service):
    f = fair_with_meetings
    fid = f["fid"]
    summary = (await client.post(f"/fairs/{fid}/meetings/schedule")).json()
    meetings = (await client.get(f"/fairs/{fid}/meetings")).json()["items"]
    assert summary["meetings"] == len(meetings) > 0
    rules = dict(buyer_slots=f["buyer_slots"], exhibitor_slots=f["exhibitor_slots"], booth_of=f["booth_of"], cap=3)
    assert violations(meetings=as_tuples(meetings), wishes=f["wishes"], **rules) == []
    for m in meetings:
        assert datetime.fromisoformat(m["starts_at"]) == f["slot_starts"][m["slot"]].replace(tzinfo=TZ)
    got = value(f["wishes"], as_tuples(meetings))
    best = exact_optimum(dict(wishes=f["wishes"], **rules))
    assert got >= 0.9 * best, (got, best)
    assert all(m["application_id"] != f["not_booked"] for m in meetings)

    again = (await client.post(f"/fairs/{fid}/meetings/schedule")).json()
    assert again["added"] == 0 and again["meetings"] == len(meetings)

    gone = meetings[len(meetings) // 2]
    r = await client.post(f"/fairs/{fid}/meetings/{gone['id']}/cancel")
    assert r.status_code == 200, r.text
    added = r.json()["added"]
    assert (await client.post(f"/fairs/{fid}/meetings/{gone['id']}/cancel")).status_code == 409
    after = (await client.get(f"/fairs/{fid}/meetings")).json()["items"]
    before = {m["id"]: m["slot"] for m in meetings if m["id"] != gone["id"]}
    assert {m["id"]: m["slot"] for m in after if m["id"] in before} == before, "no other meeting moved"
    assert {m["id"] for m in after} == set(before) | {m["id"] for m in added}
    assert all(m["slot"] == gone["slot"] for m in added)
    assert violations(meetings=as_tuples(after), wishes=f["wishes"], **rules) == []

    events = await published(kafka_bootstrap, events_service.network.topic(MEETINGS_TOPIC), fid,
                             lambda evs: sum(e.type == MEETING_SCHEDULED for e in evs) >= len(meetings) + len(added))
    assert {e.data["id"] for e in events if e.type == MEETING_SCHEDULED} == {m["id"] for m in meetings + added}


async def test_agendas_are_icalendar_feeds_a_standard_parser_reads_back_and_reminders_go_out(
        client, fair_with_meetings, kafka_bootstrap, events_service):
    f = fair_with_meetings
    fid = f["fid"]
    assert (await client.post(f"/fairs/{fid}/meetings/schedule")).status_code == 200
    meetings = (await client.get(f"/fairs/{fid}/meetings")).json()["items"]
    buyer = max(f["buyers"], key=lambda b: sum(m["buyer_id"] == b for m in meetings))
    mine = {m["id"]: m for m in meetings if m["buyer_id"] == buyer}
    assert mine
    r = await client.get(f"/fairs/{fid}/buyers/{buyer}/agenda.ics")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/calendar")
    cal = Calendar.from_ical(r.content)
    events = list(cal.walk("VEVENT"))
    assert len(events) == len(mine)
    assert [tz["TZID"] for tz in cal.walk("VTIMEZONE")] == ["Asia/Bangkok"]
    for ev in events:
        m = mine[str(ev["UID"]).split("@")[0]]
        start = ev.decoded("DTSTART")
        assert start == datetime.fromisoformat(m["starts_at"]) and str(start.tzinfo) == "Asia/Bangkok"
        assert ev.decoded("DTEND") - start == timedelta(minutes=30)
        assert m["booth_code"] in str(ev["LOCATION"]) and str(ev["SUMMARY"]).startswith("B2B meeting with ")
        assert ev.walk("VALARM")[0].decoded("TRIGGER") == timedelta(minutes=-15)

    exhibitor = meetings[0]["application_id"]
    r = await client.get(f"/fairs/{fid}/exhibitors/{exhibitor}/agenda.ics")
    theirs = [m for m in meetings if m["application_id"] == exhibitor]
    assert len(list(Calendar.from_ical(r.content).walk("VEVENT"))) == len(theirs)
    assert (await client.get(f"/fairs/{fid}/buyers/B-nobody/agenda.ics")).status_code == 404

    soon = {m["id"] for m in meetings if datetime.fromisoformat(m["starts_at"]) - datetime.now(timezone.utc) < timedelta(minutes=14)}
    assert soon, "the first slot starts within the reminder lead"
    reminders = await published(kafka_bootstrap, events_service.network.topic(MEETINGS_TOPIC), fid,
                                lambda evs: soon <= {e.data["id"] for e in evs if e.type == MEETING_REMINDER})
    reminded = {e.data["id"] for e in reminders if e.type == MEETING_REMINDER}
    assert soon <= reminded
    assert all(datetime.fromisoformat(m["starts_at"]) - datetime.now(timezone.utc) < timedelta(minutes=16)
               for m in meetings if m["id"] in reminded)
