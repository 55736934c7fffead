"""Field rules for input at the edge: pydantic `Annotated` types that every service's schemas use, so that
one rule holds everywhere and a broken field is a 422 naming the field and the reason.

Text, by kind of field:
- every text is normalised to Unicode NFC (the composed form: "ệ" is one code point whatever was typed);
- `Name` (one line: names, places, units) and `Text` (free text, several lines) refuse control characters
  (C0/C1; `Text` allows newline and tab, and reads CR LF, lone CR and NEL as newline; `Name` refuses the
  line and paragraph separators U+2028/U+2029 too, which `Text` keeps), lone surrogates,
  non-characters and the bidirectional embedding/override/isolate controls, which make text display
  otherwise than it is stored;
- they strip the invisible format characters instead: zero-width space (U+200B), word joiner (U+2060),
  zero-width no-break space (U+FEFF), soft hyphen (U+00AD), the direction marks (U+200E, U+200F, U+061C)
  and the other format characters. Thai, Khmer, Lao and Burmese writers put U+200B between words as a
  line-break hint; those scripts are written without spaces and searched without word boundaries, so the
  text reads and is found exactly as before, and a name cannot hide a character that makes it unsearchable;
- zero-width joiner and non-joiner (U+200D, U+200C) shape letters in Indic, Sinhala and Arabic (Jawi)
  script: they are kept between two letters or marks and stripped anywhere else;
- `Code` (references, codes, identifiers) refuses every control, format and zero-width character, and
  `Digits`-based codes (HS codes) take ASCII digits 0-9 only (not fullwidth or Arabic-Indic digits, which
  Python's `\\d` and `str.isdigit()` accept).

Codes from ISO lists come from pycountry (the ISO 3166 and ISO 4217 tables it maintains), accepted in any
case and normalised to upper case. Dates are within 1900-01-01..2100-12-31. An instant needs its UTC
offset: a date-time without one is refused (422), never guessed; wall-clock times of a place (a fair's
venue) are the one exception, and say so in their field's description. Numbers are finite and bounded.
"""
from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime
from decimal import Decimal
from functools import lru_cache
from typing import Annotated, Any

import pycountry

from shared import money
from pydantic import AfterValidator, AwareDatetime, BeforeValidator, Field, NaiveDatetime, ValidationError, WithJsonSchema
from pydantic_core import InitErrorDetails, PydanticCustomError

DATE_MIN = date(1900, 1, 1)
DATE_MAX = date(2100, 12, 31)
MAX_AMOUNT = 1e12       # quantities and prices, in any unit or currency (1e12 VND is about 40 million USD)
MAX_OFFSET = 1_000_000  # list offsets: beyond any catalogue the region has (several hundred thousand products)

# ISO 4217 entries that are not money one can quote a price in: precious metals, bond-market units, the
# IMF's and ADB's units of account, the test code and "no currency".
NOT_TRADE_CURRENCIES = frozenset({"XAG", "XAU", "XPD", "XPT", "XBA", "XBB", "XBC", "XBD", "XDR", "XSU", "XUA",
                                  "XTS", "XXX"})

_STRIPPED_ALWAYS = frozenset("\u200b\u2060\ufeff\u00ad\u200e\u200f\u061c\u180e")
_JOINERS = frozenset("\u200c\u200d")
_BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
_ASCII_DIGITS = re.compile(r"^[0-9]+$")


def _suspects(multiline: bool) -> re.Pattern:
    """Every character of the Basic Multilingual Plane the text rules act on (controls, format characters,
    separators, surrogates, non-characters): text without any of them, nearly all text, needs only its NFC
    check. (Listed for the BMP, the class compiles to a bitmap; the few astral ones are `_ASTRAL_SUSPECT`.)"""
    fmt = "".join(chr(c) for c in range(0x10000) if unicodedata.category(chr(c)) == "Cf")
    controls = "\\x00-\\x08\\x0b-\\x1f\\x7f-\\x9f" if multiline else "\\x00-\\x1f\\x7f-\\x9f\\u2028\\u2029"
    # Any astral character also matches, and is looked at more closely by `_ASTRAL_SUSPECT`.
    return re.compile(f"[{controls}\\ud800-\\udfff\\ufdd0-\\ufdef\\ufffe\\uffff{re.escape(fmt)}\\U00010000-\\U0010ffff]")


