"""The registry's records: producers and products, the rules that guard them, and their ids."""
from __future__ import annotations

import uuid
from datetime import datetime, timezone
from enum import Enum
from typing import Annotated, Literal

from pydantic import AnyHttpUrl, BaseModel, ConfigDict, Field, field_validator, model_serializer, model_validator, StrictBool

from services.registry.domain.errors import ForeignCountry, InvalidField, NotOwned
from shared.contracts.registry import foreign_id_reason
from shared.validation import (Code, CountryCode, Email, CurrencyCode, Day, HsCode, Name, Price, Quantity as Amount, code,
                               invalid, name, text)


class Programme(str, Enum):
    OVOP = "OVOP"
    OCOP = "OCOP"
    OTOP = "OTOP"
    ODOP = "ODOP"
    OTHER = "OTHER"


class ProductGroup(str, Enum):
    """Viet Nam's six OCOP groups, used across the network."""

    food = "food"
    beverages = "beverages"
    herbal = "herbal"
    textiles = "textiles"
    handicrafts = "handicrafts"
    tourism_services = "tourism_services"


class ProductStatus(str, Enum):
    draft = "draft"
    listed = "listed"
    delisted = "delisted"


class ProducerType(str, Enum):
    cooperative = "cooperative"
    sme = "sme"
    household = "household"


ShortText = Name
Unit = Annotated[name(20), Field(description="e.g. kg, l, piece, m2, bottle")]


class Place(BaseModel):
    model_config = ConfigDict(extra="forbid")
    country: CountryCode
    province: ShortText
    district: ShortText | None = None
    commune: ShortText | None = None
    village: ShortText | None = None


class Certification(BaseModel):
    model_config = ConfigDict(extra="forbid")
    scheme: Code = Field(description="e.g. VietGAP, GlobalGAP, organic, HACCP, ISO 22000, halal, GI, Green OCOP, OVOP standard")
    certificate_no: code(100) | None = None
    valid_from: Day | None = None
    valid_until: Day | None = None
    # Set by the node for a certificate recorded through …/certificates (which the sweeper lets expire); a
    # certification typed into the record carries none of them.
    id: code(64) | None = None
    standard: code(64) | None = None
    issuer: name(200) | None = None
    status: Literal["valid", "expired", "revoked"] | None = None

    @model_serializer(mode="wrap")
    def _without_unset_node_fields(self, handler):
        out = handler(self)
        for key in ("id", "standard", "issuer", "status"):
            if out.get(key) is None:
                out.pop(key, None)
        return out

    @model_validator(mode="after")
    def _dates_in_order(self) -> "Certification":
        if self.valid_from and self.valid_until and self.valid_until < self.valid_from:
            raise invalid("valid_until", "is before valid_from", str(self.valid_until))
        return self


class Quantity(BaseModel):
    model_config = ConfigDict(extra="forbid")
    amount: Amount
    unit: Unit


class PriceRange(BaseModel):
    model_config = ConfigDict(extra="forbid")
    min: Price
    max: Price
    currency: CurrencyCode
    unit: Unit = "unit"

    @model_validator(mode="after")
    def _ordered(self) -> "PriceRange":
        if self.max < self.min:
            raise invalid("max", "is below min", self.max)
        return self


# The rules between fields, in the published schema too (JSON Schema 2020-12 `if`/`then`), so that a client
# generated from it knows them: goods need an HS code; a rating date needs its stars.
PRODUCT_RULES_SCHEMA = {"allOf": [
    {"if": {"properties": {"group": {"not": {"const": "tourism_services"}}}},
     "then": {"required": ["hs_code"], "properties": {"hs_code": {"type": "string"}}}},
    {"if": {"required": ["rating_date"], "properties": {"rating_date": {"type": "string"}}},
     "then": {"required": ["stars"], "properties": {"stars": {"type": "integer"}}}},
]}


class ProductFields(BaseModel):
    """What a registry admin writes about a product (the server adds id, country, version)."""

    model_config = ConfigDict(extra="forbid", json_schema_extra=PRODUCT_RULES_SCHEMA)

    producer_id: Code
    external_ref: Annotated[code(100), Field(description="the producer's or programme's own reference; unique per node")] | None = None
    name_local: ShortText
    name_en: ShortText
    description: text(5000) = ""
    description_local: text(5000) = ""
    programme: Programme
    group: ProductGroup
    stars: Annotated[int, Field(ge=1, le=5)] | None = None
    rating_date: Day | None = None
    hs_code: Annotated[HsCode | None, Field(description="HS code: 6 ASCII digits (national 8 or 10 digit codes are "
                                                    "accepted); required for goods, absent for rural tourism and services")] = None
    certifications: Annotated[list[Certification], Field(max_length=30)] = []
    origin: Place
    min_order: Quantity | None = None
    monthly_capacity: Quantity | None = None
    price: PriceRange | None = None
    export_markets: Annotated[list[CountryCode], Field(max_length=250)] = []
    image_urls: Annotated[list[AnyHttpUrl], Field(max_length=20)] = []
    status: ProductStatus = ProductStatus.draft

    @field_validator("export_markets")
    @classmethod
    def _markets(cls, v: list[str]) -> list[str]:
        return sorted(set(v))

    @model_validator(mode="after")
    def _rating(self) -> "ProductFields":
        if self.rating_date and self.stars is None:
            raise invalid("stars", "is required with a rating_date")
        if self.hs_code is None and self.group is not ProductGroup.tourism_services:
            raise invalid("hs_code", "is required for goods (every group but tourism_services)")
        return self


class ProducerFields(BaseModel):
    model_config = ConfigDict(extra="forbid")

    external_ref: code(100) | None = None
    name_local: ShortText
    name_en: ShortText
    type: ProducerType
    founded_year: Annotated[int, Field(ge=1800, le=2100)] | None = None
    women_led: StrictBool = False
    youth_led: StrictBool = False
    remote_area: Annotated[StrictBool, Field(description="in a remote or disadvantaged commune")] = False
    ethnic_minority_area: Annotated[StrictBool, Field(description="in an ethnic-minority commune")] = False
    contact_name: ShortText | None = None
    contact_email: Email | None = None
    contact_phone: Annotated[str, Field(max_length=40, pattern=r"^\+?[0-9 ()-]{6,40}$")] | None = None
    place: Place


def new_id(country: str, kind: str) -> str:
    """Region-unique: the owning country's code (which `shared.contracts.registry.id_country` reads back:
    the id belongs to that country forever), the record kind, then a random 96-bit suffix."""
    return f"{country}-{kind}-{uuid.uuid4().hex[:24].upper()}"


def refuse_foreign_identity(node_country: str, raw: dict) -> None:
    """An imported row names its record by external_ref; an `id` or `country` it carries must not point
    outside this node's country (ids belong to their country forever, and only the node assigns them)."""
    country = raw.get("country")
    if country is not None and country != node_country:
        raise InvalidField("country", f"{country} is outside this node's country {node_country}")
    if "id" in raw:
        if why := foreign_id_reason(str(raw["id"]), node_country):
            raise InvalidField("id", f"{why}; this node registers only {node_country} records")
        raise InvalidField("id", "is assigned by the node; an import names its record by external_ref")


def check_origin(country: str, place: Place, field: str) -> None:
    if place.country != country:
        raise ForeignCountry(f"{field}.country", f"{place.country} is outside this node's country {country}")


def ensure_owned(record_country: str, node_country: str) -> None:
    if record_country != node_country:
        raise NotOwned(f"record belongs to {record_country}; only the {record_country} node may change it")


def now() -> datetime:
    return datetime.now(timezone.utc)
