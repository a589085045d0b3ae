"""Government acronyms: a list admins edit on /admin/acronyms, read as their expansions at index and query time
on both backends, so "Dukcapil" finds "kependudukan dan pencatatan sipil" and the reverse."""
import re

import pytest
from sqlalchemy import func, select

from app.extensions import db
from app.search.acronyms import REINDEX_LIMIT, is_known_acronym, reset_vocabulary, seed_rows
from app.search.analysis import analyze
from app.search.models import Acronym, SearchOutbox

NAMED = ["spbe", "dukcapil", "bkpsdm", "opd", "skpd", "asn", "pppk", "sakip", "lakip", "rpjmd", "musrenbang",
         "sp4n-lapor", "ptsp", "jdih", "ikm", "skm"]


@pytest.fixture(autouse=True)
def seed_list_after():
    yield
    reset_vocabulary()  # an acronym added here must not follow the next test in this process


def titles(client, query: str) -> set[str]:
    page = re.sub(r"<[^>]+>", "", client.get("/search", query_string={"q": query}).get_data(as_text=True))
    return set(re.findall(r"Catatan [A-Z][a-z]+", page))


def test_the_seed_list_has_the_common_acronyms():
    keys = {row["key"] for row in seed_rows()}
    assert len(keys) >= 60
    assert set(NAMED) <= keys
    assert analyze("Dukcapil") == analyze("kependudukan dan pencatatan sipil")
    assert analyze("SP4N-LAPOR!") == analyze("sistem pengelolaan pengaduan pelayanan publik nasional layanan "
                                              "aspirasi dan pengaduan online rakyat")
    assert analyze("rapat Musrenbang kecamatan") == analyze("rapat musyawarah perencanaan pembangunan kecamatan")
    assert is_known_acronym("SPBE") and is_known_acronym("Dukcapilnya") and not is_known_acronym("pelatihan")


@pytest.mark.parametrize("url", ["/admin/acronyms", "/admin/acronyms/new"])
def test_only_admins_manage_acronyms(url, client, login_as, member, moderator, leader, admin):
    assert "/auth/login" in client.get(url).headers["Location"]
    for user in (member, moderator, leader):
        assert login_as(user).get(url).status_code == 403
        assert login_as(user).post("/admin/acronyms/new", {"acronym": "SIKD", "expansion": "x y"}).status_code == 403
    assert login_as(admin).get(url).status_code == 200
    assert db.session.execute(select(func.count()).where(Acronym.key == "sikd")).scalar_one() == 0
    login_as(admin).get("/admin/acronyms")  # seeds the table of a database made without the migrations
    spbe = db.session.execute(select(Acronym).where(Acronym.key == "spbe")).scalar_one()
    for user in (member, moderator, leader):
        assert login_as(user).post(f"/admin/acronyms/{spbe.id}/delete").status_code == 403
        assert login_as(user).post(f"/admin/acronyms/{spbe.id}/edit",
                                   {"acronym": "SPBE", "expansion": "lain"}).status_code == 403
    assert "/auth/login" in client.post(f"/admin/acronyms/{spbe.id}/delete").headers["Location"]
    assert db.session.get(Acronym, spbe.id).expansion == "sistem pemerintahan berbasis elektronik"


def test_admin_list_shows_the_seeded_acronyms(login_as, admin):
    page = login_as(admin).get("/admin/acronyms").get_data(as_text=True)
    for key in NAMED:
        assert f'data-acronym="{key}"' in page
    assert "kependudukan dan pencatatan sipil" in page


@pytest.mark.parametrize(("acronym", "expansion", "message"), [
    ("", "sistem informasi", "Singkatan wajib diisi."),
    ("SIKD", "  ", "Kepanjangan wajib diisi."),
    ("S" * 41, "sistem informasi", "Singkatan paling panjang 40 karakter."),
    ("SIKD", "kata " * 41, "Kepanjangan paling panjang 200 karakter."),
    ("SI KD", "sistem informasi", "Singkatan harus satu kata"),
    ("Dukcapil", "dinas lain", "Singkatan Dukcapil sudah ada dalam daftar."),
    ("SIKD", "sikd", "Kepanjangan tidak boleh sama dengan singkatannya."),
    ("SIKD", "sistem SIKD", "Kepanjangan tidak boleh memuat SIKD sendiri"),
    ("dan", "dinas agama negara", "bukan singkatan"),
    ("SIKD", "dan yang di", "Kepanjangan hanya berisi kata umum"),
])
def test_bad_acronyms_are_refused_in_indonesian(login_as, admin, acronym, expansion, message):
    client = login_as(admin)
    client.get("/admin/acronyms")
    before = db.session.execute(select(func.count(Acronym.id))).scalar_one()
    response = client.post("/admin/acronyms/new", {"acronym": acronym, "expansion": expansion})
    assert response.status_code == 422
    assert message in response.get_data(as_text=True)
    assert db.session.execute(select(func.count(Acronym.id))).scalar_one() == before


