"""The public shapes of matching's HTTP API."""
from __future__ import annotations

from typing import Annotated, Literal

from pydantic import AfterValidator, AwareDatetime, BaseModel, BeforeValidator, ConfigDict, Field, model_validator

from services.matching.domain import units
from shared.paging import Page
from shared.validation import (CountryCode, any_case_words_pattern, Day, HsPrefix, Instant, PositivePrice, Quantity,
                               RatedCurrency, code, invalid, name, text)



def _lower(v):
    return v.lower() if isinstance(v, str) else v


# Codes are accepted in any case ("vn", "usd", "Food") and answered in their canonical case.
Group = Annotated[Literal["food", "beverages", "herbal", "textiles", "handicrafts", "tourism_services"],
                  BeforeValidator(_lower)]
HsCode = HsPrefix
Country = CountryCode


Currency = RatedCurrency
Unit = name(20)


def _known_unit(v: str) -> str:
    if not units.known(v):
        raise ValueError("give a unit of the table (t, kg, g, l, ml, piece, dozen…)")
    return v


# A unit that must be converted, so one of the table's (any case).
KnownUnit = Annotated[Unit, AfterValidator(_known_unit),
                      Field(description="a unit of the conversion table: " + ", ".join(sorted(units.UNITS)),
                            json_schema_extra={"pattern": any_case_words_pattern(units.UNITS)})]
Certification = code(64)
Wanted = text(1000, 2)
BuyerName = name(200)


class DeliveryWindow(BaseModel):
    model_config = ConfigDict(extra="forbid")
    start: Day
    end: Day

    @model_validator(mode="after")
    def _ordered(self) -> "DeliveryWindow":
        if self.end < self.start:
            raise invalid("end", "is before start", str(self.end))
        return self


class RfqCreate(BaseModel):
    """What a buyer is looking for."""

    # In the published schema too: a target price comes with its currency (Rfq.check). (The allOf: see
    # PRODUCT_RULES in services/registry/entrypoints/schemas.py.)
    model_config = ConfigDict(extra="forbid", json_schema_extra={
        "if": {"required": ["target_price"], "properties": {"target_price": {"type": "number"}}},
        "then": {"allOf": [{"required": ["currency"], "properties": {"currency": {"type": "string"}}}]}})
    text: Annotated[Wanted, Field(description="what is wanted, in any language")]
    group: Group | None = None
    hs_code: HsCode | None = None
    quantity: Quantity
    unit: Unit
    target_price: Annotated[PositivePrice, Field(description="per unit")] | None = None
    currency: Currency | None = None
    certifications: Annotated[list[Certification], Field(max_length=20)] = []
    destination: Country
    delivery_window: DeliveryWindow | None = None
    deadline: Annotated[Instant, Field(description="when the request expires; must be in the future")]
    buyer: BuyerName | None = None

    def fields(self) -> dict:
        d = self.model_dump(exclude={"delivery_window"})
        d["certifications"] = tuple(d["certifications"])
        d["delivery_from"] = self.delivery_window.start if self.delivery_window else None
        d["delivery_to"] = self.delivery_window.end if self.delivery_window else None
        return d


NOT_NULL_IN_PATCH = ("text", "quantity", "deadline")  # a request always has them: a patch changes, never clears them


def _patch_schema(schema: dict) -> None:
    """RfqPatch's rules in its published schema too: something to change (a null status changes nothing), status
    alone, and no null for what a request always has."""
    schema.update({"minProperties": 1, "dependentSchemas": {"status": {
        "if": {"properties": {"status": {"type": "string"}}}, "then": {"maxProperties": 1},
        "else": {"minProperties": 2}}}})
    for field in NOT_NULL_IN_PATCH:
        prop = schema["properties"][field]
        (kept,) = [b for b in prop.pop("anyOf") if b != {"type": "null"}]
        prop.update(kept)
        prop.pop("default", None)


class RfqPatch(BaseModel):
    """Either amend what is asked for, or end the request (`status`: closed or cancelled) — not both.
    `group` and `hs_code` correct what was inferred from the text."""

    model_config = ConfigDict(extra="forbid", json_schema_extra=lambda schema, _: _patch_schema(schema))
    status: Literal["closed", "cancelled"] | None = None
    text: Wanted | None = None
    group: Group | None = None
    hs_code: HsCode | None = None
    quantity: Quantity | None = None
    target_price: PositivePrice | None = None
    currency: Currency | None = None
    certifications: Annotated[list[Certification], Field(max_length=20)] | None = None
    delivery_window: DeliveryWindow | None = None
    deadline: Instant | None = None

    @model_validator(mode="after")
    def _one_kind(self) -> "RfqPatch":
        changes = self.model_fields_set - {"status"}
        if self.status and changes:
            raise ValueError("end a request (status) or amend it, not both at once")
        if not self.status and not changes:
            raise ValueError("nothing to change")
        for field in NOT_NULL_IN_PATCH:
            if field in self.model_fields_set and getattr(self, field) is None:
                raise invalid(field, "cannot be null; leave it out to keep it")
        return self

    def changes(self) -> dict:
        d = {k: getattr(self, k) for k in self.model_fields_set if k not in ("status", "delivery_window")}
        if "certifications" in d:
            d["certifications"] = tuple(d["certifications"] or ())
        if "delivery_window" in self.model_fields_set and self.delivery_window:
            d["delivery_from"], d["delivery_to"] = self.delivery_window.start, self.delivery_window.end
        return d


