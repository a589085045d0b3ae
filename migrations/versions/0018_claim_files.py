"""A JP claim may carry its certificate or proof as an upload: `uploads.jp_record_id`.

A plain ADD COLUMN on both databases: on SQLite never a batch copy of `uploads`, which other tables and the
search index point at (SQLite accepts a REFERENCES clause on an added column whose default is NULL).

Revision ID: 0018_claim_files
Revises: 0017_upload_text
Create Date: 2026-12-07 01:20:00

"""
import sqlalchemy as sa
from alembic import op


# revision identifiers, used by Alembic.
revision = '0018_claim_files'
down_revision = '0017_upload_text'
branch_labels = None
depends_on = None


def upgrade():
    if op.get_bind().dialect.name == 'sqlite':
        op.execute('ALTER TABLE uploads ADD COLUMN jp_record_id INTEGER '
                   'CONSTRAINT fk_uploads_jp_record_id_jp_records REFERENCES jp_records (id) ON DELETE SET NULL')
    else:
        op.add_column('uploads', sa.Column('jp_record_id', sa.Integer(), nullable=True))
        op.create_foreign_key(op.f('fk_uploads_jp_record_id_jp_records'), 'uploads', 'jp_records',
                              ['jp_record_id'], ['id'], ondelete='SET NULL')
    op.create_index(op.f('ix_uploads_jp_record_id'), 'uploads', ['jp_record_id'], unique=False)


def downgrade():
    op.drop_index(op.f('ix_uploads_jp_record_id'), table_name='uploads')
    if op.get_bind().dialect.name == 'sqlite':
        op.execute('ALTER TABLE uploads DROP COLUMN jp_record_id')  # SQLite 3.35+; the column is in no index now
    else:
        op.drop_constraint(op.f('fk_uploads_jp_record_id_jp_records'), 'uploads', type_='foreignkey')
        op.drop_column('uploads', 'jp_record_id')
