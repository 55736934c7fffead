"""How a buyer's words become concepts: phrases of the vocabulary, translations, certification words,
HS codes, filler words, typo allowance by length."""
import json

from services.matching.domain.query import compound, understand
from services.matching.domain.vocabulary import load, phrase_terms


def concepts(text):
    return {c.words: c for c in understand(text).concepts}


def test_a_vietnamese_phrase_is_one_concept_that_its_english_and_thai_words_answer():
    c = concepts("nước mắm")["nuoc mam"]
    assert phrase_terms("fish sauce") in c.alternatives
    assert phrase_terms("น้ำปลา") in c.alternatives
    assert c.own == phrase_terms("nuoc mam")


def test_every_language_of_the_table_reaches_the_same_pepper():
    wanted = phrase_terms("pepper")
    for word in ("tiêu", "ម្រេច", "พริกไทย", "lada", "paminta", "ငရုတ်ကောင်း"):
        (c,) = understand(word).concepts
        assert any(set(alt) <= set(wanted) or alt == wanted for alt in c.alternatives), word
        assert "090411" in c.headings


def test_a_certification_word_names_the_scheme_in_any_language():
    assert concepts("organic coffee")["organic"].scheme == "organic"
    assert concepts("hữu cơ")["huu co"].scheme == "organic"
    assert concepts("fairtrade cocoa")["fairtrade"].scheme == "fair trade"


def test_an_hs_code_or_chapter_typed_as_the_query_is_a_code_and_hs_is_ignored():
    u = understand("HS 0904")
    assert [c.hs for c in u.concepts] == ["0904"] and u.ignored == ("hs",)
    assert understand("090111").concepts[0].hs == "090111"
    assert understand("123").concepts[0].hs is None     # three digits are no HS level


def test_typos_allowed_grow_with_the_length_of_the_word():
    c = concepts("tea peper woodcarvings")
    assert c["tea"].typos == 0 and c["peper"].typos == 1 and c["woodcarvings"].typos == 2


def test_two_plain_words_also_answer_their_compound_and_a_spaced_variant_is_in_the_vocabulary():
    a = understand("sea grass").concepts[0]
    assert phrase_terms("seagrass") in a.alternatives          # from the vocabulary's spacing variants
    x, y = understand("river weed").concepts
    pair = compound(x, y)
    assert pair.alternatives == (("river", "weed"), phrase_terms("riverweed"))


def test_general_words_are_marked_broad():
    c = concepts("brazil nuts")
    assert c["nuts"].broad and not c["brazil"].broad


def test_a_registry_extends_the_vocabulary_with_files_of_the_same_shape(tmp_path):
    (tmp_path / "extra.json").write_text(json.dumps({"language": "vi", "concepts": {"durian": ["sầu riêng"]}}),
                                         encoding="utf-8")
    vocabulary = load(tmp_path)
    (c,) = understand("sầu riêng", vocabulary).concepts
    assert phrase_terms("durian") in c.alternatives
