"""The conversion table (shipped proposals, admins confirm them) and the duties admins give, at /admin/pembinaan/."""
import pytest
from sqlalchemy import func, select

from app.core.roles import Role
from app.extensions import db
from app.pembinaan.conversions import DEFAULTS, conversion_table, ensure_conversions
from app.pembinaan.models import Duty, JpConversion, JpRecord
from tests.support.clock import today

CODES = ["artikel-praktik-baik", "artikel-diterapkan", "narasumber-sesi-berbagi", "mentor", "tulisan-lain",
         "pelatihan-luar"]


def stored() -> dict[str, JpConversion]:
    db.session.expire_all()
    return {c.code: c for c in db.session.execute(select(JpConversion)).scalars()}


def save(client, code, label="Menulis artikel praktik baik", jp="5", active=True):
    data = {"label": label, "jp": jp}
    if active:
        data["active"] = "y"
    return client.post(f"/admin/pembinaan/konversi/{code}", data)


def claim(client, article_id):
    return client.post("/jp/claims", {"conversion": "artikel-praktik-baik", "article": article_id,
                                      "happened_on": today().isoformat(), "proof": "Dibaca 50 orang."})


def test_the_defaults_are_proposals_and_are_stored_once(app):
    assert [d.code for d in DEFAULTS] == CODES
    assert [(c.code, c.jp, c.needs, c.is_proposal) for c in conversion_table()] == [
        ("artikel-praktik-baik", 2, "article", True), ("artikel-diterapkan", 3, "article", True),
        ("narasumber-sesi-berbagi", 4, "activity", True), ("mentor", 2, "activity", True),
        ("tulisan-lain", 1, "none", True), ("pelatihan-luar", 1, "hours", True)]
    assert stored() == {}  # reading the table writes nothing
    assert ensure_conversions() == 6
    db.session.commit()
    assert ensure_conversions() == 0
    row = stored()["mentor"]
    row.jp, row.is_proposal = 6, False
    db.session.commit()
    assert ensure_conversions() == 0 and stored()["mentor"].jp == 6  # an edited row is left alone
    db.session.delete(stored()["tulisan-lain"])
    db.session.commit()
    assert ensure_conversions() == 1 and set(stored()) == set(CODES)


def test_the_admin_page_shows_the_table_without_writing(login_as, admin):
    page = login_as(admin).get("/admin/pembinaan/konversi").get_data(as_text=True)
    for code in CODES:
        assert f'data-conversion="{code}"' in page
    assert page.count("usulan, bukan ketentuan") >= 5
    assert stored() == {}


def test_saving_confirms_the_value(login_as, admin):
    client = login_as(admin)
    response = save(client, "artikel-praktik-baik", label="  Menulis   artikel praktik baik  ", jp="5")
    assert response.status_code == 303
    row = stored()["artikel-praktik-baik"]
    assert (row.label, row.jp, row.active, row.is_proposal, row.updated_by_id) == (
        "Menulis artikel praktik baik", 5, True, False, admin.id)
    assert all(stored()[code].is_proposal for code in CODES[1:])
    page = client.get("/admin/pembinaan/konversi").get_data(as_text=True)
    assert "nilai baru berlaku untuk klaim berikutnya" in page
    assert page.count("usulan, bukan ketentuan") == 6  # five rows and the explanation
    again = save(client, "artikel-praktik-baik", label="Menulis artikel praktik baik", jp="5")
    assert again.status_code == 303 and "Tidak ada perubahan." in client.get("/jp/").get_data(as_text=True)


@pytest.mark.parametrize(("fields", "message"), [
    ({"jp": "0"}, "JP harus antara 1 dan 40."),
    ({"jp": "41"}, "JP harus antara 1 dan 40."),
    ({"jp": "dua"}, "JP harus berupa bilangan bulat."),
    ({"jp": ""}, "JP harus berupa bilangan bulat."),
    ({"label": "   "}, "Nama jenis klaim wajib diisi."),
    ({"label": "x" * 201}, "Nama jenis klaim paling banyak 200 karakter."),
])
def test_bad_values_are_refused(login_as, admin, fields, message):
    response = save(login_as(admin), "mentor", **fields)
    assert response.status_code == 422 and message in response.get_data(as_text=True)
    assert stored().get("mentor") is None or stored()["mentor"].jp == 2


def test_an_unknown_code_is_404(login_as, admin):
    assert save(login_as(admin), "tidak-ada").status_code == 404


