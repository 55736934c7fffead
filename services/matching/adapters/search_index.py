"""The search index of the regional catalogue, on tantivy (a Rust full-text engine, BM25 ranking).

Derived data: the catalogue table is the source of truth, and the index is rebuilt from it when its folder
is missing, was written by another schema version, or lags behind the table (see `SearchIndex.stale`).
Only listed products are in it. Writes are staged and committed in batches by one background task (a
tantivy commit per event would make a segment per event), so a change is searchable within about
`commit_interval_s` of being applied.
"""
from __future__ import annotations

import asyncio
import json
import logging
import shutil
import threading
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

import tantivy

from shared.background import BackgroundLoop

from services.matching.domain import money
from services.matching.domain.products import ProductFacts, facts, hs_prefixes, scheme_key
from services.matching.domain.text import query_terms

log = logging.getLogger(__name__)

SCHEMA_VERSION = 2
META_FILE = "ovop-index.json"
NAME_BOOST = 3.0
FACETS = {"country": "country", "group": "group", "programme": "programme", "stars": "stars",
          "certification": "cert", "export_market": "market"}


def _schema() -> tantivy.Schema:
    sb = tantivy.SchemaBuilder()
    sb.add_text_field("id", stored=True, tokenizer_name="raw", fast=True)
    # Terms are made by services.matching.domain.text (folding, bigrams of unspaced scripts) and
    # joined by spaces, so the index only splits on whitespace.
    # Stored too, so that matching scores candidates without splitting their text again.
    sb.add_text_field("name", stored=True, tokenizer_name="whitespace", index_option="freq")
    sb.add_text_field("body", stored=True, tokenizer_name="whitespace", index_option="freq")
    for keyword in ("country", "group", "programme", "cert", "market", "hs", "cap_unit"):
        sb.add_text_field(keyword, tokenizer_name="raw", fast=True, index_option="basic")
    sb.add_integer_field("stars", fast=True, indexed=True)
    for number in ("cap", "price_lo_usd", "price_hi_usd"):
        sb.add_float_field(number, fast=True, indexed=True)
    sb.add_bytes_field("rec", stored=True)
    return sb.build()


def document(rec: dict[str, Any]) -> dict[str, Any]:
    """The index document of a listed product record."""
    f = facts(rec)
    doc: dict[str, Any] = {
        "id": f.id, "name": " ".join(f.name_terms), "body": " ".join(f.text_terms), "country": f.country,
        "group": f.group, "programme": f.programme or "", "cert": sorted(f.certifications),
        "market": sorted(f.export_markets), "hs": hs_prefixes(f.hs_code), "stars": f.stars or 0,
        "rec": json.dumps(rec, ensure_ascii=False, separators=(",", ":")).encode(),
    }
    if f.capacity_amount is not None:
        doc["cap"], doc["cap_unit"] = float(f.capacity_amount), (f.capacity_unit or "").lower()
    usd = f.price_usd()
    if usd:
        doc["price_lo_usd"], doc["price_hi_usd"] = usd
    return doc


@dataclass
class SearchRequest:
    text: str = ""
    country: str | None = None
    group: str | None = None
    hs_code: str | None = None          # a whole code or a prefix of 2, 4, 6 or 8 digits
    min_stars: int | None = None
    certification: str | None = None
    programme: str | None = None
    min_capacity: float | None = None
    capacity_unit: str | None = None
    price_min: float | None = None
    price_max: float | None = None
    currency: str = "USD"
    export_market: str | None = None
    limit: int = 20
    offset: int = 0
    facets: bool = True


@dataclass
class SearchPage:
    total: int
    items: list[dict]
    scores: list[float]
    facets: dict[str, dict[str, int]] = field(default_factory=dict)


