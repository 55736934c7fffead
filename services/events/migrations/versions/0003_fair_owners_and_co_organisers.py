"""a fair's owner (the organiser client that created it) and its co-organisers

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25 09:40:00
"""
from alembic import op
import sqlalchemy as sa

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Fairs created before owners existed keep a NULL owner: no organiser runs them until an operator sets one.
    with op.batch_alter_table('fairs', schema=None) as batch_op:
        batch_op.add_column(sa.Column('owner', sa.String(length=200), nullable=True))
    op.create_table('fair_organisers',
    sa.Column('fair_id', sa.String(length=40), nullable=False),
    sa.Column('client_id', sa.String(length=200), nullable=False),
    sa.Column('added_by', sa.String(length=200), nullable=False),
    sa.Column('added_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['fair_id'], ['fairs.id'], ),
    sa.PrimaryKeyConstraint('fair_id', 'client_id')
    )


def downgrade() -> None:
    op.drop_table('fair_organisers')
    with op.batch_alter_table('fairs', schema=None) as batch_op:
        batch_op.drop_column('owner')
