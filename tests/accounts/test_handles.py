"""@handles without academic degrees and honorifics; one change by the member; old handles still resolve."""
import flask_migrate
import pytest
from sqlalchemy import select, text

from app.accounts.models import HandleAlias, User
from app.extensions import db
from tests.core.test_migrations import empty_database_url, fresh_app  # noqa: F401  (fixtures)

REGISTRATION = {"email": "siti.aminah@medan.go.id", "password": "Pelayanan-Prima-2026",
                "password_confirm": "Pelayanan-Prima-2026", "agency": "diskominfo", "nip": "", "position": ""}


def edit(client, user, **changes):
    data = {"name": user.name, "agency": user.agency.code, "nip": user.nip or "", "position": user.position or "",
            "bio": user.bio or "", "locale": user.locale, **changes}
    return client.post(f"/users/{user.id}/edit", data)


def fresh(user):
    return db.session.execute(select(User).where(User.id == user.id)
                              .execution_options(populate_existing=True)).scalar_one()


def test_registration_leaves_degrees_and_honorifics_out_of_the_handle(client):
    name = "Dr. Ir. Hj. Siti Aminah, S.Kom., M.Si."
    assert client.post("/auth/register", {**REGISTRATION, "name": name}).status_code == 302
    user = db.session.execute(select(User).where(User.email == REGISTRATION["email"])).scalar_one()
    assert user.name == name and user.handle == "siti.aminah"
    assert 'data-handle="siti.aminah"' in client.get(f"/users/{user.id}").get_data(as_text=True)


@pytest.mark.parametrize("name, handle", [
    ("Drs. Hendra Sitorus, M.Si.", "hendra.sitorus"),
    ("H. Ahmad Lubis, S.E., M.AP.", "ahmad.lubis"),
    ("dr. Rahmi Nasution, Sp.A.", "rahmi.nasution"),
    ("Prof. Dr. Budi Harahap, S.H., M.H., Ph.D.", "budi.harahap"),
    ("Ns. Dewi Lestari, S.Kep.", "dewi.lestari"),
    ("Yusuf Siregar S.Pd M.Pd", "yusuf.siregar"),
    ("Rina Ruslan, A.Md.Keb.", "rina.ruslan"),
    ("KH. Abdul Hamid, MBA", "abdul.hamid"),
    ("M. Nasir", "m.nasir"),
    ("Dr.", "dr"),
])
def test_handles_from_names_with_titles(make_user, name, handle):
    assert make_user(name=name).handle == handle


def test_two_people_of_the_same_name_get_distinct_handles(make_user):
    first = make_user(name="Dr. Siti Aminah, M.Si.")
    second = make_user(name="Siti Aminah, S.Kom.")
    assert (first.handle, second.handle) == ("siti.aminah", "siti.aminah2")


def test_the_member_changes_the_handle_once(login_as, member):
    client = login_as(member)
    assert edit(client, member, handle="@Siti.Medan").status_code == 302
    assert fresh(member).handle == "siti.medan"
    page = client.get(f"/users/{member.id}").get_data(as_text=True)
    assert 'data-handle="siti.medan"' in page and "Profil Anda telah disimpan." in page
    assert "sudah pernah Anda ubah" in client.get(f"/users/{member.id}/edit").get_data(as_text=True)

    response = edit(client, member, handle="siti.lagi", position="Pranata Komputer")
    assert response.status_code == 422
    assert "hanya dapat diubah satu kali" in response.get_data(as_text=True)
    assert (fresh(member).handle, fresh(member).position) == ("siti.medan", None)
    assert edit(client, member, handle="siti.medan", position="Pranata Komputer").status_code == 302


def test_an_edit_without_the_handle_keeps_it_and_the_change(login_as, member):
    assert edit(login_as(member), member, position="Analis").status_code == 302
    user = fresh(member)
    assert (user.handle, user.handle_changed_at, user.position) == ("siti.anggota", None, "Analis")


