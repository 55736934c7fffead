"""sessions

Revision ID: 0001
Revises:
"""
from alembic import op
import sqlalchemy as sa


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('sessions',
    sa.Column('id_hash', sa.String(length=64), nullable=False),
    sa.Column('csrf', sa.String(length=64), nullable=False),
    sa.Column('subject', sa.String(length=80), nullable=True),
    sa.Column('role', sa.String(length=30), nullable=True),
    sa.Column('country', sa.String(length=2), nullable=True),
    sa.Column('producer_id', sa.String(length=64), nullable=True),
    sa.Column('token', sa.Text(), nullable=True),
    sa.Column('token_expires_at', sa.BigInteger(), nullable=True),
    sa.Column('expires_at', sa.BigInteger(), nullable=False),
    sa.PrimaryKeyConstraint('id_hash')
    )


def downgrade() -> None:
    op.drop_table('sessions')
