"""What matching reads from a catalogue product record: the facts it searches, filters and scores on."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from shared import money
from services.matching.domain.text import fold, terms
from services.matching.domain.text import name_terms as _name_terms
from shared.contracts.registry import certificate_valid


# Searchable words for a product's country and group, so "Vietnamese fish sauce" or "handicraft Thailand"
# finds products whose own text does not name them.
COUNTRY_WORDS = {
    "BN": "Brunei Darussalam", "KH": "Cambodia Cambodian Khmer Kampuchea", "ID": "Indonesia Indonesian",
    "LA": "Laos Lao", "MM": "Myanmar Burma Burmese", "MY": "Malaysia Malaysian", "PH": "Philippines Filipino",
    "SG": "Singapore", "TH": "Thailand Thai", "VN": "Viet Nam Vietnam Vietnamese", "TL": "Timor-Leste",
}
GROUP_WORDS = {
    "food": "food", "beverages": "beverage drink", "herbal": "herbal medicinal", "textiles": "textile garment",
    "handicrafts": "handicraft craft souvenir decoration", "tourism_services": "rural tourism service",
}


def scheme_key(scheme: str) -> str:
    """One spelling for a certification scheme: "Green OCOP", "green  ocop" and "GREEN OCOP" agree."""
    return " ".join(fold(scheme).split())


def hs_prefixes(hs_code: str | None) -> list[str]:
    """An HS code and its chapter and heading: 210390 -> 21, 2103, 210390 (prefix search on whole levels)."""
    if not hs_code:
        return []
    return list(dict.fromkeys(hs_code[:n] for n in (2, 4, 6, 8, 10) if len(hs_code) >= n))


@dataclass(frozen=True)
class ProductFacts:
    id: str
    producer_id: str
    country: str
    status: str
    group: str
    programme: str | None
    hs_code: str | None
    stars: int | None
    certifications: frozenset[str]
    capacity_amount: float | None
    capacity_unit: str | None
    min_order_amount: float | None
    min_order_unit: str | None
    price_min: float | None
    price_max: float | None
    price_currency: str | None
    price_unit: str | None
    export_markets: frozenset[str]
    name_terms: tuple[str, ...]
    text_terms: tuple[str, ...]

    @property
    def all_terms(self) -> frozenset[str]:
        return frozenset(self.name_terms) | frozenset(self.text_terms)

    def price_usd(self) -> tuple[float, float] | None:
        if self.price_min is None or self.price_currency not in money.UNITS_PER_USD:
            return None
        return money.to_usd(self.price_min, self.price_currency), money.to_usd(self.price_max, self.price_currency)


def valid_schemes(rec: dict[str, Any], today: date | None = None) -> frozenset[str]:
    """The schemes of the certificates valid today (only valid ones count anywhere; the rule is the registry
    contract's): within their dates by matching's own clock, so a certificate stops counting on its date even
    before the registry's sweep marks it, and not expired or revoked by its registry."""
    day = today or date.today()
    return frozenset(scheme_key(c["scheme"]) for c in rec.get("certifications") or [] if certificate_valid(c, day))


def facts(rec: dict[str, Any], name_terms: tuple[str, ...] | None = None,
          text_terms: tuple[str, ...] | None = None, today: date | None = None) -> ProductFacts:
    """The facts of a record; its terms are computed unless given (the index stores them)."""
    cap = rec.get("monthly_capacity") or {}
    least = rec.get("min_order") or {}
    price = rec.get("price") or {}
    origin = rec.get("origin") or {}
    place = " ".join(str(origin.get(k) or "") for k in ("province", "district", "commune", "village"))
    return ProductFacts(
        id=rec["id"], producer_id=rec["producer_id"], country=rec["country"], status=rec.get("status", "draft"),
        group=rec["group"], programme=rec.get("programme"), hs_code=rec.get("hs_code"), stars=rec.get("stars"),
        certifications=valid_schemes(rec, today),
        capacity_amount=cap.get("amount"), capacity_unit=cap.get("unit"),
        min_order_amount=least.get("amount"), min_order_unit=least.get("unit"),
        price_min=price.get("min"), price_max=price.get("max"), price_currency=price.get("currency"),
        price_unit=price.get("unit"),
        export_markets=frozenset(rec.get("export_markets") or []),
        name_terms=name_terms if name_terms is not None else tuple(
            [*_name_terms(rec.get("name_en", "")), *_name_terms(rec.get("name_local", ""))]),
        text_terms=text_terms if text_terms is not None else tuple(
            terms(f"{rec.get('description', '')} {rec.get('description_local', '')} {place} "
                  f"{COUNTRY_WORDS.get(rec['country'], '')} {GROUP_WORDS.get(rec['group'], '')}")),
    )
