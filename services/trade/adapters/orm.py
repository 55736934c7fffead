"""Trade's own tables: what it knows of sourcing requests and matches (applied from matching's events at their
version), producers' inboxes, quotes and their threads, deals, the indicators' read model, the mail outbox and
the event outbox."""
from __future__ import annotations

from sqlalchemy import JSON, BigInteger, Boolean, Column, DateTime, Float, Index, Integer, MetaData, String, Table, Text
from sqlalchemy.dialects.postgresql import JSONB

from shared.outbox import define_instance, define_outbox

metadata = MetaData()
Json = JSON().with_variant(JSONB(), "postgresql")
Serial = BigInteger().with_variant(Integer(), "sqlite")

# Replicas of matching's records (no `country` column: their ids carry no member state).
rfqs = Table(
    "rfqs", metadata,
    Column("id", String(64), primary_key=True),
    Column("version", Integer, nullable=False),
    Column("status", String(12), nullable=False),
    Column("buyer", String(100)),
    Column("group", String(30)),
    Column("destination", String(2), nullable=False),
    Column("deadline", DateTime(timezone=True), nullable=False),
    Column("body", Json, nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("applied_at", DateTime(timezone=True), nullable=False),
    Index("ix_rfqs_buyer", "buyer", "created_at"),
    Index("ix_rfqs_deadline", "deadline"),
)

matches = Table(
    "matches", metadata,
    Column("id", String(64), primary_key=True),
    Column("version", Integer, nullable=False),
    Column("rfq_id", String(64), nullable=False),
    Column("product_id", String(64), nullable=False),
    Column("producer_id", String(64), nullable=False),
    Column("producer_country", String(2), nullable=False),
    Column("score", Float, nullable=False),
    Column("status", String(12), nullable=False),
    Column("applied_at", DateTime(timezone=True), nullable=False),
    Index("ix_matches_rfq_producer", "rfq_id", "producer_id"),
)

# A producer's inbox: one entry per match, from the moment trade first heard of it (never moved by updates).
inbox = Table(
    "inbox", metadata,
    Column("match_id", String(64), primary_key=True),
    Column("producer_id", String(64), nullable=False),
    Column("rfq_id", String(64), nullable=False),
    Column("arrived_at", DateTime(timezone=True), nullable=False),
    Index("ix_inbox_producer", "producer_id", "arrived_at"),
)

# Trade's own answer about a request: closed to quotes, why, and when.
closures = Table(
    "request_closures", metadata,
    Column("rfq_id", String(64), primary_key=True),
    Column("reason", String(20), nullable=False),
    Column("accepted_quote_id", String(64)),
    Column("quotes", Integer, nullable=False),
    Column("closed_at", DateTime(timezone=True), nullable=False),
)

quotes = Table(
    "quotes", metadata,
    Column("id", String(64), primary_key=True),
    Column("rfq_id", String(64), nullable=False),
    Column("buyer", String(100)),
    Column("producer_id", String(64), nullable=False),
    Column("country", String(2), nullable=False),
    Column("product_id", String(64)),
    Column("match_id", String(64)),
    Column("price", Float, nullable=False),
    Column("currency", String(3), nullable=False),
    Column("quantity", Float, nullable=False),
    Column("unit", String(20), nullable=False),
    Column("incoterm", String(3), nullable=False),
    Column("lead_time_days", Integer, nullable=False),
    Column("valid_until", DateTime(timezone=True), nullable=False),
    Column("message", Text, nullable=False),
    Column("status", String(12), nullable=False),
    Column("status_reason", Text),
    Column("buyer_revealed", Boolean, nullable=False),
    Column("value_usd", Float, nullable=False),
    Column("submitted_by", String(120), nullable=False),
    Column("version", Integer, nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("updated_at", DateTime(timezone=True), nullable=False),
    Index("ix_quotes_rfq", "rfq_id", "created_at"),
    Index("ix_quotes_producer", "producer_id", "created_at"),
)

quote_messages = Table(
    "quote_messages", metadata,
    Column("id", Serial, primary_key=True, autoincrement=True),
    Column("quote_id", String(64), nullable=False),
    Column("author", String(10), nullable=False),     # buyer | producer
    Column("text", Text, nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Index("ix_quote_messages_quote", "quote_id", "id"),
)

deals = Table(
    "deals", metadata,
    Column("id", String(64), primary_key=True),
    Column("rfq_id", String(64), nullable=False, unique=True),
    Column("quote_id", String(64), nullable=False, unique=True),
    Column("buyer", String(100), nullable=False),
    Column("producer_id", String(64), nullable=False),
    Column("product_id", String(64)),
    Column("exporter_country", String(2), nullable=False),
    Column("destination", String(2), nullable=False),
    Column("product_group", String(30)),
    Column("quantity", Float, nullable=False),
    Column("unit", String(20), nullable=False),
    Column("price", Float, nullable=False),
    Column("currency", String(3), nullable=False),
    Column("incoterm", String(3), nullable=False),
    Column("value_usd", Float, nullable=False),
    Column("rate_date", String(10), nullable=False),
    Column("status", String(10), nullable=False),
    Column("version", Integer, nullable=False),
    Column("agreed_at", DateTime(timezone=True), nullable=False),
    Column("updated_at", DateTime(timezone=True), nullable=False),
    Index("ix_deals_buyer", "buyer", "agreed_at"),
    Index("ix_deals_producer", "producer_id", "agreed_at"),
)

# The indicators' read model: one row per fact the trade loop produced, applied from events at its version.
# kind: request (a request reached producers of `exporter`), match, quote, deal, meeting.
facts = Table(
    "trade_facts", metadata,
    Column("id", String(140), primary_key=True),
    Column("version", Integer, nullable=False),
    Column("kind", String(10), nullable=False),
    Column("channel", String(8), nullable=False),     # request | fair
    Column("fair_id", String(64)),
    Column("exporter", String(2)),
    Column("destination", String(2)),
    Column("product_group", String(30)),
    Column("month", String(7), nullable=False),
    Column("status", String(12)),
    Column("value_usd", Float),
)



# The funnel, counted as facts first arrive (a fact applied again adds nothing): one row per exporting country,
# group, month and step, so the funnel is read from a few hundred rows whatever the volume of trade.
funnel_counts = Table(
    "funnel_counts", metadata,
    Column("exporter", String(2), primary_key=True),        # '' when unknown
    Column("product_group", String(30), primary_key=True),  # '' when unknown
    Column("month", String(7), primary_key=True),
    Column("kind", String(10), primary_key=True),           # request, match, quote, deal
    Column("n", BigInteger, nullable=False),
)

# The deals indicator and the fairs' outcome reports, kept up to date as facts arrive or change (a deal
# cancelled leaves its cell, a delivery counts): a few thousand rows to read whatever the volume of trade.
deal_cells = Table(
    "deal_cells", metadata,
    Column("channel", String(8), primary_key=True),
    Column("exporter", String(2), primary_key=True),         # '' when unknown
    Column("destination", String(2), primary_key=True),      # '' when unknown
    Column("product_group", String(30), primary_key=True),   # '' when unknown
    Column("month", String(7), primary_key=True),
    Column("deals", BigInteger, nullable=False),
    Column("delivered", BigInteger, nullable=False),
    Column("value_usd", Float, nullable=False),
    # Pages by month first: the range of months a reader asks for, in the order it is answered.
    Index("ix_deal_cells_month", "month", "channel", "exporter", "destination", "product_group"),
)

fair_cells = Table(
    "fair_cells", metadata,
    Column("fair_id", String(64), primary_key=True),
    Column("meetings", BigInteger, nullable=False),
    Column("no_interest", BigInteger, nullable=False),
    Column("follow_ups", BigInteger, nullable=False),
    Column("deals", BigInteger, nullable=False),
    Column("value_usd", Float, nullable=False),
)

mail_outbox = Table(
    "mail_outbox", metadata,
    Column("id", Serial, primary_key=True, autoincrement=True),
    Column("producer_id", String(64), nullable=False),
    Column("rfq_id", String(64), nullable=False),
    Column("to_address", String(320)),       # the address it went to
    Column("attempts", Integer, nullable=False, default=0),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("sent_at", DateTime(timezone=True)),
    Index("ix_mail_outbox_unsent", "sent_at", "id"),
)

# Where to write to a producer: its contact e-mail, from the registry's signed producer events.
producer_contacts = Table(
    "producer_contacts", metadata,
    Column("id", String(64), primary_key=True),
    Column("country", String(2), nullable=False),
    Column("version", Integer, nullable=False),
    Column("email", String(320)),
    Column("name", String(200), nullable=False),
    # The producer's province (its place): the provincial officer of that province acts for it in trade.
    Column("province", String(100)),
)

# Who runs each fair (its owner and co-organisers), from the fairs' `ovop.events.fairs` at its version: a
# fair's outcome report is theirs only.
fairs_run = Table(
    "fairs_run", metadata,
    Column("id", String(64), primary_key=True),  # the fair's id
    Column("version", Integer, nullable=False),
    Column("organisers", Json, nullable=False),  # client ids: the owner first, then the co-organisers
)

outbox = define_outbox(metadata)
service_instance = define_instance(metadata)
