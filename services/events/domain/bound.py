"""An upper bound on the value any schedule can reach, and the choice of pairs that reaches it.

Drop the time slots and keep only the capacities: each buyer meets at most min(cap, its available slots)
exhibitors, each exhibitor at most min(cap, its available slots) buyers, each pair at most once and only if
they share an available slot. Every schedule is a feasible point of that problem, so its optimum bounds
every schedule from above. It is a bipartite b-matching, whose LP (solved here with HiGHS) has an integral
optimum; the bound is the LP value.
"""
from __future__ import annotations

import numpy as np

from services.events.domain.scheduling import Fair, merge_wishes


def b_matching_bound(fair: Fair) -> float:
    return _solve(fair)[0]


def best_pairs(fair: Fair) -> set[tuple[str, str]]:
    """The pairs of an optimal b-matching: the best choice of who meets whom if slots never clashed."""
    return _solve(fair)[1]


def _solve(fair: Fair) -> tuple[float, set[tuple[str, str]]]:
    import highspy

    wishes = [w for w in merge_wishes(fair.wishes)
              if w.exhibitor in fair.booth_of
              and fair.buyer_slots.get(w.buyer, 0) & fair.exhibitor_slots.get(w.exhibitor, 0)]
    if not wishes:
        return 0.0, set()
    rows: dict[tuple[str, str], int] = {}
    for w in wishes:
        rows.setdefault(("b", w.buyer), len(rows))
        rows.setdefault(("e", w.exhibitor), len(rows))
    upper = np.empty(len(rows))
    for (kind, who), i in rows.items():
        slots = fair.buyer_slots[who] if kind == "b" else fair.exhibitor_slots[who]
        upper[i] = min(fair.cap, bin(slots).count("1"))
    n = len(wishes)
    lp = highspy.HighsLp()
    lp.num_col_, lp.num_row_ = n, len(rows)
    lp.col_cost_ = np.array([w.value for w in wishes], dtype=float)
    lp.col_lower_, lp.col_upper_ = np.zeros(n), np.ones(n)
    lp.row_lower_, lp.row_upper_ = np.zeros(len(rows)), upper
    lp.sense_ = highspy.ObjSense.kMaximize
    lp.a_matrix_.format_ = highspy.MatrixFormat.kColwise
    lp.a_matrix_.start_ = np.arange(0, 2 * n + 1, 2, dtype=np.int32)
    index = np.empty(2 * n, dtype=np.int32)
    for k, w in enumerate(wishes):
        index[2 * k], index[2 * k + 1] = rows[("b", w.buyer)], rows[("e", w.exhibitor)]
    lp.a_matrix_.index_ = index
    lp.a_matrix_.value_ = np.ones(2 * n)
    h = highspy.Highs()
    h.setOptionValue("output_flag", False)
    status = h.passModel(lp)
    h.run()
    model_status = h.getModelStatus()
    if model_status != highspy.HighsModelStatus.kOptimal:
        raise RuntimeError(f"the bound's LP ended {h.modelStatusToString(model_status)} ({status})")
    x = h.getSolution().col_value
    return float(h.getInfo().objective_function_value), {(w.buyer, w.exhibitor) for w, v in zip(wishes, x) if v > 0.5}
