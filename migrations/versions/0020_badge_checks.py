"""Badge checks wait in a queue: a vote that brings a post to a badge's score queues its author here in the
vote's transaction; a drainer runs that member's badge rules later (app/reputation/badge_queue.py).

Revision ID: 0020_badge_checks
Revises: 0019_erased_trust
Create Date: 2026-12-07 03:40:00

"""
import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision = '0020_badge_checks'
down_revision = '0019_erased_trust'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "badge_checks",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("queued_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], name=op.f("fk_badge_checks_user_id_users"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_badge_checks")),
    )


def downgrade():
    op.drop_table("badge_checks")
