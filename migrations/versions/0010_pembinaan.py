"""Pembinaan: activities, registrations, the JP record, the JP conversion table and duties.

Revision ID: 0010_pembinaan
Revises: 0009_notifications
Create Date: 2026-11-28 18:02:12.409957

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '0010_pembinaan'
down_revision = '0009_notifications'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table('activities',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('slug', sa.String(length=120), nullable=False),
    sa.Column('kind', sa.String(length=24), nullable=False),
    sa.Column('agency_id', sa.Integer(), nullable=False),
    sa.Column('partner', sa.String(length=200), nullable=True),
    sa.Column('description_md', sa.Text(), nullable=False),
    sa.Column('description_html', sa.Text(), nullable=False),
    sa.Column('starts_at', sa.DateTime(), nullable=False),
    sa.Column('ends_at', sa.DateTime(), nullable=False),
    sa.Column('place', sa.String(length=255), nullable=True),
    sa.Column('link', sa.String(length=500), nullable=True),
    sa.Column('capacity', sa.Integer(), nullable=True),
    sa.Column('jp', sa.Integer(), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('registered_count', sa.Integer(), nullable=False),
    sa.Column('attended_count', sa.Integer(), nullable=False),
    sa.Column('created_by_id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['agency_id'], ['agencies.id'], name=op.f('fk_activities_agency_id_agencies')),
    sa.ForeignKeyConstraint(['created_by_id'], ['users.id'], name=op.f('fk_activities_created_by_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_activities'))
    )
    with op.batch_alter_table('activities', schema=None) as batch_op:
        batch_op.create_index('ix_activities_agency_starts', ['agency_id', 'starts_at'], unique=False)
        batch_op.create_index('ix_activities_starts_at', ['starts_at'], unique=False)

    op.create_table('duties',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('duty', sa.String(length=24), nullable=False),
    sa.Column('granted_by_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['granted_by_id'], ['users.id'], name=op.f('fk_duties_granted_by_id_users'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_duties_user_id_users'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_duties')),
    sa.UniqueConstraint('user_id', 'duty', name='uq_duties_user_duty')
    )
    with op.batch_alter_table('duties', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_duties_user_id'), ['user_id'], unique=False)

    op.create_table('jp_conversions',
    sa.Column('code', sa.String(length=40), nullable=False),
    sa.Column('label', sa.String(length=200), nullable=False),
    sa.Column('jp', sa.Integer(), nullable=False),
    sa.Column('needs', sa.String(length=16), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('is_proposal', sa.Boolean(), nullable=False),
    sa.Column('updated_by_id', sa.Integer(), nullable=True),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['updated_by_id'], ['users.id'], name=op.f('fk_jp_conversions_updated_by_id_users'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('code', name=op.f('pk_jp_conversions'))
    )
    op.create_table('activity_posts',
    sa.Column('activity_id', sa.Integer(), nullable=False),
    sa.Column('post_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['activity_id'], ['activities.id'], name=op.f('fk_activity_posts_activity_id_activities'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['post_id'], ['posts.id'], name=op.f('fk_activity_posts_post_id_posts'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('activity_id', 'post_id', name=op.f('pk_activity_posts'))
    )
    with op.batch_alter_table('activity_posts', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_activity_posts_post_id'), ['post_id'], unique=False)

    op.create_table('activity_registrations',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('activity_id', sa.Integer(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('marked_by_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['activity_id'], ['activities.id'], name=op.f('fk_activity_registrations_activity_id_activities'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['marked_by_id'], ['users.id'], name=op.f('fk_activity_registrations_marked_by_id_users'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_activity_registrations_user_id_users'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_activity_registrations')),
    sa.UniqueConstraint('activity_id', 'user_id', name='uq_activity_registrations_activity_user')
    )
    with op.batch_alter_table('activity_registrations', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_activity_registrations_user_id'), ['user_id'], unique=False)

    op.create_table('activity_tags',
    sa.Column('activity_id', sa.Integer(), nullable=False),
    sa.Column('tag_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['activity_id'], ['activities.id'], name=op.f('fk_activity_tags_activity_id_activities'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['tag_id'], ['tags.id'], name=op.f('fk_activity_tags_tag_id_tags'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('activity_id', 'tag_id', name=op.f('pk_activity_tags'))
    )
    with op.batch_alter_table('activity_tags', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_activity_tags_tag_id'), ['tag_id'], unique=False)

    op.create_table('jp_records',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('source', sa.String(length=16), nullable=False),
    sa.Column('activity_id', sa.Integer(), nullable=True),
    sa.Column('conversion_code', sa.String(length=40), nullable=True),
    sa.Column('post_id', sa.Integer(), nullable=True),
    sa.Column('title', sa.String(length=255), nullable=False),
    sa.Column('happened_on', sa.Date(), nullable=False),
    sa.Column('jp', sa.Integer(), nullable=False),
    sa.Column('proof', sa.Text(), nullable=True),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('verifier_id', sa.Integer(), nullable=True),
    sa.Column('verified_at', sa.DateTime(), nullable=True),
    sa.Column('reason', sa.String(length=500), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['activity_id'], ['activities.id'], name=op.f('fk_jp_records_activity_id_activities'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['post_id'], ['posts.id'], name=op.f('fk_jp_records_post_id_posts'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_jp_records_user_id_users'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['verifier_id'], ['users.id'], name=op.f('fk_jp_records_verifier_id_users'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_jp_records'))
    )
    with op.batch_alter_table('jp_records', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_jp_records_activity_id'), ['activity_id'], unique=False)
        batch_op.create_index('ix_jp_records_status_created', ['status', 'created_at'], unique=False)
        batch_op.create_index('ix_jp_records_user_year_status', ['user_id', 'year', 'status'], unique=False)



def downgrade():
    with op.batch_alter_table('jp_records', schema=None) as batch_op:
        batch_op.drop_index('ix_jp_records_user_year_status')
        batch_op.drop_index('ix_jp_records_status_created')
        batch_op.drop_index(batch_op.f('ix_jp_records_activity_id'))

    op.drop_table('jp_records')
    with op.batch_alter_table('activity_tags', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_activity_tags_tag_id'))

    op.drop_table('activity_tags')
    with op.batch_alter_table('activity_registrations', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_activity_registrations_user_id'))

    op.drop_table('activity_registrations')
    with op.batch_alter_table('activity_posts', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_activity_posts_post_id'))

    op.drop_table('activity_posts')
    op.drop_table('jp_conversions')
    with op.batch_alter_table('duties', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_duties_user_id'))

    op.drop_table('duties')
    with op.batch_alter_table('activities', schema=None) as batch_op:
        batch_op.drop_index('ix_activities_starts_at')
        batch_op.drop_index('ix_activities_agency_starts')

    op.drop_table('activities')
