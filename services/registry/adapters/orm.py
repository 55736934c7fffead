"""The registry node's tables. One table per record kind holds both the node's own records and its
read-only replica of the other member states' records (told apart by `country`)."""
from __future__ import annotations

from sqlalchemy import (JSON, BigInteger, Column, Date, DateTime, Index, Integer, MetaData, SmallInteger, String,
                        Table, UniqueConstraint)
from sqlalchemy.dialects.postgresql import JSONB

from shared.outbox import define_instance, define_outbox

metadata = MetaData()
Json = JSON().with_variant(JSONB(), "postgresql")

producers = Table(
    "producers", metadata,
    Column("id", String(64), primary_key=True),
    Column("country", String(2), nullable=False),
    Column("version", Integer, nullable=False),
    Column("external_ref", String(100)),
    Column("type", String(20), nullable=False),
    Column("province", String(200), nullable=False),
    Column("women_led", Integer, nullable=False, default=0),
    Column("youth_led", Integer, nullable=False, default=0),
    Column("record", Json, nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("updated_at", DateTime(timezone=True), nullable=False),
    UniqueConstraint("country", "external_ref", name="uq_producers_ref"),
    Index("ix_producers_country", "country"),
)

products = Table(
    "products", metadata,
    Column("id", String(64), primary_key=True),
    Column("country", String(2), nullable=False),
    Column("version", Integer, nullable=False),
    Column("producer_id", String(64), nullable=False),
    Column("external_ref", String(100)),
    Column("status", String(10), nullable=False),
    Column("group", String(30), nullable=False),
    Column("stars", SmallInteger),
    Column("rating_date", Date),
    Column("hs_code", String(10)),
    Column("province", String(200), nullable=False),
    Column("record", Json, nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("updated_at", DateTime(timezone=True), nullable=False),
    UniqueConstraint("country", "external_ref", name="uq_products_ref"),
    Index("ix_products_country_status", "country", "status"),
    Index("ix_products_producer", "producer_id"),
)

# Who changed what, when: one row per version of every own record.
history = Table(
    "history", metadata,
    Column("seq", BigInteger().with_variant(Integer(), "sqlite"), primary_key=True, autoincrement=True),
    Column("kind", String(10), nullable=False),
    Column("record_id", String(64), nullable=False),
    Column("version", Integer, nullable=False),
    Column("actor", String(200), nullable=False),
    Column("at", DateTime(timezone=True), nullable=False),
    Column("changes", Json, nullable=False),
    UniqueConstraint("record_id", "version", name="uq_history_version"),
)

# Bulk imports: progress, and each rejected row with its reasons.
imports = Table(
    "imports", metadata,
    Column("id", String(40), primary_key=True),
    Column("kind", String(10), nullable=False),
    Column("format", String(10), nullable=False),
    Column("status", String(12), nullable=False),  # running | done | failed | interrupted
    Column("actor", String(200), nullable=False),
    Column("rows_estimated", Integer, nullable=False),
    Column("processed", Integer, nullable=False, default=0),
    Column("created", Integer, nullable=False, default=0),
    Column("updated", Integer, nullable=False, default=0),
    Column("unchanged", Integer, nullable=False, default=0),
    Column("rejected", Integer, nullable=False, default=0),
    Column("error", String(2000)),
    Column("started_at", DateTime(timezone=True), nullable=False),
    Column("finished_at", DateTime(timezone=True)),
)

import_rejections = Table(
    "import_rejections", metadata,
    Column("import_id", String(40), primary_key=True),
    Column("row", Integer, primary_key=True),
    Column("line", Integer),  # where the row starts in the file
    Column("external_ref", String(100)),
    Column("errors", Json, nullable=False),
)

outbox = define_outbox(metadata)
service_instance = define_instance(metadata)
