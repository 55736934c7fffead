"""Matching's own tables: the regional catalogue (a replica of every registry's records), sourcing requests
and their matches, and the outbox."""
from __future__ import annotations

from sqlalchemy import (JSON, Column, DateTime, Float, ForeignKey, Index, Integer, MetaData, SmallInteger, String, Table,
                        UniqueConstraint)
from sqlalchemy.dialects.postgresql import JSONB

from shared.outbox import define_instance, define_outbox

metadata = MetaData()
Json = JSON().with_variant(JSONB(), "postgresql")

catalogue_products = Table(
    "catalogue_products", metadata,
    Column("id", String(64), primary_key=True),
    Column("country", String(2), nullable=False),
    Column("version", Integer, nullable=False),
    Column("producer_id", String(64), nullable=False),
    Column("status", String(10), nullable=False),
    Column("group", String(30), nullable=False),
    Column("stars", SmallInteger),
    Column("hs_code", String(10)),
    Column("name_en", String(200), nullable=False),
    Column("name_local", String(200), nullable=False),
    Column("record", Json, nullable=False),
    Column("applied_at", DateTime(timezone=True), nullable=False),
    Index("ix_catalogue_products_country", "country"),
    Index("ix_catalogue_products_applied_at", "applied_at"),
)

catalogue_producers = Table(
    "catalogue_producers", metadata,
    Column("id", String(64), primary_key=True),
    Column("country", String(2), nullable=False),
    Column("version", Integer, nullable=False),
    Column("record", Json, nullable=False),
    Column("applied_at", DateTime(timezone=True), nullable=False),
)

sourcing_requests = Table(
    "sourcing_requests", metadata,
    Column("id", String(64), primary_key=True),
    Column("status", String(10), nullable=False),
    Column("version", Integer, nullable=False),
    Column("group", String(30)),
    Column("hs_code", String(10)),
    Column("deadline", DateTime(timezone=True), nullable=False),
    Column("body", Json, nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("updated_at", DateTime(timezone=True), nullable=False),
    # The client id of the buyer who posted it: every read and change is its own.
    Column("buyer", String(200)),
    Index("ix_sourcing_requests_status", "status"),
    Index("ix_sourcing_requests_buyer", "buyer", "created_at"),
)

matches = Table(
    "matches", metadata,
    Column("id", String(64), primary_key=True),
    Column("rfq_id", String(64), ForeignKey("sourcing_requests.id"), nullable=False),
    Column("product_id", String(64), nullable=False),
    Column("producer_id", String(64), nullable=False),
    Column("country", String(2), nullable=False),
    Column("score", Float, nullable=False),
    Column("status", String(10), nullable=False),
    Column("version", Integer, nullable=False),
    Column("reasons", Json, nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("updated_at", DateTime(timezone=True), nullable=False),
    UniqueConstraint("rfq_id", "product_id", name="uq_matches_rfq_product"),
    Index("ix_matches_producer", "producer_id"),
)

outbox = define_outbox(metadata)
service_instance = define_instance(metadata)
