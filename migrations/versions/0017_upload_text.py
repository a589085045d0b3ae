"""The text of uploaded documents, extracted by the search drainer (never in a request), for search.

`text_state`: NULL not read yet, 'ok' text kept, 'empty' nothing to read (an image, a scan), 'failed' the
file could not be parsed (kept, served, not indexed; logged once).

Revision ID: 0017_upload_text
Revises: 0016_uploads
Create Date: 2026-12-07 00:40:00

"""
import sqlalchemy as sa
from alembic import op


# revision identifiers, used by Alembic.
revision = '0017_upload_text'
down_revision = '0016_uploads'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('uploads') as batch_op:
        batch_op.add_column(sa.Column('text_content', sa.Text(), nullable=True))
        batch_op.add_column(sa.Column('text_state', sa.String(length=16), nullable=True))


def downgrade():
    with op.batch_alter_table('uploads') as batch_op:
        batch_op.drop_column('text_state')
        batch_op.drop_column('text_content')
