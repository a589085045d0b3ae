"""Names instead of numbers (issue 8/9 part 3): every form that asks for a person, a post or an activity takes a
name, @handle, title or link; the lookup endpoints behind the pickers; JP rows show titles."""
import pytest
from sqlalchemy import select

from app.accounts.handle_changes import change_handle
from app.core.roles import Role
from app.core.timeutil import utcnow
from app.extensions import db
from app.moderation import audit
from app.pembinaan.models import Duty, JpRecord
from app.pembinaan.records import wib_date
from app.reputation.models import Award
from tests.fixtures.people import PASSWORD

TITLE, CITATION = "Pelopor Arsip Digital", "Atas prakarsa memindai seluruh arsip surat masuk."
PROOF = "Materi dan daftar hadir ada di tautan rapat bidang."


def give(client, user, posts=""):
    return client.post("/leaders/awards/new", {"user": user, "title": TITLE, "citation": CITATION, "posts": posts})


def awarded() -> list[int]:
    db.session.expire_all()
    return [award.user_id for award in db.session.execute(select(Award)).scalars()]


def text(response) -> str:
    return response.get_data(as_text=True).replace("&#34;", '"').replace("&#8220;", "\u201c").replace(
        "&#8221;", "\u201d")


# -- The lookup endpoints --------------------------------------------------------------------------------


@pytest.mark.parametrize("url", ["/users/suggest.json?q=sit", "/posts/suggest.json?q=arsip",
                                 "/activities/suggest.json?q=lokakarya"])
def test_lookups_are_for_signed_in_members_only(client, url):
    assert client.get(url).status_code in (302, 401)


def test_members_lookup_shows_name_handle_agency_and_position(login_as, leader, make_user):
    siti = make_user(name="Siti Rahmawati", position="Arsiparis Ahli Muda", agency_code="bkpsdm")
    by_word = login_as(leader).get("/users/suggest.json?q=rahma").get_json()["users"]
    assert {"id": siti.id, "handle": siti.handle, "name": "Siti Rahmawati", "position": "Arsiparis Ahli Muda",
            "agency": siti.agency.name} in by_word
    assert login_as(leader).get("/users/suggest.json?q=%25_").get_json() == {"users": []}


def test_posts_lookup_shows_published_titles_and_mine_keeps_ones_own(login_as, member, make_user, make_article,
                                                                       make_question):
    mine = make_article(member, title="Arsip digital di kelurahan")
    make_article(member, title="Arsip draf yang belum terbit", publish=False)
    other = make_user(name="Penulis Lain")
    theirs = make_question(other, title="Bagaimana arsip digital disimpan?")
    client = login_as(member)
    items = client.get("/posts/suggest.json?q=ARSIP").get_json()["items"]
    assert [item["label"] for item in items] == [theirs.title, mine.title]
    assert items[1]["value"] == f"/articles/{mine.id}/{mine.slug}" and items[1]["detail"].startswith("Praktik Baik · ")
    own = client.get("/posts/suggest.json?q=arsip&mine=1&kind=article").get_json()["items"]
    assert [item["label"] for item in own] == [mine.title]


def test_activities_lookup_mine_keeps_started_ones_the_member_ran(login_as, member, organiser, make_activity):
    ran = make_activity(member, title="Sesi berbagi arsip", kind="sesi_berbagi", days_ahead=-1)
    make_activity(member, title="Sesi berbagi arsip lanjutan", kind="sesi_berbagi", days_ahead=5)
    cancelled = make_activity(member, title="Sesi berbagi arsip batal", days_ahead=-2)
    cancelled.status = "cancelled"
    make_activity(organiser, title="Sesi berbagi arsip BKPSDM", days_ahead=-1)
    db.session.commit()
    client = login_as(member)
    mine = client.get("/activities/suggest.json?q=berbagi%20arsip&mine=1").get_json()["items"]
    assert [item["label"] for item in mine] == [ran.title] and mine[0]["value"] == f"/activities/{ran.id}"
    everyone = [item["label"] for item in client.get("/activities/suggest.json?q=berbagi").get_json()["items"]]
    assert "Sesi berbagi arsip BKPSDM" in everyone and cancelled.title not in everyone


# -- Awards: the recipient by name, @handle, link or number ----------------------------------------------------


@pytest.mark.parametrize("typed", ["Siti Anggota", "siti anggota", "@{handle}", "{handle}", "/users/{id}",
                                   "http://localhost/users/@{handle}", "{id}"])
def test_the_award_recipient_may_be_typed_as_a_person_would(login_as, leader, member, typed):
    response = give(login_as(leader), typed.format(handle=member.handle, id=member.id))
    assert response.status_code == 303 and awarded() == [member.id]


