"""Reading bulk-import files (the registry's domain, no infrastructure): rows, their lines, and what a bad
row or a bad identity turns into. The same cases run through the HTTP endpoint in tests/e2e/test_import_files.py."""
import pytest

from services.registry.domain.errors import InvalidField
from services.registry.domain.imports import parse, unstorable
from services.registry.domain.model import refuse_foreign_identity

HEADER = "external_ref,name_local,name_en,type,province"


def _rows(fmt: str, text: str, kind: str = "producer") -> list[tuple]:
    return list(parse(kind, fmt, text.encode(), "VN"))


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_csv_rows_are_split_on_any_line_end_and_numbered_with_their_lines(newline):
    text = newline.join([HEADER, "a,Một,One,sme,Huế", "", "b,Hai,Two,sme,Huế", ""])
    rows = _rows("csv", text)
    assert [(n, line, r["external_ref"]) for n, line, r in rows] == [(1, 2, "a"), (2, 4, "b")]


def test_a_quoted_csv_field_keeps_its_line_ends_and_unicode_separators_and_the_next_row_starts_after_it():
    text = f'{HEADER}\r\na,"one\u2028two\r\nthree\rfour\u2029",One,sme,Huế\r\nb,Hai,Two,sme,Huế\r\n'
    rows = _rows("csv", text)
    assert rows[0][2]["name_local"] == "one\u2028two\r\nthree\rfour\u2029"
    assert [(n, line) for n, line, _ in rows] == [(1, 2), (2, 5)]


def test_json_lines_split_only_on_real_line_ends():
    text = '{"name_en": "a\u2028b\u2029c\x85d"}\r{"name_en": "two"}\r\n\n{"name_en": "three"}'
    rows = _rows("jsonl", text)
    assert [(n, line, r["name_en"]) for n, line, r in rows] == [
        (1, 1, "a\u2028b\u2029c\x85d"), (2, 2, "two"), (4, 4, "three")]


def test_an_unreadable_row_is_reported_alone_and_reading_goes_on():
    text = "\n".join([HEADER, "a,Một,One,sme,Huế,extra", "b,\"" + "x" * 140_000 + "\",Two,sme,Huế", "c,Ba,Three,sme,Huế"])
    rows = _rows("csv", text)
    assert rows[0] == (1, 2, "row has 6 cells, the header 5")
    assert rows[1] == (2, 3, "unreadable CSV: field larger than field limit (131072)")
    assert rows[2][:2] == (3, 4) and rows[2][2]["external_ref"] == "c"


def test_a_csv_without_the_required_header_is_refused_whole():
    with pytest.raises(InvalidField) as info:
        _rows("csv", "name,price\nx,1\n")
    assert info.value.field == "body"


@pytest.mark.parametrize("row,field,reason", [
    ({"id": "KH-P-1"}, "id", "id KH-P-1 belongs to KH, not to VN; this node registers only VN records"),
    ({"id": "P-1"}, "id", "id 'P-1' does not start with its country's code; this node registers only VN records"),
    ({"id": "VN-P-1"}, "id", "is assigned by the node; an import names its record by external_ref"),
    ({"country": "KH"}, "country", "KH is outside this node's country VN"),
])
def test_an_imported_row_naming_an_id_or_a_foreign_country_is_refused_by_field(row, field, reason):
    with pytest.raises(InvalidField) as info:
        refuse_foreign_identity("VN", row)
    assert (info.value.field, info.value.reason) == (field, reason)


def test_a_row_of_the_nodes_own_country_passes_the_identity_check():
    refuse_foreign_identity("VN", {"country": "VN", "external_ref": "x"})


def test_a_row_the_database_refused_is_reported_by_the_fields_it_cannot_hold():
    raw = {"name_en": "a\x00b", "origin": {"province": "ok"}, "certifications": [{"scheme": "x\ud800"}]}
    assert [e["field"] for e in unstorable(raw)] == ["name_en", "certifications.0.scheme"]
    assert unstorable({"name_en": "fine"}) == [{"field": "row", "reason": "could not be stored; no field was found at fault"}]
