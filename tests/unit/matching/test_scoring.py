from datetime import date, datetime, timedelta, timezone

import pytest

from shared import money
from services.matching.domain.products import facts, hs_prefixes
from services.matching.domain.rfq import Rfq
from services.matching.domain.scoring import MIN_SCORE, WEIGHTS, rank, score

NOW = datetime(2026, 1, 1, tzinfo=timezone.utc)


def product(**over) -> dict:
    rec = {"id": "VN-P-1", "producer_id": "VN-PR-1", "country": "VN", "version": 1, "status": "listed",
           "name_local": "Nước mắm Phú Quốc", "name_en": "Phu Quoc fish sauce",
           "description": "Traditional anchovy fish sauce.", "programme": "OCOP", "group": "food", "stars": 4,
           "hs_code": "210390", "certifications": [{"scheme": "HACCP"}],
           "origin": {"country": "VN", "province": "Kiên Giang"},
           "monthly_capacity": {"amount": 20000, "unit": "l"},
           "price": {"min": 76200, "max": 152400, "currency": "VND", "unit": "l"}, "export_markets": ["JP"]}
    return rec | over


def rfq(**over) -> Rfq:
    fields = dict(id="RFQ-1", text="fish sauce", group="food", hs_code="210390", quantity=10000, unit="l",
                  target_price=4.0, currency="USD", certifications=("HACCP", "halal"), destination="JP",
                  delivery_from=None, delivery_to=None, deadline=NOW + timedelta(days=30))
    return Rfq(**(fields | over))


def reasons(scored) -> dict:
    return {r["factor"]: r for r in scored.reasons}


def test_the_score_is_the_weighted_sum_of_the_factors_and_every_factor_is_explained():
    s = score(rfq(), facts(product()))
    r = reasons(s)
    assert set(r) == set(WEIGHTS)
    assert s.score == pytest.approx(sum(x["points"] for x in s.reasons), abs=1e-3)
    assert r["text"]["value"] == 1.0 and r["hs_code"]["value"] == 1.0
    assert r["capacity"]["value"] == 1.0          # 20000 l a month against 10000 l
    assert r["certifications"]["met"] == ["HACCP"] and r["certifications"]["missing"] == ["halal"]
    assert r["certifications"]["value"] == 0.5
    assert r["stars"]["value"] == 0.8
    assert r["price"]["value"] == 1.0             # 76200 VND = 3.00 USD at the reference rate, under 4.00
    assert r["export_experience"]["value"] == 1.0


def test_capacity_counts_every_month_of_the_delivery_window():
    wanted = rfq(quantity=60000, delivery_from=date(2026, 3, 1), delivery_to=date(2026, 5, 29))
    assert reasons(score(wanted, facts(product())))["capacity"]["value"] == 1.0   # 3 months x 20000
    assert reasons(score(rfq(quantity=60000), facts(product())))["capacity"]["value"] == pytest.approx(1 / 3, abs=1e-3)


def test_a_price_above_target_loses_points_in_proportion():
    r = reasons(score(rfq(target_price=2.0), facts(product())))
    assert r["price"]["value"] == pytest.approx(0.5, abs=1e-3)   # 3.00 against 2.00: 50 % over


def test_hs_agreement_is_graded_by_subheading_heading_and_chapter():
    assert reasons(score(rfq(hs_code="210390"), facts(product(hs_code="21039010"))))["hs_code"]["value"] == 1.0
    assert reasons(score(rfq(hs_code="210390"), facts(product(hs_code="210320"))))["hs_code"]["value"] == 0.6
    assert reasons(score(rfq(hs_code="210390"), facts(product(hs_code="210610"))))["hs_code"]["value"] == 0.3
    assert score(rfq(hs_code="210390"), facts(product(hs_code="090111"))) is None


