"""The webhooks service's public schemas."""
from __future__ import annotations

from typing import Any, Literal

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field, field_validator

from services.webhooks.domain.subscriptions import DEFAULT_OVERLAP, EVENT_TYPES, MAX_OVERLAP
from shared.paging import Page
from shared.validation import Text

EventType = Literal[tuple(EVENT_TYPES)]  # type: ignore[valid-type]


class SubscriptionCreate(BaseModel):
    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [{
        "url": "https://erp.example.com/ovop/webhooks", "event_types": ["org.asean.ovop.registry.product.upserted.v1"],
        "description": "new products for our purchasing team"}]})

    url: str = Field(min_length=1, max_length=2048, description="where deliveries are POSTed: https (plain http "
                                                                "only to loopback where the network allows it)")
    event_types: list[EventType] = Field(min_length=1, max_length=len(EVENT_TYPES))
    description: Text | None = Field(None, max_length=500)

    @field_validator("url")
    @classmethod
    def _no_spaces(cls, v: str) -> str:
        if v != v.strip() or any(ord(c) < 0x21 or ord(c) == 0x7F for c in v):
            raise ValueError("must not contain spaces or control characters")
        return v


class SubscriptionPublic(BaseModel):
    id: str
    url: str
    event_types: list[str]
    description: str | None
    created_at: AwareDatetime
    secret_rotated_at: AwareDatetime | None = Field(description="when the signing secret was last rotated")
    previous_secret_expires_at: AwareDatetime | None = Field(
        description="until when the secret before the last rotation signs too (a second signature); null when "
                    "only the current secret signs")


class SubscriptionCreated(SubscriptionPublic):
    secret: str = Field(description="the signing secret (`whsec_…`), shown this once: verify each delivery's "
                                    "`webhook-signature` with it (Standard Webhooks)")


class SecretRotation(BaseModel):
    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [{"keep_previous_s": 86400}]})

    keep_previous_s: int = Field(
        int(DEFAULT_OVERLAP.total_seconds()), ge=0, le=int(MAX_OVERLAP.total_seconds()),
        description="how long the current secret keeps signing beside the new one, in seconds (a day by default, "
                    "a week at most), so the subscriber can switch over without a failed verification; 0 stops it "
                    "at once (a leaked secret)")


class SubscriptionPage(Page[SubscriptionPublic]):
    """A page of the calling client's subscriptions."""


class Attempt(BaseModel):
    attempt: int
    at: AwareDatetime
    status: int | None = Field(description="the subscriber's HTTP status; null when none came (refused URL, timeout, "
                                           "connection error)")
    error: str | None
    duration_ms: int


class Delivery(BaseModel):
    id: str = Field(description="the `webhook-id` header: the same on every attempt, so a subscriber can drop repeats")
    subscription_id: str
    event_id: str
    event_type: str
    status: Literal["pending", "delivered", "failed"]
    attempts: int
    next_attempt_at: AwareDatetime | None
    last_status: int | None
    last_error: str | None
    created_at: AwareDatetime
    delivered_at: AwareDatetime | None
    payload: dict[str, Any] = Field(description="the body POSTed: `type`, `timestamp` and `data`")


class DeliveryDetail(Delivery):
    attempt_log: list[Attempt]


class DeliveryPage(Page[Delivery]):
    """A page of a subscription's delivery log."""


class EventTypeInfo(BaseModel):
    type: str
    receivers: str


class EventTypeList(BaseModel):
    items: list[EventTypeInfo]


class WebhookPayload(BaseModel):
    """What every delivery's body is (Standard Webhooks' recommended shape)."""

    type: str = Field(description="the event type, e.g. org.asean.ovop.registry.product.upserted.v1")
    timestamp: AwareDatetime = Field(description="when the event happened")
    data: dict[str, Any] = Field(description="the record as it is now, as its owner's subscriber may see it")