_SUSPECT_LINE, _SUSPECT_TEXT = _suspects(False), _suspects(True)
_ASTRAL_SUSPECT = re.compile("[" + re.escape("".join(
    [chr(c) for r in (range(0x10000, 0x20000), range(0xE0000, 0xE1000)) for c in r
     if unicodedata.category(chr(c)) == "Cf"]
    + [chr(p + k) for p in range(0x10000, 0x110000, 0x10000) for k in (0xFFFE, 0xFFFF)])) + "]")


def _suspect(value: str, multiline: bool = False) -> bool:
    m = (_SUSPECT_TEXT if multiline else _SUSPECT_LINE).search(value)
    if m is None:
        return False
    return m.group() <= "\uffff" or _ASTRAL_SUSPECT.search(value, m.start()) is not None or \
        (_SUSPECT_TEXT if multiline else _SUSPECT_LINE).search(value.replace(m.group(), "")) is not None


def _u(ch: str) -> str:
    return f"U+{ord(ch):04X}"


def _noncharacter(ch: str) -> bool:
    cp = ord(ch)
    return 0xFDD0 <= cp <= 0xFDEF or (cp & 0xFFFE) == 0xFFFE


def _letter_or_mark(ch: str | None) -> bool:
    return ch is not None and unicodedata.category(ch)[0] in "LM"


def clean_text(value: str, *, multiline: bool = False) -> str:
    """NFC; refuses control characters (but newline and tab in multi-line text), surrogates, non-characters
    and bidi controls; strips invisible format characters; keeps ZWJ/ZWNJ only between letters or marks."""
    if multiline:
        value = value.replace("\r\n", "\n").replace("\r", "\n").replace("\x85", "\n")
    if value.isascii() and value.isprintable():  # the fastest path: printable ASCII is NFC and clean
        return value.strip()
    if not _suspect(value, multiline):  # the fast path
        return (value if unicodedata.is_normalized("NFC", value) else unicodedata.normalize("NFC", value)).strip()
    for ch in value:
        cat = unicodedata.category(ch)
        if cat == "Cc" and not (multiline and ch in "\n\t"):
            raise ValueError(f"contains the control character {_u(ch)}")
        if cat in ("Zl", "Zp") and not multiline:
            raise ValueError(f"contains the line or paragraph separator {_u(ch)}; this field is one line")
        if cat == "Cs":
            raise ValueError(f"contains a lone surrogate {_u(ch)}")
        if ch in _BIDI_CONTROLS:
            raise ValueError(f"contains the bidirectional control {_u(ch)}")
        if _noncharacter(ch):
            raise ValueError(f"contains the non-character {_u(ch)}")
    value = unicodedata.normalize("NFC", value)
    out: list[str] = []
    for i, ch in enumerate(value):
        if ch in _JOINERS:
            if _letter_or_mark(out[-1] if out else None) and _letter_or_mark(value[i + 1] if i + 1 < len(value) else None):
                out.append(ch)
            continue
        if ch in _STRIPPED_ALWAYS or unicodedata.category(ch) == "Cf":
            continue
        out.append(ch)
    return "".join(out).strip()


def clean_code(value: str) -> str:
    """NFC, trimmed; refuses any control, format or zero-width character."""
    if value.isascii() and value.isprintable():
        return value.strip()
    value = (value if unicodedata.is_normalized("NFC", value) else unicodedata.normalize("NFC", value)).strip()
    if not _suspect(value):
        return value
    for ch in value:
        cat = unicodedata.category(ch)
        if cat in ("Cc", "Cf", "Cs", "Zl", "Zp") or ch in _STRIPPED_ALWAYS or _noncharacter(ch):
            raise ValueError(f"contains the invisible or control character {_u(ch)}")
    return value


def invalid(field: str | tuple, reason: str, value: Any = None) -> ValidationError:
    """A rule across fields broken, raised from a model validator so that the 422 names the field
    (`raise invalid("valid_until", "is before valid_from")`); nested models prefix their own path."""
    loc = tuple(field.split(".")) if isinstance(field, str) else field
    return ValidationError.from_exception_data("input", [InitErrorDetails(
        type=PydanticCustomError("rule", "{reason}", {"reason": reason}), loc=loc, input=value)])