def test_without_an_hs_code_the_group_must_agree():
    assert score(rfq(hs_code=None, group="food"), facts(product(group="handicrafts"))) is None
    assert score(rfq(hs_code=None, group="food"), facts(product())) is not None


def test_a_product_that_is_not_listed_never_fits():
    assert score(rfq(), facts(product(status="delisted"))) is None


def test_ranking_keeps_only_products_above_the_threshold_best_first():
    good = facts(product(id="A", stars=5))
    fair = facts(product(id="B", stars=3))
    poor = facts(product(id="C", name_en="Chilli paste", name_local="Tương ớt", description="", stars=1,
                         monthly_capacity={"amount": 10, "unit": "kg"}, certifications=[], export_markets=[],
                         price={"min": 1e6, "max": 2e6, "currency": "VND", "unit": "kg"}, hs_code="210320"))
    ranked = rank(rfq(), [poor, fair, good])
    assert [s.product_id for s in ranked] == ["A", "B"]
    assert all(s.score >= MIN_SCORE for s in ranked)


def test_reference_rates_convert_through_the_dollar():
    assert money.convert(35.0, "THB", "USD") == pytest.approx(1.0)
    assert money.convert(1.0, "USD", "VND") == 25400.0
    with pytest.raises(money.UnknownCurrency):
        money.to_usd(1, "XXX")


def test_hs_prefixes_are_the_chapter_heading_and_code():
    assert hs_prefixes("210390") == ["21", "2103", "210390"]
    assert hs_prefixes(None) == []


def test_a_request_in_tonnes_is_compared_with_a_capacity_and_a_price_in_kilograms():
    pepper = product(name_en="Kampot pepper", name_local="ម្រេចកំពត", description="Black pepper.", hs_code="090411",
                     monthly_capacity={"amount": 3000, "unit": "kg"}, min_order={"amount": 50, "unit": "kg"},
                     price={"min": 8.0, "max": 12.0, "currency": "USD", "unit": "kg"})
    r = reasons(score(rfq(text="Kampot pepper", hs_code="090411", quantity=2, unit="t", target_price=9000,
                          currency="USD", certifications=()), facts(pepper)))
    assert r["capacity"]["value"] == 1.0 and "(= 3 t)" in r["capacity"]["detail"]
    assert r["price"]["value"] == 1.0 and "8000.00 USD/t" in r["price"]["detail"]


def test_a_minimum_order_above_the_quantity_wanted_gives_no_capacity_points():
    big = product(min_order={"amount": 5, "unit": "t"}, monthly_capacity={"amount": 100, "unit": "t"})
    r = reasons(score(rfq(unit="kg", quantity=200, hs_code="210390"), facts(big)))
    assert r["capacity"]["value"] == 0.0 and "minimum order" in r["capacity"]["detail"]


def test_a_product_whose_words_do_not_answer_the_request_never_matches_on_price_and_capacity():
    lychee = facts(product(name_en="Dried lychee", name_local="Vải thiều sấy", description="Sun-dried lychee.",
                           hs_code="081340", monthly_capacity={"amount": 100000, "unit": "kg"}))
    nut = rfq(text="brazil nuts", hs_code="08", unit="kg", quantity=100, target_price=None, certifications=())
    assert score(nut, lychee) is None
    cashew = facts(product(name_en="Roasted cashew nuts", name_local="Hạt điều", description="Cashews.",
                           hs_code="080132"))
    assert score(nut, cashew) is None                      # only the general word "nuts" agrees
    assert score(rfq(text="cashew", hs_code="08", unit="kg", certifications=()), cashew) is not None


def test_a_translation_in_the_request_counts_as_the_word():
    pepper = facts(product(name_en="Phu Quoc black pepper", name_local="Tiêu đen", description="", hs_code="090411"))
    r = reasons(score(rfq(text="lada hitam", hs_code="0904", certifications=()), pepper))
    assert r["text"]["value"] == 1.0 and r["text"]["terms_found"] == ["lada hitam"]
