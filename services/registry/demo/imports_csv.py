"""The generated products as an import CSV (what a national programme's spreadsheet export looks like)."""
from __future__ import annotations

from collections.abc import Iterable

from services.registry.domain.imports import PRODUCT_CSV_COLUMNS, product_to_csv_row, to_csv


def products_csv(rows: Iterable[dict]) -> str:
    return to_csv([product_to_csv_row(p) for p in rows], PRODUCT_CSV_COLUMNS)
