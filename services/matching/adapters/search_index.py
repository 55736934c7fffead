"""The search index of the regional catalogue, on tantivy (a Rust full-text engine, BM25 ranking).

Derived data: the catalogue table is the source of truth, and the index is rebuilt from it when its folder
is missing, was written by another schema version, or lags behind the table (see `SearchIndex.stale`).
Only listed products are in it. Writes are staged and committed in batches by one background task (a
tantivy commit per event would make a segment per event), so a change is searchable within about
`commit_interval_s` of being applied.
"""
from __future__ import annotations

import asyncio
import hashlib
import json
import logging
import shutil
import threading
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

import tantivy

from shared.background import BackgroundLoop

from shared import money
from services.matching.domain import ranking, units
from services.matching.domain.products import ProductFacts, facts, hs_prefixes, scheme_key
from services.matching.domain.query import Concept, compound, understand
from services.matching.domain.text import fold
from services.matching.domain.vocabulary import Vocabulary, built_in

log = logging.getLogger(__name__)

SCHEMA_VERSION = 3
META_FILE = "ovop-index.json"
NAME_BOOST = 3.0
CERT_BOOST = 8.0       # a product holding the certificate a query word names, above one whose text mentions it
HS_SCORE = 8.0         # an HS code typed as the query
HEADING_BONUS = 4.0    # a product coded in the HS heading a query word stands for
SYNONYM_WEIGHT = 0.6   # a synonym or translation, against the query's own words
DISMAX_TIE = 0.3       # what the other matching alternatives of a concept add to the best one
DIVERSITY_WINDOW = 100  # the top hits re-ordered so that one producer does not fill a page
WIDE_WINDOW = 1000      # … or this many, when the first hundred hold fewer than DISTINCT_NAMES names
DISTINCT_NAMES = 10
SORTS = {"stars": ("stars", tantivy.Order.Desc), "price_asc": ("price_lo_usd", tantivy.Order.Asc),
         "price_desc": ("price_lo_usd", tantivy.Order.Desc)}
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
    for keyword in ("country", "group", "programme", "cert", "market", "hs", "cap_unit", "province", "producer",
                    "cap_dim", "moq_dim"):
        sb.add_text_field(keyword, tokenizer_name="raw", fast=True, index_option="basic")
    sb.add_integer_field("stars", fast=True, indexed=True)
    # Keys of the producer and of the product's name, read as fast fields to keep a page diverse.
    sb.add_integer_field("producer_key", fast=True, indexed=False)
    sb.add_integer_field("name_key", fast=True, indexed=False)
    # The tie-breaker: stars, valid certificates, completeness, freshness (see domain/ranking.py).
    sb.add_float_field("quality", fast=True, indexed=False)
    # Capacity and minimum order also in their dimension's base unit (kg, l, piece…), to compare across units.
    for number in ("cap", "price_lo_usd", "price_hi_usd", "cap_base", "moq_base"):
        sb.add_float_field(number, fast=True, indexed=True)
    sb.add_bytes_field("rec", stored=True)
    return sb.build()


def _key(text: str) -> int:
    return int.from_bytes(hashlib.blake2b(text.encode(), digest_size=7).digest(), "big")


def document(rec: dict[str, Any], today: date | None = None) -> dict[str, Any]:
    """The index document of a listed product record."""
    f = facts(rec, today=today)
    doc: dict[str, Any] = {
        "id": f.id, "name": " ".join(f.name_terms), "body": " ".join(f.text_terms), "country": f.country,
        "group": f.group, "programme": f.programme or "", "cert": sorted(f.certifications),
        "market": sorted(f.export_markets), "hs": hs_prefixes(f.hs_code), "stars": f.stars or 0,
        "province": fold((rec.get("origin") or {}).get("province") or "").strip(), "producer": f.producer_id,
        "producer_key": _key(f.producer_id), "name_key": _key(fold(rec.get("name_en") or "")),
        "quality": ranking.weight(ranking.quality(rec, f, today)),
        "rec": json.dumps(rec, ensure_ascii=False, separators=(",", ":")).encode(),
    }
    if f.capacity_amount is not None:
        doc["cap"], doc["cap_unit"] = float(f.capacity_amount), (f.capacity_unit or "").lower()
        in_base = units.base(float(f.capacity_amount), f.capacity_unit)
        if in_base:
            doc["cap_base"], doc["cap_dim"] = in_base
    if f.min_order_amount is not None:
        in_base = units.base(float(f.min_order_amount), f.min_order_unit)
        if in_base:
            doc["moq_base"], doc["moq_dim"] = in_base
    usd = f.price_usd()
    if usd:
        doc["price_lo_usd"], doc["price_hi_usd"] = usd
    return doc


