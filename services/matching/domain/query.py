"""What a buyer's query asks for: its concepts, each a word or phrase of the query with the terms that
may answer it (its own stem, its synonyms and translations from the vocabulary, a compound or spaced
variant), a certification scheme it names, or an HS code or chapter typed as digits.

The search index decides, per concept, what matches (exactly, or forgiving typos when nothing does) and
drops the concepts that cannot match; scoring reads the same concepts to say which words a product has.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from services.matching.domain.text import _STOPWORDS, bigrams, fold, is_unspaced, stem, tokens
from services.matching.domain.vocabulary import Vocabulary, built_in, phrase_terms

_HS_DIGITS = re.compile(r"^\d{2}(\d{2}){0,4}$")
# Words that say how a buyer wants something rather than what: never required of a product.
FILLER = frozenset("hs code codes please need want looking buy buyer supplier suppliers supply product products "
                   "quality best good cheap price wholesale bulk".split())


@dataclass(frozen=True)
class Concept:
    words: str                                  # the query's own words for it
    alternatives: tuple[tuple[str, ...], ...]   # term tuples; a product answers when it has every term of one
    scheme: str | None = None                   # a certification scheme it names
    hs: str | None = None                       # an HS code or prefix it names
    latin: str | None = None                    # the single Latin stem, for typo tolerance
    length: int = 0                             # letters of the word as written (typo allowance)
    headings: tuple[str, ...] = ()              # HS headings its products are coded in (from the vocabulary)
    known: bool = False                         # a product word of the vocabulary (kept longest when relaxing)
    own: tuple[str, ...] = ()                   # the alternative that is the query's own words
    broad: bool = False                         # too general to say what a product is on its own ("nuts")

    @property
    def typos(self) -> int:
        """1 typo from 5 letters, 2 from 9; none for codes, phrases, unspaced scripts."""
        if self.latin is None:
            return 0
        return 2 if self.length >= 9 else 1 if self.length >= 5 else 0

    def found_in(self, product_terms: frozenset[str], certifications: frozenset[str] = frozenset(),
                 hs_code: str | None = None) -> bool:
        if self.scheme and self.scheme in certifications:
            return True
        if self.hs and (hs_code or "").startswith(self.hs):
            return True
        if self.headings and any((hs_code or "").startswith(h) for h in self.headings):
            return True
        return any(all(t in product_terms for t in alt) for alt in self.alternatives)


@dataclass(frozen=True)
class Understood:
    concepts: tuple[Concept, ...]
    ignored: tuple[str, ...] = field(default=())   # filler words, never required


def understand(text: str, vocabulary: Vocabulary | None = None) -> Understood:
    if vocabulary is None:  # cached: a request is scored against hundreds of products
        return _understood(text)
    return _understand(text, vocabulary)


@lru_cache(maxsize=4096)
def _understood(text: str) -> Understood:
    return _understand(text, built_in())


def _understand(text: str, vocabulary: Vocabulary) -> Understood:
    toks = tokens(text)
    concepts: list[Concept] = []
    ignored: list[str] = []
    i = 0
    while i < len(toks):
        tok = toks[i]
        if _HS_DIGITS.match(tok):
            concepts.append(Concept(words=tok, alternatives=(), hs=tok))
            i += 1
            continue
        # The longest phrase of the vocabulary starting here (a certification scheme first).
        matched = None
        for n in range(min(vocabulary.longest, len(toks) - i), 0, -1):
            span = toks[i:i + n]
            key = tuple(t if is_unspaced(t) else stem(t) for t in span)
            if key in vocabulary.schemes or key in vocabulary.concepts_of:
                matched = (n, key, " ".join(span))
                break
        if matched:
            n, key, words = matched
            own = phrase_terms(words)
            alts = {own, *vocabulary.alternatives(key)}
            if n == 2 and not any(is_unspaced(t) for t in key):
                alts.add((stem(toks[i] + toks[i + 1]),))
            concepts.append(Concept(words=words, alternatives=_minimal(alts, own), scheme=vocabulary.schemes.get(key),
                                    latin=key[0] if n == 1 and not is_unspaced(key[0]) else None,
                                    length=len(toks[i]) if n == 1 else 0,
                                    headings=tuple(sorted(vocabulary.hs_of(key))), known=True, own=own,
                                    broad=key in vocabulary.broad or vocabulary.schemes.get(key) is not None))
            i += n
            continue
        if tok in _STOPWORDS:
            i += 1
            continue
        if tok in FILLER:
            ignored.append(tok)
            i += 1
            continue
        if is_unspaced(tok):
            own = tuple(dict.fromkeys(bigrams(tok)))
            concepts.append(Concept(words=tok, alternatives=(own,), own=own))
        else:
            s = stem(tok)
            concepts.append(Concept(words=tok, alternatives=((s,),), latin=s, length=len(tok), own=(s,),
                                    broad=(s,) in vocabulary.broad))
        i += 1
    return Understood(tuple(concepts), tuple(ignored))


def _minimal(alts: set[tuple[str, ...]], own: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
    """Alternatives without those that hold another one whole (a product with "coffe" has "coffe" anyway);
    the query's own words are always kept (they weigh most)."""
    sets = sorted(alts - {own}, key=lambda a: (len(a), a))
    kept: list[tuple[str, ...]] = [own]
    for a in sets:
        if not any(set(k) <= set(a) for k in kept):
            kept.append(a)
    return tuple(kept)


def compound(a: Concept, b: Concept) -> Concept | None:
    """Two plain Latin words in a row as one concept that their compound also answers ("sea grass" and
    "seagrass"); None when either is more than a plain word."""
    if not (a.latin and b.latin and len(a.alternatives) == 1 and len(b.alternatives) == 1):
        return None
    return Concept(words=f"{a.words} {b.words}", alternatives=((a.latin, b.latin), (stem(fold(a.words + b.words)),)),
                   own=(a.latin, b.latin))
