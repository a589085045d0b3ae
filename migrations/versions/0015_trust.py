"""Trust: confirmed e-mail, verified ASN, single sign-on subjects and agency operators.

Accounts that exist when this runs count as confirmed (they signed up before confirmation existed);
those whose e-mail is at a domain in VERIFIED_EMAIL_DOMAINS (as the environment sets it now, or the
default) count as verified by e-mail. Everyone else is verified by an operator or an admin.

Revision ID: 0015_trust
Revises: 0014_handle_aliases
Create Date: 2026-12-07 00:30:00

"""
import os

import sqlalchemy as sa
from alembic import op

revision = '0015_trust'
down_revision = '0014_handle_aliases'
branch_labels = None
depends_on = None

# The default of app.config.Config.VERIFIED_EMAIL_DOMAINS at this revision.
DEFAULT_DOMAINS = "pemkomedan.go.id,medan.go.id"
NEW_COLUMNS = ("email_confirmed_at", "verified_at", "verified_by_id", "verified_via", "verification_refused_at",
               "verification_refusal_reason", "oidc_subject")


def _domains():
    raw = os.environ.get("VERIFIED_EMAIL_DOMAINS") or DEFAULT_DOMAINS
    return sorted({d.strip().lower().lstrip("@") for d in raw.split(",") if d.strip()})


def upgrade():
    # Plain ADD COLUMN, no batch copy of `users`: on SQLite a copy drops the old table, and with foreign
    # keys on its ON DELETE CASCADE would empty everything that points at users (see 0014).
    op.add_column('users', sa.Column('email_confirmed_at', sa.DateTime(), nullable=True))
    op.add_column('users', sa.Column('verified_at', sa.DateTime(), nullable=True))
    op.add_column('users', sa.Column('verified_by_id', sa.Integer(), nullable=True))  # no FK: see the model
    op.add_column('users', sa.Column('verified_via', sa.String(length=16), nullable=True))
    op.add_column('users', sa.Column('verification_refused_at', sa.DateTime(), nullable=True))
    op.add_column('users', sa.Column('verification_refusal_reason', sa.String(length=500), nullable=True))
    op.add_column('users', sa.Column('oidc_subject', sa.String(length=255), nullable=True))
    op.create_index(op.f('ix_users_oidc_subject'), 'users', ['oidc_subject'], unique=True)
    op.create_table('agency_operators',
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('agency_id', sa.Integer(), nullable=False),
    sa.Column('granted_by_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_agency_operators_user_id_users'),
                            ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['agency_id'], ['agencies.id'], name=op.f('fk_agency_operators_agency_id_agencies'),
                            ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['granted_by_id'], ['users.id'], name=op.f('fk_agency_operators_granted_by_id_users'),
                            ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('user_id', 'agency_id', name=op.f('pk_agency_operators'))
    )
    op.create_index(op.f('ix_agency_operators_agency_id'), 'agency_operators', ['agency_id'], unique=False)

    users = sa.table("users", sa.column("email", sa.String), sa.column("created_at", sa.DateTime),
                     sa.column("email_confirmed_at", sa.DateTime), sa.column("verified_at", sa.DateTime),
                     sa.column("verified_via", sa.String))
    conn = op.get_bind()
    conn.execute(users.update().values(email_confirmed_at=users.c.created_at))
    for domain in _domains():
        conn.execute(users.update().where(sa.func.lower(users.c.email).like(f"%@{domain}"))
                     .values(verified_at=sa.func.current_timestamp(), verified_via="email"))


def downgrade():
    op.drop_index(op.f('ix_agency_operators_agency_id'), table_name='agency_operators')
    op.drop_table('agency_operators')
    op.drop_index(op.f('ix_users_oidc_subject'), table_name='users')
    # Plain DROP COLUMN (SQLite 3.35+), never a batch copy of users (see upgrade).
    for column in reversed(NEW_COLUMNS):
        op.drop_column('users', column)
