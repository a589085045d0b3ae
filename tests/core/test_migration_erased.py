"""0019_erased_trust: an account deleted before the review of #17 loses the trust 0015 gave it."""
from __future__ import annotations

import flask_migrate
from sqlalchemy import insert, select

from app.accounts.models import Agency, AgencyOperator, User
from app.core.timeutil import utcnow
from app.extensions import db
from tests.core.test_migrations import empty_database_url, fresh_app  # noqa: F401 - fixtures


def test_accounts_deleted_earlier_lose_confirmation_verification_sso_and_duties(fresh_app):  # noqa: F811
    flask_migrate.upgrade(revision="0018_claim_files")
    now = utcnow()
    # Core insert of named columns: the model has columns of later migrations (agencies.headcount, 0026).
    db.session.execute(insert(Agency.__table__).values(
        code="diskominfo", name="Dinas Komunikasi dan Informatika", short_name="Diskominfo", active=True))
    agency = db.session.execute(select(Agency.id, Agency.code).where(Agency.code == "diskominfo")).one()
    trust = dict(email_confirmed_at=now, verified_at=now, verified_via="email", oidc_subject=None,
                 password_hash="!dihapus", role="member", agency_id=agency.id)
    users = User.__table__
    gone_id = db.session.execute(insert(users).values(
        name="Mantan anggota", email="dihapus-1-abc@terhapus.invalid", handle="mantan.anggota",
        **(trust | {"oidc_subject": "kc-1"})).returning(users.c.id)).scalar_one()
    kept_id = db.session.execute(insert(users).values(
        name="Tetap Ada", email="tetap@medan.go.id", handle="tetap.ada", **trust).returning(users.c.id)).scalar_one()
    db.session.add_all([AgencyOperator(user_id=gone_id, agency_id=agency.id),
                        AgencyOperator(user_id=kept_id, agency_id=agency.id)])
    db.session.commit()
    db.session.close()

    flask_migrate.upgrade()

    gone, kept = db.session.get(User, gone_id), db.session.get(User, kept_id)
    assert (gone.email_confirmed_at, gone.verified_at, gone.verified_via, gone.oidc_subject) == (None,) * 4
    assert kept.email_confirmed and kept.is_verified
    duties = db.session.execute(select(AgencyOperator.user_id)).scalars().all()
    assert duties == [kept.id]
