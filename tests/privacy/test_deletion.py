"""A member deletes their account: they are anonymised, their posts stay as "Mantan anggota"."""
from __future__ import annotations

from sqlalchemy import func, select

from app.accounts.models import LoginSession, User
from app.extensions import db
from app.moderation.models import ModerationAction
from app.reputation.models import ReputationEvent
from tests.fixtures.people import PASSWORD

NIP = "198503122010011002"


def _ledger_sum(user_id: int) -> int:
    return db.session.execute(select(func.coalesce(func.sum(ReputationEvent.delta), 0))
                              .where(ReputationEvent.user_id == user_id)).scalar_one()


def test_privacy_page_explains_and_is_linked(client, member, login_as):
    page = client.get("/privacy").get_data(as_text=True)
    assert "Kebijakan Privasi" in page and "operator instansi Anda" in page and "Mantan anggota" in page
    assert 'href="/privacy"' in client.get("/auth/register").get_data(as_text=True)
    assert "data-delete-account" not in page  # the form is for signed-in members
    signed_in = login_as(member).get("/privacy").get_data(as_text=True)
    assert "data-delete-account" in signed_in and 'href="/users/me/export"' in signed_in
    assert 'href="/privacy"' in login_as(member).get("/").get_data(as_text=True)  # footer


def test_wrong_password_changes_nothing(login_as, make_user):
    user = make_user(name="Budi Bertahan", email="budi@medan.go.id", nip=NIP)
    browser = login_as(user)
    response = browser.post("/users/me/delete", {"password": "bukan-kata-sandinya"})
    assert response.status_code == 422
    assert "Kata sandi salah. Akun Anda tidak dihapus." in response.get_data(as_text=True)
    db.session.expire_all()
    kept = db.session.get(User, user.id)
    assert (kept.name, kept.email, kept.nip) == ("Budi Bertahan", "budi@medan.go.id", NIP)
    assert browser.get("/users/me/export").status_code == 200  # still signed in


def test_missing_csrf_is_refused(login_as, member):
    response = login_as(member).post("/users/me/delete", {"password": PASSWORD}, csrf=False)
    assert response.status_code in (400, 422)
    db.session.expire_all()
    assert db.session.get(User, member.id).name == "Siti Anggota"


def test_deletion_anonymises_keeps_posts_and_ledger(app, make_user, login_as, make_article, make_client,
                                                    search_sync):
    user = make_user(name="Yohana Sitorus", email="yohana@medan.go.id", nip=NIP, position="Kepala Seksi",
                     bio="Penggerak arsip digital.")
    fan = make_user(name="Penggemar Arsip")
    article = make_article(user, title="Arsip digital kelurahan")
    login_as(fan).post(f"/posts/{article.id}/vote", {"value": "up"})
    search_sync()
    assert f"/articles/{article.id}" in make_client().get("/search?q=oleh:yohana").get_data(as_text=True)
    db.session.expire_all()
    before = (db.session.get(User, user.id).reputation, _ledger_sum(user.id),
              db.session.execute(select(func.count(ReputationEvent.id))).scalar_one())
    phone, laptop = login_as(user), login_as(user)

    response = phone.post("/users/me/delete", {"password": PASSWORD})
    assert response.status_code == 302
    db.session.expire_all()
    gone = db.session.get(User, user.id)
    assert gone.name == "Mantan anggota" and gone.nip is None and gone.position is None and gone.bio is None
    assert "yohana" not in gone.email and gone.email.endswith(".invalid") and "yohana" not in gone.handle
    assert db.session.execute(select(func.count(LoginSession.id))
                              .where(LoginSession.user_id == user.id)).scalar_one() == 0
    events = db.session.execute(select(func.count(ReputationEvent.id))).scalar_one()
    assert (gone.reputation, _ledger_sum(user.id), events) == before
    audit = db.session.execute(
        select(ModerationAction).where(ModerationAction.action == "delete_account")).scalar_one()
    assert audit.user_id == user.id

    assert "/auth/login" in laptop.get("/users/me/export").headers.get("Location", "")  # the other browser too
    assert make_client().login("yohana@medan.go.id", PASSWORD).status_code != 302
    assert make_client().login(NIP, PASSWORD).status_code != 302
    page = make_client().get(f"/posts/{article.id}", follow_redirects=True).get_data(as_text=True)
    assert "Arsip digital kelurahan" in page and "Mantan anggota" in page and "Yohana" not in page
    search_sync()
    results = make_client().get("/search?q=arsip").get_data(as_text=True)
    assert f"/posts/{article.id}" in results or f"/articles/{article.id}" in results
    assert "Yohana" not in results
    by_old_name = make_client().get("/search?q=oleh:yohana").get_data(as_text=True)
    assert f"/articles/{article.id}" not in by_old_name and f"/posts/{article.id}" not in by_old_name
    assert app.test_cli_runner().invoke(args=["reputation", "check"]).exit_code == 0
