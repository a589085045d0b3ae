"""Reputation: votes and the append-only ledger.

Revision ID: 0004_reputation
Revises: 0003_search_outbox
Create Date: 2026-11-28 15:40:00

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '0004_reputation'
down_revision = '0003_search_outbox'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table('votes',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('post_id', sa.Integer(), nullable=False),
    sa.Column('value', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint('value IN (-1, 0, 1)', name=op.f('ck_votes_value_known')),
    sa.ForeignKeyConstraint(['post_id'], ['posts.id'], name=op.f('fk_votes_post_id_posts'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_votes_user_id_users'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_votes')),
    sa.UniqueConstraint('user_id', 'post_id', name='uq_votes_user_post')
    )
    with op.batch_alter_table('votes', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_votes_post_id'), ['post_id'], unique=False)

    op.create_table('reputation_events',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('delta', sa.Integer(), nullable=False),
    sa.Column('reason', sa.String(length=32), nullable=False),
    sa.Column('post_id', sa.Integer(), nullable=True),
    sa.Column('actor_id', sa.Integer(), nullable=True),
    sa.Column('vote_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['actor_id'], ['users.id'], name=op.f('fk_reputation_events_actor_id_users'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['post_id'], ['posts.id'], name=op.f('fk_reputation_events_post_id_posts'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_reputation_events_user_id_users'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['vote_id'], ['votes.id'], name=op.f('fk_reputation_events_vote_id_votes'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_reputation_events'))
    )
    with op.batch_alter_table('reputation_events', schema=None) as batch_op:
        batch_op.create_index('ix_reputation_events_created', ['created_at'], unique=False)
        batch_op.create_index('ix_reputation_events_user_created', ['user_id', 'created_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_reputation_events_post_id'), ['post_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_reputation_events_vote_id'), ['vote_id'], unique=False)


def downgrade():
    with op.batch_alter_table('reputation_events', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_reputation_events_vote_id'))
        batch_op.drop_index(batch_op.f('ix_reputation_events_post_id'))
        batch_op.drop_index('ix_reputation_events_user_created')
        batch_op.drop_index('ix_reputation_events_created')

    op.drop_table('reputation_events')
    with op.batch_alter_table('votes', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_votes_post_id'))

    op.drop_table('votes')
