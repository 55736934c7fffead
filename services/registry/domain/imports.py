"""Bulk-import rows: CSV or JSON Lines into the shape of ProductFields / ProducerFields.

CSV is flat, with `;` separating list items; JSON Lines carries the API's own JSON shape. Both may name
a product's producer by `producer_ref` (the producer's external_ref) instead of `producer_id`."""
from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterator
from typing import Any

from services.registry.domain.errors import InvalidField

FORMATS = {"csv": "text/csv", "jsonl": "application/x-ndjson"}

PRODUCT_CSV_COLUMNS = [
    "external_ref", "producer_ref", "producer_id", "name_local", "name_en", "description", "description_local",
    "programme", "group", "stars", "rating_date", "hs_code", "origin_province", "origin_district",
    "origin_commune", "origin_village", "min_order_amount", "min_order_unit", "capacity_amount", "capacity_unit",
    "price_min", "price_max", "price_currency", "price_unit", "certifications", "export_markets", "image_urls",
    "status",
]
PRODUCER_CSV_COLUMNS = [
    "external_ref", "name_local", "name_en", "type", "founded_year", "women_led", "youth_led", "contact_name",
    "contact_email", "contact_phone", "province", "district", "commune", "village",
]


def _blank(v: str | None) -> str | None:
    return v if v not in (None, "") else None


def _list(v: str | None) -> list[str]:
    return [x.strip() for x in (v or "").split(";") if x.strip()]


def _bool(v: str | None) -> bool | str:
    if v in (None, ""):
        return False
    low = v.strip().lower()
    if low in ("1", "true", "yes", "y"):
        return True
    if low in ("0", "false", "no", "n"):
        return False
    return v  # left for validation to refuse with the field's name


def _identity(row: dict[str, str]) -> dict[str, str]:
    """An `id` or `country` column is passed on, so the node can refuse one outside its country."""
    return {k: row[k] for k in ("id", "country") if _blank(row.get(k)) is not None}


def _quantity(amount: str | None, unit: str | None) -> dict | None:
    if _blank(amount) is None and _blank(unit) is None:
        return None
    return {"amount": amount, "unit": unit}


def product_from_csv(row: dict[str, str], country: str) -> dict[str, Any]:
    certs = []
    for item in _list(row.get("certifications")):
        scheme, _, until = item.partition(":")
        certs.append({"scheme": scheme.strip(), **({"valid_until": until.strip()} if until.strip() else {})})
    price = None
    if any(_blank(row.get(k)) for k in ("price_min", "price_max", "price_currency")):
        price = {"min": row.get("price_min"), "max": row.get("price_max"), "currency": row.get("price_currency"),
                 "unit": _blank(row.get("price_unit")) or "unit"}
    out = {
        "external_ref": _blank(row.get("external_ref")),
        "producer_ref": _blank(row.get("producer_ref")),
        "producer_id": _blank(row.get("producer_id")),
        "name_local": row.get("name_local"), "name_en": row.get("name_en"),
        "description": row.get("description") or "", "description_local": row.get("description_local") or "",
        "programme": row.get("programme"), "group": row.get("group"),
        "stars": _blank(row.get("stars")), "rating_date": _blank(row.get("rating_date")),
        "hs_code": _blank(row.get("hs_code")),
        "origin": {"country": country, "province": row.get("origin_province"),
                   "district": _blank(row.get("origin_district")), "commune": _blank(row.get("origin_commune")),
                   "village": _blank(row.get("origin_village"))},
        "min_order": _quantity(row.get("min_order_amount"), row.get("min_order_unit")),
        "monthly_capacity": _quantity(row.get("capacity_amount"), row.get("capacity_unit")),
        "price": price,
        "certifications": certs,
        "export_markets": _list(row.get("export_markets")),
        "image_urls": _list(row.get("image_urls")),
        "status": _blank(row.get("status")) or "draft",
    }
    return _identity(row) | out


def producer_from_csv(row: dict[str, str], country: str) -> dict[str, Any]:
    return _identity(row) | {
        "external_ref": _blank(row.get("external_ref")),
        "name_local": row.get("name_local"), "name_en": row.get("name_en"), "type": row.get("type"),
        "founded_year": _blank(row.get("founded_year")),
        "women_led": _bool(row.get("women_led")), "youth_led": _bool(row.get("youth_led")),
        "contact_name": _blank(row.get("contact_name")), "contact_email": _blank(row.get("contact_email")),
        "contact_phone": _blank(row.get("contact_phone")),
        "place": {"country": country, "province": row.get("province"), "district": _blank(row.get("district")),
                  "commune": _blank(row.get("commune")), "village": _blank(row.get("village"))},
    }


