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


@pytest.mark.parametrize("field,value,reason", [
    ("stars", 6, "less than or equal to 5"),
    ("stars", 0, "greater than or equal to 1"),
    ("hs_code", "21039", "6 digits"),
    ("hs_code", "ABCDEF", "6 digits"),
    ("hs_code", "990000", "chapter"),
    ("name_en", "x" * 201, "at most 200"),
    ("export_markets", ["JP", "XX"], "XX"),
])
def test_a_bad_field_is_refused_naming_the_field_and_the_reason(field, value, reason):
    errors = _errors(product_body("VN-M-1") | {field: value})
    assert field in errors and reason in errors[field]


def test_a_currency_outside_iso_4217_is_refused():
    body = product_body("VN-M-1")
    body["price"] = {"min": 1, "max": 2, "currency": "XYZ"}
    assert "ISO 4217" in _errors(body)["price.currency"]


def test_a_price_range_upside_down_is_refused():
    body = product_body("VN-M-1")
    body["price"] = {"min": 5, "max": 2, "currency": "USD"}
    assert "max is below min" in _errors(body)["price"]


def test_goods_need_an_hs_code_but_rural_tourism_does_not():
    body = product_body("VN-M-1")
    del body["hs_code"]
    assert "hs_code is required" in next(iter(_errors(body).values()))
    assert ProductFields.model_validate(body | {"group": "tourism_services"}).hs_code is None


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
