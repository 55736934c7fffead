"""people's accounts; first-party clients

Revision ID: 0004
Revises: 0003
"""
from alembic import op
import sqlalchemy as sa


revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('people',
    sa.Column('username', sa.String(length=40), nullable=False),
    sa.Column('password_hash', sa.String(length=200), nullable=False),
    sa.Column('display_name', sa.String(length=200), nullable=False),
    sa.Column('role', sa.String(length=30), nullable=False),
    sa.Column('country', sa.String(length=2), nullable=True),
    sa.Column('province', sa.String(length=100), nullable=True),
    sa.Column('producer_id', sa.String(length=64), nullable=True),
    sa.Column('organisation', sa.String(length=200), nullable=True),
    sa.Column('failed_count', sa.Integer(), nullable=False, server_default='0'),
    sa.Column('locked_until', sa.DateTime(timezone=True), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('username')
    )
    with op.batch_alter_table('clients') as batch:
        batch.add_column(sa.Column('first_party', sa.Boolean(), nullable=False, server_default=sa.false()))


def downgrade() -> None:
    with op.batch_alter_table('clients') as batch:
        batch.drop_column('first_party')
    op.drop_table('people')
