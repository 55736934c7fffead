"""a provincial officer's province

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25 12:00:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column('clients', sa.Column('province', sa.String(length=200), nullable=True))


def downgrade() -> None:
    op.drop_column('clients', 'province')
