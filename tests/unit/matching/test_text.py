from services.matching.domain.text import fold, query_terms, terms


def test_folding_drops_vietnamese_tones_and_reads_d_stroke_as_d():
    assert fold("Nước mắm Phú Quốc") == "nuoc mam phu quoc"
    assert fold("Đắk Lắk") == "dak lak"
    assert fold("ĐỒNG THÁP") == "dong thap"


def test_folding_keeps_thai_and_khmer_vowel_signs():
    assert fold("ผ้าไหม") == "ผ้าไหม"
    assert fold("ម្រេចកំពត") == "ម្រេចកំពត"


def test_a_query_without_accents_has_the_same_terms_as_the_accented_name():
    assert query_terms("nuoc mam") == query_terms("NƯỚC MẮM") == ["nuoc", "mam"]


def test_unspaced_scripts_become_character_pairs_so_a_word_is_found_inside_a_longer_run():
    run = set(terms("ម្រេចកំពត"))
    word = set(terms("កំពត"))
    assert word and word <= run


def test_english_plurals_and_stopwords_are_reduced():
    assert terms("Baskets of berries and the glass") == terms("basket berry glass")
    assert terms("wood carvings") == terms("wood carving") and terms("mangoes") == terms("mango")
    assert len(terms("Baskets of berries and the glass")) == 3


def test_a_product_is_found_by_its_country_and_group_words():
    from services.matching.domain.products import facts
    from tests.unit.matching.test_scoring import product

    f = facts(product())
    assert set(terms("Vietnamese Vietnam food")) <= f.all_terms


def test_facts_from_stored_terms_equal_facts_computed_from_the_record():
    from services.matching.domain.products import facts
    from tests.unit.matching.test_scoring import product

    computed = facts(product())
    assert facts(product(), computed.name_terms, computed.text_terms) == computed