class SearchIndex(BackgroundLoop):
    name = "search-index-committer"

    def __init__(self, path: Path, *, commit_interval_s: float = 0.5, commit_every: int = 2000,
                 writer_heap_bytes: int = 64_000_000) -> None:
        super().__init__()
        self.path = Path(path)
        self.commit_interval_s, self.commit_every = commit_interval_s, commit_every
        self.writer_heap_bytes = writer_heap_bytes
        self.schema = _schema()
        self._index: tantivy.Index | None = None
        self._writer: tantivy.IndexWriter | None = None
        self._pending: list[tuple[str, str, dict | None, datetime | None]] = []
        self._lock = threading.Lock()          # guards _pending (staged from the loop, taken by the flusher)
        self._write_lock = threading.Lock()    # one flush or rebuild at a time
        self._wakeup = asyncio.Event()
        self.committed = 0

    # -- opening -------------------------------------------------------------------------------
    def meta(self) -> dict:
        try:
            return json.loads((self.path / META_FILE).read_text())
        except (OSError, ValueError):
            return {}

    def open(self) -> None:
        if self.meta().get("schema_version") != SCHEMA_VERSION:
            shutil.rmtree(self.path, ignore_errors=True)
        self.path.mkdir(parents=True, exist_ok=True)
        self._index = tantivy.Index(self.schema, path=str(self.path))
        self._writer = self._index.writer(self.writer_heap_bytes, 1)
        if not self.meta():
            self._write_meta(None)

    def close(self) -> None:
        if self._writer is not None:
            self._writer.wait_merging_threads()
            self._writer = None

    @property
    def num_docs(self) -> int:
        self._index.reload()
        return self._index.searcher().num_docs

    def stale(self, listed: int, last_applied: datetime | None) -> str | None:
        """Why the index must be rebuilt from the catalogue table, or None when it is current."""
        meta = self.meta()
        if not meta.get("complete"):
            return "no complete build"
        if self.num_docs != listed:
            return f"{self.num_docs} documents for {listed} listed products"
        until = meta.get("indexed_until")
        if last_applied is not None and (until is None or datetime.fromisoformat(until) < last_applied):
            return f"indexed until {until}, catalogue changed at {last_applied.isoformat()}"
        return None

    def _write_meta(self, indexed_until: datetime | None, complete: bool | None = None) -> None:
        meta = self.meta() or {"schema_version": SCHEMA_VERSION, "complete": False}
        if indexed_until is not None:
            old = meta.get("indexed_until")
            if old is None or datetime.fromisoformat(old) < indexed_until:
                meta["indexed_until"] = indexed_until.isoformat()
        if complete is not None:
            meta["complete"] = complete
        tmp = self.path / (META_FILE + ".tmp")
        tmp.write_text(json.dumps(meta))
        tmp.replace(self.path / META_FILE)

    # -- writing -------------------------------------------------------------------------------
    # A rebuild runs before the committer starts: begin, add batches, finish (each blocking; run in a thread).
    def begin_rebuild(self) -> None:
        self._write_meta(None, complete=False)
        self._writer.delete_all_documents()

    def add_batch(self, records: Iterable[dict]) -> int:
        n = 0
        for rec in records:
            self._writer.add_document(tantivy.Document(**document(rec)))
            n += 1
        return n

    def finish_rebuild(self, indexed_until: datetime | None) -> None:
        self._writer.commit()
        self._write_meta(indexed_until, complete=True)
        self._index.reload()

    def stage(self, rec: dict, applied_at: datetime | None = None) -> None:
        """Put the product's current state in the next commit: indexed when listed, removed otherwise."""
        op = "upsert" if rec.get("status") == "listed" else "delete"
        with self._lock:
            self._pending.append((op, rec["id"], rec if op == "upsert" else None, applied_at))
            full = len(self._pending) >= self.commit_every
        if full:
            self._wakeup.set()

    def flush(self) -> int:
        """Commit what is staged; blocking (the committer runs it in a thread)."""
        with self._write_lock:
            with self._lock:
                ops, self._pending = self._pending, []
            if not ops:
                return 0
            try:
                for op, pid, rec, _ in ops:
                    self._writer.delete_documents_by_term("id", pid)
                    if op == "upsert":
                        self._writer.add_document(tantivy.Document(**document(rec)))
                self._writer.commit()
            except Exception:
                self._writer.rollback()
                with self._lock:  # keep them, in order, for the next attempt
                    self._pending[:0] = ops
                raise
            stamps = [a for *_, a in ops if a is not None]
            self._write_meta(max(stamps) if stamps else None)
            self._index.reload()
            self.committed += len(ops)
            return len(ops)

    async def stop(self) -> None:
        await super().stop()
        await asyncio.to_thread(self.flush)
        await asyncio.to_thread(self.close)

    async def _run(self) -> None:  # the committer
        while True:
            try:
                await asyncio.wait_for(self._wakeup.wait(), self.commit_interval_s)
            except asyncio.TimeoutError:
                pass
            self._wakeup.clear()
            try:
                await asyncio.to_thread(self.flush)
            except asyncio.CancelledError:
                raise
            except Exception:  # the ops stay staged; the next round tries again
                log.exception("search index commit failed")

    # -- reading -------------------------------------------------------------------------------
    def _term(self, fieldname: str, value) -> tantivy.Query:
        return tantivy.Query.term_query(self.schema, fieldname, value)

    def _range(self, fieldname: str, kind, lo=None, hi=None) -> tantivy.Query:
        return tantivy.Query.range_query(self.schema, fieldname, kind, lo, hi)

    def _word(self, fieldname: str, word: str, fuzzy: bool) -> tantivy.Query:
        # One typo is forgiven in Latin words of five letters or more (bigrams of unspaced scripts are exact).
        if fuzzy and len(word) >= 5 and word.isascii():
            return tantivy.Query.fuzzy_term_query(self.schema, fieldname, word, distance=1, prefix=False)
        return self._term(fieldname, word)

    def text_query(self, text: str, *, all_terms: bool = True, fuzzy: bool = False) -> tantivy.Query | None:
        """Each term in the name (boosted) or the description; every term required, or any when not."""
        words = query_terms(text)
        if not words:
            return None
        per_term = [tantivy.Query.boolean_query([
            (tantivy.Occur.Should, tantivy.Query.boost_query(self._word("name", w, fuzzy), NAME_BOOST)),
            (tantivy.Occur.Should, self._word("body", w, fuzzy)),
        ]) for w in words]
        occur = tantivy.Occur.Must if all_terms else tantivy.Occur.Should
        return tantivy.Query.boolean_query([(occur, q) for q in per_term])

    def filters(self, r: SearchRequest) -> list[tantivy.Query]:
        F = tantivy.FieldType
        out: list[tantivy.Query] = []
        for fieldname, value in (("country", r.country), ("group", r.group), ("programme", r.programme),
                                 ("market", r.export_market), ("hs", r.hs_code)):
            if value:
                out.append(self._term(fieldname, value))
        if r.certification:
            out.append(self._term("cert", scheme_key(r.certification)))
        if r.min_stars:
            out.append(self._range("stars", F.Integer, r.min_stars, None))
        if r.min_capacity is not None:
            out.append(self._range("cap", F.Float, float(r.min_capacity), None))
        if r.capacity_unit:
            out.append(self._term("cap_unit", r.capacity_unit.lower()))
        # Price ranges overlap: the product's lowest price is within budget, its highest above the floor.
        if r.price_max is not None:
            out.append(self._range("price_lo_usd", F.Float, None, money.to_usd(r.price_max, r.currency)))
        if r.price_min is not None:
            out.append(self._range("price_hi_usd", F.Float, money.to_usd(r.price_min, r.currency), None))
        return out

    def query(self, r: SearchRequest, fuzzy: bool = False) -> tantivy.Query:
        clauses = [(tantivy.Occur.Must, tantivy.Query.const_score_query(f, 0.0)) for f in self.filters(r)]
        text = self.text_query(r.text, fuzzy=fuzzy)
        if text is not None:
            clauses.append((tantivy.Occur.Must, text))
        elif not clauses:
            return tantivy.Query.all_query()
        else:
            clauses.append((tantivy.Occur.Must, tantivy.Query.const_score_query(tantivy.Query.all_query(), 1.0)))
        return tantivy.Query.boolean_query(clauses)

    def search(self, r: SearchRequest) -> SearchPage:
        searcher = self._index.searcher()
        q = self.query(r)
        # Stars weigh in gently: the score is multiplied by log2(2 + stars).
        result = searcher.search(q, r.limit, count=True, offset=r.offset, weight_by_field="stars")
        if result.count == 0 and r.text:  # nothing at all: try again forgiving one typo per word
            q = self.query(r, fuzzy=True)
            result = searcher.search(q, r.limit, count=True, offset=r.offset, weight_by_field="stars")
        items, scores = [], []
        for score, address in result.hits:
            items.append(json.loads(searcher.doc(address)["rec"][0]))
            scores.append(round(float(score), 4))
        facets: dict[str, dict[str, int]] = {}
        if r.facets:
            aggs = searcher.aggregate(q, {name: {"terms": {"field": fld, "size": 50}} for name, fld in FACETS.items()})
            for name in FACETS:
                facets[name] = {str(b["key"]): b["doc_count"] for b in aggs.get(name, {}).get("buckets", [])}
        return SearchPage(total=result.count, items=items, scores=scores, facets=facets)

    def candidates(self, text: str, *, group: str | None, hs_code: str | None, limit: int) -> list[ProductFacts]:
        """Records that could answer a request: in its HS chapter (or its group), best text match first."""
        searcher = self._index.searcher()
        clauses = []
        if hs_code:
            clauses.append((tantivy.Occur.Must, tantivy.Query.const_score_query(self._term("hs", hs_code[:2]), 0.0)))
        elif group:
            clauses.append((tantivy.Occur.Must, tantivy.Query.const_score_query(self._term("group", group), 0.0)))
        text_q = self.text_query(text, all_terms=False)
        if text_q is not None:
            clauses.append((tantivy.Occur.Should, text_q))
        if not clauses:
            return []
        result = searcher.search(tantivy.Query.boolean_query(clauses), limit, count=False, weight_by_field="stars")
        out = []
        for _, address in result.hits:
            doc = searcher.doc(address)
            out.append(facts(json.loads(doc["rec"][0]), tuple(doc["name"][0].split()), tuple(doc["body"][0].split())))
        return out