def test_a_change_counts_for_new_claims_only(login_as, admin, member, make_article):
    first, second = make_article(member, title="Arsip digital"), make_article(member, title="Surat elektronik")
    client = login_as(member)
    assert claim(client, first.id).status_code == 303
    assert save(login_as(admin), "artikel-praktik-baik", jp="5").status_code == 303
    assert claim(client, second.id).status_code == 303
    db.session.expire_all()
    jp = dict(db.session.execute(select(JpRecord.post_id, JpRecord.jp).where(JpRecord.user_id == member.id)).all())
    assert jp == {first.id: 2, second.id: 5}


def test_an_inactive_conversion_is_neither_offered_nor_accepted(login_as, admin, member, make_article):
    article = make_article(member)
    assert save(login_as(admin), "artikel-praktik-baik", jp="2", active=False).status_code == 303
    client = login_as(member)
    assert 'value="artikel-praktik-baik"' not in client.get("/jp/claims/new").get_data(as_text=True)
    response = claim(client, article.id)
    assert response.status_code == 422 and "sedang tidak dapat diajukan" in response.get_data(as_text=True)


@pytest.mark.parametrize("role", [Role.MEMBER, Role.MODERATOR, Role.LEADER])
def test_admin_pages_are_for_admins(login_as, make_user, verifier, role):
    for user in (make_user(role), verifier):
        client = login_as(user)
        assert client.get("/admin/pembinaan/konversi").status_code == 403
        assert client.get("/admin/pembinaan/tugas").status_code == 403
        assert save(client, "mentor").status_code == 403
        assert client.post("/admin/pembinaan/tugas", {"user": user.email, "duty": "verifikator"}).status_code == 403
    assert stored() == {}


# -- Duties ----------------------------------------------------------------------------------------------------


def duties_of(user) -> set[str]:
    db.session.expire_all()
    return set(db.session.execute(select(Duty.duty).where(Duty.user_id == user.id)).scalars())


def test_an_admin_grants_duties_by_email_or_nip(login_as, admin, make_user):
    operator = make_user(name="Oki Operator", agency_code="bkpsdm", nip="198503122010011002")
    client = login_as(admin)
    response = client.post("/admin/pembinaan/tugas", {"user": operator.email.upper(), "duty": "verifikator"})
    assert response.status_code == 303
    response = client.post("/admin/pembinaan/tugas", {"user": "19850312 201001 1 002", "duty": "penyelenggara"})
    assert response.status_code == 303
    assert duties_of(operator) == {"verifikator", "penyelenggara"}
    page = client.get("/admin/pembinaan/tugas").get_data(as_text=True)
    assert "Oki Operator" in page and "Verifikator JP (operator BKPSDM)" in page and "oleh Admin Uji" in page
    assert login_as(operator).get("/jp/verifikasi").status_code == 200


@pytest.mark.parametrize(("user", "duty", "status", "message"), [
    ("tidak.ada@medan.go.id", "verifikator", 422, "tidak ditemukan. Ketik nama atau @nama pengguna"),
    ("", "verifikator", 422, "Ketik nama atau @nama pengguna anggota lalu pilih dari daftar."),
    ("{email}", "raja", 422, "Tugas tidak dikenal."),
    ("{email}", "verifikator", 409, "sudah memegang tugas"),
])
def test_bad_grants(login_as, admin, member, grant_duty, user, duty, status, message):
    from app.pembinaan.models import DutyName

    grant_duty(member, DutyName.VERIFIER)
    response = login_as(admin).post("/admin/pembinaan/tugas", {"user": user.format(email=member.email), "duty": duty})
    assert response.status_code == status and message in response.get_data(as_text=True)
    assert db.session.execute(select(func.count(Duty.id))).scalar() == 1


def test_an_admin_revokes_a_duty(login_as, admin, verifier):
    duty_id = db.session.execute(select(Duty.id).where(Duty.user_id == verifier.id)).scalar_one()
    client = login_as(admin)
    response = client.post(f"/admin/pembinaan/tugas/{duty_id}/revoke")
    assert response.status_code == 303 and duties_of(verifier) == set()
    assert "telah dicabut" in client.get("/admin/pembinaan/tugas").get_data(as_text=True)
    again = client.post(f"/admin/pembinaan/tugas/{duty_id}/revoke")
    assert again.status_code == 404 and "sudah dicabut" in again.get_data(as_text=True)
    assert login_as(verifier).get("/jp/verifikasi").status_code == 403
    assert login_as(verifier).post(f"/admin/pembinaan/tugas/{duty_id}/revoke").status_code == 403
