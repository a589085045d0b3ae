"""Reputation: adoptions of articles by other agencies, and leaders' awards with numbered certificates.

Revision ID: 0005_adoptions_awards
Revises: 0004_reputation
Create Date: 2026-11-28 16:10:00

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '0005_adoptions_awards'
down_revision = '0004_reputation'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table('adoptions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('post_id', sa.Integer(), nullable=False),
    sa.Column('agency_id', sa.Integer(), nullable=False),
    sa.Column('recorded_by_id', sa.Integer(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('outcome', sa.Text(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('outcome_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['agency_id'], ['agencies.id'], name=op.f('fk_adoptions_agency_id_agencies')),
    sa.ForeignKeyConstraint(['post_id'], ['posts.id'], name=op.f('fk_adoptions_post_id_posts'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['recorded_by_id'], ['users.id'], name=op.f('fk_adoptions_recorded_by_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_adoptions')),
    sa.UniqueConstraint('post_id', 'agency_id', name='uq_adoptions_post_agency')
    )
    with op.batch_alter_table('adoptions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_adoptions_agency_id'), ['agency_id'], unique=False)

    op.create_table('awards',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('number', sa.String(length=32), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('agency_id', sa.Integer(), nullable=False),
    sa.Column('awarded_by_id', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=160), nullable=False),
    sa.Column('citation', sa.Text(), nullable=False),
    sa.Column('points', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['agency_id'], ['agencies.id'], name=op.f('fk_awards_agency_id_agencies')),
    sa.ForeignKeyConstraint(['awarded_by_id'], ['users.id'], name=op.f('fk_awards_awarded_by_id_users')),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_awards_user_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_awards')),
    sa.UniqueConstraint('number', name=op.f('uq_awards_number'))
    )
    with op.batch_alter_table('awards', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_awards_user_id'), ['user_id'], unique=False)

    op.create_table('award_posts',
    sa.Column('award_id', sa.Integer(), nullable=False),
    sa.Column('post_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['award_id'], ['awards.id'], name=op.f('fk_award_posts_award_id_awards'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['post_id'], ['posts.id'], name=op.f('fk_award_posts_post_id_posts'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('award_id', 'post_id', name=op.f('pk_award_posts'))
    )
    with op.batch_alter_table('award_posts', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_award_posts_post_id'), ['post_id'], unique=False)


def downgrade():
    with op.batch_alter_table('award_posts', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_award_posts_post_id'))

    op.drop_table('award_posts')
    with op.batch_alter_table('awards', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_awards_user_id'))

    op.drop_table('awards')
    with op.batch_alter_table('adoptions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_adoptions_agency_id'))

    op.drop_table('adoptions')
