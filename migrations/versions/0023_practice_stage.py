"""A practice's stage (Tahap), the date it started and its indicators (Indikator), kept by revisions and edit
suggestions too (issue #20, item 1).

posts.stage, posts.started_on and posts.indicators are used by articles only (NULL for other kinds);
revisions.facts and edit_suggestions.facts hold the same three as one JSON object, so that differences and
revert carry them.

Backfill: every existing article gets the stage `diterapkan` ("Diterapkan"), not `ide`. The articles written
so far are accounts of practices already at work in an agency (the outline asks for "Hasil dan Dampak"), so
"Diterapkan" is the honest default; an author may still move it back only through a moderator. Articles that
another agency already recorded an adoption of become `direplikasi`, as the site would have set it. Old
revisions keep facts NULL ("before stages"): the difference page shows nothing for them and a revert to one
leaves the stage and indicators as they are. A site that has articles gets one search rebuild queued, so
that the index learns every article's stage (the `tahap:` operator).

Revision ID: 0023_practice_stage
Revises: 0019_erased_trust
Create Date: 2026-12-07 03:40:00

"""
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op


# revision identifiers, used by Alembic.
revision = '0023_practice_stage'
down_revision = '0020_badge_checks'
branch_labels = None
depends_on = None

COLUMNS = (('posts', 'stage'), ('posts', 'started_on'), ('posts', 'indicators'), ('revisions', 'facts'),
           ('edit_suggestions', 'facts'))


def upgrade():
    op.add_column('posts', sa.Column('stage', sa.String(length=16), nullable=True))
    op.add_column('posts', sa.Column('started_on', sa.Date(), nullable=True))
    op.add_column('posts', sa.Column('indicators', sa.JSON(), nullable=True))
    op.add_column('revisions', sa.Column('facts', sa.JSON(), nullable=True))
    op.add_column('edit_suggestions', sa.Column('facts', sa.JSON(), nullable=True))
    posts = sa.table('posts', sa.column('id', sa.Integer), sa.column('kind', sa.String),
                     sa.column('agency_id', sa.Integer), sa.column('stage', sa.String))
    adoptions = sa.table('adoptions', sa.column('post_id', sa.Integer), sa.column('agency_id', sa.Integer))
    conn = op.get_bind()
    conn.execute(posts.update().where(posts.c.kind == 'article').values(stage='diterapkan'))
    replicated = sa.select(adoptions.c.post_id).where(adoptions.c.post_id == posts.c.id,
                                                      adoptions.c.agency_id != posts.c.agency_id).exists()
    conn.execute(posts.update().where(posts.c.kind == 'article', replicated).values(stage='direplikasi'))
    # The search documents gain `stage` (tahap:): a site with articles queues one rebuild for the drainer.
    if conn.execute(sa.select(posts.c.id).where(posts.c.kind == 'article').limit(1)).first() is not None:
        outbox = sa.table('search_outbox', sa.column('post_id', sa.Integer), sa.column('action', sa.String),
                          sa.column('created_at', sa.DateTime))
        conn.execute(outbox.insert().values(post_id=None, action='rebuild',
                                            created_at=datetime.now(UTC).replace(tzinfo=None)))


def downgrade():
    for table, column in reversed(COLUMNS):
        if op.get_bind().dialect.name == 'sqlite':
            op.execute(f'ALTER TABLE {table} DROP COLUMN {column}')  # SQLite 3.35+; in no index
        else:
            op.drop_column(table, column)
