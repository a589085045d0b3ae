"""Cache versions: the content version that every page cache is keyed on (app/core/cache.py).

Revision ID: 0011_cache_versions
Revises: 0010_pembinaan
Create Date: 2026-11-28 20:13:05.633212

"""
import sqlalchemy as sa
from alembic import op

revision = '0011_cache_versions'
down_revision = '0010_pembinaan'
branch_labels = None
depends_on = None


def upgrade():
    table = op.create_table(
        'cache_versions',
        sa.Column('name', sa.String(length=40), nullable=False),
        sa.Column('version', sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint('name', name=op.f('pk_cache_versions')),
    )
    op.bulk_insert(table, [{'name': 'content', 'version': 1}])


def downgrade():
    op.drop_table('cache_versions')
