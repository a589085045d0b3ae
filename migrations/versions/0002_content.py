"""Content: posts (articles, threads, replies, questions, answers), revisions, tags, categories, comments.

Revision ID: 0002_content
Revises: 0001_accounts
Create Date: 2026-11-28 14:32:01.985837

"""
from datetime import UTC, datetime

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '0002_content'
down_revision = '0001_accounts'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table('categories',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('slug', sa.String(length=80), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('description', sa.String(length=500), nullable=True),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('thread_count', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_categories')),
    sa.UniqueConstraint('slug', name=op.f('uq_categories_slug'))
    )
    op.create_table('tags',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=40), nullable=False),
    sa.Column('description', sa.String(length=500), nullable=True),
    sa.Column('is_value', sa.Boolean(), nullable=False),
    sa.Column('post_count', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_tags')),
    sa.UniqueConstraint('name', name=op.f('uq_tags_name'))
    )
    op.create_table('posts',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('author_id', sa.Integer(), nullable=False),
    sa.Column('agency_id', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=255), nullable=True),
    sa.Column('slug', sa.String(length=120), nullable=True),
    sa.Column('body_md', sa.Text(), nullable=False),
    sa.Column('body_html', sa.Text(), nullable=False),
    sa.Column('score', sa.Integer(), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('locked', sa.Boolean(), nullable=False),
    sa.Column('pinned', sa.Boolean(), nullable=False),
    sa.Column('featured', sa.Boolean(), nullable=False),
    sa.Column('parent_id', sa.Integer(), nullable=True),
    sa.Column('category_id', sa.Integer(), nullable=True),
    sa.Column('accepted_answer_id', sa.Integer(), nullable=True),
    sa.Column('child_count', sa.Integer(), nullable=False),
    sa.Column('comment_count', sa.Integer(), nullable=False),
    sa.Column('revision_count', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('last_activity_at', sa.DateTime(), nullable=False),
    sa.Column('edited_at', sa.DateTime(), nullable=True),
    sa.Column('editor_id', sa.Integer(), nullable=True),
    sa.Column('deleted_by_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['accepted_answer_id'], ['posts.id'], name=op.f('fk_posts_accepted_answer_id_posts'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['agency_id'], ['agencies.id'], name=op.f('fk_posts_agency_id_agencies')),
    sa.ForeignKeyConstraint(['author_id'], ['users.id'], name=op.f('fk_posts_author_id_users')),
    sa.ForeignKeyConstraint(['category_id'], ['categories.id'], name=op.f('fk_posts_category_id_categories')),
    sa.ForeignKeyConstraint(['deleted_by_id'], ['users.id'], name=op.f('fk_posts_deleted_by_id_users')),
    sa.ForeignKeyConstraint(['editor_id'], ['users.id'], name=op.f('fk_posts_editor_id_users')),
    sa.ForeignKeyConstraint(['parent_id'], ['posts.id'], name=op.f('fk_posts_parent_id_posts'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_posts'))
    )
    with op.batch_alter_table('posts', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_posts_agency_id'), ['agency_id'], unique=False)
        batch_op.create_index('ix_posts_author_kind_created', ['author_id', 'kind', 'created_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_posts_category_id'), ['category_id'], unique=False)
        batch_op.create_index('ix_posts_kind_status_activity', ['kind', 'status', 'last_activity_at'], unique=False)
        batch_op.create_index('ix_posts_kind_status_created', ['kind', 'status', 'created_at'], unique=False)
        batch_op.create_index('ix_posts_parent_status_created', ['parent_id', 'status', 'created_at'], unique=False)

    op.create_table('comments',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('post_id', sa.Integer(), nullable=False),
    sa.Column('author_id', sa.Integer(), nullable=False),
    sa.Column('body_md', sa.Text(), nullable=False),
    sa.Column('body_html', sa.Text(), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['author_id'], ['users.id'], name=op.f('fk_comments_author_id_users')),
    sa.ForeignKeyConstraint(['post_id'], ['posts.id'], name=op.f('fk_comments_post_id_posts'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_comments'))
    )
    with op.batch_alter_table('comments', schema=None) as batch_op:
        batch_op.create_index('ix_comments_post_status_created', ['post_id', 'status', 'created_at'], unique=False)

    op.create_table('post_tags',
    sa.Column('post_id', sa.Integer(), nullable=False),
    sa.Column('tag_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['post_id'], ['posts.id'], name=op.f('fk_post_tags_post_id_posts'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['tag_id'], ['tags.id'], name=op.f('fk_post_tags_tag_id_tags'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('post_id', 'tag_id', name=op.f('pk_post_tags'))
    )
    with op.batch_alter_table('post_tags', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_post_tags_tag_id'), ['tag_id'], unique=False)

    op.create_table('revisions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('post_id', sa.Integer(), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('editor_id', sa.Integer(), nullable=False),
    sa.Column('summary', sa.String(length=255), nullable=True),
    sa.Column('title', sa.String(length=255), nullable=True),
    sa.Column('body_md', sa.Text(), nullable=False),
    sa.Column('tags', sa.String(length=255), nullable=False),
    sa.Column('reverted_from', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['editor_id'], ['users.id'], name=op.f('fk_revisions_editor_id_users')),
    sa.ForeignKeyConstraint(['post_id'], ['posts.id'], name=op.f('fk_revisions_post_id_posts'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_revisions')),
    sa.UniqueConstraint('post_id', 'number', name='uq_revisions_post_number')
    )
    with op.batch_alter_table('revisions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_revisions_post_id'), ['post_id'], unique=False)

    # The starting categories and the seven BerAKHLAK value tags (app/content/defaults.py holds the same).
    categories = sa.table('categories', sa.column('slug', sa.String), sa.column('name', sa.String),
                          sa.column('description', sa.String), sa.column('position', sa.Integer),
                          sa.column('thread_count', sa.Integer))
    op.bulk_insert(categories, [
        {'slug': slug, 'name': name, 'description': description, 'position': position, 'thread_count': 0}
        for position, (slug, name, description) in enumerate([
            ('transformasi-digital', 'Transformasi Digital', 'Aplikasi, data, layanan daring dan kecakapan digital ASN.'),
            ('pelayanan-publik', 'Pelayanan Publik', 'Mutu layanan kepada warga: antrean, pengaduan, standar pelayanan.'),
            ('kepegawaian', 'Kepegawaian', 'Manajemen ASN: jabatan, kinerja, SKP, disiplin dan kesejahteraan.'),
            ('pelatihan-dan-pengembangan-kompetensi', 'Pelatihan dan Pengembangan Kompetensi',
             'Pelatihan, workshop, seminar, komunitas belajar dan JP.'),
            ('kolaborasi-antarinstansi', 'Kolaborasi Antarinstansi', 'Kerja sama lintas OPD, dengan kampus dan mitra.'),
            ('umum', 'Umum', 'Hal lain yang bermanfaat bagi sesama ASN.'),
        ])
    ])
    tags = sa.table('tags', sa.column('name', sa.String), sa.column('description', sa.String),
                    sa.column('is_value', sa.Boolean), sa.column('post_count', sa.Integer),
                    sa.column('created_at', sa.DateTime))
    op.bulk_insert(tags, [
        {'name': name, 'description': 'BerAKHLAK: ' + description, 'is_value': True, 'post_count': 0,
         'created_at': datetime.now(UTC).replace(tzinfo=None)}
        for name, description in [
            ('berorientasi-pelayanan', 'memahami dan memenuhi kebutuhan masyarakat.'),
            ('akuntabel', 'melaksanakan tugas dengan jujur, bertanggung jawab, cermat dan disiplin.'),
            ('kompeten', 'terus belajar dan mengembangkan kapabilitas.'),
            ('harmonis', 'saling peduli dan menghargai perbedaan.'),
            ('loyal', 'berdedikasi dan mengutamakan kepentingan bangsa dan negara.'),
            ('adaptif', 'terus berinovasi dan antusias menghadapi perubahan.'),
            ('kolaboratif', 'membangun kerja sama yang sinergis.'),
        ]
    ])


def downgrade():
    with op.batch_alter_table('revisions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_revisions_post_id'))

    op.drop_table('revisions')
    with op.batch_alter_table('post_tags', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_post_tags_tag_id'))

    op.drop_table('post_tags')
    with op.batch_alter_table('comments', schema=None) as batch_op:
        batch_op.drop_index('ix_comments_post_status_created')

    op.drop_table('comments')
    with op.batch_alter_table('posts', schema=None) as batch_op:
        batch_op.drop_index('ix_posts_parent_status_created')
        batch_op.drop_index('ix_posts_kind_status_created')
        batch_op.drop_index('ix_posts_kind_status_activity')
        batch_op.drop_index(batch_op.f('ix_posts_category_id'))
        batch_op.drop_index('ix_posts_author_kind_created')
        batch_op.drop_index(batch_op.f('ix_posts_agency_id'))

    op.drop_table('posts')
    op.drop_table('tags')
    op.drop_table('categories')
