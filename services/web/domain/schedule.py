"""The meeting schedule as a grid: one row per participant (a buyer, or an exhibitor), one column per slot."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass
class Grid:
    slots: list[str]                      # slot start times, in order
    rows: list[tuple[str, list[dict | None]]]  # (participant id, the meeting in each slot or None)


def schedule_grid(meetings: list[dict], slots: list[str], by: str) -> Grid:
    """Slots come in the venue's local time and meetings in UTC: a meeting takes the column of the slot that
    starts at the same instant, whatever offset each is written with."""
    key = "buyer_id" if by == "buyer" else "application_id"
    column = {_instant(s): i for i, s in enumerate(slots)}
    labels = list(slots)
    for s in sorted({m["starts_at"] for m in meetings}, key=_instant):  # a meeting outside the slots still shows
        if _instant(s) not in column:
            column[_instant(s)] = len(labels)
            labels.append(s)
    rows: dict[str, list[dict | None]] = {}
    for m in meetings:
        if m.get("status") == "cancelled":
            continue
        row = rows.setdefault(m[key], [None] * len(labels))
        row[column[_instant(m["starts_at"])]] = m
    return Grid(labels, sorted(rows.items()))


def _instant(value: str) -> datetime:
    return datetime.fromisoformat(value)
