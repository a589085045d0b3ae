"""Articles: edits of someone else's article that wait for review (usulan suntingan).

Revision ID: 0007_edit_suggestions
Revises: 0006_badges
Create Date: 2026-11-28 17:40:00

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '0007_edit_suggestions'
down_revision = '0006_badges'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table('edit_suggestions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('post_id', sa.Integer(), nullable=False),
    sa.Column('editor_id', sa.Integer(), nullable=False),
    sa.Column('base_number', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=255), nullable=False),
    sa.Column('body_md', sa.Text(), nullable=False),
    sa.Column('tags', sa.String(length=255), nullable=False),
    sa.Column('summary', sa.String(length=255), nullable=True),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('reviewer_id', sa.Integer(), nullable=True),
    sa.Column('review_note', sa.String(length=500), nullable=True),
    sa.Column('revision_number', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('reviewed_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['editor_id'], ['users.id'], name=op.f('fk_edit_suggestions_editor_id_users')),
    sa.ForeignKeyConstraint(['post_id'], ['posts.id'], name=op.f('fk_edit_suggestions_post_id_posts'),
                            ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['reviewer_id'], ['users.id'], name=op.f('fk_edit_suggestions_reviewer_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_edit_suggestions'))
    )
    with op.batch_alter_table('edit_suggestions', schema=None) as batch_op:
        batch_op.create_index('ix_edit_suggestions_post_status', ['post_id', 'status'], unique=False)
        batch_op.create_index('ix_edit_suggestions_status_created', ['status', 'created_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_edit_suggestions_editor_id'), ['editor_id'], unique=False)


def downgrade():
    with op.batch_alter_table('edit_suggestions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_edit_suggestions_editor_id'))
        batch_op.drop_index('ix_edit_suggestions_status_created')
        batch_op.drop_index('ix_edit_suggestions_post_status')

    op.drop_table('edit_suggestions')
