"""Search terms from text in English and the local languages of the region.

Latin script (English, Vietnamese, romanised Khmer and Thai names) is folded: diacritics dropped and
đ/Đ read as d, so that "nuoc mam" finds "nước mắm". Thai, Khmer, Lao and Burmese are written without
spaces between words; their runs become overlapping character pairs (bigrams), so a word of two or more
letters is found inside a longer run without a dictionary of words.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

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


def _stem(token: str) -> str:
    """The lightest English plural stemming: baskets -> basket, berries -> berry (not glass, not rice)."""
    if len(token) > 4 and token.endswith("ies"):
        return token[:-3] + "y"
    if len(token) > 3 and token.endswith("s") and not token.endswith(("ss", "us", "is")):
        return token[:-1]
    return token


def terms(text: str) -> list[str]:
    """The search terms of a text, in order, repeats kept (they count in relevance)."""
    out: list[str] = []
    for token in _TOKEN.findall(fold(text)):
        if _UNSPACED_RUN.match(token):
            out.extend([token] if len(token) == 1 else [token[i:i + 2] for i in range(len(token) - 1)])
        elif token not in _STOPWORDS:
            out.append(_stem(token))
    return out


@lru_cache(maxsize=4096)
def _query_terms(text: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(terms(text)))


def query_terms(text: str) -> list[str]:
    """Distinct terms of a query, first occurrence first (cached: a request is scored against many products)."""
    return list(_query_terms(text))
