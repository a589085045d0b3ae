"""Profiles: anyone reads them, only the owner edits them."""
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


def test_nip_of_someone_else_is_refused(login_as, member, make_user):
    make_user(nip="198804122011012001")
    response = edit(login_as(member), member, nip="198804122011012001")
    assert response.status_code == 422 and "NIP ini sudah terdaftar" in response.get_data(as_text=True)


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
