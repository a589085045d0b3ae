"""Reputation rollups: the ledger summed per user and period (all time, year, quarter, month, day in WIB).

Revision ID: 0013_reputation_rollups
Revises: 0012_outbox_ids
Create Date: 2026-11-28 21:30:00

"""
import sqlalchemy as sa
from alembic import op

revision = '0013_reputation_rollups'
down_revision = '0012_outbox_ids'
branch_labels = None
depends_on = None

# The same SQL as app/reputation/rollups.py rebuild_statements() (a migration never imports the app).
DAY = {
    'postgresql': "to_char(e.created_at + interval '7 hours', 'YYYY-MM-DD')",
    'sqlite': "strftime('%Y-%m-%d', substr(e.created_at, 1, 19), '+7 hours')",  # whole seconds: no rounding up
}
COLUMNS = "INSERT INTO reputation_rollups (user_id, span, period, gained, from_own, from_other) "
SUMS = "SUM(gained), SUM(from_own), SUM(from_other) FROM reputation_rollups WHERE span = "
MONTH_OF = "substr(period, 1, 7)"
QUARTER_OF = "substr(period, 1, 4) || '-Q' || ((CAST(substr(period, 6, 2) AS INTEGER) + 2) / 3)"
YEAR_OF = "substr(period, 1, 4)"


def backfill_statements(dialect):
    day = DAY[dialect]
    days = (f"SELECT e.user_id AS user_id, {day} AS period, SUM(e.delta) AS gained, "  # noqa: S608
            "SUM(CASE WHEN e.actor_id IS NOT NULL AND a.agency_id = u.agency_id AND e.actor_id <> e.user_id "
            "THEN e.delta ELSE 0 END) AS from_own, "
            "SUM(CASE WHEN e.actor_id IS NOT NULL AND a.agency_id <> u.agency_id THEN e.delta ELSE 0 END) "
            "AS from_other "
            "FROM reputation_events e JOIN users u ON u.id = e.user_id LEFT JOIN users a ON a.id = e.actor_id "
            f"GROUP BY e.user_id, {day}")
    return [COLUMNS + f"SELECT user_id, 'day', period, gained, from_own, from_other FROM ({days}) d",  # noqa: S608
            # months from the days, the longer spans from the months
            COLUMNS + f"SELECT user_id, 'month', {MONTH_OF}, {SUMS}'day' GROUP BY user_id, {MONTH_OF}",
            COLUMNS + f"SELECT user_id, 'quarter', {QUARTER_OF}, {SUMS}'month' GROUP BY user_id, {QUARTER_OF}",
            COLUMNS + f"SELECT user_id, 'year', {YEAR_OF}, {SUMS}'month' GROUP BY user_id, {YEAR_OF}",
            COLUMNS + f"SELECT user_id, 'all', '', {SUMS}'month' GROUP BY user_id"]


def upgrade():
    op.create_table('reputation_rollups',
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('span', sa.String(length=8), nullable=False),
    sa.Column('period', sa.String(length=10), nullable=False),
    sa.Column('gained', sa.Integer(), nullable=False),
    sa.Column('from_own', sa.Integer(), nullable=False),
    sa.Column('from_other', sa.Integer(), nullable=False),
    sa.CheckConstraint("span IN ('all', 'year', 'quarter', 'month', 'day')",
                       name=op.f('ck_reputation_rollups_span_known')),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_reputation_rollups_user_id_users'),
                            ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('user_id', 'span', 'period', name=op.f('pk_reputation_rollups')),
    sqlite_with_rowid=False
    )
    with op.batch_alter_table('reputation_rollups', schema=None) as batch_op:
        batch_op.create_index('ix_reputation_rollups_span_period_gained',
                              ['span', 'period', 'gained', 'from_own', 'from_other'], unique=False)
    # The leaders' post counts (published posts per author or agency since a date) read only these indexes.
    with op.batch_alter_table('posts', schema=None) as batch_op:
        batch_op.create_index('ix_posts_author_status_created', ['author_id', 'status', 'created_at'], unique=False)
        batch_op.create_index('ix_posts_agency_status_created', ['agency_id', 'status', 'created_at'], unique=False)

    for statement in backfill_statements(op.get_bind().dialect.name):
        op.execute(sa.text(statement))


def downgrade():
    with op.batch_alter_table('posts', schema=None) as batch_op:
        batch_op.drop_index('ix_posts_agency_status_created')
        batch_op.drop_index('ix_posts_author_status_created')

    with op.batch_alter_table('reputation_rollups', schema=None) as batch_op:
        batch_op.drop_index('ix_reputation_rollups_span_period_gained')

    op.drop_table('reputation_rollups')
