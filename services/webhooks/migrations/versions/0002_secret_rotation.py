"""a subscription's secret can be rotated: the one before it keeps signing for an overlap

Revision ID: 0002
Revises: 0001
"""
from alembic import op
import sqlalchemy as sa


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('subscriptions', schema=None) as batch_op:
        batch_op.add_column(sa.Column('previous_secret', sa.String(length=100), nullable=True))
        batch_op.add_column(sa.Column('previous_secret_until', sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column('secret_rotated_at', sa.DateTime(timezone=True), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('subscriptions', schema=None) as batch_op:
        batch_op.drop_column('secret_rotated_at')
        batch_op.drop_column('previous_secret_until')
        batch_op.drop_column('previous_secret')
