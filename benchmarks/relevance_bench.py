"""Relevance of search and matching on a judged set: precision@10, nDCG@10, zero-result rate, distinct
producers per top 10; for sourcing requests in plain words, how many are accepted and the precision of
their top five matches.

    .venv/bin/python -m benchmarks.relevance_bench --products 40000

How it is measured (say so when quoting the figures):
- The judged set is `benchmarks/relevance/judged.json`: each query or request says which products are
  right answers by their own fields (name words, HS code, country, province, valid certification), not
  by anything the index computes.
- Products come from the registry's deterministic demo generator, every country it knows in equal shares,
  written straight into the search index through `SearchIndex` (the service's document mapping); producers
  get the ids the registry would give them.
- precision@10 = right answers in the top 10 / min(10, right answers in the data); nDCG@10 with gain 2
  for a `prefer`red answer and 1 for another right one. A query whose data holds no right answer scores 0.
- Requests: the service's own path from plain fields to ranked matches (`understand` then
  `rank_candidates`); a request refused counts as 0.
"""
from __future__ import annotations

import argparse
import json
import math
import shutil
import statistics
import sys
import tempfile
import time
from collections import Counter
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.figures import Figure, write  # noqa: E402
from services.matching.adapters.search_index import SearchIndex, SearchRequest  # noqa: E402
from services.matching.domain.rfq import InvalidRfq  # noqa: E402
from services.matching.domain.text import fold  # noqa: E402
from services.matching.service_layer import matchmaking  # noqa: E402
from services.registry.demo.archetypes import COUNTRIES  # noqa: E402
from services.registry.demo.generator import PRODUCTS_PER_PRODUCER, producers, products  # noqa: E402

JUDGED = Path(__file__).resolve().parent / "relevance" / "judged.json"
TODAY = date.today().isoformat()


