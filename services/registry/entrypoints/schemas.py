"""Public request and response schemas of a registry node's HTTP API."""
from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from services.registry.domain.model import Certification, ProducerFields, ProductFields
from services.registry.entrypoints.programme_schemas import GreenPublic
from shared.paging import Page


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


# ProductFields' rules across fields, in the published schema too: goods (every group but tourism_services) have
# an HS code, a rating date comes with its stars; and the node's own certificate fields (id, status: …/certificates)
# are not typed into a record. (A conditional subschema's `properties` go inside an allOf: the example check of
# the OpenAPI lint reads a bare subschema's `properties` as the only ones it allows.)
PRODUCT_RULES: dict[str, Any] = {
    "if": {"properties": {"group": {"const": "tourism_services"}}},
    "else": {"allOf": [{"required": ["hs_code"], "properties": {"hs_code": {"type": "string"}}}]},
    "dependentSchemas": {
        "rating_date": {"if": {"properties": {"rating_date": {"type": "string"}}},
                        "then": {"allOf": [{"required": ["stars"], "properties": {"stars": {"type": "integer"}}}]}},
        "certifications": {"not": {"properties": {"certifications": {"contains": {"anyOf": [
            {"required": ["id"], "properties": {"id": {"type": "string"}}},
            {"required": ["status"], "properties": {"status": {"type": "string"}}}]}}}}}}}


class ProductCreate(ProductFields):
    model_config = ConfigDict(extra="forbid", json_schema_extra={**PRODUCT_RULES, "examples": [{
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


class ProductPage(Page[ProductPublic]):
    pass


class ProducerPage(Page[ProducerPublic]):
    pass


class HistoryEntry(BaseModel):
    version: int = Field(description="the record's version this change made")
    actor: str = Field(description="who made it: the registry admin's client, or an import")
    at: str = Field(description="when, RFC 3339 with its UTC offset")
    changes: dict[str, Any] = Field(description="the fields this version set, by name")


class HistoryPage(Page[HistoryEntry]):
    pass


class Node(BaseModel):
    country: str = Field(description="ISO 3166-1 alpha-2 code of the member state this node serves")


class ImportJob(BaseModel):
    model_config = ConfigDict(json_schema_extra={"examples": [{
        "id": "IMP-01J9Z6ZQ4M8V", "kind": "product", "format": "csv", "status": "done", "actor": "vn-admin",
        "rows_estimated": 2, "processed": 2, "created": 1, "updated": 0, "unchanged": 0, "rejected": 1,
        "accepted": 1, "started_at": "2026-01-05T08:00:00+00:00",
        "finished_at": "2026-01-05T08:00:01+00:00"}]})
    id: str
    kind: Literal["product", "producer"]
    format: Literal["csv", "jsonl"]
    status: Literal["running", "done", "failed", "interrupted"]
    actor: str
    rows_estimated: int
    processed: int
    created: int
    updated: int
    unchanged: int
    rejected: int
    accepted: int = Field(description="created + updated + unchanged")
    error: str | None = Field(default=None, description="why a failed or interrupted import stopped")
    started_at: str = Field(description="RFC 3339 with its UTC offset")
    finished_at: str | None = Field(default=None, description="RFC 3339 with its UTC offset; null while running")


class RowError(BaseModel):
    model_config = ConfigDict(extra="allow")
    field: str = Field(description="the column or field, dotted into nested values")
    reason: str


class ImportRejection(BaseModel):
    row: int = Field(description="the row's number among the file's data rows, from 1")
    line: int | None = Field(description="the line of the file where the row starts")
    external_ref: str | None
    errors: list[RowError]


class ImportRejectionPage(Page[ImportRejection]):
    pass


class ProductCounts(BaseModel):
    total: int
    by_stars: dict[str, int] = Field(description="by star rating 1-5, and `unrated`")
    by_group: dict[str, int]
    by_country: dict[str, int]
    by_province: list[dict[str, Any]] = Field(description="{country, province, products}, most products first")
    by_rating_month: dict[str, int] = Field(description="by month of rating, YYYY-MM")


class ProducerCounts(BaseModel):
    total: int
    by_type: dict[str, int]
    women_led: int
    youth_led: int


class IndicatorSummary(BaseModel):
    scope: Literal["national", "regional"]
    country: str | None = Field(description="the node's country for the national scope; null for the regional")
    products: ProductCounts
    producers: ProducerCounts


class ProvinceMap(BaseModel):
    """A GeoJSON (RFC 7946) FeatureCollection of points at province seats, carrying the counts."""
    type: Literal["FeatureCollection"]
    features: list[dict[str, Any]]
    unmapped: list[dict[str, Any]] = Field(description="provinces without known coordinates, with their counts")
