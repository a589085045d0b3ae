"""Activities after the fact, self check-in and attendance certificates (issue #21, item 4).

activities.review_status (None for an announced activity; menunggu, dikonfirmasi, ditolak for one recorded after
it happened), who decided it and why; activity_registrations.checked_in_at (self check-in from the QR code) and
certificate_number (unique, SH-YYYY-NNNNNN, given when the attendance counts). reviewed_by_id carries no foreign
key, like users.verified_by_id: a plain ADD COLUMN on SQLite and PostgreSQL alike.

Revision ID: 0029_activity_checkin
Revises: 0025_tanya_opd
Create Date: 2026-12-07 07:00:00

"""
import sqlalchemy as sa
from alembic import op

revision = '0029_activity_checkin'
down_revision = '0025_tanya_opd'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column('activities', sa.Column('review_status', sa.String(length=16), nullable=True))
    op.add_column('activities', sa.Column('reviewed_by_id', sa.Integer(), nullable=True))
    op.add_column('activities', sa.Column('reviewed_at', sa.DateTime(), nullable=True))
    op.add_column('activities', sa.Column('review_reason', sa.String(length=500), nullable=True))
    op.add_column('activity_registrations', sa.Column('checked_in_at', sa.DateTime(), nullable=True))
    op.add_column('activity_registrations', sa.Column('certificate_number', sa.String(length=32), nullable=True))
    op.create_index(op.f('ix_activity_registrations_certificate_number'), 'activity_registrations',
                    ['certificate_number'], unique=True)


def downgrade():
    op.drop_index(op.f('ix_activity_registrations_certificate_number'), table_name='activity_registrations')
    op.drop_column('activity_registrations', 'certificate_number')
    op.drop_column('activity_registrations', 'checked_in_at')
    op.drop_column('activities', 'review_status')
    op.drop_column('activities', 'reviewed_by_id')
    op.drop_column('activities', 'reviewed_at')
    op.drop_column('activities', 'review_reason')