def product_to_csv_row(p: dict[str, Any]) -> dict[str, Any]:
    """The inverse of product_from_csv, for the demo data and the benchmarks."""
    def q(key, part):
        return (p.get(key) or {}).get(part, "")
    return {
        "external_ref": p.get("external_ref") or "", "producer_ref": p.get("producer_ref") or "",
        "producer_id": p.get("producer_id") or "", "name_local": p["name_local"], "name_en": p["name_en"],
        "description": p.get("description", ""), "description_local": p.get("description_local", ""),
        "programme": p["programme"], "group": p["group"], "stars": p.get("stars") or "",
        "rating_date": p.get("rating_date") or "", "hs_code": p.get("hs_code") or "",
        "origin_province": p["origin"]["province"], "origin_district": p["origin"].get("district") or "",
        "origin_commune": p["origin"].get("commune") or "", "origin_village": p["origin"].get("village") or "",
        "min_order_amount": q("min_order", "amount"), "min_order_unit": q("min_order", "unit"),
        "capacity_amount": q("monthly_capacity", "amount"), "capacity_unit": q("monthly_capacity", "unit"),
        "price_min": q("price", "min"), "price_max": q("price", "max"), "price_currency": q("price", "currency"),
        "price_unit": q("price", "unit"),
        "certifications": ";".join(f"{c['scheme']}:{c.get('valid_until') or ''}".rstrip(":")
                                   for c in p.get("certifications", [])),
        "export_markets": ";".join(p.get("export_markets", [])), "image_urls": ";".join(p.get("image_urls", [])),
        "status": p.get("status", "draft"),
    }


def to_csv(rows: list[dict[str, Any]], columns: list[str]) -> str:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=columns)
    writer.writeheader()
    writer.writerows(rows)
    return buf.getvalue()


# JSON Lines are split on real line ends only: U+2028, U+2029 (and the other characters str.splitlines()
# breaks on) are allowed raw inside JSON strings and stay inside their record.
_LINE_END = re.compile(r"\r\n|\r|\n")

Parsed = tuple[int, int, "dict[str, Any] | str"]


def parse(kind: str, fmt: str, body: bytes, country: str) -> Iterator[Parsed]:
    """Yields (row number, line number, row as dict) or (row number, line number, reason it could not be
    read). Row 1 is the first data row (after a CSV header); the line is where the row starts in the file
    (a CSV header is line 1). CR, LF and CRLF line endings are all read. A row that cannot be read is
    reported alone; only an upload that is not UTF-8 or has no usable header is refused whole."""
    try:
        text = body.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InvalidField("body", f"the upload is not UTF-8 ({exc.reason} at byte {exc.start})") from None
    if fmt == "jsonl":
        yield from _jsonl(text)
    elif fmt == "csv":
        yield from _csv(kind, text, country)
    else:
        raise InvalidField("format", f"unknown format {fmt!r}; use csv or jsonl")


def _jsonl(text: str) -> Iterator[Parsed]:
    for n, line in enumerate(_LINE_END.split(text), start=1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:  # its own "line 1" would mislead: the file's line is reported
            yield n, n, f"not JSON: {exc.msg} at column {exc.colno}"
            continue
        except ValueError as exc:
            yield n, n, f"not JSON: {exc}"
            continue
        except RecursionError:
            yield n, n, "not JSON that can be read: nested too deeply"
            continue
        yield (n, n, obj) if isinstance(obj, dict) else (n, n, "a JSON Lines row must be an object")


def _csv(kind: str, text: str, country: str) -> Iterator[Parsed]:
    # newline="": the csv module sees every line end (CR, LF, CRLF) and keeps those inside quoted fields.
    reader = csv.reader(io.StringIO(text, newline=""))
    required = {"external_ref", "name_local", "name_en"}
    try:
        header = next(reader, None)
    except csv.Error as exc:
        raise InvalidField("body", f"the CSV header cannot be read: {exc}") from None
    if header is None or not required <= set(header):
        raise InvalidField("body", f"the CSV header must name at least {', '.join(sorted(required))}")
    convert = product_from_csv if kind == "product" else producer_from_csv
    n = 0
    while True:
        line = reader.line_num + 1
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            n += 1
            yield n, line, f"unreadable CSV: {exc}"
            continue
        if not cells:
            continue  # a blank line
        n += 1
        if len(cells) > len(header):
            yield n, line, f"row has {len(cells)} cells, the header {len(header)}"
            continue
        yield n, line, convert(dict(zip(header, cells)), country)


def unstorable(raw: Any) -> list[dict[str, str]]:
    """For a row the database refused: the fields holding what no database column can store (NUL, a lone
    surrogate), or the row itself when none does."""
    found: list[dict[str, str]] = []

    def walk(value: Any, path: str) -> None:
        if isinstance(value, dict):
            for k, v in value.items():
                walk(v, f"{path}.{k}" if path else str(k))
        elif isinstance(value, list):
            for i, v in enumerate(value):
                walk(v, f"{path}.{i}")
        elif isinstance(value, str) and any(c == "\x00" or "\ud800" <= c <= "\udfff" for c in value):
            found.append({"field": path or "row", "reason": "contains a NUL character or a lone surrogate, "
                                                            "which cannot be stored"})

    walk(raw, "")
    return found or [{"field": "row", "reason": "could not be stored; no field was found at fault"}]
