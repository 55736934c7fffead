"""The search index on a small catalogue (a real tantivy index in a temporary folder)."""
import pytest

from services.matching.adapters.search_index import SearchIndex, SearchRequest
from tests.unit.matching.test_scoring import product


def rec(i: int, producer: str, **over) -> dict:
    return product(id=f"VN-P-{i}", producer_id=producer, **over)


@pytest.fixture
def index(tmp_path):
    records = [rec(i, "VN-M-1", name_en=f"Phu Quoc fish sauce no. {i}") for i in range(6)]
    records += [rec(10 + i, f"VN-M-{10 + i}", name_en=f"Nha Trang fish sauce {i}", stars=3) for i in range(4)]
    records += [
        rec(20, "KH-M-20", country="KH", name_en="Kampot pepper", name_local="ម្រេចកំពត", hs_code="090411",
            origin={"country": "KH", "province": "Kampot"}, monthly_capacity={"amount": 3000, "unit": "kg"},
            min_order={"amount": 50, "unit": "kg"}, description="Black pepper."),
        rec(21, "KH-M-21", country="KH", name_en="Kampot sea salt", name_local="អំបិលកំពត", hs_code="250100",
            origin={"country": "KH", "province": "Kep"}, monthly_capacity={"amount": 100, "unit": "t"},
            min_order={"amount": 2, "unit": "t"}, description="Sea salt."),
        rec(22, "VN-M-22", name_en="Nam Dinh seagrass basket", name_local="Giỏ cói", group="handicrafts",
            hs_code="460219", origin={"country": "VN", "province": "Nam Định"}, description="Woven basket.",
            monthly_capacity={"amount": 20, "unit": "dozen"}),
    ]
    idx = SearchIndex(tmp_path / "index")
    idx.open()
    idx.begin_rebuild()
    idx.add_batch(records)
    idx.finish_rebuild(None)
    yield idx
    idx.close()


def ids(page):
    return [r["id"] for r in page.items]


def test_one_producer_shows_at_most_two_products_before_the_other_producers(index):
    page = index.search(SearchRequest(text="fish sauce", limit=10))
    producers = [r["producer_id"] for r in page.items]
    assert producers[:6].count("VN-M-1") == 2 and len(set(producers[:6])) == 5
    assert page.total == 10 and len(set(ids(page))) == 10


def test_pages_of_a_diversified_answer_neither_repeat_nor_lose_a_product(index):
    first = index.search(SearchRequest(text="fish sauce", limit=4))
    second = index.search(SearchRequest(text="fish sauce", limit=4, offset=4))
    third = index.search(SearchRequest(text="fish sauce", limit=4, offset=8))
    seen = ids(first) + ids(second) + ids(third)
    assert len(seen) == len(set(seen)) == 10


def test_the_province_filter_folds_accents_and_case(index):
    assert ids(index.search(SearchRequest(province="nam dinh"))) == ["VN-P-22"]
    assert ids(index.search(SearchRequest(text="basket", province="Nam Định"))) == ["VN-P-22"]


def test_a_capacity_filter_in_tonnes_finds_capacities_in_kilograms(index):
    assert set(ids(index.search(SearchRequest(min_capacity=2, capacity_unit="t")))) == {"VN-P-20", "VN-P-21"}
    assert ids(index.search(SearchRequest(min_capacity=5, capacity_unit="t"))) == ["VN-P-21"]
    assert ids(index.search(SearchRequest(min_capacity=100, capacity_unit="pcs"))) == ["VN-P-22"]   # 20 dozen


def test_the_order_filter_keeps_minimum_orders_up_to_the_quantity_and_products_without_one(index):
    found = set(ids(index.search(SearchRequest(order_quantity=500, order_unit="kg", limit=50))))
    assert "VN-P-20" in found and "VN-P-21" not in found and "VN-P-22" in found


def test_seagrass_written_apart_or_together_finds_the_same_basket(index):
    assert ids(index.search(SearchRequest(text="sea grass"))) == ids(index.search(SearchRequest(text="seagrass"))) \
        == ["VN-P-22"]


def test_a_query_relaxes_to_the_words_that_can_match_together(index):
    page = index.search(SearchRequest(text="kampot pepper sauce"))
    assert ids(page)[0] == "VN-P-20" and page.dropped and page.matched


def test_a_word_with_a_typo_is_found_and_reported(index):
    page = index.search(SearchRequest(text="pepperr"))
    assert ids(page) == ["VN-P-20"] and page.corrected == {"pepperr": "typo"}


def test_nothing_found_carries_suggestions(index):
    page = index.search(SearchRequest(text="zzzzqqq"))
    assert page.total == 0 and page.suggestions


def test_plain_words_give_the_group_and_hs_code_of_the_catalogue_s_answers(index):
    assert index.infer("kampot pepper") == ("food", "090411")
    assert index.infer("zzzzqqq") == (None, None)
