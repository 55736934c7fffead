"""The registry node's tables. One table per record kind holds both the node's own records and its
read-only replica of the other member states' records (told apart by `country`)."""
from __future__ import annotations

from sqlalchemy import (JSON, BigInteger, Column, Date, DateTime, Float, Index, Integer, MetaData, SmallInteger,
                        String, Table, UniqueConstraint)
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
    Column("remote_area", Integer, nullable=False, default=0, server_default="0"),
    Column("ethnic_minority_area", Integer, nullable=False, default=0, server_default="0"),
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

# The programme's work on own products (never replicated as tables: what others need travels in the record).
# A product's registration: the dossier, the committee's checklist, every review.
registrations = Table(
    "registrations", metadata,
    Column("product_id", String(64), primary_key=True),
    Column("country", String(2), nullable=False),
    Column("programme", String(10), nullable=False),
    Column("province", String(200), nullable=False),
    Column("status", String(20), nullable=False),
    Column("dossier", Json, nullable=False),
    Column("note", String(2000), nullable=False, default=""),
    Column("reviews", Json, nullable=False),
    Column("submitted_by", String(200)),
    Column("submitted_at", DateTime(timezone=True)),
    Column("decided_at", DateTime(timezone=True)),
    Column("updated_at", DateTime(timezone=True), nullable=False),
    Index("ix_registrations_status", "country", "status"),
)

# Star-rating evaluations: every rating kept; the product's stars follow the latest one still valid.
evaluations = Table(
    "evaluations", metadata,
    Column("seq", BigInteger().with_variant(Integer(), "sqlite"), primary_key=True, autoincrement=True),
    Column("id", String(64), nullable=False, unique=True),
    Column("product_id", String(64), nullable=False),
    Column("country", String(2), nullable=False),
    Column("programme", String(10), nullable=False),
    Column("scorecard", Json, nullable=False),
    Column("total", Float, nullable=False),
    Column("stars", SmallInteger, nullable=False),
    Column("council_level", String(64), nullable=False),
    Column("council_name", String(200), nullable=False),
    Column("assessors", Json, nullable=False),
    Column("notes", String(5000), nullable=False, default=""),
    Column("evaluated_on", Date, nullable=False),
    Column("valid_until", Date, nullable=False),
    Column("status", String(10), nullable=False),  # valid | expired
    Column("recorded_by", String(200), nullable=False),
    Column("recorded_at", DateTime(timezone=True), nullable=False),
    Index("ix_evaluations_product", "product_id"),
    Index("ix_evaluations_due", "status", "valid_until"),
)

# Certificates held by own products or producers; their owner record carries a copy of each.
certificates = Table(
    "certificates", metadata,
    Column("id", String(64), primary_key=True),
    Column("country", String(2), nullable=False),
    Column("owner_kind", String(10), nullable=False),
    Column("owner_id", String(64), nullable=False),
    Column("standard", String(64), nullable=False),
    Column("scheme", String(64), nullable=False),
    Column("certificate_no", String(100), nullable=False),
    Column("issuer", String(200), nullable=False),
    Column("valid_from", Date, nullable=False),
    Column("valid_until", Date, nullable=False),
    Column("status", String(10), nullable=False),  # valid | expired | revoked
    Column("expiry_notice_sent", Integer, nullable=False, default=0),
    Column("created_by", String(200), nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Index("ix_certificates_owner", "owner_id"),
    Index("ix_certificates_due", "status", "valid_until"),
)

# Indicators the records do not hold (trainings, fairs attended, exports…) and every target: entered by the
# committee, per year.
indicator_figures = Table(
    "indicator_figures", metadata,
    Column("country", String(2), primary_key=True),
    Column("year", SmallInteger, primary_key=True),
    Column("indicator", String(40), primary_key=True),
    Column("target", Float),
    Column("actual", Float),
    Column("version", Integer, nullable=False, server_default="1"),
    Column("updated_by", String(200), nullable=False),
    Column("updated_at", DateTime(timezone=True), nullable=False),
)

# The network's directory: each member state's national focal point, its own and the others' replicated.
focal_points = Table(
    "focal_points", metadata,
    Column("id", String(64), primary_key=True),
    Column("country", String(2), nullable=False, unique=True),
    Column("version", Integer, nullable=False),
    Column("record", Json, nullable=False),
    Column("updated_at", DateTime(timezone=True), nullable=False),
)

outbox = define_outbox(metadata)
service_instance = define_instance(metadata)
