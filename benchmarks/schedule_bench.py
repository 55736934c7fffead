"""Benchmark of the B2B meeting scheduler (a script, not a test).

    .venv/bin/python benchmarks/schedule_bench.py            # both sizes
    .venv/bin/python benchmarks/schedule_bench.py --only fair

Exhibitors are producers of the registry's demo generator (their products' group, stars and country);
buyers want some product groups from some countries, as matching would rank them; wishes come from the
buyers, the exhibitors and matching, valued by how well the pair fits. Prints the time to schedule, the
meetings placed, the value reached and an upper bound: the b-matching LP bound of
services/events/domain/bound.py (slots dropped, capacities kept), solved with HiGHS.
"""
from __future__ import annotations

import argparse
import os
import platform
import random
import sys
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from services.events.domain.bound import b_matching_bound, best_pairs  # noqa: E402
from services.events.domain.scheduling import Fair, Wish, mask, merge_wishes, schedule, total_value  # noqa: E402
from services.registry.demo.archetypes import COUNTRIES  # noqa: E402
from services.registry.demo.generator import PRODUCTS_PER_PRODUCER, products  # noqa: E402
from benchmarks.figures import Figure, write  # noqa: E402


def exhibitors(n: int, seed: int) -> dict[str, dict]:
    """n producers of the generator, each with its listed products' groups and best stars."""
    out: dict[str, dict] = {}
    per_country = n // len(COUNTRIES) + 1
    for cc in COUNTRIES:
        for p in products(cc, per_country * PRODUCTS_PER_PRODUCER, seed=seed):
            if p["status"] != "listed":
                continue
            ex = out.setdefault(p["producer_ref"], {"country": cc, "groups": set(), "stars": 0})
            ex["groups"].add(p["group"])
            ex["stars"] = max(ex["stars"], p["stars"] or 0)
    return dict(list(sorted(out.items()))[:n])


def make_fair(n_buyers: int, n_exhibitors: int, n_slots: int, cap: int, wishes_per_buyer: int, seed: int = 7) -> Fair:
    rng = random.Random(seed)
    exh = exhibitors(n_exhibitors, seed)
    by_key: dict[tuple[str, str], list[str]] = defaultdict(list)
    for eid, ex in exh.items():
        for g in ex["groups"]:
            by_key[(g, ex["country"])].append(eid)
    groups = ["food", "beverages", "herbal", "textiles", "handicrafts", "tourism_services"]
    group_w = [0.62, 0.14, 0.05, 0.05, 0.11, 0.03]
    buyer_slots, wishes = {}, []
    for i in range(n_buyers):
        b = f"B{i:05d}"
        # Hosted buyers: most stay the whole programme, some only mornings or afternoons of each day.
        r = rng.random()
        day = 8 if n_slots >= 16 else n_slots
        slots = [s for s in range(n_slots)
                 if r < 0.6 or (r < 0.8 and s % day < day // 2) or (r >= 0.8 and s % day >= day // 2)]
        buyer_slots[b] = mask(slots)
        wanted_groups = set(rng.choices(groups, weights=group_w, k=rng.randint(1, 3)))
        wanted_countries = set(rng.sample(list(COUNTRIES), rng.randint(1, len(COUNTRIES))))
        pool = sorted({e for g in wanted_groups for c in wanted_countries for e in by_key.get((g, c), [])})
        chosen = rng.sample(pool, min(len(pool), wishes_per_buyer))
        for e in chosen:
            fit = exh[e]["stars"] + rng.random() * 2  # matching's score: stars and how well the offer fits
            source = rng.choices(["matching", "buyer", "exhibitor"], weights=[0.6, 0.3, 0.1])[0]
            wishes.append(Wish(b, e, round(fit * (1.5 if source == "buyer" else 1.0), 3)))
            if source == "matching" and rng.random() < 0.25:  # the buyer confirms a match: worth more
                wishes.append(Wish(b, e, 2.0))
    exhibitor_slots = {e: mask(range(n_slots)) for e in exh}
    booth_of = {e: f"H{i // 200 + 1}-{i % 200:03d}" for i, e in enumerate(sorted(exh))}
    return Fair(n_slots, cap, buyer_slots, exhibitor_slots, booth_of, wishes)


def run(name: str, n_buyers: int, n_exhibitors: int, n_slots: int, cap: int, wishes_per_buyer: int,
        time_limit_s: float) -> list[Figure]:
    t0 = time.perf_counter()
    fair = make_fair(n_buyers, n_exhibitors, n_slots, cap, wishes_per_buyer)
    pairs = merge_wishes(fair.wishes)
    t1 = time.perf_counter()
    plan = schedule(fair, first=best_pairs(fair), time_limit_s=time_limit_s)
    t2 = time.perf_counter()
    greedy_only = schedule(fair, improve=False)
    t3 = time.perf_counter()
    bound = b_matching_bound(fair)
    t4 = time.perf_counter()
    value = total_value(plan)
    print(f"== {name}: {n_buyers} buyers, {len(fair.booth_of)} exhibitors ({n_buyers + len(fair.booth_of)} participants), "
          f"{n_slots} half-hour slots, cap {cap} meetings per participant")
    print(f"   wishes: {len(fair.wishes)} ({len(pairs)} distinct pairs); data generated in {t1 - t0:.1f} s")
    print(f"   greedy only:                 {len(greedy_only):>7} meetings, value {total_value(greedy_only):>11.1f} "
          f"({total_value(greedy_only) / bound:.2%} of bound) in {t3 - t2:.1f} s")
    print(f"   LP pairs + greedy + improve: {len(plan):>7} meetings, value {value:>11.1f} ({value / bound:.2%} of bound) in {t2 - t1:.1f} s")
    print(f"   upper bound (b-matching LP, HiGHS): {bound:.1f} in {t4 - t3:.1f} s")
    size = f"{n_buyers} buyers, {len(fair.booth_of)} exhibitors, {n_slots} slots, cap {cap}, {len(fair.wishes)} wishes"
    key = "schedule." + name.split()[0]
    return [Figure(f"{key}.time", t2 - t1, "s", size), Figure(f"{key}.meetings", len(plan), "meetings", size),
            Figure(f"{key}.value", value, "value", size), Figure(f"{key}.bound", bound, "value", size),
            Figure(f"{key}.of_bound", value / bound, "ratio", size)]


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown CPU"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--only", choices=["fair", "large"])
    ap.add_argument("--time-limit", type=float, default=240.0, help="seconds for the improvement phase")
    args = ap.parse_args()
    print(f"machine: {cpu_model()}, {platform.machine()}, {os.cpu_count()} logical cores (shared with other work), "
          f"Python {platform.python_version()}, {platform.system()}")
    figures: list[Figure] = []
    if args.only in (None, "fair"):
        figures += run("fair", 2000, 1000, 16, 12, 15, args.time_limit)
    if args.only in (None, "large"):
        figures += run("largest hosted-buyer show", 6000, 6000, 32, 14, 20, args.time_limit)
    write("schedule", figures)


if __name__ == "__main__":
    main()