def records(n: int, seed: int = 7):
    """n generated products (and their producers) as catalogue records, every demo country in equal shares."""
    countries = sorted(COUNTRIES)
    per = [n // len(countries) + (1 if i < n % len(countries) else 0) for i in range(len(countries))]
    prods, makers = [], []
    for cc, count in zip(countries, per):
        for i, fields in enumerate(producers(cc, math.ceil(count / PRODUCTS_PER_PRODUCER), seed)):
            makers.append({**fields, "id": f"{cc}-M-{i:06d}", "country": cc, "version": 1})
        for i, fields in enumerate(products(cc, count, seed)):
            ref = fields.pop("producer_ref")
            producer_id = f"{cc}-M-{int(ref.rsplit('-', 1)[1]):06d}"
            prods.append({**fields, "producer_id": producer_id, "id": f"{cc}-P-{i:07d}", "country": cc,
                          "version": 1})
    return prods, makers


def _holds(rec: dict, spec: dict) -> bool:
    topic = []
    if "name" in spec:
        names = fold(f"{rec['name_en']} | {rec['name_local']}")
        topic.append(any(fold(w) in names for w in spec["name"]))
    if "hs" in spec:
        topic.append(any((rec.get("hs_code") or "").startswith(h) for h in spec["hs"]))
    if topic and not any(topic):
        return False
    if "country" in spec and rec["country"] != spec["country"]:
        return False
    if "province" in spec and fold(rec["origin"]["province"]) != spec["province"]:
        return False
    if "cert" in spec:
        valid = {fold(c["scheme"]) for c in rec.get("certifications") or []
                 if (c.get("valid_until") or "9999") >= TODAY and (c.get("valid_from") or "") <= TODAY}
        if fold(spec["cert"]) not in valid:
            return False
    return True


def gain(rec: dict, entry: dict) -> int:
    if not _holds(rec, entry["relevant"]):
        return 0
    return 2 if "prefer" in entry and _holds(rec, {**entry["relevant"], **entry["prefer"]}) else 1


def ideal_gains(listed: list[dict], entry: dict, k: int) -> list[int]:
    return sorted((g for g in (gain(r, entry) for r in listed) if g), reverse=True)[:k]


def ndcg(gains: list[int], ideal: list[int]) -> float:
    dcg = lambda gs: sum((2 ** g - 1) / math.log2(i + 2) for i, g in enumerate(gs))  # noqa: E731
    best = dcg(ideal)
    return dcg(gains) / best if best else 0.0


def build(listed: list[dict], makers: list[dict], path: Path) -> SearchIndex:
    index = SearchIndex(path)
    index.open()
    index.begin_rebuild()
    if hasattr(index, "add_producers"):
        index.add_producers(makers)
    for i in range(0, len(listed), 5000):
        index.add_batch(listed[i:i + 5000])
    index.finish_rebuild(None)
    index._writer.wait_merging_threads()
    index._writer = None
    index._index.reload()
    return index


def plain_request(fields: dict):
    """A request as the API builds it from a buyer's plain fields (text, quantity, unit, destination)."""
    now = datetime.now(timezone.utc)
    base = dict(id="RFQ-BENCH", group=None, hs_code=None, target_price=None, currency=None, certifications=(),
                delivery_from=None, delivery_to=None, deadline=now + timedelta(days=30))
    base.update({k: fields[k] for k in ("text", "quantity", "unit", "destination")})
    return base, now


def run(n: int, verbose: bool) -> list[Figure]:
    judged = json.loads(JUDGED.read_text())
    prods, makers = records(n)
    listed = [p for p in prods if p["status"] == "listed"]
    path = Path(tempfile.mkdtemp(prefix="ovop-relevance-"))
    try:
        t0 = time.perf_counter()
        index = build(listed, makers, path)
        print(f"{len(listed):,} listed products of {len(COUNTRIES)} countries indexed in {time.perf_counter() - t0:.1f} s")
        size = f"{n} generated products ({len(listed)} listed), {len(COUNTRIES)} countries"
        p10s, ndcgs, zero, producers_per, names_per, no_truth, most_of_one = [], [], 0, [], [], 0, 0
        for entry in judged["queries"]:
            page = index.search(SearchRequest(text=entry["q"], limit=10, facets=False))
            ideal = ideal_gains(listed, entry, 10)
            gains = [gain(r, entry) for r in page.items]
            p10 = sum(1 for g in gains if g) / len(ideal) if ideal else 0.0
            p10s.append(p10)
            ndcgs.append(ndcg(gains, ideal))
            zero += page.total == 0
            no_truth += not ideal
            if len(page.items) >= 10:
                producers_per.append(len({r["producer_id"] for r in page.items}))
                names_per.append(len({fold(r["name_en"]) for r in page.items}))
                most_of_one = max(most_of_one, max(Counter(r["producer_id"] for r in page.items).values()))
            if verbose:
                print(f"  p@10 {p10:4.2f} ndcg {ndcgs[-1]:4.2f} prod {len({r['producer_id'] for r in page.items}):2d} "
                      f"{page.total:7,} hits  {entry['q']!r}" + ("  (no right answer in the data)" if not ideal else ""))
        nq = len(judged["queries"])
        figures = [
            Figure("search.precision_at_10", statistics.mean(p10s), "ratio", size, {"queries": nq}),
            Figure("search.ndcg_at_10", statistics.mean(ndcgs), "ratio", size, {"queries": nq}),
            Figure("search.zero_result_rate", zero / nq, "ratio", size, {"queries": nq}),
            Figure("search.distinct_producers_top10.mean",
                   statistics.mean(producers_per) if producers_per else 0.0, "producers", size,
                   {"queries_with_10_hits": len(producers_per)}),
            Figure("search.distinct_producers_top10.median",
                   statistics.median(producers_per) if producers_per else 0.0, "producers", size),
            Figure("search.distinct_names_top10.mean", statistics.mean(names_per) if names_per else 0.0, "names",
                   size, {"queries_with_10_hits": len(names_per)}),
            Figure("search.most_products_of_one_producer_in_a_top10", most_of_one, "products", size),
            Figure("search.queries_without_right_answer_in_data", no_truth, "queries", size),
        ]

        accepted, p5s = 0, []
        understand = getattr(matchmaking, "understand", None)
        for entry in judged["requests"]:
            fields, now = plain_request(entry)
            try:
                rfq = understand(index, fields, now) if understand else matchmaking.Rfq(**fields).check(now)
            except InvalidRfq as exc:
                p5s.append(0.0)
                if verbose:
                    print(f"  refused ({exc})  {entry['text']!r}")
                continue
            accepted += 1
            ranked = matchmaking.rank_candidates(index, rfq, limit=5)
            ideal = ideal_gains(listed, entry, 5)
            right = sum(1 for p, _ in ranked if gain(_record(index, p.id, listed), entry))
            p5s.append(right / len(ideal) if ideal else 0.0)
            if verbose:
                print(f"  p@5 {p5s[-1]:4.2f}  {len(ranked)} matches  {entry['text']!r} "
                      f"(group {rfq.group}, HS {rfq.hs_code})")
        nr = len(judged["requests"])
        wrong = 0
        for entry in judged.get("requests_without_answer", []):
            fields, now = plain_request(entry)
            try:
                rfq = understand(index, fields, now) if understand else matchmaking.Rfq(**fields).check(now)
            except InvalidRfq:
                continue   # refused, asking for a group or an HS code: no false match
            ranked = matchmaking.rank_candidates(index, rfq, limit=5)
            wrong += bool(ranked)
            if verbose and ranked:
                print(f"  false match: {entry['text']!r} -> {[p.id for p, _ in ranked]}")
        nn = len(judged.get("requests_without_answer", []))
        figures += [
            Figure("match.unanswerable_requests_matched", wrong / nn if nn else 0.0, "ratio", size, {"requests": nn}),
            Figure("match.plain_requests_accepted", accepted / nr, "ratio", size, {"requests": nr}),
            Figure("match.precision_at_5", statistics.mean(p5s), "ratio", size, {"requests": nr}),
        ]
        for f in figures:
            print(f"{f.name:45s} {f.value:8.3f} {f.unit}")
        return figures
    finally:
        shutil.rmtree(path, ignore_errors=True)


_BY_ID: dict[str, dict] = {}


def _record(index, product_id: str, listed: list[dict]) -> dict:
    if not _BY_ID:
        _BY_ID.update({r["id"]: r for r in listed})
    return _BY_ID[product_id]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--products", type=int, default=40_000)
    ap.add_argument("--quiet", action="store_true", help="figures only, not each query")
    args = ap.parse_args()
    write("relevance_bench", run(args.products, not args.quiet))


if __name__ == "__main__":
    main()
