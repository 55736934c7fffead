"""the buyer who owns a sourcing request, as a column (lists are the buyer's own)

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25 09:30:00
"""
from alembic import op
import sqlalchemy as sa

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('sourcing_requests', schema=None) as batch_op:
        batch_op.add_column(sa.Column('buyer', sa.String(length=200), nullable=True))
        batch_op.create_index('ix_sourcing_requests_buyer', ['buyer', 'created_at'], unique=False)
    if op.get_bind().dialect.name == 'postgresql':
        op.execute("UPDATE sourcing_requests SET buyer = body->>'buyer'")
    else:
        op.execute("UPDATE sourcing_requests SET buyer = json_extract(body, '$.buyer')")


def downgrade() -> None:
    with op.batch_alter_table('sourcing_requests', schema=None) as batch_op:
        batch_op.drop_index('ix_sourcing_requests_buyer')
        batch_op.drop_column('buyer')
