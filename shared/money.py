"""Reference exchange rates, to compare prices given in different currencies (matching ranks and filters
by price with them; trade compares quotes and values deals with them).

A small fixed table (units of each currency per US dollar, rounded mid-market rates of 2025), good enough
to rank and filter by price; it is not a rate to settle a trade with. A currency outside the table cannot
be compared and is refused where a price must be compared.
"""
from __future__ import annotations

RATES = "reference rates of 2025 (rounded mid-market), not for settlement"
UNITS_PER_USD: dict[str, float] = {
    "USD": 1.0, "EUR": 0.92, "GBP": 0.79, "JPY": 150.0, "CNY": 7.2, "KRW": 1380.0, "AUD": 1.52,
    "AED": 3.67, "SGD": 1.34, "BND": 1.34, "MYR": 4.45, "IDR": 16000.0, "PHP": 58.0, "THB": 35.0,
    "VND": 25400.0, "KHR": 4100.0, "LAK": 21900.0, "MMK": 2100.0,
}


class UnknownCurrency(ValueError):
    pass


def to_usd(amount: float, currency: str) -> float:
    try:
        return amount / UNITS_PER_USD[currency]
    except KeyError:
        raise UnknownCurrency(f"{currency!r} is not in the reference rate table") from None


def from_usd(amount: float, currency: str) -> float:
    if currency not in UNITS_PER_USD:
        raise UnknownCurrency(f"{currency!r} is not in the reference rate table")
    return amount * UNITS_PER_USD[currency]


def convert(amount: float, from_currency: str, to_currency: str) -> float:
    return from_usd(to_usd(amount, from_currency), to_currency)
