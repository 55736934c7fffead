"""The B2B meeting scheduler: which buyer meets which exhibitor, in which slot, at the exhibitor's booth.

Constraints: nobody in two meetings at once; a meeting only in a slot both sides are available; one meeting
per booth per slot; at most `cap` meetings per participant; a pair meets at most once. Objective: the total
value of the wishes met.

Method: the pairs to meet are first chosen exactly without the slots (a b-matching LP solved with HiGHS,
see bound.py; its optimum is integral), then placed by value, each in the earliest slot free for both sides
and the booth; the other wishes follow by value (greedy). Then local improvement: an unmet wish whose two sides have no common free slot is placed by moving one or
two of their meetings to another free slot, and a participant at its cap swaps its least valuable meeting
for a more valuable unmet wish. Availability and occupancy are bit masks over the slots, so a fair of
80,000 meetings is planned in seconds of plain Python. A re-plan after a cancellation only fills the freed
slot from unmet wishes and never moves anyone else's meeting.
"""
from __future__ import annotations

import time
from collections import defaultdict
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Wish:
    buyer: str
    exhibitor: str
    value: float


@dataclass(frozen=True)
class Meeting:
    buyer: str
    exhibitor: str
    booth: str
    slot: int
    value: float


@dataclass
class Fair:
    n_slots: int
    cap: int
    buyer_slots: dict[str, int]          # bit mask of the slots each buyer is available
    exhibitor_slots: dict[str, int]      # the same for exhibitors
    booth_of: dict[str, str]             # exhibitor -> its booth
    wishes: list[Wish] = field(default_factory=list)


def mask(slots) -> int:
    m = 0
    for s in slots:
        m |= 1 << s
    return m


def merge_wishes(wishes: list[Wish]) -> list[Wish]:
    """One wish per pair: a buyer's, the exhibitor's and matching's wishes for the same pair add up."""
    total: dict[tuple[str, str], float] = defaultdict(float)
    for w in wishes:
        total[(w.buyer, w.exhibitor)] += w.value
    return [Wish(b, e, v) for (b, e), v in total.items()]


def _lowest(bits: int) -> int:
    return (bits & -bits).bit_length() - 1


def _iter_bits(bits: int):
    while bits:
        low = bits & -bits
        yield low.bit_length() - 1
        bits ^= low


class _State:
    def __init__(self, fair: Fair) -> None:
        self.fair = fair
        self.busy_b: dict[str, int] = defaultdict(int)
        self.busy_e: dict[str, int] = defaultdict(int)
        self.busy_booth: dict[str, int] = defaultdict(int)
        self.at_b: dict[str, dict[int, Meeting]] = defaultdict(dict)
        self.at_e: dict[str, dict[int, Meeting]] = defaultdict(dict)
        self.met: set[tuple[str, str]] = set()

    def count_b(self, b: str) -> int:
        return len(self.at_b[b])

    def count_e(self, e: str) -> int:
        return len(self.at_e[e])

    def add(self, m: Meeting) -> None:
        bit = 1 << m.slot
        self.busy_b[m.buyer] |= bit
        self.busy_e[m.exhibitor] |= bit
        self.busy_booth[m.booth] |= bit
        self.at_b[m.buyer][m.slot] = m
        self.at_e[m.exhibitor][m.slot] = m
        self.met.add((m.buyer, m.exhibitor))

    def remove(self, m: Meeting) -> None:
        bit = 1 << m.slot
        self.busy_b[m.buyer] &= ~bit
        self.busy_e[m.exhibitor] &= ~bit
        self.busy_booth[m.booth] &= ~bit
        del self.at_b[m.buyer][m.slot]
        del self.at_e[m.exhibitor][m.slot]
        self.met.discard((m.buyer, m.exhibitor))

    def common(self, b: str, e: str) -> int:
        """Slots both are available in (free or not)."""
        return self.fair.buyer_slots.get(b, 0) & self.fair.exhibitor_slots.get(e, 0)

    def free(self, b: str, e: str) -> int:
        booth = self.fair.booth_of[e]
        return self.common(b, e) & ~self.busy_b[b] & ~self.busy_e[e] & ~self.busy_booth[booth]

    def meetings(self) -> list[Meeting]:
        return [m for per in self.at_b.values() for m in per.values()]


def _placeable(st: _State, w: Wish) -> bool:
    return (w.exhibitor in st.fair.booth_of and (w.buyer, w.exhibitor) not in st.met
            and st.count_b(w.buyer) < st.fair.cap and st.count_e(w.exhibitor) < st.fair.cap)


