"""The registry's product rules, without any infrastructure."""
import pytest
from pydantic import ValidationError

from services.registry.domain.errors import InvalidField, NotOwned
from services.registry.domain.model import Place, ProductFields, check_origin, ensure_owned, new_id
from tests.support.factories import product_body


def _errors(body: dict) -> dict[str, str]:
    with pytest.raises(ValidationError) as info:
        ProductFields.model_validate(body)
    return {".".join(str(p) for p in e["loc"]): e["msg"] for e in info.value.errors()}


def test_a_complete_product_is_accepted():
    product = ProductFields.model_validate(product_body("VN-M-1"))
    assert product.hs_code == "210390" and product.stars == 4


@pytest.mark.parametrize("field,value,named,reason", [
    ("stars", 6, "stars", "less than or equal to 5"),
    ("stars", 0, "stars", "greater than or equal to 1"),
    ("hs_code", "21039", "hs_code", "6 digits"),
    ("hs_code", "ABCDEF", "hs_code", "6 digits"),
    ("hs_code", "\uff12\uff11\uff10\uff13\uff19\uff10", "hs_code", "ASCII 0-9"),   # fullwidth digits
    ("hs_code", "\u0662\u0661\u0660\u0663\u0669\u0660", "hs_code", "ASCII 0-9"),   # Arabic-Indic digits
    ("hs_code", "990000", "hs_code", "chapter"),
    ("name_en", "x" * 201, "name_en", "at most 200"),
    ("name_en", "Fish\x07sauce", "name_en", "control character U+0007"),
    ("rating_date", "0001-01-01", "rating_date", "between 1900-01-01 and 2100-12-31"),
    ("rating_date", "9999-12-31", "rating_date", "between 1900-01-01 and 2100-12-31"),
    ("export_markets", ["JP", "XX"], "export_markets.1", "'XX' is not an ISO 3166-1 alpha-2"),
])
def test_a_bad_field_is_refused_naming_the_field_and_the_reason(field, value, named, reason):
    errors = _errors(product_body("VN-M-1") | {field: value})
    assert named in errors and reason in errors[named], errors


def test_a_currency_outside_iso_4217_is_refused():
    body = product_body("VN-M-1")
    body["price"] = {"min": 1, "max": 2, "currency": "XYZ"}
    assert "ISO 4217" in _errors(body)["price.currency"]


def test_a_price_range_upside_down_is_refused():
    body = product_body("VN-M-1")
    body["price"] = {"min": 5, "max": 2, "currency": "USD"}
    assert _errors(body) == {"price.max": "is below min"}


def test_goods_need_an_hs_code_but_rural_tourism_does_not():
    body = product_body("VN-M-1")
    del body["hs_code"]
    assert _errors(body) == {"hs_code": "is required for goods (every group but tourism_services)"}
    assert ProductFields.model_validate(body | {"group": "tourism_services"}).hs_code is None


def test_codes_are_accepted_in_any_case_and_kept_in_upper_case():
    body = product_body("VN-M-1")
    body["price"] = {"min": 1, "max": 2, "currency": "usd"}
    product = ProductFields.model_validate(body | {"export_markets": ["jp", "Kr"]})
    assert product.price.currency == "USD" and product.export_markets == ["JP", "KR"]


def test_a_price_beyond_any_sane_amount_is_refused():
    body = product_body("VN-M-1")
    body["price"] = {"min": 1, "max": 1e60, "currency": "USD"}
    assert _errors(body) == {"price.max": "Input should be less than or equal to 1000000000000"}


def test_names_are_nfc_and_lose_invisible_characters_but_keep_joiners_inside_words():
    product = ProductFields.model_validate(product_body("VN-M-1") | {
        "name_local": "Nu\u031bo\u031b\u0301c ma\u0306\u0301m", "name_en": "Fish\u200b sauce\ufeff",
        "description": "line one\r\nline two"})
    assert product.name_local == "Nước mắm" and product.name_en == "Fish sauce"
    assert product.description == "line one\nline two"


def test_an_unknown_field_is_refused_rather_than_silently_dropped():
    assert "colour" in _errors(product_body("VN-M-1") | {"colour": "red"})


def test_a_place_outside_the_nodes_country_is_refused():
    with pytest.raises(InvalidField) as info:
        check_origin("VN", Place(country="KH", province="Kampot"), "origin")
    assert info.value.field == "origin.country"


def test_only_the_owning_country_may_change_a_record():
    ensure_owned("VN", "VN")
    with pytest.raises(NotOwned):
        ensure_owned("VN", "KH")


def test_ids_carry_the_country_and_do_not_repeat():
    ids = {new_id("VN", "P") for _ in range(10000)}
    assert len(ids) == 10000 and all(i.startswith("VN-P-") for i in ids)