def _before(fn):
    """Applies fn to strings only: anything else is left for pydantic's type check to refuse."""
    return BeforeValidator(lambda v: fn(v) if isinstance(v, str) else v)


# -- text --------------------------------------------------------------------------------------------------
# The same rules as patterns of the published schemas (JSON Schema, ECMA-262 syntax, Basic Multilingual
# Plane), so that a document generated from them admits what the rules accept: the characters refused, and
# for a field that may not be empty, at least one character that is neither stripped nor white space.
def _ranges(chars) -> str:
    cps = sorted(set(ord(c) for c in chars))
    out, i = [], 0
    while i < len(cps):
        j = i
        while j + 1 < len(cps) and cps[j + 1] == cps[j] + 1:
            j += 1
        out.append(f"\\u{cps[i]:04x}" + (f"-\\u{cps[j]:04x}" if j > i else ""))
        i = j + 1
    return "".join(out)


_BMP = [chr(c) for c in range(0x10000) if not 0xD800 <= c <= 0xDFFF]
_CONTROLS = [c for c in _BMP if unicodedata.category(c) == "Cc"]
_FORMAT = [c for c in _BMP if unicodedata.category(c) == "Cf"]
_NONCHARS = [c for c in _BMP if 0xFDD0 <= ord(c) <= 0xFDEF or ord(c) & 0xFFFE == 0xFFFE]
_REFUSED_LINE = _ranges(_CONTROLS + ["\u2028", "\u2029"] + list(_BIDI_CONTROLS) + _NONCHARS)
_REFUSED_TEXT = _ranges([c for c in _CONTROLS if c not in "\n\t\r\x85"] + list(_BIDI_CONTROLS) + _NONCHARS)
_REFUSED_CODE = _ranges(_CONTROLS + _FORMAT + ["\u2028", "\u2029"] + _NONCHARS)
_INVISIBLE = _ranges(_FORMAT)


def _text_pattern(refused: str, required: bool) -> dict[str, str]:
    if not required:
        return {"pattern": f"^[^{refused}]*$"}
    return {"pattern": f"^[^{refused}]*[^{refused}{_INVISIBLE}\\s][^{refused}]*$"}


Name = Annotated[str, _before(clean_text), Field(min_length=1, max_length=200,
                                                json_schema_extra=_text_pattern(_REFUSED_LINE, True))]
Text = Annotated[str, _before(lambda v: clean_text(v, multiline=True)),
                 Field(max_length=5000, json_schema_extra=_text_pattern(_REFUSED_TEXT, False))]
Code = Annotated[str, _before(clean_code), Field(min_length=1, max_length=64,
                                                json_schema_extra=_text_pattern(_REFUSED_CODE, True))]
SearchText = Annotated[str, _before(clean_text), Field(max_length=500,
                                                      json_schema_extra=_text_pattern(_REFUSED_LINE, False))]


def name(max_length: int = 200, min_length: int = 1) -> Any:
    """A one-line name of another length."""
    return Annotated[str, _before(clean_text), Field(min_length=min_length, max_length=max_length,
                                                    json_schema_extra=_text_pattern(_REFUSED_LINE, min_length > 0))]


def text(max_length: int = 5000, min_length: int = 0) -> Any:
    return Annotated[str, _before(lambda v: clean_text(v, multiline=True)),
                     Field(min_length=min_length, max_length=max_length,
                           json_schema_extra=_text_pattern(_REFUSED_TEXT, min_length > 0))]


def code(max_length: int = 64, min_length: int = 1) -> Any:
    return Annotated[str, _before(clean_code), Field(min_length=min_length, max_length=max_length,
                                                    json_schema_extra=_text_pattern(_REFUSED_CODE, min_length > 0))]


EMAIL_PATTERN = f"^[^@\\s{_REFUSED_CODE}]+@[^@\\s{_REFUSED_CODE}]+\\.[^@\\s{_REFUSED_CODE}]+$"
Email = Annotated[str, _before(clean_code), Field(min_length=5, max_length=254, pattern=EMAIL_PATTERN,
                                                 json_schema_extra={"pattern": EMAIL_PATTERN},
                                                 description="an e-mail address, name@domain")]


def ascii_digits(v: str) -> str:
    if not _ASCII_DIGITS.match(v):
        raise ValueError("takes the ASCII digits 0-9 only")
    return v


