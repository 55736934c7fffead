"""The programme's rules as data: the OCOP scorecard and its stars, councils, validity, checklists, standards."""
from __future__ import annotations

from datetime import date

import pytest

from services.registry.domain import programme as rules
from services.registry.domain.access import check_listing, check_may_write, check_rating_untouched
from services.registry.domain.errors import Forbidden, InvalidField
from shared.auth import Principal, Role

TODAY = date(2026, 11, 25)


def evaluation(a: float, b: float, c: float, level: str = "central", on: date = date(2026, 3, 31)):
    return rules.EvaluationInput(scorecard={"A": a, "B": b, "C": c}, council={"level": level, "name": "council"},
                                 assessors=["assessor"], evaluated_on=on)


def test_the_ocop_scorecard_has_three_parts_of_100_points_as_decision_148_sets_them():
    scheme = rules.rules("OCOP").evaluation
    assert [(p.key, p.max) for p in scheme.parts] == [("A", 40), ("B", 25), ("C", 35)]
    assert sum(p.max for p in scheme.parts) == 100
    assert scheme.validity_months == 36


@pytest.mark.parametrize("total,stars", [(0, 1), (29.5, 1), (30, 2), (49.99, 2), (50, 3), (69, 3), (70, 4),
                                         (89.5, 4), (90, 5), (100, 5)])
def test_stars_follow_the_total_in_the_five_bands(total, stars):
    assert rules.rules("OCOP").evaluation.stars_for(total) == stars


def test_an_evaluation_is_scored_and_lasts_36_months_to_the_day_or_the_months_last_day():
    assert rules.assess("OCOP", evaluation(35, 20, 22, "provincial"), TODAY) == {
        "total": 77, "stars": 4, "valid_until": date(2029, 3, 31)}
    assert rules.add_months(date(2024, 2, 29), 36) == date(2027, 2, 28)


@pytest.mark.parametrize("ev,field,reason", [
    (evaluation(38, 24, 30, "provincial"), "council.level", "need the central council"),
    (evaluation(30, 20, 20, "district"), "council.level", "at most 3 stars"),
    (evaluation(41, 20, 20), "scorecard.A", "at most 40"),
    (evaluation(20, 20, 20, "village"), "council.level", "not a council level"),
    (evaluation(20, 20, 20, on=date(2026, 12, 1)), "evaluated_on", "future"),
])
def test_what_the_scheme_refuses_names_the_field(ev, field, reason):
    with pytest.raises(InvalidField) as refused:
        rules.assess("OCOP", ev, TODAY)
    assert refused.value.field == field and reason in refused.value.reason


def test_a_missing_part_and_a_programme_without_a_scheme_are_refused():
    with pytest.raises(InvalidField) as refused:
        rules.assess("OCOP", rules.EvaluationInput(scorecard={"A": 30, "B": 20}, council={"level": "central", "name": "c"},
                                                   assessors=["a"], evaluated_on=TODAY), TODAY)
    assert refused.value.field == "scorecard.C"
    with pytest.raises(InvalidField) as refused:
        rules.assess("OVOP", evaluation(30, 20, 20), TODAY)
    assert refused.value.field == "programme"


def test_the_current_rating_is_the_latest_still_valid_one():
    def ev(seq, on, until, stars, status="valid"):
        return {"seq": seq, "id": f"E{seq}", "evaluated_on": on, "valid_until": until, "stars": stars, "status": status}
    history = [ev(1, date(2022, 1, 1), date(2025, 1, 1), 3), ev(2, date(2024, 6, 1), date(2027, 6, 1), 4),
               ev(3, date(2024, 6, 1), date(2027, 6, 1), 2)]
    assert rules.current_rating(history, TODAY)["id"] == "E3"            # same day: the one recorded last
    assert rules.current_rating(history, date(2027, 6, 2)) is None       # all past their validity
    assert rules.current_rating([ev(1, date(2025, 1, 1), date(2028, 1, 1), 5, "expired")], TODAY) is None


def test_an_approval_needs_every_required_checklist_item_and_a_refusal_its_reasons():
    with pytest.raises(InvalidField) as refused:
        rules.check_review("OCOP", rules.Review(decision="approve", checklist={"registration_form": True}))
    assert refused.value.field == "checklist.business_registration"
    with pytest.raises(InvalidField) as refused:
        rules.check_review("OCOP", rules.Review(decision="approve", checklist={"made_up": True}))
    assert refused.value.field == "checklist.made_up"
    with pytest.raises(ValueError, match="reasons"):
        rules.Review(decision="request_changes", reasons=[" "])
    every = {i.key: True for i in rules.rules("OVOP").checklist if i.required}
    rules.check_review("OVOP", rules.Review(decision="approve", checklist=every))


