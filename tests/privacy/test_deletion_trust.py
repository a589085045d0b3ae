"""A deleted account keeps no trust (review of #17): no verification, no place in the approvals queue or the
rankings, no duty as agency operator."""
from __future__ import annotations

from sqlalchemy import select

from app.accounts.models import AgencyOperator, AgencyResponder, User
from app.extensions import db
from tests.fixtures.people import PASSWORD, agency


def _delete(login_as, user) -> User:
    response = login_as(user).post("/users/me/delete", {"password": PASSWORD})
    assert response.status_code in (302, 303)
    db.session.expire_all()
    return db.session.get(User, user.id)


def test_a_deleted_confirmed_account_leaves_the_approvals_queue(login_as, make_user, admin):
    gone = _delete(login_as, make_user(name="Hilang Menunggu", verified_at=None))
    assert not gone.email_confirmed and gone.verified_at is None
    assert "Mantan anggota" not in login_as(admin).get("/admin/approvals/").get_data(as_text=True)


def test_a_deleted_verified_member_is_no_longer_ranked_or_verified(client, login_as, make_user, give_reputation):
    member = give_reputation(make_user(name="Hilang Terverifikasi"), 999)
    assert "Hilang Terverifikasi" in client.get("/leaders/?period=semua").get_data(as_text=True)
    gone = _delete(login_as, member)
    assert (gone.verified_at, gone.verified_by_id, gone.verified_via) == (None, None, None)
    assert "Mantan anggota" not in client.get("/leaders/?period=semua").get_data(as_text=True)


def test_a_deleted_operator_holds_no_duty(login_as, make_user, admin):
    operator = make_user(name="Oki Operator")
    db.session.add(AgencyOperator(user_id=operator.id, agency_id=agency("diskominfo").id))
    db.session.add(AgencyResponder(user_id=operator.id, agency_id=agency("diskominfo").id))  # Tanya OPD
    db.session.commit()
    _delete(login_as, operator)
    assert db.session.execute(select(AgencyResponder).where(AgencyResponder.user_id == operator.id)).all() == []
    duties = db.session.execute(select(AgencyOperator).where(AgencyOperator.user_id == operator.id)).all()
    assert duties == []
    assert "Mantan anggota" not in login_as(admin).get("/admin/approvals/operators").get_data(as_text=True)
