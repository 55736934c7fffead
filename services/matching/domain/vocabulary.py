"""The search vocabulary: words buyers use for the same product, in English and the region's languages.

The table is data (`services/matching/vocabulary/*.json`, see its README): every file maps an English key
to its words; all the words of one key, across every file, form one concept. A query phrase that is a
word of a concept may be answered by any of the concept's words. Certification words name a scheme.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from services.matching.domain.text import bigrams, fold, is_unspaced, stem, tokens

BUILT_IN = Path(__file__).resolve().parent.parent / "vocabulary"
CERTIFICATIONS = "certifications"
HS = "hs"


def phrase_key(text: str) -> tuple[str, ...]:
    """A phrase as the table compares it: folded tokens, Latin ones stemmed ("Sea-Grass" -> sea, grass)."""
    return tuple(t if is_unspaced(t) else stem(t) for t in tokens(text))


def phrase_terms(text: str) -> tuple[str, ...]:
    """The index terms a phrase must all have (unspaced scripts as their character pairs)."""
    out: list[str] = []
    for t in tokens(text):
        out.extend(bigrams(t) if is_unspaced(t) else [stem(t)])
    return tuple(dict.fromkeys(out))


@dataclass
class Vocabulary:
    # phrase key -> the concept keys it belongs to
    concepts_of: dict[tuple[str, ...], set[str]] = field(default_factory=dict)
    # concept key -> every phrase of it, as index terms
    phrases: dict[str, set[tuple[str, ...]]] = field(default_factory=dict)
    # phrase key -> certification scheme key (as products store it: folded, single spaces)
    schemes: dict[tuple[str, ...], str] = field(default_factory=dict)
    # concept key -> HS headings or subheadings its products are coded in
    headings: dict[str, set[str]] = field(default_factory=dict)
    # phrases too general to say what a product is on their own ("nuts", "oil", "dried fruit")
    broad: set[tuple[str, ...]] = field(default_factory=set)
    longest: int = 1

    def add(self, language: str, concepts: dict[str, list[str]]) -> None:
        for key, words in concepts.items():
            concept = fold(key).strip()
            if language == HS:
                self.headings.setdefault(concept, set()).update(words)
                self.concepts_of.setdefault(phrase_key(key), set()).add(concept)
                self.phrases.setdefault(concept, set()).add(phrase_terms(key))
                continue
            for word in [key, *words]:
                pk = phrase_key(word)
                if not pk:
                    continue
                self.longest = max(self.longest, len(pk))
                if language == CERTIFICATIONS:
                    self.schemes[pk] = " ".join(concept.split())
                    continue
                self.concepts_of.setdefault(pk, set()).add(concept)
                self.phrases.setdefault(concept, set()).add(phrase_terms(word))

    def hs_of(self, key: tuple[str, ...]) -> set[str]:
        """The HS headings the phrase `key` stands for."""
        out: set[str] = set()
        for concept in self.concepts_of.get(key, ()):
            out |= self.headings.get(concept, set())
        return out

    def alternatives(self, key: tuple[str, ...]) -> set[tuple[str, ...]]:
        """Every phrase (as index terms) that may stand for the phrase `key`."""
        out: set[tuple[str, ...]] = set()
        for concept in self.concepts_of.get(key, ()):
            out |= self.phrases[concept]
        return out


def load(*folders: Path) -> Vocabulary:
    vocabulary = Vocabulary()
    for folder in (BUILT_IN, *folders):
        for path in sorted(Path(folder).glob("*.json")):
            data = json.loads(path.read_text(encoding="utf-8"))
            vocabulary.add(data.get("language", path.stem), data["concepts"])
            vocabulary.broad |= {phrase_key(w) for w in data.get("broad", [])}
    return vocabulary


@lru_cache(maxsize=1)
def built_in() -> Vocabulary:
    return load()