def _hs_code(v: str) -> str:
    if not _ASCII_DIGITS.match(v) or len(v) not in (6, 8, 10):
        raise ValueError("an HS code is 6 digits, ASCII 0-9 (or a national 8/10-digit extension), e.g. 210390")
    if not 1 <= int(v[:2]) <= 97:
        raise ValueError("an HS code's chapter (first two digits) is 01-97")
    return v


def _hs_prefix(v: str) -> str:
    if not _ASCII_DIGITS.match(v) or len(v) not in (2, 4, 6, 8, 10):
        raise ValueError("an HS code or its prefix is 2, 4, 6, 8 or 10 ASCII digits")
    return v


HsCode = Annotated[str, _before(lambda v: clean_code(v).replace(".", "").replace(" ", "")), AfterValidator(_hs_code),
                   Field(description="HS code: 6 ASCII digits, or a national 8 or 10 digit extension (dots allowed)",
                         json_schema_extra={"pattern": r"^(0[1-9]|[1-8][0-9]|9[0-7])\.?[0-9]{2}\.?[0-9]{2}([0-9]{2}){0,2}$"})]
HsPrefix = Annotated[str, _before(clean_code), AfterValidator(_hs_prefix),
                     Field(description="an HS code or its prefix: 2, 4, 6, 8 or 10 ASCII digits",
                           json_schema_extra={"pattern": r"^[0-9]{2}([0-9]{2}){0,4}$"})]


# -- ISO codes ---------------------------------------------------------------------------------------------
@lru_cache(maxsize=1)
def countries() -> frozenset[str]:
    """ISO 3166-1 alpha-2 codes of today's countries and territories."""
    return frozenset(c.alpha_2 for c in pycountry.countries)


@lru_cache(maxsize=1)
def currencies() -> frozenset[str]:
    """ISO 4217 codes of currencies a price can be given in."""
    return frozenset(c.alpha_3 for c in pycountry.currencies) - NOT_TRADE_CURRENCIES


def _country(v: str) -> str:
    if v not in countries():
        raise ValueError(f"{v!r} is not an ISO 3166-1 alpha-2 country code")
    return v


def _currency(v: str) -> str:
    if v not in currencies():
        raise ValueError(f"{v!r} is not an ISO 4217 currency code")
    return v


def _upper(v: str) -> str:
    return clean_code(v).upper()


def any_case_pattern(codes) -> str:
    """A JSON Schema (ECMA-262) pattern admitting exactly `codes` (upper-case letters) in any case, so that the
    published document admits what the service accepts and nothing else: `[Vv][Nn]`, grouped by prefix."""
    def alternatives(group: list[str]) -> str:
        if all(len(c) == 1 for c in group):
            return "[" + "".join(f"{c}{c.lower()}" for c in sorted(group)) + "]"
        by_first: dict[str, list[str]] = {}
        for c in group:
            by_first.setdefault(c[0], []).append(c[1:])
        parts = [f"[{first}{first.lower()}]{alternatives(rest)}" for first, rest in sorted(by_first.items())]
        return parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"
    return f"^{alternatives(sorted(codes))}$"


def any_case_words_pattern(words) -> str:
    """A pattern admitting exactly `words` (letters, digits, spaces), each letter in any case."""
    def one(word: str) -> str:
        return "".join(f"[{c.upper()}{c.lower()}]" if c.isalpha() else re.escape(c) for c in word)
    return "^(?:" + "|".join(one(w) for w in sorted(words)) + ")$"


CountryCode = Annotated[str, _before(_upper), AfterValidator(_country),
                        Field(description="ISO 3166-1 alpha-2 country code (any case; answered in upper case)",
                              json_schema_extra={"pattern": any_case_pattern(countries()), "examples": ["VN"]})]
CurrencyCode = Annotated[str, _before(_upper), AfterValidator(_currency),
                         Field(description="ISO 4217 currency code (any case; answered in upper case)",
                               json_schema_extra={"pattern": any_case_pattern(currencies()), "examples": ["USD"]})]


def _rated(v: str) -> str:
    if v not in money.UNITS_PER_USD:
        raise ValueError(f"{v} is a currency, but not one of the reference rate table "
                         f"({', '.join(sorted(money.UNITS_PER_USD))})")
    return v


