"""The scheduler against an independent checker, an exact optimum on small fairs (HiGHS MIP) and its bound."""
from __future__ import annotations

import random

import pytest

from services.events.domain.bound import b_matching_bound, best_pairs
from services.events.domain.scheduling import Fair, Meeting, Wish, mask, refill, schedule
from tests.support.schedule_checker import exact_optimum, value, violations


def random_fair(seed: int, n_buyers: int = 12, n_exhibitors: int = 6, n_slots: int = 6, cap: int = 3,
                wishes_per_buyer: int = 4) -> tuple[Fair, dict]:
    rng = random.Random(seed)
    buyers = {f"b{i}": {s for s in range(n_slots) if rng.random() < 0.6} for i in range(n_buyers)}
    exhibitors = {f"e{i}": {s for s in range(n_slots) if rng.random() < 0.8} for i in range(n_exhibitors)}
    booth_of = {e: f"booth-{e}" for e in exhibitors}
    wishes = []
    for b in buyers:
        for e in rng.sample(sorted(exhibitors), min(wishes_per_buyer, n_exhibitors)):
            wishes.append((b, e, float(rng.randint(1, 10))))
            if rng.random() < 0.2:  # a second source for the same pair
                wishes.append((b, e, float(rng.randint(1, 5))))
    fair = Fair(n_slots, cap, {b: mask(s) for b, s in buyers.items()}, {e: mask(s) for e, s in exhibitors.items()},
                booth_of, [Wish(*w) for w in wishes])
    plain = dict(buyer_slots=buyers, exhibitor_slots=exhibitors, booth_of=booth_of, cap=cap, wishes=wishes)
    return fair, plain


def as_tuples(plan: list[Meeting]) -> list[tuple[str, str, str, int]]:
    return [(m.buyer, m.exhibitor, m.booth, m.slot) for m in plan]


@pytest.mark.parametrize("seed", range(12))
def test_a_schedule_breaks_no_rule_and_reaches_at_least_90_percent_of_the_optimum(seed):
    fair, plain = random_fair(seed)
    plan = schedule(fair)
    assert violations(meetings=as_tuples(plan), **plain) == []
    got, best, bound = value(plain["wishes"], as_tuples(plan)), exact_optimum(plain), b_matching_bound(fair)
    assert got <= best + 1e-6 <= bound + 2e-6
    assert got >= 0.9 * best


@pytest.mark.parametrize("seed", range(12))
def test_placing_the_lp_chosen_pairs_first_breaks_no_rule_and_reaches_at_least_95_percent_of_the_optimum(seed):
    fair, plain = random_fair(seed)
    plan = schedule(fair, first=best_pairs(fair))
    assert violations(meetings=as_tuples(plan), **plain) == []
    got, best = value(plain["wishes"], as_tuples(plan)), exact_optimum(plain)
    assert 0.95 * best <= got <= best + 1e-6


def test_a_large_fair_is_scheduled_without_a_violation():
    fair, plain = random_fair(99, n_buyers=400, n_exhibitors=150, n_slots=16, cap=8, wishes_per_buyer=10)
    for plan in (schedule(fair), schedule(fair, first=best_pairs(fair))):
        assert violations(meetings=as_tuples(plan), **plain) == []
        assert value(plain["wishes"], as_tuples(plan)) >= 0.9 * b_matching_bound(fair)


def test_meetings_already_scheduled_stay_where_they_are():
    fair, plain = random_fair(3)
    first = schedule(fair)
    kept = first[: len(first) // 2]
    again = schedule(fair, kept)
    assert set(kept) <= set(again)
    assert violations(meetings=as_tuples(again), **plain) == []


@pytest.mark.parametrize("seed", range(6))
def test_cancelling_a_meeting_moves_no_other_and_fills_the_slot_from_unmet_wishes(seed):
    fair, plain = random_fair(seed, wishes_per_buyer=6)
    plan = schedule(fair)
    gone = max(plan, key=lambda m: (m.value, m.buyer))
    rest = [m for m in plan if m != gone]
    added = refill(fair, rest, gone)
    after = rest + added
    assert all(m.slot == gone.slot for m in added) and len(added) <= 2
    assert all((m.buyer, m.exhibitor) != (gone.buyer, gone.exhibitor) for m in added)
    plain_after = {**plain, "wishes": [w for w in plain["wishes"] if (w[0], w[1]) != (gone.buyer, gone.exhibitor)]}
    assert violations(meetings=as_tuples(after), **plain_after) == []
    # nothing better was left: no unmet wish of the freed buyer could have used the freed slot
    met = {(m.buyer, m.exhibitor) for m in after}
    buyer_count = sum(1 for m in after if m.buyer == gone.buyer)
    if not any(m.buyer == gone.buyer and m.slot == gone.slot for m in added) and buyer_count < plain["cap"]:
        for b, e, _ in plain_after["wishes"]:
            if b != gone.buyer or (b, e) in met or gone.slot not in plain["exhibitor_slots"][e]:
                continue
            busy = any(m.slot == gone.slot and (m.exhibitor == e) for m in after)
            full = sum(1 for m in after if m.exhibitor == e) >= plain["cap"]
            assert busy or full, f"{b} could have met {e} in the freed slot"
