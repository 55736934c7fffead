"""Meeting agendas as iCalendar (RFC 5545), times in the venue's time zone, with RFC 5546 semantics: a
meeting keeps its UID for life and each change raises its SEQUENCE (its version - 1); a cancelled meeting
stays in the feed as STATUS:CANCELLED, and its own message is METHOD:CANCEL."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

from icalendar import Alarm, Calendar, Event, vCalAddress, vText


def address(uri: str, name: str, role: str | None = None) -> vCalAddress:
    a = vCalAddress(uri)
    a.params["cn"] = vText(name)
    if role:
        a.params["role"] = vText(role)
        a.params["partstat"] = vText("ACCEPTED")
    return a


def participant_uri(kind: str, ident: str, email: str | None = None) -> str:
    """A calendar address: the participant's e-mail where it gave one to the fair, otherwise a URN naming it."""
    return f"mailto:{email}" if email else f"urn:ovop:fairs:{kind}:{ident}"


def meeting_event(m: dict, *, fair_id: str, venue: str, organiser: str, zone: ZoneInfo, stamp: datetime) -> Event:
    """`m`: id, starts_at, ends_at (aware), booth_code, version, status, buyer (name, uri), exhibitor (name, uri),
    with_name, products (names), reasons (text)."""
    ev = Event()
    ev.add("uid", f"{m['id']}@{fair_id}.fairs.ovop.asean.example")
    ev.add("dtstamp", stamp)
    ev.add("dtstart", m["starts_at"].astimezone(zone))
    ev.add("dtend", m["ends_at"].astimezone(zone))
    ev.add("summary", f"B2B meeting with {m['with_name']}")
    ev.add("location", f"Booth {m['booth_code']}, {venue}")
    ev.add("sequence", max(m.get("version", 1) - 1, 0))
    cancelled = m.get("status", "scheduled") != "scheduled"
    ev.add("status", "CANCELLED" if cancelled else "CONFIRMED")
    lines = [f"Buyer: {m['buyer']['name']}", f"Exhibitor: {m['exhibitor']['name']}"]
    if m.get("products"):
        lines.append("Products: " + "; ".join(m["products"]))
    if m.get("reasons"):
        lines.append("Why you meet: " + m["reasons"])
    lines.append(f"Booth {m['booth_code']}")
    if cancelled:
        lines.insert(0, "CANCELLED" + (f" ({m['status']})" if m.get("status") not in (None, "cancelled") else ""))
    ev.add("description", "\n".join(lines))
    ev.add("organizer", address(f"urn:ovop:fairs:fair:{fair_id}", organiser))
    ev.add("attendee", address(m["buyer"]["uri"], m["buyer"]["name"], "REQ-PARTICIPANT"))
    ev.add("attendee", address(m["exhibitor"]["uri"], m["exhibitor"]["name"], "REQ-PARTICIPANT"))
    if not cancelled:
        alarm = Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", f"Meeting with {m['with_name']} at booth {m['booth_code']} in 15 minutes")
        alarm.add("trigger", timedelta(minutes=-15))
        ev.add_component(alarm)
    return ev


def _calendar(name: str, tz: str, method: str) -> Calendar:
    cal = Calendar()
    cal.add("prodid", "-//OVOP Network//Fair meetings//EN")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", method)
    cal.add("x-wr-calname", name)
    cal.add("x-wr-timezone", tz)
    return cal


def agenda(*, fair_id: str, fair_name: str, tz: str, owner: str, meetings: list[dict], venue: str,
           organiser: str) -> bytes:
    """A participant's feed (METHOD:PUBLISH): its meetings, the cancelled ones as STATUS:CANCELLED."""
    cal = _calendar(f"{fair_name}: meetings of {owner}", tz, "PUBLISH")
    zone, stamp = ZoneInfo(tz), datetime.now(timezone.utc)
    for m in meetings:
        cal.add_component(meeting_event(m, fair_id=fair_id, venue=venue, organiser=organiser, zone=zone, stamp=stamp))
    cal.add_missing_timezones()
    return cal.to_ical()


def message(*, fair_id: str, fair_name: str, tz: str, meeting: dict, venue: str, organiser: str) -> bytes:
    """One meeting as an iTIP message (RFC 5546): METHOD:REQUEST while it stands, METHOD:CANCEL once cancelled."""
    method = "REQUEST" if meeting.get("status", "scheduled") == "scheduled" else "CANCEL"
    cal = _calendar(f"{fair_name}: meeting", tz, method)
    cal.add_component(meeting_event(meeting, fair_id=fair_id, venue=venue, organiser=organiser, zone=ZoneInfo(tz),
                                    stamp=datetime.now(timezone.utc)))
    cal.add_missing_timezones()
    return cal.to_ical()
