"""Search and match latency of the matching service's index, and a relevance check.

    .venv/bin/python benchmarks/search_bench.py --sizes 100000 500000

How it is measured (say so when quoting the figures):
- Products come from the registry's deterministic demo generator (every demo country in equal shares) and are
  written straight into the search index through `SearchIndex` (the same document mapping, writer and
  commit the service uses), bypassing Kafka, the registry and the catalogue table.
- Search: `SearchIndex.search` in process (the call the `/catalogue/search` route makes), text plus two
  filters, 20 hits decoded, facet counts on (and off), with everything of query understanding switched on
  (vocabulary, typo tolerance, relaxation, diversity, quality tie-breaker); HTTP and JSON encoding are not
  included. A mix of 20 queries, run `--rounds` times after a warm-up round. Broad filter-only searches are
  shown apart.
- Match: `rank_candidates` for one request (candidates drawn from the index, then scored factor by factor),
  as posting a request does before it writes to the database; the database write is not included.
- Match of a plain-words request: the group and HS code inferred from the catalogue first, then as above.
- Relevance: a quick check on 20 judged queries; the judged set proper is `benchmarks/relevance_bench.py`.
"""
from __future__ import annotations

import argparse
import os
import platform
import shutil
import statistics
import sys
import tempfile
import time
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import tantivy  # noqa: E402

from benchmarks.figures import Figure, summary, write  # noqa: E402
from services.matching.adapters.search_index import SearchIndex, SearchRequest  # noqa: E402
from services.matching.domain.rfq import Rfq  # noqa: E402
from services.matching.service_layer.matchmaking import rank_candidates, understand  # noqa: E402
from services.registry.demo.archetypes import COUNTRIES as DEMO  # noqa: E402
from services.registry.demo.generator import PRODUCTS_PER_PRODUCER, products  # noqa: E402

COUNTRIES = tuple(sorted(DEMO))

SEARCHES = [  # text plus two filters
    SearchRequest(text="fish sauce", country="VN", min_stars=4),
    SearchRequest(text="coffee", certification="organic", export_market="JP"),
    SearchRequest(text="rice", group="food", price_max=2.0, currency="USD"),
    SearchRequest(text="silk", country="TH", min_capacity=1000),
    SearchRequest(text="nuoc mam", hs_code="2103", min_stars=3),
    SearchRequest(text="honey", programme="OCOP", certification="organic"),
    SearchRequest(text="baskets", group="handicrafts", export_market="US"),
    SearchRequest(text="green tea", hs_code="0902", country="VN"),
    SearchRequest(text="กาแฟ", country="TH", min_stars=3),
    SearchRequest(text="pepper", country="KH", price_max=20.0, price_min=1.0, currency="USD"),
    SearchRequest(text="ceramics", min_stars=4, export_market="JP"),
    SearchRequest(text="dried mango", certification="halal", country="TH"),
    # query understanding at work: translations, typos, relaxation, certification words, HS codes, province
    SearchRequest(text="lada hitam", country="MY", min_stars=3),
    SearchRequest(text="kopi gayo", certification="organic", export_market="JP"),
    SearchRequest(text="peper kampot", country="KH", price_max=20.0, currency="EUR"),
    SearchRequest(text="premium organic wild honey in glass jars", min_stars=3, export_market="US"),
    SearchRequest(text="sea grass baskets", group="handicrafts", province="Nam Định"),
    SearchRequest(text="organic coffee", country="LA", min_stars=3),
    SearchRequest(text="HS 0904", country="ID", min_stars=3),
    SearchRequest(text="woodcarvings", country="ID", export_market="US"),
]

BROAD = [  # no text: large result sets, where facet counting costs most (not part of the aim; shown for honesty)
    SearchRequest(country="VN"),
    SearchRequest(group="food", min_stars=3),
    SearchRequest(certification="organic", export_market="JP"),
]

DEADLINE = datetime.now(timezone.utc) + timedelta(days=30)
RFQS = [
    Rfq(id="RFQ-B1", text="fish sauce", group="food", hs_code="210390", quantity=20000, unit="l", target_price=4.0,
        currency="USD", certifications=("HACCP",), destination="JP", delivery_from=date(2027, 1, 1),
        delivery_to=date(2027, 3, 31), deadline=DEADLINE),
    Rfq(id="RFQ-B2", text="organic robusta coffee beans", group="beverages", hs_code="090111", quantity=5000, unit="kg",
        target_price=6.0, currency="EUR", certifications=("organic",), destination="DE", delivery_from=None,
        delivery_to=None, deadline=DEADLINE),
    Rfq(id="RFQ-B3", text="jasmine rice", group="food", hs_code="100630", quantity=100000, unit="kg", target_price=1.5,
        currency="USD", certifications=("GI", "organic"), destination="SG", delivery_from=None, delivery_to=None,
        deadline=DEADLINE),
    Rfq(id="RFQ-B4", text="hand-woven silk", group="textiles", hs_code=None, quantity=2000, unit="m", target_price=20.0,
        currency="USD", certifications=(), destination="FR", delivery_from=None, delivery_to=None, deadline=DEADLINE),
    Rfq(id="RFQ-B5", text="Kampot pepper", group="food", hs_code="0904", quantity=3000, unit="kg", target_price=30.0,
        currency="USD", certifications=("GI",), destination="FR", delivery_from=None, delivery_to=None,
        deadline=DEADLINE),
]


