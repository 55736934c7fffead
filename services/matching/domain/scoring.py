"""How well a product answers a sourcing request: a score in [0, 1] and the reasons, factor by factor.

Each factor gives a value in [0, 1]; the score is their weighted sum. A product fits at all only when it
is listed, agrees with the request's HS code (same chapter at least) or, without one, its group, and is
really what was asked for: half the request's words (or their synonyms and translations) are in its text,
or its HS code is within the request's subheading. Price and capacity alone never make a match.
Quantities are converted (t, kg, g; l, ml; dozen, pieces…) before capacity, minimum order and price are
compared.
"""
from __future__ import annotations

import math
from dataclasses import dataclass

from services.matching.domain import units
from shared import money
from services.matching.domain.products import ProductFacts, scheme_key
from services.matching.domain.query import understand
from services.matching.domain.rfq import Rfq

WEIGHTS: dict[str, float] = {
    "text": 0.35, "hs_code": 0.15, "capacity": 0.15, "certifications": 0.10, "stars": 0.10, "price": 0.10,
    "export_experience": 0.05,
}
MIN_SCORE = 0.5       # below this a product is not proposed
TEXT_FLOOR = 0.5      # share of the request's words a product must answer, unless its HS code agrees closely
HS_FLOOR = 0.8        # HS agreement (same subheading) that makes a product relevant whatever its words
MAX_MATCHES = 20      # proposed per request when it is posted or amended


@dataclass(frozen=True)
class Scored:
    product_id: str
    score: float
    reasons: list[dict]


def _months(rfq: Rfq) -> int:
    if rfq.delivery_from and rfq.delivery_to:
        return max(1, math.ceil(((rfq.delivery_to - rfq.delivery_from).days + 1) / 30))
    return 1


def text_factor(rfq: Rfq, p: ProductFacts) -> tuple[float, dict]:
    """The request's words (each with its synonyms and translations) the product's text or certificates have."""
    wanted = understand(rfq.text).concepts
    hit = [c for c in wanted if c.found_in(p.all_terms, p.certifications)]
    found = [c.words for c in hit]
    value = len(found) / len(wanted) if wanted else 0.0
    if hit and all(c.broad for c in hit) and len(hit) < len(wanted):
        # Only general words ("nuts", "oil") agree: not the product asked for ("brazil nuts", "olive oil").
        value = min(value, TEXT_FLOOR / 2)
    return value, {"terms_found": found, "terms_missing": [c.words for c in wanted if c.words not in found]}


def hs_factor(rfq: Rfq, p: ProductFacts) -> tuple[float, dict]:
    if not rfq.hs_code:
        same = p.group == rfq.group
        return (1.0 if same else 0.0), {"detail": f"group {p.group}" + ("" if same else f", not {rfq.group}")}
    code = p.hs_code or ""
    if code.startswith(rfq.hs_code):
        return 1.0, {"detail": f"HS {code} is within {rfq.hs_code}"}
    for digits, value, level in ((6, 0.8, "subheading"), (4, 0.6, "heading"), (2, 0.3, "chapter")):
        if len(rfq.hs_code) >= digits and code[:digits] == rfq.hs_code[:digits]:
            return value, {"detail": f"HS {code} shares the {level} {code[:digits]}"}
    return 0.0, {"detail": f"HS {code or 'none'} is outside {rfq.hs_code}"}


def capacity_factor(rfq: Rfq, p: ProductFacts) -> tuple[float, dict]:
    if p.capacity_amount is None:
        return 0.0, {"detail": "no monthly capacity given"}
    monthly = units.convert(p.capacity_amount, p.capacity_unit, rfq.unit)
    if monthly is None:
        return 0.0, {"detail": f"capacity in {p.capacity_unit}, request in {rfq.unit}: not comparable"}
    if p.min_order_amount is not None:
        least = units.convert(p.min_order_amount, p.min_order_unit, rfq.unit)
        if least is not None and least > rfq.quantity:
            return 0.0, {"detail": f"minimum order {p.min_order_amount:g} {p.min_order_unit} "
                                   f"= {least:g} {rfq.unit}, above the {rfq.quantity:g} {rfq.unit} wanted"}
    months = _months(rfq)
    available = monthly * months
    shown = f"{p.capacity_amount:g} {p.capacity_unit}/month"
    if (p.capacity_unit or "").lower() != rfq.unit.lower():
        shown += f" (= {monthly:g} {rfq.unit})"
    return min(1.0, available / rfq.quantity), {
        "detail": f"{shown} x {months} month(s) for {rfq.quantity:g} {rfq.unit}"}


