"""The webhooks service's own tables: subscriptions, who posted each sourcing request (to route its events),
deliveries and every attempt at them."""
from __future__ import annotations

from sqlalchemy import (JSON, BigInteger, Column, DateTime, ForeignKey, Index, Integer, MetaData, String, Table, Text,
                        UniqueConstraint)
from sqlalchemy.dialects.postgresql import JSONB

from shared.outbox import define_instance

metadata = MetaData()
Json = JSON().with_variant(JSONB(), "postgresql")

define_instance(metadata)

subscriptions = Table(
    "subscriptions", metadata,
    Column("id", String(40), primary_key=True),
    Column("owner_client_id", String(64), nullable=False, index=True),
    Column("owner_role", String(30), nullable=False),
    Column("owner_country", String(2)),
    Column("owner_producer_id", String(64)),
    Column("url", String(2048), nullable=False),
    Column("event_types", Json, nullable=False),
    Column("description", String(500)),
    # Kept as is: every delivery is signed with it. Shown to its owner once, when the subscription is made
    # or its secret rotated.
    Column("secret", String(100), nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    # After a rotation, the secret before it signs too (a second signature) until `previous_secret_until`,
    # so the subscriber can switch over without dropping a delivery.
    Column("previous_secret", String(100)),
    Column("previous_secret_until", DateTime(timezone=True)),
    Column("secret_rotated_at", DateTime(timezone=True)),
)

# Which buyer (client id) posted each sourcing request, from matching's RFQ events: match events name only the request.
rfq_buyers = Table(
    "rfq_buyers", metadata,
    Column("rfq_id", String(64), primary_key=True),
    Column("buyer", String(64)),
)

deliveries = Table(
    "deliveries", metadata,
    Column("id", String(40), primary_key=True),  # the `webhook-id`: the same on every attempt
    Column("subscription_id", String(40), ForeignKey("subscriptions.id", ondelete="CASCADE"), nullable=False),
    Column("event_id", String(100), nullable=False),
    Column("event_type", String(120), nullable=False),
    Column("payload", Text, nullable=False),
    Column("status", String(10), nullable=False),  # pending | delivered | failed
    Column("attempts", Integer, nullable=False, default=0),
    Column("next_attempt_at", DateTime(timezone=True)),
    Column("last_status", Integer),
    Column("last_error", String(500)),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("delivered_at", DateTime(timezone=True)),
    UniqueConstraint("subscription_id", "event_id", name="uq_delivery_per_event"),
    Index("ix_deliveries_due", "status", "next_attempt_at"),
    Index("ix_deliveries_subscription", "subscription_id", "created_at"),
)

attempts = Table(
    "delivery_attempts", metadata,
    Column("id", BigInteger().with_variant(Integer(), "sqlite"), primary_key=True, autoincrement=True),
    Column("delivery_id", String(40), ForeignKey("deliveries.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("attempt", Integer, nullable=False),
    Column("at", DateTime(timezone=True), nullable=False),
    Column("status", Integer),
    Column("error", String(500)),
    Column("duration_ms", Integer, nullable=False),
)