def test_a_former_handle_still_names_the_recipient(login_as, leader, member):
    old = member.handle
    change_handle(member, "siti.baru")
    db.session.commit()
    assert give(login_as(leader), f"@{old}").status_code == 303 and awarded() == [member.id]


def test_a_name_two_members_share_asks_for_the_handle(login_as, leader, make_user):
    make_user(name="Budi Santoso")
    make_user(name="Budi Santoso", agency_code="bkpsdm")
    response = give(login_as(leader), "Budi Santoso")
    assert response.status_code == 422 and awarded() == []
    assert "Ada lebih dari satu anggota bernama \u201cBudi Santoso\u201d. Ketik @nama pengguna" in text(response)


@pytest.mark.parametrize("typed", ["Tidak Ada Orangnya", "@tidak.ada", "/users/987654", "https://evil.example/users/1"])
def test_an_unknown_recipient_is_refused_in_words(login_as, leader, member, typed):
    response = give(login_as(leader), typed)
    assert response.status_code == 422 and awarded() == []
    assert "tidak ditemukan. Ketik nama atau @nama pengguna anggota lalu pilih dari daftar" in text(response)
    assert "nomor pengguna" not in text(response)


def test_the_award_form_offers_pickers_and_no_numbers(login_as, leader):
    page = text(login_as(leader).get("/leaders/awards/new"))
    assert 'data-picker="/users/suggest.json"' in page and 'data-picker="/posts/suggest.json"' in page
    assert "nomor pengguna" not in page and "(nomor" not in page


def test_members_may_not_give_awards_whatever_they_type(login_as, member, make_user):
    other = make_user(name="Dewi Lestari")
    assert give(login_as(member), "Dewi Lestari").status_code == 403 and awarded() == []
    assert other.id


# -- JP claims by title; JP rows show titles -----------------------------------------------------------------


def claim(client, **fields):
    return client.post("/jp/claims", {"conversion": "artikel-praktik-baik", "article": "", "activity": "",
                                      "proof": PROOF, **fields})


def test_a_claim_names_its_article_by_title_and_the_rows_show_titles(login_as, member, make_article, verifier):
    article = make_article(member, title="Arsip digital di kelurahan")
    response = claim(login_as(member), article="arsip digital di KELURAHAN",
                     happened_on=wib_date(utcnow()).isoformat())
    assert response.status_code == 303
    record = db.session.execute(select(JpRecord).where(JpRecord.user_id == member.id)).scalar_one()
    assert record.post_id == article.id
    # Renamed afterwards: the row links with the article's title as it is now, never "Artikel 12".
    article.title = "Arsip digital di kelurahan (edisi 2)"
    db.session.commit()
    for page in (text(login_as(member).get("/jp/")), text(login_as(verifier).get("/jp/verifikasi"))):
        assert "Arsip digital di kelurahan (edisi 2)</a>" in page and f"Artikel {article.id}" not in page


def test_a_speaker_claims_by_the_activity_title(login_as, member, make_activity):
    activity = make_activity(member, title="Sesi berbagi tata naskah", kind="sesi_berbagi", days_ahead=-1)
    response = claim(login_as(member), conversion="narasumber-sesi-berbagi", activity="Sesi berbagi tata naskah")
    assert response.status_code == 303
    record = db.session.execute(select(JpRecord).where(JpRecord.user_id == member.id)).scalar_one()
    assert record.activity_id == activity.id
    page = text(login_as(member).get(f"/jp/?year={record.year}"))
    assert 'data-jp-related="activity">Sesi berbagi tata naskah</a>' in page and f"Kegiatan {activity.id}" not in page


def test_claim_titles_that_match_nothing_or_twice_are_refused_in_words(login_as, member, make_user, make_article,
                                                                          make_activity):
    make_article(make_user(name="Penulis Lain"), title="Praktik orang lain")
    client = login_as(member)
    other = claim(client, article="Praktik orang lain", happened_on="2026-01-05")
    assert other.status_code == 422 and "Tidak ada artikel Anda yang cocok dengan \u201cPraktik orang lain\u201d" in \
        text(other)
    for _ in range(2):
        make_activity(member, title="Sesi kembar", kind="sesi_berbagi", days_ahead=-1)
    twice = claim(client, conversion="narasumber-sesi-berbagi", activity="Sesi kembar")
    assert twice.status_code == 422
    assert "Ada lebih dari satu kegiatan Anda berjudul \u201cSesi kembar\u201d" in text(twice)
    assert db.session.execute(select(JpRecord).where(JpRecord.user_id == member.id)).first() is None


