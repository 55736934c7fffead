"""An independent checker of a meeting schedule: written from the rules, not from the scheduler's code.

Inputs are plain data: each buyer's and exhibitor's available slots as sets, each exhibitor's booth, the cap,
the wishes (buyer, exhibitor, value; several wishes for one pair add up) and the meetings as
(buyer, exhibitor, booth, slot) tuples. Returns every violation found, as sentences."""
from __future__ import annotations

from collections import Counter

import highspy
import numpy as np


def violations(*, buyer_slots: dict[str, set[int]], exhibitor_slots: dict[str, set[int]], booth_of: dict[str, str],
               cap: int, wishes: list[tuple[str, str, float]],
               meetings: list[tuple[str, str, str, int]]) -> list[str]:
    found: list[str] = []
    wished = {(b, e) for b, e, _ in wishes}
    for b, e, booth, slot in meetings:
        if (b, e) not in wished:
            found.append(f"{b} meets {e} though nobody wished it")
        if slot not in buyer_slots.get(b, set()):
            found.append(f"{b} meets {e} in slot {slot}, outside the buyer's availability")
        if slot not in exhibitor_slots.get(e, set()):
            found.append(f"{b} meets {e} in slot {slot}, outside the exhibitor's availability")
        if booth_of.get(e) != booth:
            found.append(f"{b} meets {e} at booth {booth}, not the exhibitor's booth {booth_of.get(e)}")
    for what, key in (("buyer", lambda m: (m[0], m[3])), ("exhibitor", lambda m: (m[1], m[3])),
                      ("booth", lambda m: (m[2], m[3]))):
        for (who, slot), n in Counter(map(key, meetings)).items():
            if n > 1:
                found.append(f"{what} {who} has {n} meetings in slot {slot}")
    for who, n in (Counter(m[0] for m in meetings) + Counter(m[1] for m in meetings)).items():
        if n > cap:
            found.append(f"{who} has {n} meetings, over the cap of {cap}")
    for pair, n in Counter((m[0], m[1]) for m in meetings).items():
        if n > 1:
            found.append(f"{pair[0]} meets {pair[1]} {n} times")
    return found


def value(wishes: list[tuple[str, str, float]], meetings: list[tuple[str, str, str, int]]) -> float:
    met = {(m[0], m[1]) for m in meetings}
    return sum(v for b, e, v in wishes if (b, e) in met)


def exact_optimum(plain: dict) -> float:
    """max total value over every feasible schedule, as a MIP: x[pair, slot] binary."""
    pairs: dict[tuple[str, str], float] = {}
    for b, e, v in plain["wishes"]:
        pairs[(b, e)] = pairs.get((b, e), 0) + v
    cols = [(b, e, s) for (b, e) in pairs for s in sorted(plain["buyer_slots"][b] & plain["exhibitor_slots"][e])]
    if not cols:
        return 0.0
    h = highspy.Highs()
    h.setOptionValue("output_flag", False)
    n = len(cols)
    h.addVars(n, np.zeros(n), np.ones(n))
    h.changeColsCost(n, np.arange(n, dtype=np.int32), np.array([pairs[(b, e)] for b, e, _ in cols]))
    h.changeColsIntegrality(n, np.arange(n, dtype=np.int32), np.array([highspy.HighsVarType.kInteger] * n))
    groups: dict[tuple, list[int]] = {}
    for k, (b, e, s) in enumerate(cols):
        for key in (("bs", b, s), ("es", e, s), ("pair", b, e)):
            groups.setdefault(key, []).append(k)
        groups.setdefault(("bcap", b), []).append(k)
        groups.setdefault(("ecap", e), []).append(k)
    for key, idx in groups.items():
        upper = plain["cap"] if key[0] in ("bcap", "ecap") else 1
        h.addRow(0, upper, len(idx), np.array(idx, dtype=np.int32), np.ones(len(idx)))
    h.changeObjectiveSense(highspy.ObjSense.kMaximize)
    h.run()
    return h.getInfo().objective_function_value
