from services.matching.domain import ranking, units
from services.matching.domain.products import facts
from tests.unit.matching.test_scoring import product


def test_units_convert_within_their_dimension_only():
    assert units.convert(2, "t", "kg") == 2000
    assert units.convert(500, "g", "kg") == 0.5
    assert units.convert(250, "ml", "l") == 0.25
    assert units.convert(3, "dozen", "pcs") == 36
    assert units.convert(1, "Tonnes", "KG") == 1000
    assert units.convert(1, "kg", "l") is None
    assert units.convert(1, "bottle", "bottle") == 1.0
    assert units.convert(1, "bottle", "piece") is None


def test_a_producer_s_third_product_waits_until_the_others_have_been_placed():
    hits = [f"h{i}" for i in range(6)]
    producers = ["A", "A", "A", "B", "A", "C"]
    names = ["n1", "n2", "n3", "n4", "n5", "n6"]
    assert ranking.diversify(hits, producers, names) == ["h0", "h1", "h3", "h5", "h2", "h4"]


def test_one_identical_name_shows_at_most_twice_before_the_others():
    hits = ["a", "b", "c", "d"]
    assert ranking.diversify(hits, ["P1", "P2", "P3", "P4"], ["same", "same", "same", "other"]) == ["a", "b", "d", "c"]


def test_quality_rises_with_stars_valid_certificates_and_completeness():
    plain = product(stars=1, certifications=[], description="", price=None, monthly_capacity=None)
    rich = product(stars=5, certifications=[{"scheme": "organic"}, {"scheme": "GI"}, {"scheme": "HACCP"}],
                   image_urls=["https://x.example/a.jpg"], min_order={"amount": 1, "unit": "l"})
    expired = product(stars=5, certifications=[{"scheme": "organic", "valid_until": "2020-01-01"}])
    q = lambda rec: ranking.quality(rec, facts(rec))  # noqa: E731
    assert q(plain) < q(expired) < q(rich) <= 1.0


def test_a_repeated_name_comes_back_before_much_weaker_hits_but_a_producer_s_third_product_does_not():
    hits = ["a", "b", "c", "d", "e"]
    producers = ["P1", "P2", "P3", "P4", "P5"]
    names = ["same", "same", "same", "x", "y"]
    # "c" (10) waits for "d" (9, nearly as good) but not for "e" (2, much weaker)
    assert ranking.diversify(hits, producers, names, [10, 10, 10, 9, 2]) == ["a", "b", "d", "c", "e"]
    # a producer's third product waits for every other hit, however weak
    assert ranking.diversify(hits, ["P"] * 3 + ["Q", "R"], ["n1", "n2", "n3", "n4", "n5"],
                             [10, 10, 10, 9, 1]) == ["a", "b", "d", "e", "c"]