def _place_by_moving(st: _State, w: Wish) -> bool:
    """Place w in a slot both sides are available, moving the one or two meetings that block it there
    to another slot free for their own sides; undone if it does not work out."""
    b, e = w.buyer, w.exhibitor
    booth = st.fair.booth_of[e]
    for s in _iter_bits(st.common(b, e)):
        bit = 1 << s
        if st.busy_booth[booth] & bit and s not in st.at_e[e]:
            continue  # the booth is taken by someone else's meeting
        blockers = [m for m in (st.at_b[b].get(s), st.at_e[e].get(s)) if m is not None]
        moved: list[tuple[Meeting, Meeting]] = []
        for m in blockers:
            free = st.free(m.buyer, m.exhibitor) & ~bit
            if not free:
                break
            st.remove(m)
            n = Meeting(m.buyer, m.exhibitor, m.booth, _lowest(free), m.value)
            st.add(n)
            moved.append((m, n))
        else:
            if st.free(b, e) & bit:
                st.add(Meeting(b, e, booth, s, w.value))
                return True
        for m, n in reversed(moved):
            st.remove(n)
            st.add(m)
    return False


def _swap_for_better(st: _State, w: Wish) -> bool:
    """A side at its cap drops its least valuable meeting if w is worth more and fits into a freed slot."""
    b, e = w.buyer, w.exhibitor
    if (b, e) in st.met or e not in st.fair.booth_of:
        return False
    victims = []
    if st.count_b(b) >= st.fair.cap:
        victims.append(min(st.at_b[b].values(), key=lambda m: m.value))
    if st.count_e(e) >= st.fair.cap:
        victims.append(min(st.at_e[e].values(), key=lambda m: m.value))
    if not victims or sum(v.value for v in set(victims)) >= w.value:
        return False
    for v in set(victims):
        st.remove(v)
    free = st.free(b, e)
    if free:
        st.add(Meeting(b, e, st.fair.booth_of[e], _lowest(free), w.value))
        return True
    for v in set(victims):
        st.add(v)
    return False


def schedule(fair: Fair, fixed: list[Meeting] = (), *, first: set[tuple[str, str]] | None = None,
             improve: bool = True, time_limit_s: float = 120.0) -> list[Meeting]:
    """All meetings of the plan, the `fixed` ones included where they are. `first`: pairs to place before
    all others (the pairs an exact selection chose, see bound.best_pairs), then the rest by value."""
    started = time.monotonic()
    st = _State(fair)
    for m in fixed:
        st.add(m)
    first = first or set()
    wishes = sorted(merge_wishes(fair.wishes),
                    key=lambda w: ((w.buyer, w.exhibitor) not in first, -w.value, w.buyer, w.exhibitor))
    unmet: list[Wish] = []
    for w in wishes:
        if not _placeable(st, w):
            if (w.buyer, w.exhibitor) not in st.met:
                unmet.append(w)
            continue
        free = st.free(w.buyer, w.exhibitor)
        if free:
            st.add(Meeting(w.buyer, w.exhibitor, fair.booth_of[w.exhibitor], _lowest(free), w.value))
        else:
            unmet.append(w)
    if improve and not fixed:
        # Moving meetings is only allowed in a first plan; after it, people have their agendas.
        for _ in range(2):
            still = []
            for w in unmet:
                if time.monotonic() - started > time_limit_s:
                    still.append(w)
                    continue
                if _placeable(st, w) and _place_by_moving(st, w):
                    continue
                if _swap_for_better(st, w):
                    continue
                still.append(w)
            if len(still) == len(unmet):
                break
            unmet = still
    return st.meetings()


def refill(fair: Fair, current: list[Meeting], cancelled: Meeting) -> list[Meeting]:
    """After `cancelled` was dropped (it is not in `current`): the new meetings that fill its slot from the
    unmet wishes, one for the buyer's freed hour and one for the booth's, moving nobody else."""
    st = _State(fair)
    for m in current:
        st.add(m)
    st.met.add((cancelled.buyer, cancelled.exhibitor))  # do not re-place the cancelled pair
    s, bit = cancelled.slot, 1 << cancelled.slot
    added: list[Meeting] = []
    for side in ("buyer", "exhibitor"):
        best = None
        for w in merge_wishes(fair.wishes):
            if getattr(w, side) != getattr(cancelled, side) or not _placeable(st, w):
                continue
            if st.free(w.buyer, w.exhibitor) & bit and (best is None or (w.value, w.buyer, w.exhibitor) > (best.value, best.buyer, best.exhibitor)):
                best = w
        if best is not None:
            m = Meeting(best.buyer, best.exhibitor, fair.booth_of[best.exhibitor], s, best.value)
            st.add(m)
            added.append(m)
    return added


def total_value(meetings: list[Meeting]) -> float:
    return sum(m.value for m in meetings)
