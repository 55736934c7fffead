"""The meeting schedule as a grid: one row per participant (a buyer, or an exhibitor), one column per slot."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Grid:
    slots: list[str]                      # slot start times, in order
    rows: list[tuple[str, list[dict | None]]]  # (participant id, the meeting in each slot or None)


def schedule_grid(meetings: list[dict], slots: list[str], by: str) -> Grid:
    key = "buyer_id" if by == "buyer" else "application_id"
    column = {s: i for i, s in enumerate(slots)}
    extra = sorted({m["starts_at"] for m in meetings} - set(column))
    for s in extra:  # a meeting outside the published slots still shows
        column[s] = len(column)
    ordered = sorted(column, key=column.get)
    rows: dict[str, list[dict | None]] = {}
    for m in meetings:
        if m.get("status") == "cancelled":
            continue
        row = rows.setdefault(m[key], [None] * len(ordered))
        row[column[m["starts_at"]]] = m
    return Grid(ordered, sorted(rows.items()))
