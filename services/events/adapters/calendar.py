"""A participant's meeting agenda as an iCalendar (RFC 5545) feed, times in the venue's time zone."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

from icalendar import Alarm, Calendar, Event


def agenda(*, fair_id: str, fair_name: str, tz: str, owner: str, meetings: list[dict], venue: str) -> bytes:
    """`meetings`: dicts with id, starts_at, ends_at (aware), booth_code, with_name, version."""
    cal = Calendar()
    cal.add("prodid", "-//OVOP Network//Fair meetings//EN")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", f"{fair_name}: meetings of {owner}")
    cal.add("x-wr-timezone", tz)
    zone = ZoneInfo(tz)
    for m in meetings:
        ev = Event()
        ev.add("uid", f"{m['id']}@{fair_id}.fairs.ovop.asean.example")
        ev.add("dtstamp", datetime.now(timezone.utc))
        ev.add("dtstart", m["starts_at"].astimezone(zone))
        ev.add("dtend", m["ends_at"].astimezone(zone))
        ev.add("summary", f"B2B meeting with {m['with_name']}")
        ev.add("location", f"Booth {m['booth_code']}, {venue}")
        ev.add("sequence", m.get("version", 1) - 1)
        ev.add("status", "CONFIRMED")
        alarm = Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", f"Meeting with {m['with_name']} at booth {m['booth_code']} in 15 minutes")
        alarm.add("trigger", timedelta(minutes=-15))
        ev.add_component(alarm)
        cal.add_component(ev)
    cal.add_missing_timezones()
    return cal.to_ical()
