"""Bulk-import files as people really send them, through the gateway's import endpoint: any line ending,
Unicode line separators inside values, malformed rows among good ones, values the database cannot hold,
and an external_ref repeated within one upload."""
from __future__ import annotations

import json
import uuid

import pytest

from services.registry.domain.imports import PRODUCT_CSV_COLUMNS, product_to_csv_row, to_csv
from tests.support.factories import product_body, producer_body

URL = "/v1/registry/VN/imports/products"
CSV = {"Content-Type": "text/csv"}
JSONL = {"Content-Type": "application/x-ndjson"}


@pytest.fixture
async def producer(vn_admin) -> str:
    r = await vn_admin.post("/v1/registry/VN/producers", json=producer_body("VN", external_ref=f"p-{uuid.uuid4().hex[:8]}"))
    assert r.status_code == 201, r.text
    return r.json()["id"]


def _csv(products: list[dict], newline: str = "\n") -> bytes:
    text = to_csv([product_to_csv_row(p) for p in products], PRODUCT_CSV_COLUMNS)  # the csv module writes CRLF
    return text.replace("\r\n", "\n").replace("\n", newline).encode()


def _jsonl(rows: list[dict | str], newline: str = "\n") -> bytes:
    return "".join((r if isinstance(r, str) else json.dumps(r, ensure_ascii=False)) + newline for r in rows).encode()


async def _import(vn_admin, body: bytes, headers: dict) -> tuple[dict, list[dict]]:
    r = await vn_admin.post(URL, params={"wait": "true"}, content=body, headers=headers)
    assert r.status_code == 200, r.text
    job = r.json()
    rejected = await vn_admin.get(f"/v1/registry/VN/imports/{job['id']}/rejections")
    assert rejected.status_code == 200, rejected.text
    return job, rejected.json()["items"]


async def _by_ref(vn_admin, producer: str, ref: str) -> dict:
    """The product with this external_ref among the producer's (each test has a fresh producer)."""
    found, offset = [], 0
    while True:
        r = await vn_admin.get("/v1/registry/VN/products", params={"producer_id": producer, "limit": 500, "offset": offset})
        assert r.status_code == 200, r.text
        found += [p for p in r.json()["items"] if p["external_ref"] == ref]
        offset += 500
        if offset >= r.json()["total"]:
            break
    assert len(found) == 1, (ref, len(found))
    return found[0]


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"], ids=["LF", "CRLF", "lone CR"])
async def test_a_csv_is_read_whatever_its_line_endings(vn_admin, producer, newline):
    tag = uuid.uuid4().hex[:6]
    rows = [product_body(producer, external_ref=f"eol-{tag}-{i}", name_en=f"Line ends {tag} {i}") for i in range(3)]
    job, rejected = await _import(vn_admin, _csv(rows, newline), CSV)
    assert (job["status"], job["processed"], job["created"], job["rejected"], rejected) == ("done", 3, 3, 0, [])
    assert (await _by_ref(vn_admin, producer, f"eol-{tag}-2"))["name_en"] == f"Line ends {tag} 2"


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"], ids=["LF", "CRLF", "lone CR"])
async def test_json_lines_are_read_whatever_their_line_endings(vn_admin, producer, newline):
    tag = uuid.uuid4().hex[:6]
    rows = [product_body(producer, external_ref=f"jeol-{tag}-{i}") for i in range(3)]
    job, rejected = await _import(vn_admin, _jsonl(rows, newline), JSONL)
    assert (job["status"], job["processed"], job["created"], rejected) == ("done", 3, 3, [])


async def test_unicode_line_separators_and_newlines_inside_a_quoted_csv_field_stay_in_the_record(vn_admin, producer):
    tag = uuid.uuid4().hex[:6]
    description = "Barrel-fermented\u2028for twelve months.\u2029Bottled\r\nin Phú Quốc.\nNo additives."
    rows = [product_body(producer, external_ref=f"ls-{tag}-0", description=description),
            product_body(producer, external_ref=f"ls-{tag}-1", name_en="After the separators")]
    body = to_csv([product_to_csv_row(p) for p in rows], PRODUCT_CSV_COLUMNS).encode()  # CRLF, quoted fields raw
    assert "\u2028".encode() in body and b"Bottled\r\nin" in body
    job, rejected = await _import(vn_admin, body, CSV)
    assert (job["status"], job["created"], rejected) == ("done", 2, [])
    # Free text keeps its line and paragraph separators; its line endings are read as newlines (shared field rules).
    assert (await _by_ref(vn_admin, producer, f"ls-{tag}-0"))["description"] == description.replace("\r\n", "\n")
    assert (await _by_ref(vn_admin, producer, f"ls-{tag}-1"))["name_en"] == "After the separators"


async def test_unicode_line_separators_inside_a_json_string_stay_in_the_record(vn_admin, producer):
    tag = uuid.uuid4().hex[:6]
    text = "Nước mắm\u2028Phú Quốc\u2029 premium\x85 reserve"  # free text: a name is one line and refuses them
    rows = [product_body(producer, external_ref=f"js-{tag}-0", description_local=text),
            product_body(producer, external_ref=f"js-{tag}-1")]
    body = _jsonl(rows)
    assert "\u2028".encode() in body  # raw in the file, not escaped
    job, rejected = await _import(vn_admin, body, JSONL)
    assert (job["status"], job["processed"], job["created"], rejected) == ("done", 2, 2, [])
    assert (await _by_ref(vn_admin, producer, f"js-{tag}-0"))["description_local"] == text.replace("\x85", "\n")


