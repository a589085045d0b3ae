"""Signing in with email or NIP, signing out by POST, and sessions that really end."""
import pytest

from app.accounts.models import User
from app.extensions import db
from tests.fixtures.people import PASSWORD

WRONG = "Email/NIP atau kata sandi salah."


def test_sign_in_with_email_in_any_case(client, member):
    response = client.login(member.email.upper(), PASSWORD)
    assert response.status_code == 302
    assert member.name in client.get("/").get_data(as_text=True)


def test_sign_in_with_nip_typed_with_spaces(client, make_user):
    user = make_user(nip="198503122010011002")
    assert client.login("19850312 201001 1 002", PASSWORD).status_code == 302
    assert client.get("/users/me").headers["Location"].endswith(f"/users/{user.id}")


@pytest.mark.parametrize("login", ["tidak-ada@medan.go.id", "199001012015031001", "bukan nip"])
def test_unknown_accounts_get_the_same_answer_as_a_wrong_password(client, member, login):
    wrong_password = client.login(member.email, "salah-sekali-123")
    unknown = client.login(login, PASSWORD)
    assert wrong_password.status_code == unknown.status_code == 401
    assert WRONG in wrong_password.get_data(as_text=True)
    assert WRONG in unknown.get_data(as_text=True)


def test_empty_fields_are_explained(client):
    response = client.post("/auth/login", {"login": "", "password": ""})
    assert response.status_code == 422
    assert "Kolom ini wajib diisi." in response.get_data(as_text=True)


def test_next_goes_only_to_this_site(client, member):
    ok = client.post("/auth/login?next=/agencies/dinkes", {"login": member.email, "password": PASSWORD})
    assert ok.headers["Location"] == "/agencies/dinkes"
    client.logout()
    for evil in ("https://evil.example/", "//evil.example/x", "/\\evil.example", "javascript:alert(1)"):
        response = client.post(f"/auth/login?next={evil}", {"login": member.email, "password": PASSWORD})
        assert response.headers["Location"] == "/", evil
        client.logout()


def test_logout_is_post_only(client, member):
    client.login(member.email, PASSWORD)
    assert client.get("/auth/logout").status_code == 405
    assert client.post("/auth/logout", csrf=False).status_code == 400
    assert member.name in client.get("/").get_data(as_text=True)  # still signed in
    assert client.logout().status_code == 302
    assert member.name not in client.get("/").get_data(as_text=True)


def test_a_cookie_captured_before_logout_no_longer_works(client, make_client, member):
    client.login(member.email, PASSWORD)
    stolen = client.raw.get_cookie("session").value
    client.logout()
    thief = make_client()
    thief.raw.set_cookie("session", stolen)
    assert thief.get("/users/me").status_code == 302  # to the sign-in page
    assert "/auth/login" in thief.get("/users/me").headers["Location"]


def test_remember_me_cookie_also_dies_with_logout(client, make_client, member):
    client.post("/auth/login", {"login": member.email, "password": PASSWORD, "remember": "y"})
    remember = client.raw.get_cookie("remember_token")
    assert remember is not None and remember.http_only
    client.logout()
    thief = make_client()
    thief.raw.set_cookie("remember_token", remember.value)
    assert thief.get("/users/me").status_code == 302


def test_session_cookie_flags(client, member):
    response = client.login(member.email, PASSWORD)
    cookie = next(c for c in response.headers.getlist("Set-Cookie") if c.startswith("session="))
    assert "HttpOnly" in cookie and "SameSite=Lax" in cookie


def test_secure_cookies_when_configured(app_config, member):
    from app import create_app
    from tests.conftest import Client

    secure = create_app({**app_config, "SESSION_COOKIE_SECURE": True})
    response = Client(secure).login(member.email, PASSWORD)
    assert all("Secure" in c for c in response.headers.getlist("Set-Cookie"))
    assert "Strict-Transport-Security" in response.headers


def test_suspended_user_is_told_why_and_until_when(client, make_user):
    from datetime import timedelta

    from app.core.timeutil import utcnow

    user = make_user(suspended_until=utcnow() + timedelta(days=3), suspension_reason="Mengirim promosi berulang")
    response = client.login(user.email, PASSWORD)
    assert response.status_code == 403
    page = response.get_data(as_text=True)
    assert "ditangguhkan hingga" in page and "Mengirim promosi berulang" in page and "WIB" in page


def test_sign_in_records_the_time(client, member):
    client.login(member.email, PASSWORD)
    assert db.session.get(User, member.id).last_login_at is not None


def test_passwords_are_hashed_with_argon2id_at_owasp_strength(member):
    from argon2 import extract_parameters

    params = extract_parameters(db.session.get(User, member.id).password_hash)
    assert params.type.name == "ID"
    assert params.memory_cost >= 19456 and params.time_cost >= 2


def test_weaker_hashes_are_upgraded_at_sign_in(client, make_user):
    from argon2 import PasswordHasher, extract_parameters

    user = make_user(password_hash=PasswordHasher(time_cost=1, memory_cost=8192, parallelism=1).hash(PASSWORD))
    assert client.login(user.email, PASSWORD).status_code == 302
    assert extract_parameters(db.session.get(User, user.id).password_hash).memory_cost == 19456
