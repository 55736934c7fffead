"""Ranking beyond text relevance: the tie-breaker every product carries (stars, valid certificates,
completeness, freshness) and the re-ordering that keeps one producer from filling a page."""
from __future__ import annotations

from datetime import date
from typing import Any

from services.matching.domain.products import ProductFacts

TIE_BREAK = 0.15       # at most 15 % added to a product's text score by its quality
PER_PRODUCER = 2       # products of one producer among the first hits before the others' come first
PER_NAME = 2           # products of one identical name, likewise
RELEVANCE_KEPT = 0.8   # a waiting hit comes back before any hit scoring less than this share of its score
_COMPLETE = ("description", "description_local", "image_urls", "price", "monthly_capacity", "min_order",
             "hs_code", "export_markets")


def quality(rec: dict[str, Any], f: ProductFacts, today: date | None = None) -> float:
    """In [0, 1]: stars 45 %, valid certificates 25 % (three or more count fully), completeness of the record
    20 %, freshness of the star rating 10 % (full within two years, none after six)."""
    today = today or date.today()
    complete = sum(1 for k in _COMPLETE if rec.get(k)) / len(_COMPLETE)
    fresh = 0.0
    if rec.get("rating_date"):
        try:
            age = (today - date.fromisoformat(str(rec["rating_date"])[:10])).days / 365.25
            fresh = 1.0 if age <= 2 else max(0.0, 1 - (age - 2) / 4)
        except ValueError:
            pass
    return round(0.45 * (f.stars or 0) / 5 + 0.25 * min(len(f.certifications), 3) / 3 + 0.2 * complete + 0.1 * fresh, 4)


def weight(q: float) -> float:
    """The index multiplies a score by log2(2 + weight): this weight makes that factor 1 + TIE_BREAK * q."""
    return 2 ** (1 + TIE_BREAK * q) - 2


def diversify(hits: list, producers: list, names: list, scores: list | None = None) -> list:
    """Hits in score order, except that a producer's third product waits until every other hit of the window
    has been placed, and a name's third copy waits while the hits after it are nearly as relevant (at least
    RELEVANCE_KEPT of its score): a first page shows many producers and distinct products, but never trades
    a right answer for a much weaker one only because its name repeats."""
    scores = scores if scores is not None else [1.0] * len(hits)
    out: list = []
    same_name: list[tuple] = []   # (score, hit, producer, name), in score order
    same_producer: list = []
    per_producer: dict = {}
    per_name: dict = {}

    def place(hit, producer, name) -> None:
        if per_producer.get(producer, 0) >= PER_PRODUCER:
            same_producer.append(hit)
            return
        per_producer[producer] = per_producer.get(producer, 0) + 1
        per_name[name] = per_name.get(name, 0) + 1
        out.append(hit)

    for hit, producer, name, score in zip(hits, producers, names, scores):
        while same_name and score < same_name[0][0] * RELEVANCE_KEPT:
            _, h, p, n = same_name.pop(0)
            place(h, p, n)
        if per_name.get(name, 0) >= PER_NAME and per_producer.get(producer, 0) < PER_PRODUCER:
            same_name.append((score, hit, producer, name))
        else:
            place(hit, producer, name)
    for _, h, p, n in same_name:
        place(h, p, n)
    return out + same_producer


def family(name: str) -> str:
    return name.strip()