async def test_a_malformed_csv_row_is_rejected_alone_with_its_line_and_the_good_rows_are_kept(vn_admin, producer):
    tag = uuid.uuid4().hex[:6]
    good = [product_body(producer, external_ref=f"mal-{tag}-{i}") for i in range(4)]
    multi_line = product_body(producer, external_ref=f"mal-{tag}-ml", description="two\nlines")
    text = _csv(good[:1] + [multi_line] + good[1:2]).decode()
    lines = text.split("\n")
    # Line 6: one cell too many; line 7: a field past the csv module's size limit; then good rows again.
    extra = lines[1] + ",surplus"
    huge = lines[1].replace(f"mal-{tag}-0", f"mal-{tag}-huge").replace("Traditional anchovy fish sauce.",
                                                                        '"' + "x" * 140_000 + '"')
    tail = _csv(good[2:]).decode().split("\n", 1)[1]
    body = "\n".join(lines[:5] + [extra, huge]) + "\n" + tail
    job, rejected = await _import(vn_admin, body.encode(), CSV)
    assert (job["status"], job["processed"], job["created"], job["rejected"]) == ("done", 7, 5, 2)
    assert [(x["row"], x["line"], x["external_ref"], x["errors"]) for x in rejected] == [
        (4, 6, None, [{"field": "row", "reason": f"row has {len(PRODUCT_CSV_COLUMNS) + 1} cells, "
                                                 f"the header {len(PRODUCT_CSV_COLUMNS)}"}]),
        (5, 7, None, [{"field": "row", "reason": "unreadable CSV: field larger than field limit (131072)"}]),
    ]
    for p in good + [multi_line]:
        assert (await _by_ref(vn_admin, producer, p["external_ref"]))["version"] == 1


async def test_a_malformed_json_line_is_rejected_alone_with_its_line(vn_admin, producer):
    tag = uuid.uuid4().hex[:6]
    rows = [product_body(producer, external_ref=f"mj-{tag}-0"), '{"external_ref": "broken",', "[1, 2]",
            product_body(producer, external_ref=f"mj-{tag}-1", stars="many"), "[" * 100_000 + "]" * 100_000,
            product_body(producer, external_ref=f"mj-{tag}-2")]
    job, rejected = await _import(vn_admin, _jsonl(rows[:1]) + b"\n" + _jsonl(rows[1:]), JSONL)
    assert (job["status"], job["created"], job["rejected"]) == ("done", 2, 4)
    assert [(x["line"], x["errors"][0]["field"]) for x in rejected] == [(3, "row"), (4, "row"), (5, "stars"), (6, "row")]
    assert rejected[3]["errors"][0]["reason"] == "not JSON that can be read: nested too deeply"
    assert rejected[0]["errors"][0]["reason"] == "not JSON: Expecting property name enclosed in double quotes at column 27"
    assert rejected[1]["errors"][0]["reason"] == "a JSON Lines row must be an object"


async def test_a_row_the_database_cannot_hold_is_reported_by_its_field_and_its_batch_is_kept(vn_admin, producer):
    tag = uuid.uuid4().hex[:6]
    rows = [product_body(producer, external_ref=f"nul-{tag}-0"),
            product_body(producer, external_ref=f"nul-{tag}-1", name_en="Fish\u0000sauce"),
            product_body(producer, external_ref=f"nul-{tag}-2")]
    job, rejected = await _import(vn_admin, _jsonl(rows), JSONL)
    assert (job["status"], job["created"], job["rejected"], job["error"]) == ("done", 2, 1, None)
    assert rejected == [{"row": 2, "line": 2, "external_ref": f"nul-{tag}-1", "errors": [
        {"field": "name_en", "reason": "contains the control character U+0000"}]}]
    assert (await _by_ref(vn_admin, producer, f"nul-{tag}-2"))["version"] == 1


async def test_an_external_ref_repeated_in_a_later_batch_of_one_upload_is_a_duplicate_not_an_update(vn_admin, producer):
    tag = uuid.uuid4().hex[:6]
    rows = [product_body(producer, external_ref=f"dup-{tag}-{i}", name_en=f"First {i}") for i in range(1001)]
    rows.append(product_body(producer, external_ref=f"dup-{tag}-0", name_en="Second upload of row 1"))  # row 1002
    job, rejected = await _import(vn_admin, _jsonl(rows), JSONL)
    assert (job["status"], job["created"], job["updated"], job["rejected"]) == ("done", 1001, 0, 1)
    assert rejected == [{"row": 1002, "line": 1002, "external_ref": f"dup-{tag}-0", "errors": [
        {"field": "external_ref", "reason": "repeats row 1 of this upload"}]}]
    kept = await _by_ref(vn_admin, producer, f"dup-{tag}-0")
    assert (kept["name_en"], kept["version"]) == ("First 0", 1)
