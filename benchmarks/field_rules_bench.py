"""What the shared field rules cost on the write path: a product validated against ProductFields (every
text NFC-normalised and screened, codes from the ISO lists, bounded dates and amounts), per row and in rows
per second on one core, over the demo catalogue's products in several languages; and one name's screening.

    python -m benchmarks.field_rules_bench [--products 20000] [--rounds 3]
"""
from __future__ import annotations

import argparse
import time

from benchmarks.figures import Figure, write
from services.registry.demo.generator import products
from services.registry.domain.model import ProductFields
from shared.validation import clean_text


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--products", type=int, default=20000)
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()
    rows = []
    for country in ("VN", "KH", "TH"):
        for p in products(country, args.products // 3):
            rows.append({k: v for k, v in p.items() if k in ProductFields.model_fields} | {"producer_id": f"{country}-M-1"})
    names = [r["name_local"] for r in rows] + [r["name_en"] for r in rows]
    size = f"{len(rows)} demo products (VN, KH, TH)"

    best_rows = best_names = float("inf")
    for _ in range(args.rounds):
        t0 = time.perf_counter()
        for r in rows:
            ProductFields.model_validate(r)
        best_rows = min(best_rows, time.perf_counter() - t0)
        t0 = time.perf_counter()
        for n in names:
            clean_text(n)
        best_names = min(best_names, time.perf_counter() - t0)

    per_row_us = best_rows / len(rows) * 1e6
    per_name_us = best_names / len(names) * 1e6
    print(f"ProductFields: {per_row_us:.1f} µs per product, {len(rows) / best_rows:,.0f} products/s; "
          f"one name screened: {per_name_us:.2f} µs")
    write("field_rules_bench", [
        Figure("field_rules.product_validate.per_row", per_row_us, "µs", size, {"rounds": args.rounds, "best_of": True}),
        Figure("field_rules.product_validate.throughput", len(rows) / best_rows, "products/s", size,
               {"rounds": args.rounds, "cores": 1}),
        Figure("field_rules.name_screen.per_name", per_name_us, "µs", f"{len(names)} names", {"rounds": args.rounds}),
    ])


if __name__ == "__main__":
    main()
