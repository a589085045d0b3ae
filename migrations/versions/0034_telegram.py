"""Telegram notices (issue 9/9, part 5): linked chats, one-time link codes, the bot's state, the message outbox.

Revision ID: 0034_telegram
Revises: 0033_webhooks
Create Date: 2026-12-07 15:00:00

"""
import sqlalchemy as sa
from alembic import op

revision = '0034_telegram'
down_revision = '0033_webhooks'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        'telegram_links',
        sa.Column('user_id', sa.Integer(), nullable=False),
        sa.Column('chat_id', sa.BigInteger(), nullable=False),
        sa.Column('kinds', sa.String(length=400), nullable=False),
        sa.Column('digest', sa.Boolean(), nullable=False),
        sa.Column('digest_sent_on', sa.Date(), nullable=True),
        sa.Column('linked_at', sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_telegram_links_user_id_users'),
                                ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('user_id', name=op.f('pk_telegram_links')),
        sa.UniqueConstraint('chat_id', name=op.f('uq_telegram_links_chat_id')),
    )
    op.create_table(
        'telegram_codes',
        sa.Column('user_id', sa.Integer(), nullable=False),
        sa.Column('code_hash', sa.String(length=64), nullable=False),
        sa.Column('expires_at', sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_telegram_codes_user_id_users'),
                                ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('user_id', name=op.f('pk_telegram_codes')),
        sa.UniqueConstraint('code_hash', name=op.f('uq_telegram_codes_code_hash')),
    )
    op.create_table(
        'telegram_bot',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('update_offset', sa.BigInteger(), nullable=False),
        sa.Column('username', sa.String(length=64), nullable=True),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_telegram_bot')),
    )
    op.create_table(
        'telegram_messages',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('user_id', sa.Integer(), nullable=True),
        sa.Column('chat_id', sa.BigInteger(), nullable=False),
        sa.Column('notification_id', sa.Integer(), nullable=True),
        sa.Column('text', sa.Text(), nullable=True),
        sa.Column('status', sa.String(length=16), nullable=False),
        sa.Column('attempts', sa.Integer(), nullable=False),
        sa.Column('next_attempt_at', sa.DateTime(), nullable=True),
        sa.Column('last_error', sa.String(length=500), nullable=True),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.Column('sent_at', sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_telegram_messages_user_id_users'),
                                ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['notification_id'], ['notifications.id'],
                                name=op.f('fk_telegram_messages_notification_id_notifications'), ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_telegram_messages')),
        sqlite_autoincrement=True,
    )
    with op.batch_alter_table('telegram_messages') as batch_op:
        batch_op.create_index(batch_op.f('ix_telegram_messages_user_id'), ['user_id'])
        batch_op.create_index(batch_op.f('ix_telegram_messages_notification_id'), ['notification_id'])
        batch_op.create_index(batch_op.f('ix_telegram_messages_status'), ['status'])
        batch_op.create_index(batch_op.f('ix_telegram_messages_next_attempt_at'), ['next_attempt_at'])


def downgrade():
    op.drop_table('telegram_messages')
    op.drop_table('telegram_bot')
    op.drop_table('telegram_codes')
    op.drop_table('telegram_links')
