"""Review when a practice ages (issue #20, item 2): posts.review_due_on, posts.review_reminded_on,
posts.obsolete_at (articles only) and the table practice_reviews (who reviewed, when, the outcome, a note).

Backfill: every published article is due 12 months (PRACTICE_REVIEW_MONTHS' default) after it was written;
an older one is due at once. A site with articles queues one search rebuild (documents gain `obsolete`).

Revision ID: 0024_practice_review
Revises: 0023_practice_stage
Create Date: 2026-12-07 04:00:00

"""
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision = '0024_practice_review'
down_revision = '0023_practice_stage'
branch_labels = None
depends_on = None

COLUMNS = ('review_due_on', 'review_reminded_on', 'obsolete_at')


def _plus_year(moment):
    try:
        return moment.date().replace(year=moment.year + 1)
    except ValueError:  # 29 February
        return moment.date().replace(year=moment.year + 1, day=28)


def upgrade():
    op.add_column('posts', sa.Column('review_due_on', sa.Date(), nullable=True))
    op.add_column('posts', sa.Column('review_reminded_on', sa.Date(), nullable=True))
    op.add_column('posts', sa.Column('obsolete_at', sa.DateTime(), nullable=True))
    op.create_table(
        'practice_reviews',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('post_id', sa.Integer(), nullable=False),
        sa.Column('reviewer_id', sa.Integer(), nullable=True),
        sa.Column('outcome', sa.String(length=16), nullable=False),
        sa.Column('note', sa.String(length=500), nullable=True),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(['post_id'], ['posts.id'], ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['reviewer_id'], ['users.id'], ondelete='SET NULL'),
        sa.PrimaryKeyConstraint('id'),
    )
    op.create_index('ix_practice_reviews_post_created', 'practice_reviews', ['post_id', 'created_at'])
    posts = sa.table('posts', sa.column('id', sa.Integer), sa.column('kind', sa.String),
                     sa.column('status', sa.String), sa.column('created_at', sa.DateTime),
                     sa.column('review_due_on', sa.Date))
    conn = op.get_bind()
    rows = conn.execute(sa.select(posts.c.id, posts.c.created_at).where(
        posts.c.kind == 'article', posts.c.status == 'published')).all()
    for post_id, created_at in rows:
        conn.execute(posts.update().where(posts.c.id == post_id).values(review_due_on=_plus_year(created_at)))
    if rows:
        outbox = sa.table('search_outbox', sa.column('post_id', sa.Integer), sa.column('action', sa.String),
                          sa.column('created_at', sa.DateTime))
        conn.execute(outbox.insert().values(post_id=None, action='rebuild',
                                            created_at=datetime.now(UTC).replace(tzinfo=None)))


def downgrade():
    op.drop_index('ix_practice_reviews_post_created', table_name='practice_reviews')
    op.drop_table('practice_reviews')
    for column in reversed(COLUMNS):
        if op.get_bind().dialect.name == 'sqlite':
            op.execute(f'ALTER TABLE posts DROP COLUMN {column}')
        else:
            op.drop_column('posts', column)
