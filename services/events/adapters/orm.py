"""The events service's own tables: its view of the regional catalogue (for eligibility checks)."""
from __future__ import annotations

from sqlalchemy import JSON, Column, DateTime, Integer, MetaData, SmallInteger, String, Table
from sqlalchemy.dialects.postgresql import JSONB

from shared.outbox import define_instance, define_outbox

metadata = MetaData()
Json = JSON().with_variant(JSONB(), "postgresql")

# What eligibility needs of a product, kept from the registry events (never by calling a registry).
known_products = Table(
    "known_products", metadata,
    Column("id", String(64), primary_key=True),
    Column("country", String(2), nullable=False),
    Column("version", Integer, nullable=False),
    Column("producer_id", String(64), nullable=False),
    Column("status", String(10), nullable=False),
    Column("group", String(30), nullable=False),
    Column("stars", SmallInteger),
    Column("name_en", String(200), nullable=False),
    Column("applied_at", DateTime(timezone=True), nullable=False),
)

known_producers = Table(
    "known_producers", metadata,
    Column("id", String(64), primary_key=True),
    Column("country", String(2), nullable=False),
    Column("version", Integer, nullable=False),
    Column("name_en", String(200), nullable=False),
    Column("record", Json, nullable=False),
    Column("applied_at", DateTime(timezone=True), nullable=False),
)

outbox = define_outbox(metadata)
service_instance = define_instance(metadata)
