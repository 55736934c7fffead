"""Forums: programmes of sessions in rooms, with speakers and capacity-limited seats. Plain Python: the rules
a new or changed session must keep, and who gets a seat."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class SessionSlot:
    id: str
    room: str
    starts_at: datetime  # venue wall clock
    ends_at: datetime
    speakers: tuple[str, ...]
    topic: str = ""


def _overlap(a: SessionSlot, b: SessionSlot) -> bool:
    return a.starts_at < b.ends_at and b.starts_at < a.ends_at


def _who(name: str) -> str:
    return " ".join(name.casefold().split())


def clashes(new: SessionSlot, others: list[SessionSlot]) -> list[dict[str, str]]:
    """Why `new` cannot join the programme: another session in the same room at an overlapping time, or one
    of its speakers speaking elsewhere at the same time. Each reason names its field."""
    out: list[dict[str, str]] = []
    for o in others:
        if o.id == new.id or not _overlap(new, o):
            continue
        span = f"{o.starts_at:%Y-%m-%d %H:%M}-{o.ends_at:%H:%M}"
        if _who(o.room) == _who(new.room):
            out.append({"field": "room", "reason": f"room {o.room} holds session {o.id} ({o.topic}) at {span}"})
        for i, sp in enumerate(new.speakers):
            if _who(sp) in {_who(x) for x in o.speakers}:
                out.append({"field": f"speakers.{i}",
                            "reason": f"{sp} speaks at session {o.id} ({o.topic}) in room {o.room} at {span}"})
    return out


def seat_status(capacity: int, registered: int) -> str:
    """A new registration takes a seat while one is left, otherwise it waits in line."""
    return "registered" if registered < capacity else "waiting"
