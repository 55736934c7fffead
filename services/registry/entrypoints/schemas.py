"""Public request and response schemas of a registry node's HTTP API."""
from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from services.registry.domain.model import Certification, ProducerFields, ProductFields
from services.registry.entrypoints.programme_schemas import GreenPublic


class RegistrationState(BaseModel):
    """Where the product's registration stands (the dossier and every step: GET …/registration)."""
    status: str = Field(description="not_submitted | submitted | changes_requested | approved | rejected")
    programme: str
    route: str | None = Field(None, description="national_register: registered listed by its registry, approved "
                                                "by the national programme before the network")
    submitted_at: str | None = None
    decided_at: str | None = None


class Rating(BaseModel):
    """The evaluation the stars come from: the latest one still valid."""
    evaluation_id: str
    total: float
    council_level: str
    evaluated_on: str
    valid_until: str


class ProductCreate(ProductFields):
    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [{
        "producer_id": "VN-M-0A1B2C3D4E5F60718293A4B5",
        "external_ref": "KH-2024-0017",
        "name_local": "Nước mắm Phú Quốc",
        "name_en": "Phu Quoc fish sauce",
        "description": "Traditional anchovy fish sauce, 40°N, barrel-fermented for 12 months.",
        "programme": "OCOP", "group": "food", "stars": 4, "rating_date": "2024-06-01",
        "hs_code": "210390",
        "certifications": [{"scheme": "HACCP", "valid_until": "2027-01-01"}],
        "origin": {"country": "VN", "province": "Kiên Giang", "district": "Phú Quốc", "commune": "Dương Tơ"},
        "monthly_capacity": {"amount": 20000, "unit": "l"},
        "price": {"min": 3.5, "max": 6.0, "currency": "USD", "unit": "l"},
        "export_markets": ["JP", "KR"], "status": "listed"}]})


class ProductPublic(ProductFields):
    model_config = ConfigDict(extra="allow")
    id: str
    country: str
    version: int
    created_at: str
    updated_at: str
    updated_by: str
    registration: RegistrationState | None = None
    rating: Rating | None = Field(None, description="stars and rating_date follow it; null: no valid evaluation")
    green: GreenPublic | None = Field(None, description="the latest Green OCOP assessment")


class ProducerCreate(ProducerFields):
    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [{
        "name_local": "Hợp tác xã Nước mắm Phú Quốc", "name_en": "Phu Quoc Fish Sauce Cooperative",
        "type": "cooperative", "founded_year": 2009, "women_led": True, "youth_led": False,
        "place": {"country": "VN", "province": "Kiên Giang", "district": "Phú Quốc"}}]})


class ProducerPublic(ProducerFields):
    model_config = ConfigDict(extra="allow")
    certifications: list[Certification] = Field([], description="certificates the producer holds (…/certificates)")
    id: str
    country: str
    version: int
    created_at: str
    updated_at: str
    updated_by: str


class Page(BaseModel):
    total: int
    limit: int
    offset: int


class ProductPage(Page):
    items: list[ProductPublic]


class ProducerPage(Page):
    items: list[ProducerPublic]


class HistoryEntry(BaseModel):
    version: int
    actor: str
    at: str
    changes: dict
