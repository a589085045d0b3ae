"""Accounts deleted before 0015_trust ran were confirmed by it, and erasure kept the trust fields until the
review of #17: a deleted account (its e-mail at terhapus.invalid, app/privacy/erasure.py) keeps no
confirmation, verification, refusal, SSO subject or operator duty. Data only; nothing to undo.

Revision ID: 0019_erased_trust
Revises: 0018_claim_files
Create Date: 2026-12-07 01:15:00

"""
import sqlalchemy as sa
from alembic import op


# revision identifiers, used by Alembic.
revision = '0019_erased_trust'
down_revision = '0018_claim_files'
branch_labels = None
depends_on = None

ERASED = "%@terhapus.invalid"  # app.privacy.erasure.ERASED_EMAIL_DOMAIN, copied: migrations do not import app


def upgrade():
    users = sa.table("users", sa.column("id", sa.Integer), sa.column("email", sa.String),
                     sa.column("email_confirmed_at", sa.DateTime), sa.column("verified_at", sa.DateTime),
                     sa.column("verified_by_id", sa.Integer), sa.column("verified_via", sa.String),
                     sa.column("verification_refused_at", sa.DateTime),
                     sa.column("verification_refusal_reason", sa.Text), sa.column("oidc_subject", sa.String))
    operators = sa.table("agency_operators", sa.column("user_id", sa.Integer))
    conn = op.get_bind()
    erased = sa.select(users.c.id).where(users.c.email.like(ERASED))
    conn.execute(operators.delete().where(operators.c.user_id.in_(erased)))
    conn.execute(users.update().where(users.c.email.like(ERASED)).values(
        email_confirmed_at=None, verified_at=None, verified_by_id=None, verified_via=None,
        verification_refused_at=None, verification_refusal_reason=None, oidc_subject=None))


def downgrade():
    pass
