"""Personal access tokens: made on /users/me/tokens, shown once, stored hashed, revocable; dead tokens fail."""
from __future__ import annotations

import hashlib
import re
from datetime import timedelta

from sqlalchemy import select

from app.api.models import ApiToken
from app.core.timeutil import utcnow
from app.extensions import db

SECRET = re.compile(r"data-token-secret>(simpul_[A-Za-z0-9_-]+)<")


def test_token_is_shown_once_stored_hashed_and_works(login_as, member, api):
    browser = login_as(member)
    page = browser.post("/users/me/tokens/", {"name": "Laporan e-Kinerja", "read": "y", "days": "90"})
    assert page.status_code == 200
    secret = SECRET.search(page.get_data(as_text=True)).group(1)
    token = db.session.execute(select(ApiToken)).scalar_one()
    assert token.token_hash == hashlib.sha256(secret.encode()).hexdigest()
    assert secret not in token.token_hash and token.scopes == "read"
    assert 89 <= (token.expires_at - utcnow()).days <= 90
    again = browser.get("/users/me/tokens/").get_data(as_text=True)
    assert secret not in again and "Laporan e-Kinerja" in again and "Belum pernah" in again

    me = api.get("/api/v1/me", secret)
    assert me.status_code == 200 and me.get_json()["id"] == member.id
    db.session.refresh(token)
    assert token.last_used_at is not None


def test_revoked_token_fails_at_once(login_as, member, make_token, api):
    token, secret = make_token(member)
    assert api.get("/api/v1/me", secret).status_code == 200
    browser = login_as(member)
    assert browser.post(f"/users/me/tokens/{token.id}/revoke").status_code == 302
    response = api.get("/api/v1/me", secret)
    assert response.status_code == 401
    assert response.content_type == "application/problem+json"
    assert response.get_json()["title"] == "Token tidak valid"


def test_someone_elses_token_cannot_be_revoked(login_as, member, make_user, make_token, api):
    token, secret = make_token(make_user())
    assert login_as(member).post(f"/users/me/tokens/{token.id}/revoke").status_code == 404
    assert api.get("/api/v1/me", secret).status_code == 200


def test_expired_token_fails(member, make_token, api):
    token, secret = make_token(member)
    token.expires_at = utcnow() - timedelta(seconds=1)
    db.session.commit()
    assert api.get("/api/v1/me", secret).status_code == 401


def test_suspended_members_token_fails(member, make_token, api):
    _token, secret = make_token(member)
    member.suspended_until = utcnow() + timedelta(days=3)
    db.session.commit()
    assert api.get("/api/v1/me", secret).status_code == 401


def test_erased_members_tokens_are_revoked(login_as, member, make_token, api):
    from tests.fixtures.people import PASSWORD

    _token, secret = make_token(member)
    login_as(member).post("/users/me/delete", {"password": PASSWORD})
    assert api.get("/api/v1/me", secret).status_code == 401


def test_admin_scope_only_for_admins(login_as, member, admin):
    page = login_as(member).post("/users/me/tokens/", {"name": "x", "admin": "y", "days": "30"})
    assert "simpul_" not in page.get_data(as_text=True)
    assert "Cakupan admin hanya untuk admin." in page.get_data(as_text=True)
    assert db.session.execute(select(ApiToken)).first() is None
    page = login_as(admin).post("/users/me/tokens/", {"name": "x", "admin": "y", "days": "30"})
    assert SECRET.search(page.get_data(as_text=True))
    assert db.session.execute(select(ApiToken.scopes)).scalar_one() == "admin"


def test_expiry_beyond_a_year_refused(login_as, member):
    page = login_as(member).post("/users/me/tokens/", {"name": "x", "read": "y", "days": "400"})
    assert "Masa berlaku token 1 sampai 365 hari." in page.get_data(as_text=True)
    assert db.session.execute(select(ApiToken)).first() is None


def test_visitors_are_sent_to_sign_in(client):
    assert client.get("/users/me/tokens/").status_code == 302


def test_own_profile_edit_links_to_the_tokens(login_as, member):
    page = login_as(member).get(f"/users/{member.id}/edit").get_data(as_text=True)
    assert 'href="/users/me/tokens/"' in page
