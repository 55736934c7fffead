"""The rules across fields that a request's published schema states are the ones its model applies: a body the
schema admits is accepted, one it refuses is refused (422), for each rule JSON Schema can say (those it cannot,
tests/support/schemathesis_hooks.py keeps in the fuzzed requests)."""
from __future__ import annotations

from datetime import datetime, timezone

import pytest
from jsonschema import Draft202012Validator
from pydantic import BaseModel, ValidationError

from services.events.entrypoints.schemas import BoothPatch, BuyerCreate, Decision, FairPatch, OutcomeCreate
from services.matching.domain.rfq import InvalidRfq, Rfq
from services.matching.entrypoints.schemas import RfqCreate, RfqPatch
from services.registry.entrypoints.schemas import ProductCreate

PRODUCT = {"producer_id": "VN-M-1", "name_local": "Nước mắm", "name_en": "Fish sauce", "programme": "OCOP",
           "group": "food", "hs_code": "210390", "origin": {"country": "VN", "province": "Kiên Giang"}}
RFQ = {"text": "fish sauce", "group": "food", "quantity": 100, "unit": "l", "destination": "JP",
       "deadline": "2030-01-01T00:00:00Z"}
HOURS = [{"start": "2026-05-01T09:00:00", "end": "2026-05-01T12:00:00"}]

CASES: list[tuple[type[BaseModel], dict]] = [
    (ProductCreate, PRODUCT),
    (ProductCreate, {**PRODUCT, "hs_code": None}),
    (ProductCreate, {k: v for k, v in PRODUCT.items() if k != "hs_code"}),
    (ProductCreate, {k: v for k, v in PRODUCT.items() if k != "hs_code"} | {"group": "tourism_services"}),
    (ProductCreate, {**PRODUCT, "rating_date": "2024-06-01"}),
    (ProductCreate, {**PRODUCT, "rating_date": "2024-06-01", "stars": None}),
    (ProductCreate, {**PRODUCT, "rating_date": "2024-06-01", "stars": 4}),
    (ProductCreate, {**PRODUCT, "rating_date": None}),
    (ProductCreate, {**PRODUCT, "certifications": [{"scheme": "HACCP", "id": None, "status": None}]}),
    (ProductCreate, {**PRODUCT, "certifications": [{"scheme": "HACCP", "id": "C-1"}]}),
    (ProductCreate, {**PRODUCT, "certifications": [{"scheme": "HACCP", "status": "valid"}]}),
    (RfqCreate, RFQ),
    (RfqCreate, {**RFQ, "target_price": 5}),
    (RfqCreate, {**RFQ, "target_price": 5, "currency": None}),
    (RfqCreate, {**RFQ, "target_price": 5, "currency": "usd"}),
    (RfqCreate, {**RFQ, "target_price": None}),
    (RfqCreate, {**RFQ, "currency": "USD"}),
    (RfqPatch, {}),
    (RfqPatch, {"status": None}),
    (RfqPatch, {"status": None, "quantity": 5}),
    (RfqPatch, {"status": "closed"}),
    (RfqPatch, {"status": "closed", "quantity": 5}),
    (RfqPatch, {"quantity": None}),
    (RfqPatch, {"text": None}),
    (RfqPatch, {"deadline": None}),
    (RfqPatch, {"target_price": None}),
    (Decision, {"decision": "approve"}),
    (Decision, {"decision": "reject"}),
    (Decision, {"decision": "reject", "reason": None}),
    (Decision, {"decision": "reject", "reason": "no export licence"}),
    (OutcomeCreate, {"outcome": "deal", "value": 1000, "currency": "USD"}),
    (OutcomeCreate, {"outcome": "deal", "value": 1000}),
    (OutcomeCreate, {"outcome": "deal", "value": None, "currency": "USD"}),
    (OutcomeCreate, {"outcome": "follow_up"}),
    (OutcomeCreate, {"outcome": "follow_up", "value": None, "currency": None}),
    (OutcomeCreate, {"outcome": "no_interest", "value": 10}),
    (OutcomeCreate, {"outcome": "no_interest", "currency": "USD"}),
    (FairPatch, {}),
    (FairPatch, {"name": "Fair"}),
    (FairPatch, {"name": None}),
    (FairPatch, {"eligibility": None}),
    (FairPatch, {"max_meetings_per_participant": 3}),
    (BoothPatch, {}),
    (BoothPatch, {"price": 10}),
    (BoothPatch, {"zone": None}),
    (BuyerCreate, {"buyer_ref": "b", "name": "Buyer", "availability": HOURS, "email": "0"}),
    (BuyerCreate, {"buyer_ref": "b", "name": "Buyer", "availability": HOURS, "email": "a@b.co"}),
    (BuyerCreate, {"buyer_ref": "b", "name": "Buyer", "availability": HOURS, "email": None}),
]


def _rfq_checked(m: RfqCreate) -> None:
    Rfq(id="RFQ-1", **m.fields()).check(datetime(2026, 1, 1, tzinfo=timezone.utc))


def _product_checked(m: ProductCreate) -> None:
    # services/registry/service_layer/services.py (RegistryService._check): the node's own certificate fields
    if any(c.id or c.status for c in m.certifications):
        raise ValueError("certifications.id")


# Rules checked past the model, by the domain or the service layer.
BEYOND_THE_MODEL = {RfqCreate: _rfq_checked, ProductCreate: _product_checked}


def accepted(model: type[BaseModel], body: dict) -> bool:
    try:
        m = model.model_validate(body)
        BEYOND_THE_MODEL.get(model, lambda _: None)(m)
    except (ValidationError, InvalidRfq, ValueError):
        return False
    return True


@pytest.mark.parametrize("model,body", CASES, ids=[f"{m.__name__}-{i}" for i, (m, _) in enumerate(CASES)])
def test_the_published_schema_admits_exactly_what_the_model_accepts(model, body):
    admitted = Draft202012Validator(model.model_json_schema()).is_valid(body)
    assert admitted == accepted(model, body)


def test_the_cases_cover_both_answers_for_each_model():
    for model in {m for m, _ in CASES}:
        answers = {accepted(model, body) for m, body in CASES if m is model}
        assert answers == {True, False}, model.__name__
