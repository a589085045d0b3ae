"""Training outside Simpul (issue 21, part 3): `external_trainings`, one row per JP line of source "external".

A table of its own beside `jp_records` rather than six columns that would be empty on every other line: the
line itself (title, year, JP, status, verifier) stays where the record, the queue and the totals read it, and
the certificate file is an upload held by the line (`uploads.jp_record_id`, migration 0018).

Revision ID: 0028_external_training
Revises: 0025_tanya_opd
Create Date: 2026-12-07 07:00:00

"""
import sqlalchemy as sa
from alembic import op

revision = '0028_external_training'
down_revision = '0027_monthly_reports'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table('external_trainings',
    sa.Column('record_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('organiser', sa.String(length=200), nullable=False),
    sa.Column('starts_on', sa.Date(), nullable=False),
    sa.Column('ends_on', sa.Date(), nullable=False),
    sa.Column('minutes', sa.Integer(), nullable=False),
    sa.Column('certificate_number', sa.String(length=100), nullable=False),
    sa.ForeignKeyConstraint(['record_id'], ['jp_records.id'], name=op.f('fk_external_trainings_record_id_jp_records'),
                            ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('record_id', name=op.f('pk_external_trainings'))
    )


def downgrade():
    op.drop_table('external_trainings')
