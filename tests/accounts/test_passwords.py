"""Forgotten passwords by email, and changing one's password."""
import email
import email.policy
import re
import time

from app.accounts.models import User
from app.extensions import db
from tests.fixtures.people import PASSWORD

NEW = "Sungai-Deli-Bersih-7"
SAME_ANSWER = "Jika email tersebut terdaftar"


def read_mails(outbox) -> list:
    return [email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
            for path in sorted(outbox.glob("*.eml"))] if outbox.exists() else []


def reset_link(outbox) -> str:
    mails = read_mails(outbox)
    assert len(mails) == 1, mails
    return re.search(r"http://localhost(/auth/reset/\S+)", mails[0].get_content()).group(1)


def test_reset_sends_a_link_that_sets_a_new_password_once(client, member, outbox):
    response = client.post("/auth/reset", {"email": member.email})
    assert response.status_code == 302
    assert SAME_ANSWER in client.get("/auth/login").get_data(as_text=True)
    link = reset_link(outbox)
    mail = read_mails(outbox)[0]
    assert mail["To"] == member.email and "Atur ulang kata sandi" in mail["Subject"]
    assert client.post(link, {"password": NEW, "password_confirm": NEW}).status_code == 302
    assert client.login(member.email, NEW).status_code == 302
    client.logout()
    assert client.login(member.email, PASSWORD).status_code == 401
    reused = client.post(link, {"password": "Lagi-Lagi-Baru-88", "password_confirm": "Lagi-Lagi-Baru-88"})
    assert reused.status_code == 400
    assert "tidak valid atau sudah dipakai" in reused.get_data(as_text=True)


def test_unknown_email_gets_the_same_answer_and_no_mail(client, outbox):
    response = client.post("/auth/reset", {"email": "siapa@medan.go.id"})
    assert response.status_code == 302
    assert SAME_ANSWER in client.get("/auth/login").get_data(as_text=True)
    assert read_mails(outbox) == []


def test_expired_token_is_explained(app, client, member, outbox):
    app.config["PASSWORD_RESET_MAX_AGE"] = 1
    client.post("/auth/reset", {"email": member.email})
    link = reset_link(outbox)
    time.sleep(2.1)
    response = client.get(link)
    assert response.status_code == 400
    assert "sudah kedaluwarsa" in response.get_data(as_text=True)


def test_forged_token_is_refused(client):
    response = client.get("/auth/reset/eyJ1IjoxfQ.palsu.tanda-tangan")
    assert response.status_code == 400
    assert "tidak valid" in response.get_data(as_text=True)


def test_weak_new_password_is_refused_with_a_reason(client, member, outbox):
    client.post("/auth/reset", {"email": member.email})
    response = client.post(reset_link(outbox), {"password": "qwerty", "password_confirm": "qwerty"})
    assert response.status_code == 422
    assert "minimal 10 karakter" in response.get_data(as_text=True)


def test_reset_ends_every_session(client, make_client, member, outbox):
    other = make_client()
    other.login(member.email, PASSWORD)
    client.post("/auth/reset", {"email": member.email})
    client.post(reset_link(outbox), {"password": NEW, "password_confirm": NEW})
    assert other.get("/users/me").status_code == 302
    assert "/auth/login" in other.get("/users/me").headers["Location"]


def test_change_password_keeps_this_session_and_ends_the_others(login_as, member):
    here, elsewhere = login_as(member), login_as(member)
    response = here.post("/auth/password", {"current_password": PASSWORD, "password": NEW, "password_confirm": NEW})
    assert response.status_code == 302
    assert here.get("/users/me").status_code == 302 and "/users/" in here.get("/users/me").headers["Location"]
    assert "/auth/login" in elsewhere.get("/users/me").headers["Location"]
    assert db.session.get(User, member.id).password_changed_at is not None


def test_change_password_needs_the_current_one(login_as, member):
    client = login_as(member)
    response = client.post("/auth/password", {"current_password": "bukan-ini-123", "password": NEW,
                                              "password_confirm": NEW})
    assert response.status_code == 422
    assert "Kata sandi saat ini salah." in response.get_data(as_text=True)


def test_change_password_requires_sign_in(client):
    assert "/auth/login" in client.get("/auth/password").headers["Location"]
