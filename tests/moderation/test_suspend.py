"""Suspending accounts: moderators and admins, with a reason the user sees."""
import pytest

from app.accounts.models import User
from app.extensions import db
from tests.fixtures.people import PASSWORD


def suspend(client, user, days="7", reason="Menyebarkan tautan promosi"):
    return client.post(f"/moderation/users/{user.id}/suspend", {"days": days, "reason": reason})


@pytest.mark.parametrize("days", ["1", "3", "7", "30", "0"])
def test_moderator_suspends_a_member_who_is_signed_out_at_once(login_as, moderator, member, days):
    victim_session = login_as(member)
    assert suspend(login_as(moderator), member, days=days).status_code == 303
    user = db.session.get(User, member.id)
    assert user.is_suspended and user.suspension_reason == "Menyebarkan tautan promosi"
    assert user.suspension_is_permanent == (days == "0")
    assert "/auth/login" in victim_session.get("/users/me").headers["Location"]


def test_suspended_member_sees_the_reason_when_signing_in(login_as, client, moderator, member):
    suspend(login_as(moderator), member, days="0", reason="Akun dipakai bersama")
    page = client.login(member.email, PASSWORD).get_data(as_text=True)
    assert "ditangguhkan secara permanen" in page and "Akun dipakai bersama" in page


def test_lifting_a_suspension(login_as, moderator, member, client):
    mod = login_as(moderator)
    suspend(mod, member)
    assert mod.post(f"/moderation/users/{member.id}/unsuspend").status_code == 303
    assert client.login(member.email, PASSWORD).status_code == 302


@pytest.mark.parametrize("days, reason, message", [
    ("5", "alasan", "1, 3, 7, 30 hari atau permanen"),
    ("abc", "alasan", "1, 3, 7, 30 hari atau permanen"),
    ("7", "", "Tuliskan alasan penangguhan"),
    ("7", "x" * 501, "paling banyak 500"),
])
def test_bad_suspension_input_is_explained(login_as, moderator, member, days, reason, message):
    client = login_as(moderator)
    suspend(client, member, days=days, reason=reason)
    assert message in client.get(f"/users/{member.id}").get_data(as_text=True)
    assert not db.session.get(User, member.id).is_suspended


def test_members_and_leaders_cannot_suspend(login_as, member, leader, make_user):
    target = make_user()
    for actor in (member, leader):
        assert suspend(login_as(actor), target).status_code == 403
    assert not db.session.get(User, target.id).is_suspended


def test_moderator_cannot_suspend_an_admin_or_another_moderator(login_as, moderator, admin, make_user):
    from app.core.roles import Role

    other_mod = make_user(Role.MODERATOR)
    client = login_as(moderator)
    assert suspend(client, admin).status_code == 403
    assert suspend(client, other_mod).status_code == 403
    assert not db.session.get(User, admin.id).is_suspended


def test_admin_can_suspend_a_moderator_but_not_themself(login_as, admin, moderator):
    client = login_as(admin)
    assert suspend(client, moderator).status_code == 303
    assert db.session.get(User, moderator.id).is_suspended
    assert suspend(client, admin).status_code == 403


def test_hostile_reason_is_escaped_on_the_profile(login_as, moderator, member):
    client = login_as(moderator)
    suspend(client, member, reason='<script>alert("x")</script>')
    page = client.get(f"/users/{member.id}").get_data(as_text=True)
    assert '<script>alert("x")</script>' not in page and "&lt;script&gt;" in page


def test_suspend_form_shows_only_to_those_allowed(login_as, member, moderator, make_user):
    target = make_user()
    assert "Tangguhkan" not in login_as(member).get(f"/users/{target.id}").get_data(as_text=True)
    assert "Tangguhkan" in login_as(moderator).get(f"/users/{target.id}").get_data(as_text=True)


def test_hostile_reasons_are_escaped_everywhere(login_as, client, moderator, admin, member):
    hostile = "<script>alert('x')</script> spam"
    suspend(login_as(moderator), member, days="7", reason=hostile)
    escaped = "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; spam"
    pages = [login_as(moderator).get(f"/users/{member.id}").get_data(as_text=True),
             login_as(moderator).get("/moderation/log").get_data(as_text=True),
             login_as(admin).get("/admin/users").get_data(as_text=True),
             client.login(member.email, PASSWORD).get_data(as_text=True)]
    for page in pages:
        assert "<script>alert" not in page and escaped in page