@pytest.mark.parametrize("handle, message", [
    ("budi.santoso", "sudah dipakai"),
    ("budi.lama", "sudah dipakai"),  # still names Budi
    ("admin", "dicadangkan"),
    ("mantan.anggota", "dicadangkan"),
    ("ab", "3 sampai 40 karakter"),
    ("x" * 41, "3 sampai 40 karakter"),
    ("siti aminah", "huruf kecil, angka dan titik"),
    ("siti..aminah", "huruf kecil, angka dan titik"),
    (".siti", "huruf kecil, angka dan titik"),
    ("siti_aminah", "huruf kecil, angka dan titik"),
    ("<b>siti</b>", "huruf kecil, angka dan titik"),
])
def test_a_taken_reserved_or_malformed_handle_is_refused(login_as, member, make_user, handle, message):
    budi = make_user(name="Budi Santoso")
    db.session.add(HandleAlias(handle="budi.lama", user_id=budi.id))
    db.session.commit()
    response = edit(login_as(member), member, handle=handle)
    assert response.status_code == 422
    assert message in response.get_data(as_text=True)
    user = fresh(member)
    assert (user.handle, user.handle_changed_at) == ("siti.anggota", None)


def test_mentions_of_the_old_handle_still_reach_the_member(login_as, member, make_user, make_question):
    from app.notifications.models import Notification

    client = login_as(member)
    assert edit(client, member, handle="siti.medan").status_code == 302
    writer = make_user(name="Dedi Kurnia", agency_code="dlh")
    question = make_question(writer, body="Mohon pendapat @siti.anggota dan @siti.medan tentang arsip surat.")
    told = db.session.execute(select(Notification.kind, Notification.post_id)
                              .where(Notification.user_id == member.id)).all()
    assert told == [("mention", question.id)]  # one notice, though named twice
    for handle in ("siti.anggota", "siti.medan", "Siti.Anggota"):
        assert client.get(f"/users/@{handle}").headers["Location"].endswith(f"/users/{member.id}")
    response = client.get("/users/@tidak.ada")
    assert response.status_code == 404 and "@tidak.ada" in response.get_data(as_text=True)


def test_a_new_member_cannot_take_a_handle_that_still_names_someone(login_as, member, make_user):
    assert edit(login_as(member), member, handle="siti.medan").status_code == 302
    assert fresh(member).handle == "siti.medan"
    newcomer = make_user(name="Siti Anggota")
    assert newcomer.handle == "siti.anggota2"


def test_taking_back_ones_former_handle_is_the_one_change(login_as, member):
    db.session.add(HandleAlias(handle="siti.dulu", user_id=member.id))
    db.session.commit()
    assert edit(login_as(member), member, handle="siti.dulu").status_code == 302
    aliases = db.session.execute(select(HandleAlias.handle).where(HandleAlias.user_id == member.id)).scalars()
    assert (fresh(member).handle, sorted(aliases)) == ("siti.dulu", ["siti.anggota"])


def test_the_migration_drops_titles_and_keeps_old_handles_as_aliases(fresh_app):  # noqa: F811
    flask_migrate.upgrade(revision="0013_reputation_rollups")
    db.session.execute(text("INSERT INTO agencies (id, code, name, short_name, kind, name_verified, active, "
                            "created_at) VALUES (1, 'dinkes', 'Dinas Kesehatan', 'Dinkes', 'dinas', TRUE, TRUE, "
                            "CURRENT_TIMESTAMP)"))
    people = [(1, "Rina Ruslan", "rina.ruslan"), (2, "Dr. Rina Ruslan, S.Kom", "dr.rina.ruslan.s.kom"),
              (3, "Budi Santoso", "budi.santoso")]
    for user_id, name, handle in people:
        db.session.execute(text(
            "INSERT INTO users (id, name, handle, email, agency_id, role, password_hash, reputation, locale, "
            "created_at) VALUES (:id, :name, :handle, :email, 1, 'member', 'x', 1, 'id', CURRENT_TIMESTAMP)"),
            {"id": user_id, "name": name, "handle": handle, "email": f"u{user_id}@medan.go.id"})
    db.session.commit()
    flask_migrate.upgrade()
    handles = db.session.execute(text("SELECT id, handle, handle_changed_at FROM users ORDER BY id")).all()
    assert [tuple(row) for row in handles] == [(1, "rina.ruslan", None), (2, "rina.ruslan2", None),
                                               (3, "budi.santoso", None)]
    aliases = db.session.execute(text("SELECT handle, user_id FROM handle_aliases")).all()
    assert [tuple(row) for row in aliases] == [("dr.rina.ruslan.s.kom", 2)]
    db.session.rollback()
