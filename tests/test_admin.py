"""Admin: users and roles, agencies; every rule checked on the server, by role."""
import pytest
from sqlalchemy import select

from app.accounts.models import Agency, User
from app.extensions import db


@pytest.mark.parametrize("url", ["/admin/", "/admin/users", "/admin/agencies", "/admin/agencies/new"])
def test_only_admins_see_admin_pages(url, login_as, member, moderator, leader, admin, client):
    assert "/auth/login" in client.get(url).headers["Location"]
    for user in (member, moderator, leader):
        assert login_as(user).get(url).status_code == 403
    assert login_as(admin).get(url).status_code == 200


def test_admin_searches_users_by_name_email_or_nip(login_as, admin, make_user):
    make_user(name="Bonar Simatupang", nip="198003202005031024")
    make_user(name="Lestari Wulandari")
    client = login_as(admin)
    for q in ("bonar", "SIMATUPANG", "198003202005031024"):
        page = client.get(f"/admin/users?q={q}").get_data(as_text=True)
        assert "Bonar Simatupang" in page and "Lestari Wulandari" not in page
    assert client.get("/admin/users?role=raja").status_code == 400


def test_admin_changes_a_role(login_as, admin, member):
    response = login_as(admin).post(f"/admin/users/{member.id}/role", {"role": "moderator"})
    assert response.status_code == 303
    assert db.session.get(User, member.id).role == "moderator"


def test_unknown_role_is_refused(login_as, admin, member):
    client = login_as(admin)
    client.post(f"/admin/users/{member.id}/role", {"role": "raja"})
    assert db.session.get(User, member.id).role == "member"
    assert "Peran tidak dikenal." in client.get("/admin/users").get_data(as_text=True)


def test_admin_cannot_demote_themself(login_as, admin):
    client = login_as(admin)
    client.post(f"/admin/users/{admin.id}/role", {"role": "member"})
    assert db.session.get(User, admin.id).role == "admin"


@pytest.mark.parametrize("role", ["member", "moderator", "leader"])
def test_non_admins_cannot_change_roles(login_as, make_user, member, role):
    from app.core.roles import Role

    actor = make_user(Role(role))
    assert login_as(actor).post(f"/admin/users/{member.id}/role", {"role": "admin"}).status_code == 403
    assert db.session.get(User, member.id).role == "member"


def test_admin_adds_and_edits_an_agency(login_as, admin):
    client = login_as(admin)
    data = {"code": "kec-uji", "name": "Kecamatan Uji Kota Medan", "short_name": "Kec. Uji", "kind": "kecamatan",
            "active": "y"}
    assert client.post("/admin/agencies/new", data).status_code == 302
    agency = db.session.execute(select(Agency).where(Agency.code == "kec-uji")).scalar_one()
    response = client.post(f"/admin/agencies/{agency.id}/edit", {**data, "name": "Kecamatan Uji Baru"})
    assert response.status_code == 302
    assert db.session.get(Agency, agency.id).name == "Kecamatan Uji Baru"


def test_agency_code_must_be_unique_and_well_formed(login_as, admin):
    client = login_as(admin)
    base = {"name": "Dinas Baru", "short_name": "Baru", "kind": "dinas"}
    taken = client.post("/admin/agencies/new", {**base, "code": "diskominfo"})
    assert taken.status_code == 422 and "sudah dipakai" in taken.get_data(as_text=True)
    ugly = client.post("/admin/agencies/new", {**base, "code": "Dinas Baru!"})
    assert ugly.status_code == 422 and "huruf kecil" in ugly.get_data(as_text=True)


def test_inactive_agency_cannot_be_chosen_at_registration(login_as, admin, client):
    agency = db.session.execute(select(Agency).where(Agency.code == "dlh")).scalar_one()
    login_as(admin).post(f"/admin/agencies/{agency.id}/edit", {
        "code": "dlh", "name": agency.name, "short_name": agency.short_name, "kind": agency.kind})
    assert 'value="dlh"' not in client.get("/auth/register").get_data(as_text=True)