def certification_factor(rfq: Rfq, p: ProductFacts) -> tuple[float, dict]:
    required = [c for c in dict.fromkeys(rfq.certifications)]
    met = [c for c in required if scheme_key(c) in p.certifications]
    missing = [c for c in required if scheme_key(c) not in p.certifications]
    return (len(met) / len(required) if required else 1.0), {"met": met, "missing": missing}


def stars_factor(_: Rfq, p: ProductFacts) -> tuple[float, dict]:
    return (p.stars or 0) / 5, {"detail": f"{p.stars or 'no'} star(s)"}


def price_factor(rfq: Rfq, p: ProductFacts) -> tuple[float, dict]:
    if rfq.target_price is None:
        return 1.0, {"detail": "no target price"}
    if p.price_min is None or p.price_currency not in money.UNITS_PER_USD:
        return 0.0, {"detail": "no comparable price given"}
    per = units.factor(rfq.unit, p.price_unit)  # how many of the product's price units make one requested unit
    if per is None:
        return 0.0, {"detail": f"priced per {p.price_unit}, request per {rfq.unit}: not comparable"}
    lowest = money.convert(p.price_min, p.price_currency, rfq.currency) * per
    value = 1.0 if lowest <= rfq.target_price else max(0.0, 1 - (lowest - rfq.target_price) / rfq.target_price)
    return value, {"detail": f"from {lowest:.2f} {rfq.currency}/{rfq.unit} (reference rate) "
                             f"against a target of {rfq.target_price:g}"}


def export_factor(rfq: Rfq, p: ProductFacts) -> tuple[float, dict]:
    if rfq.destination in p.export_markets or rfq.destination == p.country:
        return 1.0, {"detail": f"already sells in {rfq.destination}"}
    if p.export_markets:
        return 0.5, {"detail": f"exports to {', '.join(sorted(p.export_markets))}, not yet {rfq.destination}"}
    return 0.0, {"detail": "no export experience"}


FACTORS = {
    "text": text_factor, "hs_code": hs_factor, "capacity": capacity_factor, "certifications": certification_factor,
    "stars": stars_factor, "price": price_factor, "export_experience": export_factor,
}


def fits(rfq: Rfq, p: ProductFacts) -> bool:
    if p.status != "listed":
        return False
    if rfq.group and not rfq.hs_code and p.group != rfq.group:
        return False
    hs = hs_factor(rfq, p)[0]
    if hs <= 0:
        return False
    # Real relevance: the words, or an HS code within the request's subheading (given by the buyer).
    close_code = rfq.hs_code is not None and "hs_code" not in rfq.inferred and len(rfq.hs_code) >= 6 and hs >= HS_FLOOR
    return close_code or text_factor(rfq, p)[0] >= TEXT_FLOOR


def score(rfq: Rfq, p: ProductFacts) -> Scored | None:
    """None when the product does not fit the request at all."""
    if not fits(rfq, p):
        return None
    reasons, total = [], 0.0
    for name, factor in FACTORS.items():
        value, info = factor(rfq, p)
        points = WEIGHTS[name] * value
        total += points
        reasons.append({"factor": name, "weight": WEIGHTS[name], "value": round(value, 3),
                        "points": round(points, 3), **info})
    return Scored(p.id, round(total, 4), reasons)


def rank(rfq: Rfq, candidates: list[ProductFacts], limit: int = MAX_MATCHES) -> list[Scored]:
    scored = [s for s in (score(rfq, p) for p in candidates) if s and s.score >= MIN_SCORE]
    return sorted(scored, key=lambda s: (-s.score, s.product_id))[:limit]