@dataclass
class SearchRequest:
    text: str = ""
    country: str | None = None
    province: str | None = None
    producer_id: str | None = None
    group: str | None = None
    hs_code: str | None = None          # a whole code or a prefix of 2, 4, 6 or 8 digits
    min_stars: int | None = None
    certification: str | None = None
    programme: str | None = None
    min_capacity: float | None = None
    capacity_unit: str | None = None
    order_quantity: float | None = None   # products whose minimum order is at most this (or who set none)
    order_unit: str | None = None
    price_min: float | None = None
    price_max: float | None = None
    currency: str = "USD"
    export_market: str | None = None
    limit: int = 20
    offset: int = 0
    facets: bool = True
    diverse: bool = True    # at most two products of one producer among the first hits
    sort: str = "relevance"  # or stars, price_asc, price_desc (then neither relevance nor diversity orders)


@dataclass
class SearchPage:
    total: int
    items: list[dict]
    scores: list[float]
    facets: dict[str, dict[str, int]] = field(default_factory=dict)
    matched: list[str] = field(default_factory=list)     # the query's words that every hit answers
    dropped: list[str] = field(default_factory=list)     # words left out so that the page is not empty
    corrected: dict[str, str] = field(default_factory=dict)  # words matched forgiving typos: {word: "typo"}
    suggestions: list[str] = field(default_factory=list)  # when nothing answers: queries that would
    ignored: list[str] = field(default_factory=list)     # filler words never required


@dataclass
class _Plan:
    """A query's concepts, each either required exactly, required with typos forgiven, or dropped."""
    concepts: list[Concept]
    fuzzy: set[int]
    dropped: list[Concept]
    ignored: tuple[str, ...] = ()