def _name(p: dict, start: str) -> bool:
    return p["name_en"].startswith(start) or p["name_local"].startswith(start)


# Judged queries: (query, rule for a right answer). The rules read the generator's own fields.
JUDGED = [
    ("nuoc mam", lambda p: p["name_local"].startswith("Nước mắm")),
    ("Kampot pepper", lambda p: p["name_en"].startswith("Kampot pepper")),
    ("ca phe robusta dak lak", lambda p: "Robusta" in p["name_en"] and p["origin"]["province"] == "Đắk Lắk"),
    ("jasmine rice", lambda p: "jasmine rice" in p["name_en"]),
    ("ข้าวหอมมะลิ", lambda p: p["name_local"].startswith("ข้าวหอมมะลิ")),
    ("silk", lambda p: "silk" in p["name_en"]),
    ("wild honey Ha Giang", lambda p: "honey" in p["name_en"] and p["origin"]["province"] == "Hà Giang"),
    ("coconut palm sugar", lambda p: "coconut palm sugar" in p["name_en"]),
    ("lacquerware Chiang Mai", lambda p: "lacquer" in p["name_en"] and p["origin"]["province"] == "Chiang Mai"),
    ("dried mango", lambda p: "dried mango" in p["name_en"]),
    ("green tea Thai Nguyen", lambda p: "green tea" in p["name_en"] and p["origin"]["province"] == "Thái Nguyên"),
    ("ម្រេច", lambda p: "ម្រេច" in p["name_local"]),
    ("clay pots", lambda p: "clay pots" in p["name_en"]),
    ("rattan baskets", lambda p: "rattan baskets" in p["name_en"]),
    ("oolong", lambda p: "oolong" in p["name_en"]),
    ("Bat Trang ceramics", lambda p: p["hs_code"] == "691200" and p["country"] == "VN"),
    # words the product's own text lacks (its country), a typo, a group word
    ("Vietnamese fish sauce", lambda p: "fish sauce" in p["name_en"]),
    ("peper kampot", lambda p: p["name_en"].startswith("Kampot pepper")),
    ("handicraft baskets Thailand", lambda p: "baskets" in p["name_en"] and p["country"] == "TH"),
    ("Cambodian coffee", lambda p: "coffee" in p["name_en"] and p["country"] == "KH"),
]


