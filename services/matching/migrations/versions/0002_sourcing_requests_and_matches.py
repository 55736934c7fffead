"""sourcing requests and matches; catalogue_products by applied_at

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23 18:11:45.251932
"""
from alembic import op
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('catalogue_products', schema=None) as batch_op:
        batch_op.create_index('ix_catalogue_products_applied_at', ['applied_at'], unique=False)

    op.create_table('sourcing_requests',
    sa.Column('id', sa.String(length=64), nullable=False),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('group', sa.String(length=30), nullable=True),
    sa.Column('hs_code', sa.String(length=10), nullable=True),
    sa.Column('deadline', sa.DateTime(timezone=True), nullable=False),
    sa.Column('body', sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), 'postgresql'), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('sourcing_requests', schema=None) as batch_op:
        batch_op.create_index('ix_sourcing_requests_status', ['status'], unique=False)

    op.create_table('matches',
    sa.Column('id', sa.String(length=64), nullable=False),
    sa.Column('rfq_id', sa.String(length=64), nullable=False),
    sa.Column('product_id', sa.String(length=64), nullable=False),
    sa.Column('producer_id', sa.String(length=64), nullable=False),
    sa.Column('country', sa.String(length=2), nullable=False),
    sa.Column('score', sa.Float(), nullable=False),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('reasons', sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), 'postgresql'), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['rfq_id'], ['sourcing_requests.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('rfq_id', 'product_id', name='uq_matches_rfq_product')
    )
    with op.batch_alter_table('matches', schema=None) as batch_op:
        batch_op.create_index('ix_matches_producer', ['producer_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('matches', schema=None) as batch_op:
        batch_op.drop_index('ix_matches_producer')

    op.drop_table('matches')
    with op.batch_alter_table('sourcing_requests', schema=None) as batch_op:
        batch_op.drop_index('ix_sourcing_requests_status')

    op.drop_table('sourcing_requests')
    with op.batch_alter_table('catalogue_products', schema=None) as batch_op:
        batch_op.drop_index('ix_catalogue_products_applied_at')