# A currency that can be compared and valued in USD: one of the reference rate table's (shared/money.py).
# Matching (prices, budgets), trade (quotes, comparisons) and the fairs (a meeting's deal) all take this one.
RatedCurrency = Annotated[str, _before(_upper), AfterValidator(_currency), AfterValidator(_rated),
                          Field(description="ISO 4217 (any case; answered in upper case), one of the reference rate "
                                            "table: " + ", ".join(sorted(money.UNITS_PER_USD)),
                                json_schema_extra={"pattern": any_case_pattern(sorted(money.UNITS_PER_USD)),
                                                   "examples": ["USD"]})]


# -- dates and times ---------------------------------------------------------------------------------------
def _text_not_number(v: Any) -> Any:
    """A date or time is a JSON string, as the schema says: a number is refused, never read as a Unix time."""
    if isinstance(v, (bool, int, float, Decimal)):
        raise PydanticCustomError("string_type", "must be a string (RFC 3339), not a number")
    return v


_AS_TEXT = BeforeValidator(_text_not_number)


def _day(v: date) -> date:
    if not DATE_MIN <= v <= DATE_MAX:
        raise ValueError(f"must be between {DATE_MIN} and {DATE_MAX}")
    return v


def _instant(v: datetime) -> datetime:
    _day(v.date())
    return v


_YEARS = r"^(19[0-9]{2}|20[0-9]{2}|2100)-"  # the years a date may have, for the published schemas
Day = Annotated[date, _AS_TEXT, AfterValidator(_day), Field(description=f"a date between {DATE_MIN} and {DATE_MAX}",
                                                  json_schema_extra={"pattern": _YEARS})]
# The one rule for times: an instant carries its UTC offset (RFC 3339); one without is refused (422 naming
# the field), never guessed. Wall-clock times of a venue are the one exception (`WallClock`).
Instant = Annotated[AwareDatetime, _AS_TEXT, AfterValidator(_instant),
                    Field(description="RFC 3339 date-time with its UTC offset (e.g. 2026-05-01T09:00:00+07:00), "
                                      "years 1900-2100; one without an offset is refused",
                          json_schema_extra={"pattern": _YEARS + r".*(Z|z|[+-][0-9]{2}:[0-9]{2})$"})]
WallClock = Annotated[NaiveDatetime, _AS_TEXT, AfterValidator(_instant), WithJsonSchema({
    "type": "string", "pattern": _YEARS + r"(0[1-9]|1[0-2])-(0[1-9]|1[0-9]|2[0-8])T([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\.[0-9]{1,6})?)?$",
    "description": "a wall-clock time of the venue, without a UTC offset (the place's time zone applies); one with "
                   "an offset is refused", "examples": ["2026-05-01T09:00:00"]})]
Year = Annotated[int, Field(ge=DATE_MIN.year, le=DATE_MAX.year)]


# -- numbers -----------------------------------------------------------------------------------------------
def _number_not_text(v: Any) -> Any:
    if isinstance(v, (bool, str, bytes)):
        raise PydanticCustomError("number_type", "must be a number, not a string or a boolean")
    return v


# A JSON number, as the schema says: pydantic would otherwise read "12.5" or "1e3" as one.
AS_NUMBER = BeforeValidator(_number_not_text)


def decimal_number(*, gt: float | None = None, ge: float | None = None, le: float = MAX_AMOUNT,
                   places: int = 4) -> Any:
    """An exact amount, sent as a JSON number (a string is refused), published as just that: `type: number`
    with its bounds (pydantic's own schema of a Decimal would also admit any string)."""
    schema: dict[str, Any] = {"type": "number", "maximum": le,
                              "description": f"a number with at most {places} decimal places"}
    if gt is not None:
        schema["exclusiveMinimum"] = gt
    if ge is not None:
        schema["minimum"] = ge
    return Annotated[Decimal, AS_NUMBER, Field(gt=gt, ge=ge, le=int(le), allow_inf_nan=False,
                                               decimal_places=places), WithJsonSchema(schema)]


Quantity = Annotated[float, Field(gt=0, le=MAX_AMOUNT, allow_inf_nan=False)]
Price = Annotated[float, Field(ge=0, le=MAX_AMOUNT, allow_inf_nan=False)]
PositivePrice = Annotated[float, Field(gt=0, le=MAX_AMOUNT, allow_inf_nan=False)]
DecimalPrice = decimal_number(ge=0)
