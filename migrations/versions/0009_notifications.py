"""Notifications: notices, watches of posts, tags and categories, mail preferences; users get @handles.

Revision ID: 0009_notifications
Revises: 0008_moderation
Create Date: 2026-11-28 17:34:25.068062

"""
import re
import unicodedata

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '0009_notifications'
down_revision = '0008_moderation'
branch_labels = None
depends_on = None


def _handle_base(name):
    # A copy of app.accounts.handles as it was at this revision: a migration must not change with the app.
    folded = unicodedata.normalize("NFKD", name or "").encode("ascii", "ignore").decode("ascii").lower()
    folded = folded.replace("'", "").replace("\u2019", "")
    return re.sub(r"[^a-z0-9]+", ".", folded).strip(".")[:30].strip(".") or "asn"


def _free_handle(base, taken):
    if base not in taken:
        return base
    stem = f"{base}." if base[-1].isdigit() else base
    number = 2
    while f"{stem}{number}" in taken:
        number += 1
    return f"{stem}{number}"


def _backfill_handles():
    """Existing members get a handle from their name, the oldest account first (it keeps the plain one)."""
    conn = op.get_bind()
    users = sa.table("users", sa.column("id", sa.Integer), sa.column("name", sa.String),
                     sa.column("handle", sa.String))
    taken = set()
    for user_id, name in conn.execute(sa.select(users.c.id, users.c.name).order_by(users.c.id)).all():
        handle = _free_handle(_handle_base(name), taken)
        taken.add(handle)
        conn.execute(users.update().where(users.c.id == user_id).values(handle=handle))


def upgrade():
    op.create_table('notification_settings',
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('email', sa.String(length=16), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint("email IN ('langsung', 'harian', 'mati')", name=op.f('ck_notification_settings_email_known')),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_notification_settings_user_id_users'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('user_id', name=op.f('pk_notification_settings'))
    )
    op.create_table('watches',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('post_id', sa.Integer(), nullable=True),
    sa.Column('tag_id', sa.Integer(), nullable=True),
    sa.Column('category_id', sa.Integer(), nullable=True),
    sa.Column('watching', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint('(CASE WHEN post_id IS NULL THEN 0 ELSE 1 END) + (CASE WHEN tag_id IS NULL THEN 0 ELSE 1 END) + (CASE WHEN category_id IS NULL THEN 0 ELSE 1 END) = 1', name=op.f('ck_watches_one_target')),
    sa.ForeignKeyConstraint(['category_id'], ['categories.id'], name=op.f('fk_watches_category_id_categories'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['post_id'], ['posts.id'], name=op.f('fk_watches_post_id_posts'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['tag_id'], ['tags.id'], name=op.f('fk_watches_tag_id_tags'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_watches_user_id_users'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_watches')),
    sa.UniqueConstraint('user_id', 'category_id', name='uq_watches_user_category'),
    sa.UniqueConstraint('user_id', 'post_id', name='uq_watches_user_post'),
    sa.UniqueConstraint('user_id', 'tag_id', name='uq_watches_user_tag')
    )
    with op.batch_alter_table('watches', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_watches_category_id'), ['category_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_watches_post_id'), ['post_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_watches_tag_id'), ['tag_id'], unique=False)

    op.create_table('notifications',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('actor_id', sa.Integer(), nullable=True),
    sa.Column('post_id', sa.Integer(), nullable=True),
    sa.Column('topic_id', sa.Integer(), nullable=True),
    sa.Column('comment_id', sa.Integer(), nullable=True),
    sa.Column('group_key', sa.String(length=64), nullable=False),
    sa.Column('ref', sa.String(length=64), nullable=True),
    sa.Column('text', sa.String(length=500), nullable=True),
    sa.Column('subject_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('read_at', sa.DateTime(), nullable=True),
    sa.Column('emailed_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['actor_id'], ['users.id'], name=op.f('fk_notifications_actor_id_users'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['comment_id'], ['comments.id'], name=op.f('fk_notifications_comment_id_comments'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['post_id'], ['posts.id'], name=op.f('fk_notifications_post_id_posts'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['topic_id'], ['posts.id'], name=op.f('fk_notifications_topic_id_posts'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_notifications_user_id_users'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_notifications'))
    )
    with op.batch_alter_table('notifications', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_notifications_comment_id'), ['comment_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_notifications_post_id'), ['post_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_notifications_topic_id'), ['topic_id'], unique=False)
        batch_op.create_index('ix_notifications_user_group', ['user_id', 'group_key'], unique=False)
        batch_op.create_index('ix_notifications_user_read', ['user_id', 'read_at'], unique=False)

    # Nullable first, filled for every existing row, then required and unique.
    with op.batch_alter_table('users', schema=None) as batch_op:
        batch_op.add_column(sa.Column('handle', sa.String(length=40), nullable=True))
    _backfill_handles()
    with op.batch_alter_table('users', schema=None) as batch_op:
        batch_op.alter_column('handle', existing_type=sa.String(length=40), nullable=False)
        batch_op.create_unique_constraint(batch_op.f('uq_users_handle'), ['handle'])


def downgrade():
    with op.batch_alter_table('users', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('uq_users_handle'), type_='unique')
        batch_op.drop_column('handle')

    with op.batch_alter_table('notifications', schema=None) as batch_op:
        batch_op.drop_index('ix_notifications_user_read')
        batch_op.drop_index('ix_notifications_user_group')
        batch_op.drop_index(batch_op.f('ix_notifications_topic_id'))
        batch_op.drop_index(batch_op.f('ix_notifications_post_id'))
        batch_op.drop_index(batch_op.f('ix_notifications_comment_id'))

    op.drop_table('notifications')
    with op.batch_alter_table('watches', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_watches_tag_id'))
        batch_op.drop_index(batch_op.f('ix_watches_post_id'))
        batch_op.drop_index(batch_op.f('ix_watches_category_id'))

    op.drop_table('watches')
    op.drop_table('notification_settings')
