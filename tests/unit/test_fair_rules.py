"""The fairs' rules as plain Python: eligibility, the application window, and slots in the venue's time."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from services.events.domain.fairs import (ApplicationStatus, Eligibility, IllegalTransition, ProductFacts, Programme,
                                          Session, Window, check_can_apply, check_can_hold_booth, decide, refusals)

NOW = datetime(2026, 11, 23, 12, 0, tzinfo=timezone.utc)
OPEN = Window(NOW - timedelta(days=1), NOW + timedelta(days=1))
RULES = Eligibility(min_stars=4, groups=frozenset({"food"}), countries=frozenset({"VN", "KH"}))


def product(pid="VN-P-1", producer="VN-PR-1", stars=4, group="food", status="listed", country="VN"):
    return ProductFacts(pid, producer, country, group, stars, status)


def test_an_eligible_application_has_no_refusal():
    assert refusals(RULES, "VN-PR-1", "VN", ["VN-P-1"], {"VN-P-1": product()}) == []


def test_each_broken_rule_is_a_refusal_naming_its_field():
    known = {"a": product("a", stars=3), "b": product("b", group="textiles"), "c": product("c", producer="VN-PR-2"),
             "d": product("d", status="delisted"), "e": product("e", stars=None)}
    got = refusals(RULES, "VN-PR-1", "VN", ["a", "b", "c", "d", "e", "x"], known)
    assert [r["field"] for r in got] == ["product_ids.0", "product_ids.1", "product_ids.2", "product_ids.3",
                                         "product_ids.4", "product_ids.5"]
    assert "3 stars" in got[0]["reason"] and "textiles" in got[1]["reason"] and "another producer" in got[2]["reason"]


def test_a_producer_from_a_country_not_invited_or_unknown_is_refused():
    assert refusals(RULES, "TH-PR-1", "TH", [], {})[0]["field"] == "producer_id"
    assert "not known" in refusals(RULES, "ZZ-PR-1", None, [], {})[0]["reason"]


def test_applications_are_taken_only_while_the_window_is_open():
    check_can_apply(OPEN, NOW)
    with pytest.raises(IllegalTransition, match="opens at"):
        check_can_apply(OPEN, OPEN.opens_at - timedelta(seconds=1))
    with pytest.raises(IllegalTransition, match="closed at"):
        check_can_apply(OPEN, OPEN.closes_at)


def test_an_approval_after_the_window_closes_is_refused_but_a_rejection_is_not():
    late = OPEN.closes_at + timedelta(minutes=1)
    with pytest.raises(IllegalTransition, match="no approval after the window closed"):
        decide(ApplicationStatus.submitted, True, OPEN, late)
    assert decide(ApplicationStatus.submitted, False, OPEN, late) is ApplicationStatus.rejected
    assert decide(ApplicationStatus.submitted, True, OPEN, NOW) is ApplicationStatus.approved


def test_a_decided_application_is_not_decided_again_and_only_an_approved_one_gets_a_booth():
    for status in (ApplicationStatus.approved, ApplicationStatus.rejected):
        with pytest.raises(IllegalTransition, match="already"):
            decide(status, True, OPEN, NOW)
    check_can_hold_booth(ApplicationStatus.approved)
    for status in (ApplicationStatus.submitted, ApplicationStatus.rejected):
        with pytest.raises(IllegalTransition, match="gets no booth"):
            check_can_hold_booth(status)


def test_slots_keep_the_venues_wall_clock_across_a_daylight_saving_change():
    # Berlin leaves summer time on 2026-10-25: 09:00 local is 07:00 UTC the day before and 08:00 UTC that day.
    prog = Programme("Europe/Berlin", 30, (Session(datetime(2026, 10, 24, 9, 0), 2), Session(datetime(2026, 10, 25, 9, 0), 2)))
    starts = [s.astimezone(timezone.utc).strftime("%d %H:%M") for s in prog.slot_starts()]
    assert starts == ["24 07:00", "24 07:30", "25 08:00", "25 08:30"]
    assert prog.slots_within([(datetime(2026, 10, 24, 9, 15), datetime(2026, 10, 25, 9, 30))]) == [1, 2]
