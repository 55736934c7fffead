"""a fair's organisers_version: the version of the event that tells who runs it

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-03 07:00:00
"""
from alembic import op
import sqlalchemy as sa

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('fairs', schema=None) as batch_op:
        batch_op.add_column(sa.Column('organisers_version', sa.Integer(), server_default='1', nullable=False))


def downgrade() -> None:
    with op.batch_alter_table('fairs', schema=None) as batch_op:
        batch_op.drop_column('organisers_version')
