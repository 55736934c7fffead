"""The shared field rules, as properties over generated input (hypothesis)."""
from __future__ import annotations

import math
import unicodedata
from datetime import timedelta, timezone

import pytest
from hypothesis import example, given, settings, strategies as st
from pydantic import TypeAdapter, ValidationError

from shared.validation import (DATE_MAX, DATE_MIN, MAX_AMOUNT, Code, CountryCode, CurrencyCode, Day, DecimalPrice,
                               HsCode, Instant, Name, Price, Text, countries, currencies)

NAME, TEXT, CODE = TypeAdapter(Name), TypeAdapter(Text), TypeAdapter(Code)
HS, COUNTRY, CURRENCY = TypeAdapter(HsCode), TypeAdapter(CountryCode), TypeAdapter(CurrencyCode)
DAY, INSTANT, PRICE = TypeAdapter(Day), TypeAdapter(Instant), TypeAdapter(Price)
ANY_TEXT = st.text(st.characters(codec="utf-8", exclude_categories=()), max_size=60)
JOINERS = {"\u200c", "\u200d"}


def reasons(exc: ValidationError) -> list[str]:
    return [e["msg"] for e in exc.errors()]


@settings(max_examples=400)
@given(ANY_TEXT)
@example("ข้าว\u200bหอม")
@example("a\u200d")
@example("Nu\u031bo\u031b\u0301c")
@example("one\u2028line")
def test_a_name_is_nfc_without_control_or_invisible_characters_or_refused_saying_why(value):
    try:
        out = NAME.validate_python(value)
    except ValidationError as exc:
        assert any(word in r for r in reasons(exc) for word in
                   ("control character", "surrogate", "bidirectional", "non-character", "separator", "at least 1",
                    "at most 200"))
        return
    assert out == unicodedata.normalize("NFC", out) and out == out.strip() and 1 <= len(out) <= 200
    for i, ch in enumerate(out):
        assert unicodedata.category(ch) not in ("Cc", "Cs", "Zl", "Zp")
        if ch in JOINERS:  # kept only where it shapes letters
            assert unicodedata.category(out[i - 1])[0] in "LM" and unicodedata.category(out[i + 1])[0] in "LM"
        else:
            assert unicodedata.category(ch) != "Cf", repr(ch)
    assert NAME.validate_python(out) == out  # cleaning twice changes nothing


@given(st.text(alphabet="ab \n\r\t\x85\u2028", max_size=40))
def test_free_text_keeps_its_lines_and_tabs_and_reads_every_line_ending_as_a_newline(value):
    out = TEXT.validate_python(value)
    assert "\r" not in out and "\x85" not in out
    assert out == value.replace("\r\n", "\n").replace("\r", "\n").replace("\x85", "\n").strip()


@given(ANY_TEXT)
def test_a_code_holds_no_control_format_or_zero_width_character(value):
    try:
        out = CODE.validate_python(value)
    except ValidationError:
        return
    assert all(unicodedata.category(ch) not in ("Cc", "Cf", "Cs", "Zl", "Zp") for ch in out)


@given(st.text(st.characters(categories=["Nd"]), min_size=6, max_size=6))
def test_an_hs_code_takes_ascii_digits_only(digits):
    ascii_only = all(ch in "0123456789" for ch in digits)
    try:
        out = HS.validate_python(digits)
    except ValidationError as exc:
        assert not ascii_only or "chapter" in reasons(exc)[0]
        return
    assert ascii_only and out == digits and 1 <= int(out[:2]) <= 97


@given(st.sampled_from(sorted(countries())), st.sampled_from([str.lower, str.upper, str.title]))
def test_every_iso_country_is_accepted_in_any_case_and_answered_in_upper_case(code, case):
    assert COUNTRY.validate_python(case(code)) == code


@given(st.text(st.characters(min_codepoint=ord("A"), max_codepoint=ord("Z")), min_size=2, max_size=2))
def test_two_letters_outside_iso_3166_are_refused(code):
    if code in countries():
        assert COUNTRY.validate_python(code) == code
    else:
        with pytest.raises(ValidationError) as info:
            COUNTRY.validate_python(code)
        assert reasons(info.value) == [f"Value error, {code!r} is not an ISO 3166-1 alpha-2 country code"]


@given(st.text(st.characters(min_codepoint=ord("A"), max_codepoint=ord("Z")), min_size=3, max_size=3))
def test_a_currency_is_one_of_iso_4217_that_a_price_can_be_given_in(code):
    if code in currencies():
        assert CURRENCY.validate_python(code.lower()) == code
    else:
        with pytest.raises(ValidationError):
            CURRENCY.validate_python(code)


def test_metals_and_test_codes_of_iso_4217_are_not_currencies_of_a_price():
    assert {"USD", "VND", "KHR", "THB", "LAK", "MMK", "MYR", "IDR", "PHP", "SGD", "BND", "EUR"} <= currencies()
    assert not {"XAU", "XAG", "XTS", "XXX", "XDR"} & currencies()


@given(st.dates())
def test_a_date_is_accepted_only_between_1900_and_2100(day):
    if DATE_MIN <= day <= DATE_MAX:
        assert DAY.validate_python(day) == day
    else:
        with pytest.raises(ValidationError):
            DAY.validate_python(day)


@given(st.datetimes(timezones=st.just(timezone(timedelta(hours=7)))))
def test_an_instant_needs_its_offset_and_a_sane_year(moment):
    assert moment.tzinfo is not None
    if DATE_MIN <= moment.date() <= DATE_MAX:
        assert INSTANT.validate_python(moment.isoformat()) == moment
    else:
        with pytest.raises(ValidationError):
            INSTANT.validate_python(moment.isoformat())
    with pytest.raises(ValidationError) as info:
        INSTANT.validate_python(moment.replace(tzinfo=None).isoformat())
    assert info.value.errors()[0]["type"] in ("timezone_aware", "value_error")


@given(st.floats(allow_nan=True, allow_infinity=True))
def test_a_price_is_a_finite_number_within_its_bound(number):
    if math.isfinite(number) and 0 <= number <= MAX_AMOUNT:
        assert PRICE.validate_python(number) == number
    else:
        with pytest.raises(ValidationError):
            PRICE.validate_python(number)


@pytest.mark.parametrize("value", ["12.5", "1e3", True, b"3"])
def test_an_exact_amount_is_a_json_number_never_a_string_or_a_boolean_read_as_one(value):
    with pytest.raises(ValidationError) as info:
        TypeAdapter(DecimalPrice).validate_python(value)
    assert info.value.errors()[0]["type"] == "number_type"
    assert TypeAdapter(DecimalPrice).json_schema()["type"] == "number"


@pytest.mark.parametrize("value", [0, 1900000000, 1.5e9, True])
def test_a_date_or_an_instant_is_a_string_never_a_unix_time(value):
    for kind in (Day, Instant):
        with pytest.raises(ValidationError) as info:
            TypeAdapter(kind).validate_python(value)
        assert info.value.errors()[0]["type"] == "string_type"
