"""Activities after the fact, self check-in and attendance certificates (issue #21, item 4).

activities.review_status (None for an announced activity; menunggu, dikonfirmasi, ditolak for one recorded after
it happened), who decided it and why; activity_registrations.checked_in_at (self check-in from the QR code) and
certificate_number (unique, SH-YYYY-NNNNNN, given when the attendance counts; attendance recorded before this
revision is numbered here). reviewed_by_id carries no foreign
key, like users.verified_by_id: a plain ADD COLUMN on SQLite and PostgreSQL alike.

Revision ID: 0029_activity_checkin
Revises: 0025_tanya_opd
Create Date: 2026-12-07 07:00:00

"""
from datetime import datetime, timedelta

import sqlalchemy as sa
from alembic import op

revision = '0029_activity_checkin'
down_revision = '0028_external_training'
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
    _number_past_attendance()


def _number_past_attendance():
    """Attendance recorded before this revision gets its certificate number too: per year of the activity
    (WIB, UTC+7), in the order the activities started, as app/pembinaan/certificates.py numbers new ones."""
    bind = op.get_bind()
    found = bind.execute(sa.text(
        "SELECT r.id, a.starts_at FROM activity_registrations r JOIN activities a ON a.id = r.activity_id "
        "WHERE r.status = 'attended' ORDER BY a.starts_at, a.id, r.id")).all()
    counters = {}
    for registration_id, starts_at in found:
        if isinstance(starts_at, str):  # SQLite hands DATETIME back as text
            starts_at = datetime.fromisoformat(starts_at)
        year = (starts_at + timedelta(hours=7)).year
        counters[year] = counters.get(year, 0) + 1
        bind.execute(sa.text("UPDATE activity_registrations SET certificate_number = :number WHERE id = :id"),
                     {"number": f"SH-{year}-{counters[year]:06d}", "id": registration_id})


def downgrade():
    op.drop_index(op.f('ix_activity_registrations_certificate_number'), table_name='activity_registrations')
    op.drop_column('activity_registrations', 'certificate_number')
    op.drop_column('activity_registrations', 'checked_in_at')
    op.drop_column('activities', 'review_status')
    op.drop_column('activities', 'reviewed_by_id')
    op.drop_column('activities', 'reviewed_at')
    op.drop_column('activities', 'review_reason')
