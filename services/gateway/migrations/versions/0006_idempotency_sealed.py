"""idempotency records keep the key as its SHA-256 and the answer sealed (AES-256-GCM) under a key only the
retrying client holds; the records already there are converted in place

Revision ID: 0006
Revises: 0005
"""
import json

from alembic import op
import sqlalchemy as sa

from services.gateway.adapters.idempotency_store import Answer, seal, stored_key

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    bind = op.get_bind()
    table = sa.table('idempotency_keys', sa.column('client_id', sa.String), sa.column('key', sa.String),
                     sa.column('completed', sa.Boolean), sa.column('status', sa.Integer),
                     sa.column('headers', sa.Text), sa.column('body', sa.LargeBinary))
    for row in bind.execute(sa.select(table)).all():
        body = None
        if row.completed:
            answer = Answer(row.status, [tuple(h) for h in json.loads(row.headers)], bytes(row.body))
            body = seal(row.client_id, row.key, answer)
        bind.execute(table.update().where(table.c.client_id == row.client_id, table.c.key == row.key)
                     .values(key=stored_key(row.key), body=body, headers=None))
    with op.batch_alter_table('idempotency_keys', schema=None) as batch_op:
        batch_op.drop_column('headers')


def downgrade() -> None:
    # The keys are not recoverable from their hashes: the records (24 hours' worth at most) are dropped.
    op.execute("DELETE FROM idempotency_keys")
    with op.batch_alter_table('idempotency_keys', schema=None) as batch_op:
        batch_op.add_column(sa.Column('headers', sa.Text(), nullable=True))