def test_every_programme_of_the_model_has_rules_and_certificates_name_catalogued_standards():
    from services.registry.domain.model import Programme

    assert set(rules.programmes()) == {p.value for p in Programme}
    assert rules.standard_of("vietgap").scheme == "VietGAP"
    with pytest.raises(InvalidField) as refused:
        rules.standard_of("MADE-UP")
    assert refused.value.field == "standard"


KG = Principal("o", Role.provincial_officer, country="VN", province="Kiên Giang")
KG_PRODUCER = {"id": "VN-M-1", "place": {"country": "VN", "province": "Kiên Giang"}}
HN_PRODUCER = {"id": "VN-M-2", "place": {"country": "VN", "province": "Hà Nội"}}


def product(producer_id="VN-M-1", province="Kiên Giang", **over):
    return {"id": "VN-P-1", "producer_id": producer_id, "origin": {"country": "VN", "province": province},
            "status": "draft", "stars": None} | over


def test_a_provincial_officer_writes_its_provinces_records_only():
    check_may_write(KG, "VN", "product", product(), None, KG_PRODUCER)
    check_may_write(KG, "VN", "producer", KG_PRODUCER, None, None)
    for args in (("product", product(province="Hà Nội"), None, KG_PRODUCER),
                 ("product", product(), None, HN_PRODUCER),                      # its producer is elsewhere
                 ("product", product(), product(province="Hà Nội"), KG_PRODUCER),  # moving a record in
                 ("producer", HN_PRODUCER, None, None)):
        with pytest.raises(Forbidden):
            check_may_write(KG, "VN", *args)
    with pytest.raises(Forbidden):
        check_may_write(KG, "KH", "product", product(), None, KG_PRODUCER)


def test_a_producer_writes_its_own_products_and_record_only():
    me = Principal("p", Role.producer, producer_id="VN-M-1")
    check_may_write(me, "VN", "product", product(), None, KG_PRODUCER)
    check_may_write(me, "VN", "producer", KG_PRODUCER, KG_PRODUCER, None)
    for args in (("product", product("VN-M-2"), None, HN_PRODUCER), ("producer", KG_PRODUCER, None, None),
                 ("producer", HN_PRODUCER, HN_PRODUCER, None)):
        with pytest.raises(Forbidden):
            check_may_write(me, "VN", *args)
    for role in (Role.buyer, Role.committee, Role.integrator):
        with pytest.raises(Forbidden):
            check_may_write(Principal("x", role, country="VN"), "VN", "product", product(), None, KG_PRODUCER)


def test_stars_are_never_written_and_only_an_approved_registration_is_listed():
    admin = Principal("a", Role.registry_admin, country="VN")
    check_rating_untouched({"stars"}, product(stars=4), None, admin)      # the national register's rating
    with pytest.raises(InvalidField) as refused:
        check_rating_untouched({"stars"}, product(stars=4), None, KG)
    assert refused.value.field == "stars"
    with pytest.raises(InvalidField):
        check_rating_untouched({"stars"}, product(stars=5), product(stars=4), admin)
    check_rating_untouched({"stars"}, product(stars=4), product(stars=4), admin)
    check_listing("listed", None, admin)
    for current in (None, product(registration={"status": "submitted"})):
        with pytest.raises(InvalidField) as refused:
            check_listing("listed", current, KG if current is None else admin)
        assert refused.value.field == "status"
    check_listing("listed", product(status="delisted", registration={"status": "approved"}), KG)


def test_a_certificate_counts_within_its_dates_by_the_consumers_clock_unless_its_registry_ended_it():
    from shared.contracts.registry import certificate_valid

    cert = {"scheme": "VietGAP", "valid_from": "2025-01-01", "valid_until": "2026-11-25"}
    assert certificate_valid(cert, TODAY)
    assert not certificate_valid(cert, date(2026, 11, 26))          # past its date, before any sweep
    assert not certificate_valid(cert, date(2024, 12, 31))          # not yet valid
    assert not certificate_valid(cert | {"status": "expired"}, TODAY)
    assert not certificate_valid(cert | {"status": "revoked"}, TODAY)
    assert certificate_valid({"scheme": "GI"}, TODAY)               # a typed claim without dates
