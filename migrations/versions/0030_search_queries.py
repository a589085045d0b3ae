"""The search query log (issue 8/9 part 5): per day, the normalised query, its kind filter, the latest number of
results and how many times it was searched. No member, no address, no time of day. Pruned after 90 days.

Revision ID: 0030_search_queries
Revises: 0029_activity_checkin
Create Date: 2026-12-07 12:00:00

"""
import sqlalchemy as sa
from alembic import op

revision = '0030_search_queries'
down_revision = '0029_activity_checkin'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        'search_queries',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('day', sa.Date(), nullable=False),
        sa.Column('query', sa.String(length=200), nullable=False),
        sa.Column('kind', sa.String(length=16), nullable=False),
        sa.Column('results', sa.Integer(), nullable=True),
        sa.Column('count', sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint('id'),
        sa.UniqueConstraint('day', 'query', 'kind', name='uq_search_queries_day_query_kind'),
    )
    op.create_index(op.f('ix_search_queries_day'), 'search_queries', ['day'], unique=False)


def downgrade():
    op.drop_index(op.f('ix_search_queries_day'), table_name='search_queries')
    op.drop_table('search_queries')
