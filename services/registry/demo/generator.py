"""Deterministic generator of producers and products for every country of `archetypes.COUNTRIES`
(`producers`, `products`).

Each producer makes one or two kinds of product (an archetype: Kampot pepper, Bát Tràng ceramics…) in the
province it is based in, and names them with its own brand, so a common query finds many producers and
distinct product names. The output is the registry's own input shape (ProducerFields / ProductFields as
JSON), each with an `external_ref`, so loading the same data twice changes nothing."""
from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta

from services.registry.demo.archetypes import (COUNTRIES, EXPORT_MARKETS, GROUP_WEIGHTS, PRODUCER_TYPE_WEIGHTS,
                                               STAR_WEIGHTS, Archetype)

PRODUCTS_PER_PRODUCER = 4
PRODUCER_LABELS = {"cooperative": "Cooperative", "sme": "Co., Ltd.", "household": "Household Business"}
IMAGE_BASE = "https://images.ovop-demo.example"


def _weighted(rng: random.Random, weights: dict):
    return rng.choices(list(weights), weights=list(weights.values()))[0]


@dataclass(frozen=True)
class Profile:
    brand: str
    type: str
    province: str
    makes: tuple[Archetype, ...]


def profile(country: str, i: int, seed: int = 7) -> Profile:
    """Who producer i of a country is: its brand, type, province and the kinds of product it makes."""
    c = COUNTRIES[country]
    rng = random.Random(f"{seed}-{country}-producer-{i}")
    by_group: dict[str, list[Archetype]] = {}
    for a in c["archetypes"]:
        by_group.setdefault(a.group, []).append(a)
    groups = {g: w for g, w in GROUP_WEIGHTS.items() if g in by_group}
    main = rng.choice(by_group[_weighted(rng, groups)])
    makes = [main]
    if rng.random() < 0.3:
        other = rng.choice(c["archetypes"])
        if other is not main:
            makes.append(other)
    brand = c["names"][rng.randrange(len(c["names"]))]
    return Profile(brand=brand, type=_weighted(rng, PRODUCER_TYPE_WEIGHTS), province=rng.choice(main.provinces),
                   makes=tuple(makes))


def producers(country: str, n: int, seed: int = 7) -> Iterator[dict]:
    c = COUNTRIES[country]
    rng = random.Random(f"{seed}-{country}-producers")
    type_word = dict(zip(("cooperative", "sme", "household"), c["producer_words"]))
    for i in range(n):
        p = profile(country, i, seed)
        yield {
            "external_ref": producer_ref(country, i),
            "name_local": f"{type_word[p.type]} {p.brand} {p.province}"[:200],
            "name_en": f"{p.brand} {PRODUCER_LABELS[p.type]}, {p.province}"[:200],
            "type": p.type,
            "founded_year": rng.randint(1985, 2023),
            "women_led": rng.random() < 0.42,
            "youth_led": rng.random() < 0.18,
            "contact_email": f"contact{i}@producer-{country.lower()}.example",
            "place": {"country": country, "province": p.province, "district": rng.choice(c["districts"]),
                      "commune": rng.choice(c["communes"])},
        }


def producer_ref(country: str, i: int) -> str:
    return f"{country}-PRODUCER-{i:06d}"


def products(country: str, n: int, seed: int = 7) -> Iterator[dict]:
    """Each product names its producer by `producer_ref` (the generated producers' external_ref), four
    products to a producer, so `producers(country, ceil(n / 4))` registers every one of them."""
    c = COUNTRIES[country]
    rng = random.Random(f"{seed}-{country}-products")
    maker: Profile | None = None
    for i in range(n):
        if i % PRODUCTS_PER_PRODUCER == 0 or maker is None:
            maker = profile(country, i // PRODUCTS_PER_PRODUCER, seed)
        a = maker.makes[rng.randrange(len(maker.makes))]
        province = maker.province if maker.province in a.provinces else rng.choice(a.provinces)
        local, en = a.names[rng.randrange(len(a.names))]
        stars = _weighted(rng, STAR_WEIGHTS)
        pmin, pmax = a.price
        lo = round(rng.uniform(pmin, (pmin + pmax) / 2), 2)
        hi = round(rng.uniform(lo, pmax), 2)
        cert_list = [{"scheme": s, "valid_from": "2024-01-01", "valid_until": f"{rng.randint(2026, 2029)}-12-31"}
                     for s in a.certifications if rng.random() < 0.6]
        ref = f"{country}-PRODUCT-{i:07d}"
        yield {
            "producer_ref": producer_ref(country, i // PRODUCTS_PER_PRODUCER),
            "external_ref": ref,
            "name_local": local.format(place=province, brand=maker.brand)[:200],
            "name_en": en.format(place=province, brand=maker.brand)[:200],
            "description": f"{a.description} Made in {province}.",
            "programme": c["programme"],
            "group": a.group,
            "stars": stars,
            "rating_date": (date(2019, 1, 1) + timedelta(days=rng.randint(0, 2500))).isoformat(),
            "hs_code": a.hs,
            "certifications": cert_list,
            "origin": {"country": country, "province": province, "district": rng.choice(c["districts"]),
                       "commune": rng.choice(c["communes"])},
            "min_order": {"amount": rng.choice([10, 20, 50, 100, 500]), "unit": a.unit},
            "monthly_capacity": {"amount": rng.choice([200, 500, 1000, 5000, 20000, 100000]), "unit": a.unit},
            "price": {"min": lo, "max": hi, "currency": c["currency"], "unit": a.unit},
            "export_markets": sorted(set(rng.sample(EXPORT_MARKETS, rng.randint(0, 4))) - {country}),
            "image_urls": [f"{IMAGE_BASE}/{country.lower()}/{ref.lower()}.jpg"] if rng.random() < 0.6 else [],
            "status": "listed" if rng.random() < 0.93 else "draft",
        }