class SearchIndex(BackgroundLoop):
    name = "search-index-committer"

    def __init__(self, path: Path, *, commit_interval_s: float = 0.5, commit_every: int = 2000,
                 writer_heap_bytes: int = 64_000_000, vocabulary: Vocabulary | None = None) -> None:
        super().__init__()
        self.path = Path(path)
        self.vocabulary = vocabulary or built_in()
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

    # -- understanding a query against what the index holds ----------------------------------
    def _df(self, searcher, fieldname: str, term: str) -> int:
        return searcher.doc_freq(fieldname, term)

    def _term_df(self, searcher, term: str) -> int:
        return self._df(searcher, "name", term) + self._df(searcher, "body", term)

    def _estimate(self, searcher, c: Concept) -> int:
        """How many products a concept can match at most (0: none can)."""
        best = 0
        for alt in c.alternatives:
            best = max(best, min((self._term_df(searcher, t) for t in alt), default=0))
        if c.scheme:
            best = max(best, self._df(searcher, "cert", c.scheme))
        for code in (c.hs, *c.headings):
            if code:
                best = max(best, self._df(searcher, "hs", code))
        return best

    def _fuzzy(self, c: Concept) -> tantivy.Query:
        return tantivy.Query.boolean_query([
            (tantivy.Occur.Should, tantivy.Query.boost_query(tantivy.Query.fuzzy_term_query(
                self.schema, "name", c.latin, distance=c.typos, prefix=False), NAME_BOOST)),
            (tantivy.Occur.Should, tantivy.Query.fuzzy_term_query(self.schema, "body", c.latin, distance=c.typos,
                                                                  prefix=False)),
        ])

    def _either(self, term: str) -> tantivy.Query:
        return tantivy.Query.boolean_query([
            (tantivy.Occur.Should, tantivy.Query.boost_query(self._term("name", term), NAME_BOOST)),
            (tantivy.Occur.Should, self._term("body", term)),
        ])

    def concept_query(self, c: Concept, fuzzy: bool = False) -> tantivy.Query:
        """Any alternative of the concept: every term of it in the name (boosted) or the description. The
        best alternative counts (the query's own words fully, a synonym or translation less), plus a bonus
        for a product coded in the HS heading the concept stands for."""
        texts: list[tantivy.Query] = []
        for alt in c.alternatives:
            if len(alt) == 1:
                q = self._either(alt[0])
            else:
                q = tantivy.Query.boolean_query([(tantivy.Occur.Must, self._either(t)) for t in alt])
                if not alt[0].isascii():  # the mean of its character pairs, so a word of many does not outweigh one
                    q = tantivy.Query.boost_query(q, 1.0 / len(alt))
            texts.append(q if alt == c.own else tantivy.Query.boost_query(q, SYNONYM_WEIGHT))
        if fuzzy:
            texts.append(tantivy.Query.boost_query(self._fuzzy(c), SYNONYM_WEIGHT))
        if c.scheme:
            texts.append(tantivy.Query.const_score_query(self._term("cert", c.scheme), CERT_BOOST))
        if c.hs:
            texts.append(tantivy.Query.const_score_query(self._term("hs", c.hs), HS_SCORE))
        parts = [tantivy.Query.disjunction_max_query(texts, DISMAX_TIE) if len(texts) > 1 else texts[0]]
        for code in c.headings:
            parts.append(tantivy.Query.const_score_query(self._term("hs", code), HEADING_BONUS))
        if len(parts) == 1:
            return parts[0]
        return tantivy.Query.boolean_query([(tantivy.Occur.Should, q) for q in parts])

    def plan(self, searcher, text: str) -> _Plan:
        """The query's concepts that can match: exactly, or forgiving typos; the others dropped."""
        understood = understand(text, self.vocabulary)
        concepts = list(understood.concepts)
        # "sea grass" where products say "seagrass": the pair becomes one concept that the compound answers.
        merged: list[Concept] = []
        i = 0
        while i < len(concepts):
            pair = compound(concepts[i], concepts[i + 1]) if i + 1 < len(concepts) else None
            if pair is not None and self._df(searcher, "name", pair.alternatives[1][0]):
                merged.append(pair)
                i += 2
            else:
                merged.append(concepts[i])
                i += 1
        kept, fuzzy, dropped = [], set(), []
        for c in merged:
            if self._estimate(searcher, c):
                kept.append(c)
            elif c.typos and searcher.search(self._fuzzy(c), 1, count=True).count:
                fuzzy.add(len(kept))
                kept.append(c)
            else:
                dropped.append(c)
        return _Plan(kept, fuzzy, dropped, understood.ignored)

    def text_query(self, text: str, *, all_terms: bool = True, fuzzy: bool = False) -> tantivy.Query | None:
        """Every concept of the text required (or any, when not all_terms); None when none can match."""
        searcher = self._index.searcher()
        p = self.plan(searcher, text)
        if not p.concepts:
            return None
        occur = tantivy.Occur.Must if all_terms else tantivy.Occur.Should
        return tantivy.Query.boolean_query([(occur, self.concept_query(c, i in p.fuzzy or fuzzy))
                                            for i, c in enumerate(p.concepts)])

    def filters(self, r: SearchRequest) -> list[tantivy.Query]:
        F = tantivy.FieldType
        out: list[tantivy.Query] = []
        for fieldname, value in (("country", r.country), ("group", r.group), ("programme", r.programme),
                                 ("market", r.export_market), ("hs", r.hs_code), ("producer", r.producer_id)):
            if value:
                out.append(self._term(fieldname, value))
        if r.province:
            out.append(self._term("province", fold(r.province).strip()))
        if r.certification:
            out.append(self._term("cert", scheme_key(r.certification)))
        if r.min_stars:
            out.append(self._range("stars", F.Integer, r.min_stars, None))
        in_base = units.base(float(r.min_capacity), r.capacity_unit) if r.min_capacity and r.capacity_unit else None
        if in_base:  # a known unit: capacities in any unit of its kind, converted (2 t finds 5000 kg)
            out.append(self._range("cap_base", F.Float, in_base[0], None))
            out.append(self._term("cap_dim", in_base[1]))
        else:
            if r.min_capacity is not None:
                out.append(self._range("cap", F.Float, float(r.min_capacity), None))
            if r.capacity_unit:
                out.append(self._term("cap_unit", r.capacity_unit.lower()))
        if r.order_quantity is not None:
            wanted = units.base(float(r.order_quantity), r.order_unit)
            if wanted:
                none_set = tantivy.Query.boolean_query([
                    (tantivy.Occur.Must, tantivy.Query.all_query()),
                    (tantivy.Occur.MustNot, tantivy.Query.exists_query("moq_base"))])
                low_enough = tantivy.Query.boolean_query([
                    (tantivy.Occur.Must, self._term("moq_dim", wanted[1])),
                    (tantivy.Occur.Must, self._range("moq_base", F.Float, None, wanted[0]))])
                out.append(tantivy.Query.boolean_query([(tantivy.Occur.Should, none_set),
                                                        (tantivy.Occur.Should, low_enough)]))
        # Price ranges overlap: the product's lowest price is within budget, its highest above the floor.
        if r.price_max is not None:
            out.append(self._range("price_lo_usd", F.Float, None, money.to_usd(r.price_max, r.currency)))
        if r.price_min is not None:
            out.append(self._range("price_hi_usd", F.Float, money.to_usd(r.price_min, r.currency), None))
        return out

    def _query(self, filters: list[tantivy.Query], parts: list[tantivy.Query]) -> tantivy.Query:
        clauses = [(tantivy.Occur.Must, tantivy.Query.const_score_query(f, 0.0)) for f in filters]
        clauses += [(tantivy.Occur.Must, q) for q in parts]
        if not parts:
            if not clauses:
                return tantivy.Query.all_query()
            clauses.append((tantivy.Occur.Must, tantivy.Query.const_score_query(tantivy.Query.all_query(), 1.0)))
        return tantivy.Query.boolean_query(clauses)

    def query(self, r: SearchRequest, fuzzy: bool = False) -> tantivy.Query:
        text = self.text_query(r.text, fuzzy=fuzzy) if r.text.strip() else None
        return self._query(self.filters(r), [text] if text is not None else [])

    def search(self, r: SearchRequest) -> SearchPage:
        searcher = self._index.searcher()
        filters = self.filters(r)
        p = self.plan(searcher, r.text) if r.text.strip() else _Plan([], set(), [])
        if p.dropped and not p.concepts:   # not one word of the query matches anything
            return SearchPage(total=0, items=[], scores=[], facets={}, dropped=[c.words for c in p.dropped],
                              suggestions=self.suggestions(searcher, r.text), ignored=list(p.ignored))
        parts = {id(c): self.concept_query(c, i in p.fuzzy) for i, c in enumerate(p.concepts)}
        required = list(p.concepts)
        fuzzy_ids = {id(c) for i, c in enumerate(p.concepts) if i in p.fuzzy}
        dropped = list(p.dropped)
        ordered = SORTS.get(r.sort)
        diverse = r.diverse and not ordered and r.offset + r.limit <= WIDE_WINDOW
        fetch = DIVERSITY_WINDOW if diverse else r.limit
        offset = 0 if diverse else r.offset
        while True:
            q = self._query(filters, [parts[id(c)] for c in required])
            result = self._collect(searcher, q, fetch, offset, ordered)
            if result.count or len(required) <= 1:
                break
            # Nothing answers every word: leave out the least informative one: a word matched only by
            # forgiving a typo, then a word the vocabulary does not know as a product word, then the one
            # most products have.
            least = max(required, key=lambda c: (id(c) in fuzzy_ids, not c.known, self._estimate(searcher, c)))
            required.remove(least)
            dropped.append(least)
        hits = result.hits
        if diverse:
            # The window re-ordered is the top 100, or the top 1000 when the top 100 hold few distinct names
            # (the same rule for every page of a query, so pages neither repeat nor lose a product).
            names = searcher.fast_field_values("name_key", [a for _, a in hits])
            if len(set(names)) < DISTINCT_NAMES and result.count > len(hits):
                hits = self._collect(searcher, q, WIDE_WINDOW, 0, None).hits
                window = WIDE_WINDOW
            else:
                window = DIVERSITY_WINDOW
            if r.offset + r.limit <= window:
                addresses = [a for _, a in hits]
                hits = ranking.diversify(hits, searcher.fast_field_values("producer_key", addresses),
                                         searcher.fast_field_values("name_key", addresses),
                                         [score for score, _ in hits])[r.offset:r.offset + r.limit]
            else:
                hits = self._collect(searcher, q, r.limit, r.offset, None).hits
        items, scores = [], []
        for score, address in hits:
            items.append(json.loads(searcher.doc(address)["rec"][0]))
            scores.append(round(float(score), 4))
        facets: dict[str, dict[str, int]] = {}
        if r.facets:
            aggs = searcher.aggregate(q, {name: {"terms": {"field": fld, "size": 50}} for name, fld in FACETS.items()})
            for name in FACETS:
                facets[name] = {str(b["key"]): b["doc_count"] for b in aggs.get(name, {}).get("buckets", [])}
        page = SearchPage(total=result.count, items=items, scores=scores, facets=facets,
                          matched=[c.words for c in required], dropped=[c.words for c in dropped],
                          corrected={c.words: "typo" for i, c in enumerate(p.concepts) if i in p.fuzzy},
                          ignored=list(p.ignored))
        if not result.count:
            page.suggestions = self.suggestions(searcher, r.text)
        return page

    @staticmethod
    def _collect(searcher, q, limit: int, offset: int, ordered):
        if ordered:
            return searcher.search(q, limit, count=True, offset=offset, order_by_field=ordered[0], order=ordered[1])
        return searcher.search(q, limit, count=True, offset=offset, weight_by_field="quality")

    def suggestions(self, searcher, text: str, n: int = 5) -> list[str]:
        """Queries that answer something: names of products close to the words (two typos forgiven), else
        the catalogue's most common product families."""
        out: list[str] = []
        words = [c for c in understand(text, self.vocabulary).concepts if c.latin and len(c.latin) >= 3]
        if words:
            q = tantivy.Query.boolean_query([(tantivy.Occur.Should, tantivy.Query.fuzzy_term_query(
                self.schema, "name", c.latin, distance=2, prefix=False)) for c in words])
            for _, address in searcher.search(q, 20, count=False).hits:
                name = json.loads(searcher.doc(address)["rec"][0]).get("name_en", "")
                family = ranking.family(name)
                if family and family not in out:
                    out.append(family)
                if len(out) >= n:
                    return out
        for term, _ in searcher.terms_with_prefix("group", "", limit=n):
            if term not in out and len(out) < n:
                out.append(term.replace("_", " "))
        return out

    def infer(self, text: str, group: str | None = None, sample: int = 50) -> tuple[str | None, str | None]:
        """The product group and HS code the catalogue's own products answering `text` share: the most
        precise HS level (subheading, heading, chapter) that at least 60 % of the best hits agree on, by
        score. (None, None) when nothing answers."""
        page = self.search(SearchRequest(text=text, group=group, limit=sample, facets=False, diverse=False))
        if not page.items:
            return None, None
        weights = [max(s, 1e-6) for s in page.scores]
        total = sum(weights)
        votes: dict[str, float] = {}
        for rec, w in zip(page.items, weights):
            votes[rec["group"]] = votes.get(rec["group"], 0.0) + w
        best_group = max(votes, key=votes.get)
        hs_code = None
        for digits in (6, 4, 2):
            votes = {}
            for rec, w in zip(page.items, weights):
                code = (rec.get("hs_code") or "")[:digits]
                if len(code) == digits:
                    votes[code] = votes.get(code, 0.0) + w
            if votes:
                code = max(votes, key=votes.get)
                if votes[code] >= 0.6 * total:
                    hs_code = code
                    break
        return best_group, hs_code

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