class MatchAnswer(BaseModel):
    model_config = ConfigDict(extra="forbid")
    status: Literal["accepted", "declined"]


class Reason(BaseModel):
    model_config = ConfigDict(extra="allow")
    factor: str
    weight: float
    value: float
    points: float


class MatchPublic(BaseModel):
    id: str
    rfq_id: str
    product_id: str
    producer_id: str
    country: str
    score: float
    status: str
    version: int
    reasons: list[Reason]


class RfqPublic(BaseModel):
    id: str
    status: str
    version: int
    text: str
    group: str | None
    hs_code: str | None
    quantity: float
    unit: str
    target_price: float | None
    currency: str | None
    certifications: list[str]
    destination: str
    delivery_window: DeliveryWindow | None
    deadline: AwareDatetime
    buyer: str | None
    created_at: AwareDatetime
    updated_at: AwareDatetime
    inferred: list[str] = Field(default=[], description="fields inferred from the text (group, hs_code); "
                                                       "PATCH them to correct")
    matches: list[MatchPublic] | None = None


class ProducerSummary(BaseModel):
    """Who makes a product, as the public may see it (no contact details)."""
    id: str
    name_en: str | None = None
    name_local: str | None = None
    type: str | None = None
    place: Place | None = None


class ConvertedPrice(BaseModel):
    min: float
    max: float
    currency: str
    unit: str | None = None
    rates: str = Field(description="the reference rate table used (not a rate to settle a trade with)")


class CertificationHeld(BaseModel):
    scheme: str
    valid_until: str | None = None
    valid: bool


class Place(BaseModel):
    model_config = ConfigDict(extra="allow")
    country: str
    province: str | None = None
    district: str | None = None
    commune: str | None = None
    village: str | None = None


class ProductCertification(BaseModel):
    model_config = ConfigDict(extra="allow")
    scheme: str
    valid_until: str | None = None


class Amount(BaseModel):
    model_config = ConfigDict(extra="allow")
    amount: float
    unit: str


class PriceRange(BaseModel):
    model_config = ConfigDict(extra="allow")
    min: float
    max: float | None = None
    currency: str
    unit: str | None = None


class CatalogueProduct(BaseModel):
    """A listed product of the regional catalogue, as its registry node published it. The producer's contact
    fields are null unless the caller may see them (a signed-in buyer, the producer, its country's admin)."""
    model_config = ConfigDict(extra="allow")
    id: str = Field(description="starts with the owning country's code (`VN-P-…`)")
    country: str
    version: int
    producer_id: str
    name_local: str
    name_en: str
    description: str | None = None
    programme: str | None = None
    group: str
    stars: int | None = None
    rating_date: str | None = None
    hs_code: str | None = None
    certifications: list[ProductCertification] = []
    origin: Place | None = None
    min_order: Amount | float | None = None
    monthly_capacity: Amount | float | None = None
    price: PriceRange | None = None
    export_markets: list[str] = []
    image_urls: list[str] = []
    status: str


class CatalogueProductPage(Page[CatalogueProduct]):
    pass


class SearchHit(BaseModel):
    score: float
    product: CatalogueProduct
    producer: ProducerSummary | None = None
    price: ConvertedPrice | None = Field(default=None, description="the price range in the requested currency")
    image: str | None = None
    certifications: list[CertificationHeld] = []


class QueryReport(BaseModel):
    matched: list[str] = Field(description="the query's words every hit answers")
    dropped: list[str] = Field(description="words left out because no product (with the others) has them")
    corrected: list[str] = Field(default=[], description="words matched forgiving a typo")
    ignored: list[str] = Field(default=[], description="filler words never required")


class SearchResults(Page[SearchHit]):
    facets: dict[str, dict[str, int]]
    query: QueryReport | None = None
    suggestions: list[str] = Field(default=[], description="when nothing answers: what would")


class ProducerPage(Page[SearchHit]):
    """A producer's public page: who and where, and a page of its listed products."""
    producer: ProducerSummary


class RfqPage(Page[RfqPublic]):
    pass


class MatchPage(Page[MatchPublic]):
    pass
