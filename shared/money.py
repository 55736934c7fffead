"""Reference exchange rates, to compare prices given in different currencies (matching ranks and filters
by price with them; trade compares quotes and values deals with them).

The table is units of each currency per US dollar, with the date it is of and where it comes from. The one
in the repository (`shared/reference_rates.json`) holds rounded mid-market rates of 2025, good enough to rank
and filter by price. An operator who values deals points `REFERENCE_RATES_FILE` at a file of the same shape
that a daily job refreshes (from the central banks' reference rates, say); it is re-read when it changes, and
every deal records the date of the rates it was valued at. The currencies are fixed by the code (the API's
schemas publish them); a file that drops one, or gives a rate that is not a positive number, is refused and
the rates held before stay. A currency outside the table cannot be compared and is refused where a price
must be compared.
"""
from __future__ import annotations

import json
import logging
import math
import os
import time
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger(__name__)

BUILT_IN = Path(__file__).with_name("reference_rates.json")
CHECK_EVERY_S = 30.0


@dataclass(frozen=True)
class RateTable:
    as_of: str      # ISO date the rates are of
    source: str
    units_per_usd: dict[str, float]

    @property
    def label(self) -> str:
        return f"reference rates of {self.as_of} ({self.source}), not for settlement"


def _read(path: Path, currencies: frozenset[str] | None) -> RateTable:
    doc = json.loads(path.read_text())
    rates = {str(k).upper(): float(v) for k, v in doc["units_per_usd"].items()}
    bad = sorted(k for k, v in rates.items() if not (math.isfinite(v) and v > 0))
    if bad:
        raise ValueError(f"rates that are not positive numbers: {bad}")
    if currencies is not None and not currencies <= rates.keys():
        raise ValueError(f"currencies missing: {sorted(currencies - rates.keys())}")
    if rates.get("USD") != 1.0:
        raise ValueError("USD must be 1")
    return RateTable(as_of=str(doc["as_of"]), source=str(doc.get("source", path.name)),
                     units_per_usd={k: rates[k] for k in sorted(currencies or rates)})


_BUILT_IN = _read(BUILT_IN, None)
# The currencies the network compares: those of the repository's table, whatever an operator's file adds.
UNITS_PER_USD: dict[str, float] = _BUILT_IN.units_per_usd
CURRENCIES = frozenset(UNITS_PER_USD)


class _Current:
    def __init__(self) -> None:
        self.table, self.path, self.mtime, self.checked = _BUILT_IN, BUILT_IN, None, 0.0

    def get(self) -> RateTable:
        now = time.monotonic()
        if now - self.checked < CHECK_EVERY_S:
            return self.table
        self.checked = now
        path = Path(os.environ.get("REFERENCE_RATES_FILE") or BUILT_IN)
        try:
            mtime = path.stat().st_mtime_ns
            if path != self.path or mtime != self.mtime:
                self.table, self.path, self.mtime = _read(path, CURRENCIES), path, mtime
        except (OSError, ValueError, KeyError, TypeError) as exc:
            log.error("reference rates in %s refused (%s); keeping those of %s", path, exc, self.table.as_of)
        return self.table


_current = _Current()


def table() -> RateTable:
    """The reference rates in force now."""
    return _current.get()


def reload() -> RateTable:
    """Reads the rates again now (a test, or an operator's signal), without waiting for the next check."""
    _current.checked = 0.0
    _current.mtime = None
    return _current.get()


class UnknownCurrency(ValueError):
    pass


def to_usd(amount: float, currency: str, rates: RateTable | None = None) -> float:
    try:
        return amount / (rates or table()).units_per_usd[currency]
    except KeyError:
        raise UnknownCurrency(f"{currency!r} is not in the reference rate table") from None


def from_usd(amount: float, currency: str, rates: RateTable | None = None) -> float:
    units = (rates or table()).units_per_usd
    if currency not in units:
        raise UnknownCurrency(f"{currency!r} is not in the reference rate table")
    return amount * units[currency]


def convert(amount: float, from_currency: str, to_currency: str, rates: RateTable | None = None) -> float:
    rates = rates or table()
    return from_usd(to_usd(amount, from_currency, rates), to_currency, rates)