def test_an_expansion_looping_through_another_acronym_is_refused(login_as, admin):
    client = login_as(admin)
    assert client.post("/admin/acronyms/new", {"acronym": "SIKD", "expansion": "sistem kearsipan"}).status_code == 303
    row = db.session.execute(select(Acronym).where(Acronym.key == "opd")).scalar_one()
    response = client.post(f"/admin/acronyms/{row.id}/edit", {"acronym": "OPD", "expansion": "organisasi SIKD"})
    assert response.status_code == 303  # OPD -> SIKD is no loop
    sikd = db.session.execute(select(Acronym).where(Acronym.key == "sikd")).scalar_one()
    response = client.post(f"/admin/acronyms/{sikd.id}/edit", {"acronym": "SIKD", "expansion": "arsip OPD"})
    assert response.status_code == 422 and "lewat singkatan lain" in response.get_data(as_text=True)


def test_seeded_acronyms_work_both_ways(app_backend, client, member, make_article, search_sync):
    make_article(member, title="Catatan Antrean", body="Antrean rekam KTP di Dukcapil kini memakai nomor daring.")
    make_article(member, title="Catatan Layanan", body="Layanan kependudukan dan pencatatan sipil buka Sabtu.")
    make_article(member, title="Catatan Lapor", body="Aduan warga masuk lewat SP4N-LAPOR! setiap hari.")
    search_sync()
    assert titles(client, '"kependudukan dan pencatatan sipil"') == {"Catatan Antrean", "Catatan Layanan"}
    assert titles(client, "Dukcapil") == {"Catatan Antrean", "Catatan Layanan"}
    assert titles(client, '"layanan aspirasi dan pengaduan online rakyat"') == {"Catatan Lapor"}
    assert titles(client, "sp4n-lapor") == {"Catatan Lapor"}


def test_an_acronym_added_by_an_admin_is_found_both_ways_after_the_drain(app_backend, client, login_as, admin, member,
                                                                        make_article, search_sync):
    short = make_article(member, title="Catatan Arsip", body="Surat masuk dicatat di SIKD sejak Januari.")
    make_article(member, title="Catatan Aplikasi", body="Sistem informasi kearsipan dinamis dipakai semua OPD.")
    make_article(member, title="Catatan Rapat", body="Rapat koordinasi bulanan.")
    search_sync()
    assert titles(client, "SIKD") == {"Catatan Arsip"}
    assert titles(client, '"sistem informasi kearsipan dinamis"') == {"Catatan Aplikasi"}

    response = login_as(admin).post("/admin/acronyms/new", {"acronym": "SIKD",
                                                            "expansion": "Sistem Informasi Kearsipan Dinamis"})
    assert response.status_code == 303
    queued = set(db.session.execute(select(SearchOutbox.post_id)).scalars())
    assert queued == {short.id}  # only the post that writes the acronym changes its words
    search_sync()
    assert titles(client, "SIKD") == {"Catatan Arsip", "Catatan Aplikasi"}
    assert titles(client, '"sistem informasi kearsipan dinamis"') == {"Catatan Arsip", "Catatan Aplikasi"}
    assert titles(client, '"dicatat di sikd sejak"') == {"Catatan Arsip"}  # a phrase across the acronym
    assert is_known_acronym("sikd")  # loaded by the search: did-you-mean leaves it alone

    row = db.session.execute(select(Acronym).where(Acronym.key == "sikd")).scalar_one()
    assert login_as(admin).post(f"/admin/acronyms/{row.id}/delete").status_code == 303
    search_sync()
    assert titles(client, "SIKD") == {"Catatan Arsip"}
    assert titles(client, '"sistem informasi kearsipan dinamis"') == {"Catatan Aplikasi"}
    assert not is_known_acronym("sikd")


def test_editing_an_expansion_reindexes_the_posts_of_the_acronym(app_backend, client, login_as, admin, member,
                                                                 make_article, search_sync):
    make_article(member, title="Catatan Ikm", body="Nilai IKM triwulan ini naik.")
    search_sync()
    assert titles(client, '"indeks kepuasan masyarakat"') == {"Catatan Ikm"}
    row = db.session.execute(select(Acronym).where(Acronym.key == "ikm")).scalar_one_or_none()
    client_admin = login_as(admin)
    if row is None:  # a database made without the migrations is seeded by the first visit of the page
        client_admin.get("/admin/acronyms")
        row = db.session.execute(select(Acronym).where(Acronym.key == "ikm")).scalar_one()
    response = client_admin.post(f"/admin/acronyms/{row.id}/edit",
                                 {"acronym": "IKM", "expansion": "industri kecil dan menengah"})
    assert response.status_code == 303
    search_sync()
    assert titles(client, '"industri kecil dan menengah"') == {"Catatan Ikm"}
    assert titles(client, '"indeks kepuasan masyarakat"') == set()


def test_a_change_touching_many_posts_queues_one_rebuild(app, login_as, admin, member, make_article, monkeypatch):
    monkeypatch.setattr("app.search.acronyms.REINDEX_LIMIT", 1)
    assert REINDEX_LIMIT > 1
    for n in range(2):
        make_article(member, title=f"Catatan {n}", body="Antrean di PTSP.")
    db.session.execute(SearchOutbox.__table__.delete())
    db.session.commit()
    row_page = login_as(admin)
    row_page.get("/admin/acronyms")
    row = db.session.execute(select(Acronym).where(Acronym.key == "ptsp")).scalar_one()
    assert row_page.post(f"/admin/acronyms/{row.id}/delete").status_code == 303
    assert [(r.post_id, r.action) for r in db.session.execute(select(SearchOutbox)).scalars()] == [(None, "rebuild")]
