"""edits, check-ins, no-shows, outcomes and forums

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-25 12:03:14.281860
"""
from alembic import op
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table('check_ins',
    sa.Column('fair_id', sa.String(length=40), nullable=False),
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.Column('participant_id', sa.String(length=40), nullable=False),
    sa.Column('checked_in_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('checked_in_by', sa.String(length=200), nullable=False),
    sa.ForeignKeyConstraint(['fair_id'], ['fairs.id'], ),
    sa.PrimaryKeyConstraint('fair_id', 'kind', 'participant_id')
    )
    op.create_table('forums',
    sa.Column('id', sa.String(length=40), nullable=False),
    sa.Column('fair_id', sa.String(length=40), nullable=True),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('venue', sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), 'postgresql'), nullable=False),
    sa.Column('timezone', sa.String(length=64), nullable=False),
    sa.Column('starts_on', sa.Date(), nullable=False),
    sa.Column('ends_on', sa.Date(), nullable=False),
    sa.Column('owner', sa.String(length=200), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['fair_id'], ['fairs.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('forum_sessions',
    sa.Column('id', sa.String(length=40), nullable=False),
    sa.Column('forum_id', sa.String(length=40), nullable=False),
    sa.Column('room', sa.String(length=100), nullable=False),
    sa.Column('starts_at', sa.DateTime(), nullable=False),
    sa.Column('ends_at', sa.DateTime(), nullable=False),
    sa.Column('topic', sa.String(length=300), nullable=False),
    sa.Column('speakers', sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), 'postgresql'), nullable=False),
    sa.Column('capacity', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['forum_id'], ['forums.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('forum_registrations',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('session_id', sa.String(length=40), nullable=False),
    sa.Column('participant', sa.String(length=200), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('promoted_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('cancelled_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['session_id'], ['forum_sessions.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('forum_registrations', schema=None) as batch_op:
        batch_op.create_index('uq_forum_registration', ['session_id', 'participant'], unique=True, postgresql_where=sa.text("status IN ('registered', 'waiting')"), sqlite_where=sa.text("status IN ('registered', 'waiting')"))

    op.create_table('meeting_outcomes',
    sa.Column('meeting_id', sa.String(length=40), nullable=False),
    sa.Column('fair_id', sa.String(length=40), nullable=False),
    sa.Column('outcome', sa.String(length=12), nullable=False),
    sa.Column('value', sa.Numeric(precision=14, scale=2), nullable=True),
    sa.Column('currency', sa.String(length=3), nullable=True),
    sa.Column('recorded_by', sa.String(length=200), nullable=False),
    sa.Column('recorded_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['fair_id'], ['fairs.id'], ),
    sa.ForeignKeyConstraint(['meeting_id'], ['meetings.id'], ),
    sa.PrimaryKeyConstraint('meeting_id')
    )
    with op.batch_alter_table('bookings', schema=None) as batch_op:
        batch_op.add_column(sa.Column('cancelled_by', sa.String(length=200), nullable=True))

    with op.batch_alter_table('fairs', schema=None) as batch_op:
        batch_op.add_column(sa.Column('badge_key', sa.String(length=64), nullable=True))

    with op.batch_alter_table('meetings', schema=None) as batch_op:
        batch_op.add_column(sa.Column('absent', sa.String(length=10), nullable=True))

    with op.batch_alter_table('wishes', schema=None) as batch_op:
        batch_op.add_column(sa.Column('answer', sa.String(length=10), nullable=True))
        batch_op.add_column(sa.Column('answered_at', sa.DateTime(timezone=True), nullable=True))




def downgrade() -> None:

    with op.batch_alter_table('wishes', schema=None) as batch_op:
        batch_op.drop_column('answered_at')
        batch_op.drop_column('answer')

    with op.batch_alter_table('meetings', schema=None) as batch_op:
        batch_op.drop_column('absent')

    with op.batch_alter_table('fairs', schema=None) as batch_op:
        batch_op.drop_column('badge_key')

    with op.batch_alter_table('bookings', schema=None) as batch_op:
        batch_op.drop_column('cancelled_by')

    op.drop_table('meeting_outcomes')
    with op.batch_alter_table('forum_registrations', schema=None) as batch_op:
        batch_op.drop_index('uq_forum_registration', postgresql_where=sa.text("status IN ('registered', 'waiting')"), sqlite_where=sa.text("status IN ('registered', 'waiting')"))

    op.drop_table('forum_registrations')
    op.drop_table('forum_sessions')
    op.drop_table('forums')
    op.drop_table('check_ins')

