"""The scheduler benchmark's data still comes out of the registry's generator (a small run, no timing)."""
from __future__ import annotations

import importlib.util
from pathlib import Path

from services.events.domain.bound import b_matching_bound, best_pairs
from services.events.domain.scheduling import schedule, total_value

BENCH = Path(__file__).resolve().parents[2] / "benchmarks" / "schedule_bench.py"


def test_the_benchmark_builds_a_realistic_fair_that_schedules_near_its_bound():
    spec = importlib.util.spec_from_file_location("schedule_bench", BENCH)
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    fair = bench.make_fair(n_buyers=80, n_exhibitors=40, n_slots=8, cap=4, wishes_per_buyer=6)
    assert len(fair.booth_of) == 40 and len(fair.wishes) >= 80 * 5
    plan = schedule(fair, first=best_pairs(fair))
    assert 0.95 * b_matching_bound(fair) <= total_value(plan) <= b_matching_bound(fair) + 1e-6
