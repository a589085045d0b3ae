"""Monthly reports in PDF (issue #21, item 2): one row per month and agency, the city's with no agency.

Revision ID: 0027_monthly_reports
Revises: 0025_tanya_opd
Create Date: 2026-12-07 07:00:00

"""
import sqlalchemy as sa
from alembic import op

revision = '0027_monthly_reports'
down_revision = '0026_agency_headcount'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table('monthly_reports',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('month', sa.String(length=7), nullable=False),
    sa.Column('agency_id', sa.Integer(), nullable=True),
    sa.Column('filename', sa.String(length=120), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('generated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['agency_id'], ['agencies.id'], name=op.f('fk_monthly_reports_agency_id_agencies'),
                            ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_monthly_reports'))
    )
    # The city's report (no agency) counts as agency 0, so that a month has one of it too.
    op.create_index('uq_monthly_reports_month_agency', 'monthly_reports',
                    ['month', sa.text('coalesce(agency_id, 0)')], unique=True)


def downgrade():
    op.drop_index('uq_monthly_reports_month_agency', table_name='monthly_reports')
    op.drop_table('monthly_reports')
