"""booth sizes and prices, deal values: as exact and as large as the API takes them (4 decimal places, up to
10^12), not rounded to 2 places or overflowing at 10^10

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-03 14:00:00
"""
from alembic import op
import sqlalchemy as sa

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('booths', schema=None) as batch_op:
        batch_op.alter_column('size_m2', existing_type=sa.Numeric(precision=8, scale=2),
                              type_=sa.Numeric(precision=8, scale=4), existing_nullable=False)
        batch_op.alter_column('price', existing_type=sa.Numeric(precision=12, scale=2),
                              type_=sa.Numeric(precision=17, scale=4), existing_nullable=False)
    with op.batch_alter_table('meeting_outcomes', schema=None) as batch_op:
        batch_op.alter_column('value', existing_type=sa.Numeric(precision=14, scale=2),
                              type_=sa.Numeric(precision=17, scale=4), existing_nullable=True)


def downgrade() -> None:
    with op.batch_alter_table('meeting_outcomes', schema=None) as batch_op:
        batch_op.alter_column('value', existing_type=sa.Numeric(precision=17, scale=4),
                              type_=sa.Numeric(precision=14, scale=2), existing_nullable=True)
    with op.batch_alter_table('booths', schema=None) as batch_op:
        batch_op.alter_column('price', existing_type=sa.Numeric(precision=17, scale=4),
                              type_=sa.Numeric(precision=12, scale=2), existing_nullable=False)
        batch_op.alter_column('size_m2', existing_type=sa.Numeric(precision=8, scale=4),
                              type_=sa.Numeric(precision=8, scale=2), existing_nullable=False)
