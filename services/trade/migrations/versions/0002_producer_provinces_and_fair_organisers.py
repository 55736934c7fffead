"""producers' provinces (their provincial officers act for them), who runs each fair, deal cells by month

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-03 07:10:00
"""
import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('producer_contacts', schema=None) as batch_op:
        batch_op.add_column(sa.Column('province', sa.String(length=100), nullable=True))
    op.create_table('fairs_run',
    sa.Column('id', sa.String(length=64), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('organisers', sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), 'postgresql'),
              nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('deal_cells', schema=None) as batch_op:
        batch_op.create_index('ix_deal_cells_month', ['month', 'channel', 'exporter', 'destination', 'product_group'],
                              unique=False)


def downgrade() -> None:
    with op.batch_alter_table('deal_cells', schema=None) as batch_op:
        batch_op.drop_index('ix_deal_cells_month')
    op.drop_table('fairs_run')
    with op.batch_alter_table('producer_contacts', schema=None) as batch_op:
        batch_op.drop_column('province')
