"""Tanya OPD: a question addressed to an agency, the agency's responders and its official answer (issue #20,
item 3).

posts.addressed_agency_id (questions only) and posts.official_answer_id (the question's official answer) carry
no foreign key, like users.verified_by_id: SQLite cannot drop a column that has one without copying `posts`,
which many tables point at. The pages read both through joins and a vanished answer simply shows no mark.

Revision ID: 0025_tanya_opd
Revises: 0023_practice_stage
Create Date: 2026-12-07 04:00:00

"""
import sqlalchemy as sa
from alembic import op

revision = '0025_tanya_opd'
down_revision = '0024_practice_review'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column('posts', sa.Column('addressed_agency_id', sa.Integer(), nullable=True))
    op.add_column('posts', sa.Column('official_answer_id', sa.Integer(), nullable=True))
    op.create_index(op.f('ix_posts_addressed_agency_id'), 'posts', ['addressed_agency_id'], unique=False)
    op.create_table('agency_responders',
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('agency_id', sa.Integer(), nullable=False),
    sa.Column('granted_by_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_agency_responders_user_id_users'),
                            ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['agency_id'], ['agencies.id'], name=op.f('fk_agency_responders_agency_id_agencies'),
                            ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['granted_by_id'], ['users.id'], name=op.f('fk_agency_responders_granted_by_id_users'),
                            ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('user_id', 'agency_id', name=op.f('pk_agency_responders'))
    )
    op.create_index(op.f('ix_agency_responders_agency_id'), 'agency_responders', ['agency_id'], unique=False)


def downgrade():
    op.drop_index(op.f('ix_agency_responders_agency_id'), table_name='agency_responders')
    op.drop_table('agency_responders')
    op.drop_index(op.f('ix_posts_addressed_agency_id'), table_name='posts')
    # Plain DROP COLUMN (SQLite 3.35+), never a batch copy of posts.
    op.drop_column('posts', 'official_answer_id')
    op.drop_column('posts', 'addressed_agency_id')
