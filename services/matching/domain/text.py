"""Search terms from text in English and the local languages of the region.

Latin script (English, Vietnamese, romanised Khmer and Thai names) is folded: diacritics dropped and
đ/Đ read as d, so that "nuoc mam" finds "nước mắm". Thai, Khmer, Lao and Burmese are written without
spaces between words; their runs become overlapping character pairs (bigrams), so a word of two or more
letters is found inside a longer run without a dictionary of words.
"""
from __future__ import annotations

import re
import threading
import unicodedata
from functools import lru_cache

import Stemmer

# Combining diacritical marks of Latin scripts (Vietnamese tones and vowel marks). The vowel signs of
# Thai, Khmer, Lao and Burmese are combining marks too, but of their own blocks, and are kept.
_LATIN_MARKS = re.compile(r"[\u0300-\u036f]")
_UNSPACED = r"\u0e00-\u0e7f\u0e80-\u0eff\u1000-\u109f\u1780-\u17ff"
_TOKEN = re.compile(rf"[{_UNSPACED}]+|[^\W_{_UNSPACED}]+")
_UNSPACED_RUN = re.compile(rf"^[{_UNSPACED}]+$")
_STOPWORDS = frozenset("a an and at by for from in of on or the to with".split())


def fold(text: str) -> str:
    """Lower case without Latin diacritics; đ and Đ become d."""
    text = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return unicodedata.normalize("NFC", _LATIN_MARKS.sub("", text)).lower()


_local = threading.local()  # a Snowball stemmer is not safe to share between threads


@lru_cache(maxsize=65536)
def stem(token: str) -> str:
    """English Snowball stem of a folded Latin token: baskets, basket -> basket; carvings -> carv."""
    stemmer = getattr(_local, "stemmer", None)
    if stemmer is None:
        stemmer = _local.stemmer = Stemmer.Stemmer("english")
    return stemmer.stemWord(token) if not token.isdigit() else token


def is_unspaced(token: str) -> bool:
    return bool(_UNSPACED_RUN.match(token))


def tokens(text: str) -> list[str]:
    """Folded tokens of a text, before stemming and bigrams (stopwords kept)."""
    return _TOKEN.findall(fold(text))


def bigrams(run: str) -> list[str]:
    return [run] if len(run) == 1 else [run[i:i + 2] for i in range(len(run) - 1)]


def terms(text: str) -> list[str]:
    """The search terms of a text, in order, repeats kept (they count in relevance)."""
    out: list[str] = []
    for token in tokens(text):
        if is_unspaced(token):
            out.extend(bigrams(token))
        elif token not in _STOPWORDS:
            out.append(stem(token))
    return out


def name_terms(text: str) -> list[str]:
    """A name's terms plus each pair of adjacent Latin words written as one ("sea grass" -> seagrass), so a
    buyer who writes the compound finds the spaced name."""
    out = terms(text)
    latin = [t for t in tokens(text) if not is_unspaced(t) and t not in _STOPWORDS]
    out.extend(stem(a + b) for a, b in zip(latin, latin[1:]))
    return out


@lru_cache(maxsize=4096)
def _query_terms(text: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(terms(text)))


def query_terms(text: str) -> list[str]:
    """Distinct terms of a query, first occurrence first (cached: a request is scored against many products)."""
    return list(_query_terms(text))
