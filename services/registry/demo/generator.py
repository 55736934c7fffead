"""Deterministic generator of producers and products for VN, KH and TH (`producers`, `products`).

The output is the registry's own input shape (ProducerFields / ProductFields as JSON), each with an
`external_ref`, so loading the same data twice changes nothing."""
from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import date, timedelta

from services.registry.demo.archetypes import (COUNTRIES, EXPORT_MARKETS, GROUP_WEIGHTS, PRODUCER_TYPE_WEIGHTS,
                                               STAR_WEIGHTS)

PRODUCTS_PER_PRODUCER = 4
PRODUCER_LABELS = {"cooperative": "Cooperative", "sme": "Co., Ltd.", "household": "Household Business"}


def _weighted(rng: random.Random, weights: dict):
    return rng.choices(list(weights), weights=list(weights.values()))[0]


def producers(country: str, n: int, seed: int = 7) -> Iterator[dict]:
    c = COUNTRIES[country]
    rng = random.Random(f"{seed}-{country}-producers")
    type_word = dict(zip(("cooperative", "sme", "household"), c["producer_words"]))
    for i in range(n):
        ptype = _weighted(rng, PRODUCER_TYPE_WEIGHTS)
        province = rng.choice(c["provinces"])
        name = rng.choice(c["names"])
        yield {
            "external_ref": producer_ref(country, i),
            "name_local": f"{type_word[ptype]} {name} {province}"[:200],
            "name_en": f"{name} {PRODUCER_LABELS[ptype]}, {province}"[:200],
            "type": ptype,
            "founded_year": rng.randint(1985, 2023),
            "women_led": rng.random() < 0.42,
            "youth_led": rng.random() < 0.18,
            "contact_email": f"contact{i}@producer-{country.lower()}.example",
            "place": {"country": country, "province": province, "district": rng.choice(c["districts"]),
                      "commune": rng.choice(c["communes"])},
        }


def producer_ref(country: str, i: int) -> str:
    return f"{country}-PRODUCER-{i:06d}"


def products(country: str, n: int, seed: int = 7) -> Iterator[dict]:
    """Each product names its producer by `producer_ref` (the generated producers' external_ref), four
    products to a producer, so `producers(country, ceil(n / 4))` registers every one of them."""
    c = COUNTRIES[country]
    rng = random.Random(f"{seed}-{country}-products")
    by_group: dict[str, list] = {}
    for a in c["archetypes"]:
        by_group.setdefault(a[0], []).append(a)
    groups = {g: w for g, w in GROUP_WEIGHTS.items() if g in by_group}
    for i in range(n):
        group, hs, local, en, desc, unit, (pmin, pmax), certs, provinces = rng.choice(by_group[_weighted(rng, groups)])
        province = rng.choice(provinces)
        stars = _weighted(rng, STAR_WEIGHTS)
        lo = round(rng.uniform(pmin, (pmin + pmax) / 2), 2)
        hi = round(rng.uniform(lo, pmax), 2)
        cert_list = [{"scheme": s, "valid_from": "2024-01-01", "valid_until": f"{rng.randint(2026, 2029)}-12-31"}
                     for s in certs if rng.random() < 0.6]
        yield {
            "producer_ref": producer_ref(country, i // PRODUCTS_PER_PRODUCER),
            "external_ref": f"{country}-PRODUCT-{i:07d}",
            "name_local": local.format(place=province),
            "name_en": en.format(place=province),
            "description": f"{desc} Made in {province}.",
            "programme": c["programme"],
            "group": group,
            "stars": stars,
            "rating_date": (date(2019, 1, 1) + timedelta(days=rng.randint(0, 2500))).isoformat(),
            "hs_code": hs,
            "certifications": cert_list,
            "origin": {"country": country, "province": province, "district": rng.choice(c["districts"]),
                       "commune": rng.choice(c["communes"])},
            "min_order": {"amount": rng.choice([10, 20, 50, 100, 500]), "unit": unit},
            "monthly_capacity": {"amount": rng.choice([200, 500, 1000, 5000, 20000, 100000]), "unit": unit},
            "price": {"min": lo, "max": hi, "currency": c["currency"], "unit": unit},
            "export_markets": sorted(set(rng.sample(EXPORT_MARKETS, rng.randint(0, 4))) - {country}),
            "status": "listed" if rng.random() < 0.93 else "draft",
        }
