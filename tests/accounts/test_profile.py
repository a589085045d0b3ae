"""Profiles: anyone reads them, only the owner edits them."""
import pytest

from app.accounts.models import User
from app.extensions import db


def edit(client, user, **changes):
    data = {"name": user.name, "agency": user.agency.code, "nip": user.nip or "", "position": user.position or "",
            "bio": user.bio or "", "locale": user.locale, **changes}
    return client.post(f"/users/{user.id}/edit", data)


def test_profile_shows_reputation_for_scripts(client, member):
    page = client.get(f"/users/{member.id}").get_data(as_text=True)
    assert member.name in page and 'data-reputation="1"' in page and "Dinas Komunikasi" in page


def test_me_redirects_to_ones_own_profile(login_as, member):
    assert login_as(member).get("/users/me").headers["Location"].endswith(f"/users/{member.id}")


def test_me_asks_visitors_to_sign_in(client):
    assert "/auth/login?next=" in client.get("/users/me").headers["Location"]


def test_owner_edits_profile(login_as, member):
    client = login_as(member)
    response = edit(client, member, name="Siti  Aminah ", agency="bkpsdm", position="Analis SDM",
                    bio="Suka berbagi.", nip="19880412 201101 2 001")
    assert response.status_code == 302
    user = db.session.get(User, member.id)
    assert (user.name, user.agency.code, user.position, user.nip) == (
        "Siti Aminah", "bkpsdm", "Analis SDM", "198804122011012001")
    assert "Profil Anda telah disimpan." in client.get(f"/users/{member.id}").get_data(as_text=True)


def test_invalid_nip_on_edit_is_explained_and_nothing_changes(login_as, member):
    response = edit(login_as(member), member, position="Baru", nip="12345")
    assert response.status_code == 422
    assert "18 angka" in response.get_data(as_text=True)
    assert db.session.get(User, member.id).position is None


def test_nip_of_someone_else_is_refused_without_saying_it_has_an_account(login_as, member, make_user):
    make_user(nip="198804122011012001")
    response = edit(login_as(member), member, position="Baru", nip="198804122011012001")
    page = response.get_data(as_text=True)
    assert response.status_code == 422 and "NIP ini tidak dapat dipakai untuk akun Anda" in page
    assert "terdaftar" not in page and "akun lain" not in page
    user = db.session.get(User, member.id)
    assert (user.nip, user.position) == (None, None)


class TestNipChangeLimit:
    """Each refusal of a taken NIP still answers "taken"; so a member gets few tries a day, free NIP or not."""

    @pytest.fixture
    def app_config(self, app_config):
        return {**app_config, "RATELIMIT_ENABLED": True, "RATELIMIT_NIP_CHANGE": "3 per day"}

    def test_tries_at_other_nips_stop_after_the_limit_whatever_their_outcome(self, login_as, member, make_user):
        make_user(nip="198804122011012001")
        client = login_as(member)
        tries = ["198804122011012001", "198503302003121002", "198804122011012001", "199001012015031001"]
        answers = [edit(client, member, nip=nip) for nip in tries]
        assert [a.status_code for a in answers] == [422, 302, 422, 422]
        assert "terlalu sering mencoba mengganti NIP" in answers[-1].get_data(as_text=True)
        assert db.session.get(User, member.id).nip == "198503302003121002"

    def test_profile_edits_are_limited_per_member(self, app, login_as, member):
        app.config["RATELIMIT_CONTRIBUTE"] = "2 per minute"
        client = login_as(member)
        assert [edit(client, member, position=f"Analis {n}").status_code for n in range(3)] == [302, 302, 429]

    def test_keeping_ones_nip_does_not_count(self, login_as, make_user):
        user = make_user(nip="198503302003121002")
        client = login_as(user)
        for n in range(5):
            assert edit(client, user, position=f"Analis {n}", nip="19850330 200312 1 002").status_code == 302


def test_nobody_edits_someone_elses_profile(login_as, member, make_user, admin):
    other = make_user()
    assert login_as(member).get(f"/users/{other.id}/edit").status_code == 403
    assert edit(login_as(member), other, name="Diretas").status_code == 403
    assert edit(login_as(admin), other, name="Diretas").status_code == 403
    assert db.session.get(User, other.id).name != "Diretas"


def test_visitors_cannot_edit(client, member):
    assert "/auth/login" in client.get(f"/users/{member.id}/edit").headers["Location"]


def test_unknown_profile_is_404(client):
    response = client.get("/users/999999")
    assert response.status_code == 404 and "Halaman tidak ditemukan" in response.get_data(as_text=True)


def test_choosing_english_in_the_profile_switches_the_interface(login_as, member):
    client = login_as(member)
    edit(client, member, locale="en")
    page = client.get("/").get_data(as_text=True)
    assert '<html lang="en">' in page and "Sign out" in page