def test_the_claim_form_labels_lose_the_numbers(login_as, member):
    page = text(login_as(member).get("/jp/claims/new"))
    assert "(nomor atau tautan)" not in page and 'data-picker="/posts/suggest.json?mine=1&amp;kind=article"' in page
    assert 'data-picker="/activities/suggest.json?mine=1"' in page


# -- Duties and the moderation log -------------------------------------------------------------------------


@pytest.mark.parametrize("typed", ["@{handle}", "Siti Anggota", "{email}"])
def test_an_admin_grants_a_duty_by_name_handle_or_email(login_as, admin, member, typed):
    response = login_as(admin).post("/admin/pembinaan/tugas", {
        "user": typed.format(handle=member.handle, email=member.email), "duty": "penyelenggara"})
    assert response.status_code == 303
    assert db.session.execute(select(Duty.user_id)).scalars().all() == [member.id]


def test_an_unknown_duty_holder_is_refused_and_members_may_not_grant(login_as, admin, member):
    response = login_as(admin).post("/admin/pembinaan/tugas", {"user": "Orang Asing", "duty": "penyelenggara"})
    assert response.status_code == 422 and "Anggota \u201cOrang Asing\u201d tidak ditemukan" in text(response)
    assert login_as(member).post("/admin/pembinaan/tugas", {"user": "Siti Anggota", "duty": "penyelenggara"}
                                 ).status_code == 403
    assert db.session.execute(select(Duty)).first() is None


def test_the_moderation_log_filters_by_name_or_handle(login_as, moderator, member, make_user):
    other = make_user(name="Yusuf Lain")
    audit.write("note", moderator, user_id=member.id, reason="Catatan tentang Siti")
    audit.write("note", moderator, user_id=other.id, reason="Catatan tentang Yusuf")
    db.session.commit()
    client = login_as(make_user(Role.MODERATOR, name="Moderator Kedua"))
    for typed in (f"@{member.handle}", "Siti Anggota", str(member.id)):
        page = text(client.get("/moderation/log", query_string={"user": typed}))
        assert "Catatan tentang Siti" in page and "Catatan tentang Yusuf" not in page
        assert f'data-picker-display="Siti Anggota (@{member.handle})"' in page
    unknown = client.get("/moderation/log?actor=Tidak%20Dikenal")
    assert unknown.status_code == 400 and "Anggota \u201cTidak Dikenal\u201d tidak ditemukan" in text(unknown)
    assert "Catatan tentang" not in text(unknown)
    assert login_as(member).get(f"/moderation/log?user=@{member.handle}").status_code == 403


# -- What people really type: broken links, NUL bytes, erased members, hidden titles ---------------------------


@pytest.mark.parametrize("typed", ["http://[x/users/1", "Siti\x00Anggota"])
def test_a_broken_link_or_a_nul_byte_is_refused_in_words_not_a_500(login_as, leader, moderator, member, typed):
    response = give(login_as(leader), typed)
    assert response.status_code == 422 and awarded() == []
    assert "tidak ditemukan" in text(response) or "Siti" in text(response)
    assert login_as(moderator).get("/moderation/log", query_string={"actor": typed}).status_code in (200, 400)


@pytest.mark.parametrize("url", ["/users/suggest.json?q=%00si", "/posts/suggest.json?q=ar%00sip",
                                 "/activities/suggest.json?q=%00lokakarya"])
def test_lookups_take_a_nul_byte_as_nothing(login_as, member, url):
    response = login_as(member).get(url)
    assert response.status_code == 200 and isinstance(response.get_json(), (list, dict))


def test_erased_members_are_neither_offered_nor_found(login_as, leader, make_user):
    gone = make_user(name="Yohana Pergi")
    assert login_as(gone).post("/users/me/delete", {"password": PASSWORD}).status_code == 302
    client = login_as(leader)
    assert all(item["id"] != gone.id for item in client.get("/users/suggest.json?q=mantan").get_json()["users"])
    response = give(client, str(gone.id))
    assert response.status_code == 422 and "tidak ditemukan" in text(response) and awarded() == []


def test_a_jp_row_does_not_show_the_title_of_a_hidden_article(login_as, member, make_article, moderator):
    article = make_article(member, title="Judul yang kemudian disembunyikan")
    assert claim(login_as(member), article=str(article.id),
                 happened_on=wib_date(utcnow()).isoformat()).status_code == 303
    assert login_as(moderator).post(f"/moderation/posts/{article.id}/hide", {"reason": "Data pribadi"}).status_code \
        in (302, 303)
    # The link no longer names what moderators hid (the claim's own line keeps what the member wrote).
    page = text(login_as(member).get("/jp/"))
    assert 'data-jp-related="post">Artikel yang dirujuk</a>' in page
    assert 'data-jp-related="post">Judul yang kemudian disembunyikan</a>' not in page
