"""Search: the outbox that carries every change to the index.

Revision ID: 0003_search_outbox
Revises: 0002_content
Create Date: 2026-11-28 15:10:00

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '0003_search_outbox'
down_revision = '0002_content'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table('search_outbox',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('post_id', sa.Integer(), nullable=True),
    sa.Column('action', sa.String(length=16), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_search_outbox'))
    )
    with op.batch_alter_table('search_outbox', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_search_outbox_post_id'), ['post_id'], unique=False)
    # Whatever exists when search arrives is indexed by the first drain.
    op.execute("INSERT INTO search_outbox (post_id, action, created_at) VALUES (NULL, 'rebuild', CURRENT_TIMESTAMP)")


def downgrade():
    with op.batch_alter_table('search_outbox', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_search_outbox_post_id'))

    op.drop_table('search_outbox')
