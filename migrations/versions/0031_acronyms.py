"""Government acronyms admins edit (issue 8/9, part 5): table `acronyms`, seeded from
app/search/data/acronyms.txt and the agencies list (the seed files stay), and the version every process
compares before it searches or indexes (site_settings.search_acronyms_version).

The seed adds Dukcapil, JDIH and SP4N-LAPOR to the list the analyzer used before, so a rebuild of the search
index is queued (search_outbox, action rebuild), done by the drainer or the worker.

Revision ID: 0031_acronyms
Revises: 0030_search_queries
Create Date: 2026-12-07 12:00:00

"""
from datetime import datetime, timezone

import sqlalchemy as sa
from alembic import op

revision = '0031_acronyms'
down_revision = '0030_search_queries'
branch_labels = None
depends_on = None


def upgrade():
    table = op.create_table(
        'acronyms',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('key', sa.String(length=40), nullable=False),
        sa.Column('acronym', sa.String(length=40), nullable=False),
        sa.Column('expansion', sa.String(length=200), nullable=False),
        sa.Column('updated_at', sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_acronyms')),
        sa.UniqueConstraint('key', name=op.f('uq_acronyms_key')),
    )
    from app.search.vocabulary import seed_rows  # reads the seed files only, no models

    now = datetime.now(timezone.utc).replace(tzinfo=None)
    op.bulk_insert(table, [{**row, 'updated_at': now} for row in seed_rows()])
    bind = op.get_bind()
    bind.execute(sa.text("DELETE FROM site_settings WHERE key = 'search_acronyms_version'"))
    bind.execute(sa.text("INSERT INTO site_settings (key, value) VALUES ('search_acronyms_version', 'seed')"))
    bind.execute(sa.text("INSERT INTO search_outbox (post_id, action, created_at) VALUES (NULL, 'rebuild', :now)"),
                 {"now": now})


def downgrade():
    op.execute(sa.text("DELETE FROM site_settings WHERE key = 'search_acronyms_version'"))
    op.drop_table('acronyms')
