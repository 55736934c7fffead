"""indicator figures: a version, for ETag and If-Match

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-03 07:10:00.000000
"""
from alembic import op
import sqlalchemy as sa

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A figure entered before versions existed is at version 1.
    with op.batch_alter_table('indicator_figures', schema=None) as batch_op:
        batch_op.add_column(sa.Column('version', sa.Integer(), server_default='1', nullable=False))


def downgrade() -> None:
    with op.batch_alter_table('indicator_figures', schema=None) as batch_op:
        batch_op.drop_column('version')
