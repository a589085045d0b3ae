"""The fair agency view (issue #21, item 1): the number of ASN an admin enters per agency, and site settings
(the first: where the view takes the number of ASN from, verified members or that headcount).

Revision ID: 0026_agency_headcount
Revises: 0025_tanya_opd
Create Date: 2026-12-07 06:45:00

"""
import sqlalchemy as sa
from alembic import op

revision = '0026_agency_headcount'
down_revision = '0025_tanya_opd'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column('agencies', sa.Column('headcount', sa.Integer(), nullable=True))
    op.create_table('site_settings',
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.Column('value', sa.String(length=255), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_site_settings'))
    )


def downgrade():
    op.drop_table('site_settings')
    op.drop_column('agencies', 'headcount')
