"""Search outbox ids are never reused (SQLite AUTOINCREMENT), so a drainer forgets only rows it indexed;
indexes for the threads' pinned-first order.

Revision ID: 0012_outbox_ids
Revises: 0011_cache_versions
Create Date: 2026-11-28 21:00:00

"""
from alembic import op

revision = '0012_outbox_ids'
down_revision = '0011_cache_versions'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('posts', schema=None) as batch_op:
        batch_op.create_index('ix_posts_kind_status_pinned_activity', ['kind', 'status', 'pinned', 'last_activity_at'])
        batch_op.create_index('ix_posts_kind_status_pinned_created', ['kind', 'status', 'pinned', 'created_at'])
    # PostgreSQL sequences never hand out an id twice; only SQLite needs the table rebuilt.
    if op.get_bind().dialect.name != 'sqlite':
        return
    with op.batch_alter_table('search_outbox', recreate='always',
                              table_kwargs={'sqlite_autoincrement': True}) as batch_op:
        batch_op.alter_column('id')


def downgrade():
    with op.batch_alter_table('posts', schema=None) as batch_op:
        batch_op.drop_index('ix_posts_kind_status_pinned_created')
        batch_op.drop_index('ix_posts_kind_status_pinned_activity')