def records(n: int, seed: int = 7):
    """n generated products as catalogue records (ids, country, version added as the registry would)."""
    per = [n // len(COUNTRIES) + (1 if i < n % len(COUNTRIES) else 0) for i in range(len(COUNTRIES))]
    for cc, count in zip(COUNTRIES, per):
        for i, fields in enumerate(products(cc, count, seed)):
            fields.pop("producer_ref")
            yield {**fields, "producer_id": f"{cc}-PR-{i // PRODUCTS_PER_PRODUCER:06d}", "id": f"{cc}-P-{i:07d}",
                   "country": cc, "version": 1}


def percentiles(samples_ms: list[float]) -> str:
    s = sorted(samples_ms)
    q = lambda f: s[min(len(s) - 1, int(round(f * (len(s) - 1))))]  # noqa: E731
    return f"median {statistics.median(s):7.2f} ms   p95 {q(0.95):7.2f} ms   p99 {q(0.99):7.2f} ms   (n={len(s)})"


def machine() -> str:
    cpu = "?"
    try:
        cpu = next(line.split(":", 1)[1].strip() for line in open("/proc/cpuinfo") if line.startswith("model name"))
    except (OSError, StopIteration):
        pass
    mem = ""
    try:
        kb = int(next(line.split()[1] for line in open("/proc/meminfo") if line.startswith("MemTotal")))
        mem = f", {kb / 1024 / 1024:.1f} GiB RAM"
    except (OSError, StopIteration):
        pass
    return (f"{platform.system()} {platform.machine()}, {os.cpu_count()} cores ({cpu}){mem}; "
            f"Python {platform.python_version()}; {tantivy.__version__}")


PLAIN_RFQS = [  # plain words only: group and HS code inferred from the catalogue first
    dict(text="star anise", quantity=2, unit="t", destination="IN"),
    dict(text="cashew nuts W320", quantity=20, unit="t", destination="NL"),
    dict(text="hand-woven silk scarves", quantity=500, unit="pieces", destination="FR"),
    dict(text="virgin coconut oil", quantity=5000, unit="l", destination="AU"),
]


def run(size: int, rounds: int, match_rounds: int, keep: Path | None) -> list[Figure]:
    path = keep or Path(tempfile.mkdtemp(prefix=f"ovop-bench-{size}-"))
    index = SearchIndex(path)
    index.open()
    t0 = time.perf_counter()
    index.begin_rebuild()
    batch: list[dict] = []
    listed = 0
    for rec in records(size):
        if rec["status"] != "listed":
            continue
        listed += 1
        batch.append(rec)
        if len(batch) == 5000:
            index.add_batch(batch)
            batch = []
    index.add_batch(batch)
    index.finish_rebuild(None)
    build_s = time.perf_counter() - t0
    index._writer.wait_merging_threads()  # the measured searches run on merged segments, as after a quiet while
    index._writer = None
    index._index.reload()
    disk = sum(f.stat().st_size for f in path.rglob("*") if f.is_file()) / 1e6
    print(f"\n== {size:,} generated products ({listed:,} listed and indexed) ==")
    print(f"index build: {build_s:.1f} s ({listed / build_s:,.0f} docs/s, 1 writer thread), {disk:.0f} MB on disk")

    figures: list[Figure] = [Figure("index.build", build_s, "s", f"{size} products", {"listed": listed})]
    label_size = f"{size} products"
    for req in SEARCHES:  # warm-up
        index.search(req)
    for label, facets in (("search, text + 2 filters, facets on ", True), ("search, text + 2 filters, facets off", False)):
        samples, totals = [], []
        for _ in range(rounds):
            for req in SEARCHES:
                req.facets = facets
                t = time.perf_counter()
                page = index.search(req)
                samples.append((time.perf_counter() - t) * 1000)
                totals.append(page.total)
        print(f"{label}: {percentiles(samples)}   hits per query: median {statistics.median(totals):,.0f}")
        figures += summary("search.text_2_filters.facets_" + ("on" if facets else "off"), samples, label_size,
                           queries=len(SEARCHES), rounds=rounds)

    samples, totals = [], []
    for _ in range(max(1, rounds // 4)):
        for req in BROAD:
            t = time.perf_counter()
            totals.append(index.search(req).total)
            samples.append((time.perf_counter() - t) * 1000)
    print(f"search, filters only (broad), facets on: {percentiles(samples)}   hits per query: "
          f"median {statistics.median(totals):,.0f}")
    figures += summary("search.filters_only_broad", samples, label_size)

    for rfq in RFQS:  # warm-up
        rank_candidates(index, rfq)
    samples, found = [], []
    for _ in range(match_rounds):
        for rfq in RFQS:
            t = time.perf_counter()
            ranked = rank_candidates(index, rfq)
            samples.append((time.perf_counter() - t) * 1000)
            found.append(len(ranked))
    print(f"match one request (candidates + scoring): {percentiles(samples)}   matches per request: "
          f"median {statistics.median(found):.0f}")
    figures += summary("match.one_request", samples, label_size, requests=len(RFQS))

    now = datetime.now(timezone.utc)
    samples, found = [], []
    for _ in range(match_rounds):
        for fields in PLAIN_RFQS:
            t = time.perf_counter()
            rfq = understand(index, dict(fields, id="RFQ-P", group=None, hs_code=None, target_price=None,
                                         currency=None, certifications=(), delivery_from=None, delivery_to=None,
                                         deadline=DEADLINE), now)
            ranked = rank_candidates(index, rfq)
            samples.append((time.perf_counter() - t) * 1000)
            found.append(len(ranked))
    print(f"match one plain-words request (inference + candidates + scoring): {percentiles(samples)}   "
          f"matches per request: median {statistics.median(found):.0f}")
    figures += summary("match.plain_request", samples, label_size, requests=len(PLAIN_RFQS))

    precisions = []
    for query, right in JUDGED:
        page = index.search(SearchRequest(text=query, limit=10, facets=False))
        p = sum(1 for rec in page.items if right(rec)) / 10
        precisions.append(p)
        print(f"  p@10 {p:4.2f}  {query!r}  ({page.total:,} hits)")
    print(f"relevance: mean precision@10 over {len(JUDGED)} judged queries = {statistics.mean(precisions):.3f}"
          "  (the judged set proper is benchmarks/relevance_bench.py)")
    if keep is None:
        shutil.rmtree(path, ignore_errors=True)
    return figures


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", type=int, nargs="+", default=[100_000, 500_000])
    ap.add_argument("--rounds", type=int, default=40, help="rounds over the search mix")
    ap.add_argument("--match-rounds", type=int, default=40, help="rounds over the request mix")
    ap.add_argument("--keep", type=Path, help="build the index here and keep it (one size only)")
    args = ap.parse_args()
    print(f"machine: {machine()}")
    print(f"data: services/registry/demo/generator.py, {'/'.join(COUNTRIES)} in equal shares, written straight "
          "into the index (no Kafka, no database)")
    figures: list[Figure] = []
    for size in args.sizes:
        figures += run(size, args.rounds, args.match_rounds, args.keep)
    write("search_bench", figures)


if __name__ == "__main__":
    main()
