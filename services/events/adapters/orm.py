"""The events service's own tables: its view of the regional catalogue (for eligibility checks), fairs,
booths, applications, bookings, the waitlist, buyers, meeting wishes and meetings."""
from __future__ import annotations

from sqlalchemy import (JSON, Column, Date, DateTime, Float, ForeignKey, Index, Integer, MetaData, Numeric,
                        SmallInteger, String, Table, UniqueConstraint, text)
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



# -- fairs ------------------------------------------------------------------------------------------
# Dates and the meeting programme are in the venue's local time; `timezone` names its IANA zone.
fairs = Table(
    "fairs", metadata,
    Column("id", String(40), primary_key=True),
    Column("name", String(200), nullable=False),
    Column("kind", String(30), nullable=False),
    Column("venue", Json, nullable=False),
    Column("timezone", String(64), nullable=False),
    Column("starts_on", Date, nullable=False),
    Column("ends_on", Date, nullable=False),
    Column("organiser", String(200), nullable=False),
    Column("window_opens_at", DateTime(timezone=True), nullable=False),
    Column("window_closes_at", DateTime(timezone=True), nullable=False),
    Column("rules", Json, nullable=False),
    Column("programme", Json, nullable=False),
    Column("max_meetings_per_participant", Integer, nullable=False),
    Column("waitlist_hold_seconds", Integer, nullable=False),
    Column("version", Integer, nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    # The organiser client that created the fair; it adds and removes co-organisers (fair_organisers).
    Column("owner", String(200)),
    # Counts the changes of who runs the fair (owner and co-organisers): the version of its organisers event.
    Column("organisers_version", Integer, nullable=False, server_default="1"),
    # The fair's Ed25519 badge-signing key (raw private bytes, hex), made at the first badge; never answered.
    Column("badge_key", String(64)),
)

fair_organisers = Table(
    "fair_organisers", metadata,
    Column("fair_id", String(40), ForeignKey("fairs.id"), primary_key=True),
    Column("client_id", String(200), primary_key=True),
    Column("added_by", String(200), nullable=False),
    Column("added_at", DateTime(timezone=True), nullable=False),
)

booths = Table(
    "booths", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("fair_id", String(40), ForeignKey("fairs.id"), nullable=False),
    Column("hall", String(40), nullable=False),
    Column("code", String(40), nullable=False),
    Column("size_m2", Numeric(8, 4), nullable=False),
    Column("type", String(10), nullable=False),
    Column("zone", String(30)),
    Column("price", Numeric(17, 4), nullable=False),
    Column("currency", String(3), nullable=False),
    # free | booked | held: changed only by a conditional UPDATE ... WHERE status = 'free'
    Column("status", String(10), nullable=False, server_default="free"),
    Column("application_id", String(40)),
    UniqueConstraint("fair_id", "code", name="uq_booth_code"),
)

applications = Table(
    "applications", metadata,
    Column("id", String(40), primary_key=True),
    Column("fair_id", String(40), ForeignKey("fairs.id"), nullable=False),
    Column("producer_id", String(64), nullable=False),
    Column("country", String(2), nullable=False),
    Column("product_ids", Json, nullable=False),
    Column("groups", Json, nullable=False),
    Column("booth_preferences", Json, nullable=False),
    Column("availability", Json),
    Column("status", String(12), nullable=False),
    Column("reason", String(500)),
    Column("version", Integer, nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("decided_at", DateTime(timezone=True)),
    UniqueConstraint("fair_id", "producer_id", name="uq_application_per_producer"),
)

_active = text("status = 'active'")
bookings = Table(
    "bookings", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("fair_id", String(40), ForeignKey("fairs.id"), nullable=False),
    Column("booth_id", Integer, ForeignKey("booths.id"), nullable=False),
    Column("booth_code", String(40), nullable=False),
    Column("application_id", String(40), ForeignKey("applications.id"), nullable=False),
    Column("country", String(2), nullable=False),
    Column("status", String(10), nullable=False),
    Column("version", Integer, nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("cancelled_at", DateTime(timezone=True)),
    Column("cancelled_by", String(200)),
    # The database, not only the code, keeps one exhibitor per booth and one booth per exhibitor.
    Index("uq_active_booking_per_booth", "booth_id", unique=True, postgresql_where=_active, sqlite_where=_active),
    Index("uq_active_booking_per_application", "application_id", unique=True,
          postgresql_where=_active, sqlite_where=_active),
)

waitlist = Table(
    "waitlist", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("fair_id", String(40), ForeignKey("fairs.id"), nullable=False),
    Column("application_id", String(40), ForeignKey("applications.id"), nullable=False),
    Column("priority", Integer, nullable=False),
    Column("joined_at", DateTime(timezone=True), nullable=False),
    # waiting | offered | accepted | lapsed
    Column("status", String(10), nullable=False),
    Column("booth_id", Integer, ForeignKey("booths.id")),
    Column("offered_at", DateTime(timezone=True)),
    Column("expires_at", DateTime(timezone=True)),
    Index("ix_waitlist_offers", "status", "expires_at"),
)

buyers = Table(
    "buyers", metadata,
    Column("id", String(40), primary_key=True),
    Column("fair_id", String(40), ForeignKey("fairs.id"), nullable=False),
    Column("buyer_ref", String(64), nullable=False),
    Column("name", String(200), nullable=False),
    Column("email", String(200)),
    Column("country", String(2)),
    Column("availability", Json, nullable=False),
    Column("slots", Json, nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    UniqueConstraint("fair_id", "buyer_ref", name="uq_buyer_per_fair"),
)

wishes = Table(
    "wishes", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("fair_id", String(40), ForeignKey("fairs.id"), nullable=False),
    Column("buyer_id", String(40), ForeignKey("buyers.id"), nullable=False),
    Column("application_id", String(40), ForeignKey("applications.id"), nullable=False),
    Column("source", String(10), nullable=False),
    Column("value", Float, nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    # The exhibitor's answer to a buyer's request to meet: accepted | declined (a declined pair is never planned).
    Column("answer", String(10)),
    Column("answered_at", DateTime(timezone=True)),
    UniqueConstraint("fair_id", "buyer_id", "application_id", "source", name="uq_wish"),
)

_scheduled = text("status = 'scheduled'")
meetings = Table(
    "meetings", metadata,
    Column("id", String(40), primary_key=True),
    Column("fair_id", String(40), ForeignKey("fairs.id"), nullable=False),
    Column("buyer_id", String(40), ForeignKey("buyers.id"), nullable=False),
    Column("application_id", String(40), ForeignKey("applications.id"), nullable=False),
    Column("booth_code", String(40), nullable=False),
    Column("slot", Integer, nullable=False),
    Column("starts_at", DateTime(timezone=True), nullable=False),
    Column("ends_at", DateTime(timezone=True), nullable=False),
    Column("value", Float, nullable=False),
    Column("status", String(10), nullable=False),
    Column("reminded_at", DateTime(timezone=True)),
    # status: scheduled | cancelled | no_show; `absent` says who did not come (buyer | exhibitor | both).
    Column("absent", String(10)),
    Column("version", Integer, nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    # Nobody in two meetings at once and one meeting per booth per slot, held by the database too.
    Index("uq_meeting_buyer_slot", "fair_id", "buyer_id", "slot", unique=True,
          postgresql_where=_scheduled, sqlite_where=_scheduled),
    Index("uq_meeting_exhibitor_slot", "fair_id", "application_id", "slot", unique=True,
          postgresql_where=_scheduled, sqlite_where=_scheduled),
    Index("uq_meeting_booth_slot", "fair_id", "booth_code", "slot", unique=True,
          postgresql_where=_scheduled, sqlite_where=_scheduled),
    Index("ix_meeting_reminders", "status", "reminded_at", "starts_at"),
)

# Who is at the fair: a badge scanned at the door (kind buyer | exhibitor; participant = registration or application).
check_ins = Table(
    "check_ins", metadata,
    Column("fair_id", String(40), ForeignKey("fairs.id"), primary_key=True),
    Column("kind", String(10), primary_key=True),
    Column("participant_id", String(40), primary_key=True),
    Column("checked_in_at", DateTime(timezone=True), nullable=False),
    Column("checked_in_by", String(200), nullable=False),
)

# What came of a meeting, recorded by either participant; re-recording raises the version.
meeting_outcomes = Table(
    "meeting_outcomes", metadata,
    Column("meeting_id", String(40), ForeignKey("meetings.id"), primary_key=True),
    Column("fair_id", String(40), ForeignKey("fairs.id"), nullable=False),
    Column("outcome", String(12), nullable=False),
    Column("value", Numeric(17, 4)),
    Column("currency", String(3)),
    Column("recorded_by", String(200), nullable=False),
    Column("recorded_at", DateTime(timezone=True), nullable=False),
    Column("version", Integer, nullable=False),
)

# -- forums: programmes of sessions, beside a fair or on their own -----------------------------------
forums = Table(
    "forums", metadata,
    Column("id", String(40), primary_key=True),
    Column("fair_id", String(40), ForeignKey("fairs.id")),
    Column("name", String(200), nullable=False),
    Column("venue", Json, nullable=False),
    Column("timezone", String(64), nullable=False),
    Column("starts_on", Date, nullable=False),
    Column("ends_on", Date, nullable=False),
    Column("owner", String(200), nullable=False),
    Column("version", Integer, nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
)

# Session times are the venue's wall clock (naive), as a fair's meeting programme.
forum_sessions = Table(
    "forum_sessions", metadata,
    Column("id", String(40), primary_key=True),
    Column("forum_id", String(40), ForeignKey("forums.id"), nullable=False),
    Column("room", String(100), nullable=False),
    Column("starts_at", DateTime(timezone=False), nullable=False),
    Column("ends_at", DateTime(timezone=False), nullable=False),
    Column("topic", String(300), nullable=False),
    Column("speakers", Json, nullable=False),
    Column("capacity", Integer, nullable=False),
    Column("version", Integer, nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
)

_seated = text("status IN ('registered', 'waiting')")
forum_registrations = Table(
    "forum_registrations", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("session_id", String(40), ForeignKey("forum_sessions.id"), nullable=False),
    Column("participant", String(200), nullable=False),
    Column("name", String(200), nullable=False),
    # registered | waiting | cancelled; the first waiting is promoted when a registered one leaves
    Column("status", String(10), nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("promoted_at", DateTime(timezone=True)),
    Column("cancelled_at", DateTime(timezone=True)),
    Index("uq_forum_registration", "session_id", "participant", unique=True,
          postgresql_where=_seated, sqlite_where=_seated),
)

outbox = define_outbox(metadata)
service_instance = define_instance(metadata)
