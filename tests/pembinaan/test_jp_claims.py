"""Claims of JP for knowledge sharing: the rules of the conversion table and every kind of bad input."""
from datetime import timedelta

import pytest
from sqlalchemy import func, select

from app.extensions import db
from app.pembinaan import records
from app.pembinaan.models import JpRecord, Registration
from app.reputation.adoptions import record_adoption
from tests.support.clock import at_today, today

PROOF = "Artikel dibaca 120 kali dan dibahas pada rapat bidang tanggal 3."


def claims_of(user) -> list[JpRecord]:
    db.session.expire_all()
    return list(db.session.execute(select(JpRecord).where(JpRecord.user_id == user.id, JpRecord.source == "claim")
                                   .order_by(JpRecord.id)).scalars())


def claim(client, conversion="artikel-praktik-baik", article="", activity="", day=None, proof=PROOF, **extra):
    return client.post("/jp/claims", {"conversion": conversion, "article": article, "activity": activity,
                                      "happened_on": (day or today()).isoformat() if day != "" else "",
                                      "proof": proof, **extra})


@pytest.fixture
def article(member, make_article):
    return make_article(member, title="Digitalisasi arsip surat masuk")


def test_a_member_claims_jp_for_their_own_article(login_as, member, article):
    client = login_as(member)
    response = claim(client, article=str(article.id))
    day = today()
    assert response.status_code == 303 and response.headers["Location"].endswith(f"/jp/?year={day.year}")
    [record] = claims_of(member)
    assert (record.status, record.jp, record.conversion_code, record.post_id, record.year, record.happened_on) == (
        "diajukan", 2, "artikel-praktik-baik", article.id, day.year, day)
    assert record.title == "Menulis artikel praktik baik yang terbit: Digitalisasi arsip surat masuk"
    assert record.proof == PROOF and record.verifier_id is None
    page = client.get("/jp/").get_data(as_text=True)
    assert "Klaim 2 JP telah diajukan dan menunggu verifikasi." in page
    assert 'data-jp-total="0"' in page and 'data-jp-submitted="2"' in page and 'data-jp-status="diajukan"' in page


@pytest.mark.parametrize("ref", ["http://localhost/articles/{id}/digitalisasi-arsip-surat-masuk", "/articles/{id}",
                                 "/posts/{id}"])
def test_the_article_may_be_given_as_a_link(login_as, member, article, ref):
    assert claim(login_as(member), article=ref.format(id=article.id)).status_code == 303
    assert claims_of(member)[0].post_id == article.id


def test_the_form_offers_the_conversions_and_fills_from_the_address(login_as, member, article):
    page = login_as(member).get(f"/jp/claims/new?conversion=artikel-praktik-baik&article={article.id}&year=2026")
    text = page.get_data(as_text=True)
    assert page.status_code == 200
    assert '<option selected value="artikel-praktik-baik">' in text or 'value="artikel-praktik-baik" selected' in text
    assert f'value="{article.id}"' in text and "usulan, bukan ketentuan" in text
    assert 'action="/jp/claims"' in text and 'name="year" type="hidden" value="2026"' in text
    for code in ("artikel-diterapkan", "narasumber-sesi-berbagi", "mentor", "tulisan-lain"):
        assert f'value="{code}"' in text


@pytest.mark.parametrize(("fields", "message"), [
    ({"proof": ""}, "Bukti wajib diisi"),
    ({"proof": "   \n "}, "Bukti wajib diisi"),
    ({"proof": "x" * 1001}, "Bukti paling banyak 1.000 karakter."),
    ({"day": lambda day: day + timedelta(days=1)}, "Tanggal tidak boleh di masa depan."),
    ({"day": lambda day: day.replace(year=day.year - 2, day=1)}, "Klaim hanya dapat diajukan untuk tahun"),
    ({"day": ""}, "Tanggal wajib diisi."),
    ({"conversion": "jadi-narasumber-tv"}, "tidak dikenal"),
    ({"conversion": ""}, "Pilih jenis berbagi pengetahuan"),
    ({"article": ""}, "Ketik judul artikel yang Anda klaim lalu pilih dari daftar, atau tempel tautannya."),
    ({"article": "https://evil.example/articles/1"}, "Ketik judulnya lalu pilih dari daftar"),
    ({"article": "javascript:alert(1)"}, "Ketik judulnya lalu pilih dari daftar"),
    ({"article": "99999"}, "tidak ditemukan atau belum terbit"),
])
def test_bad_claims_get_a_clear_message(login_as, member, article, fields, message):
    fields = at_today({"article": str(article.id), **fields})
    response = claim(login_as(member), **fields)
    assert response.status_code == 422
    assert message in response.get_data(as_text=True)
    assert claims_of(member) == []


def test_a_date_that_is_not_a_date(login_as, member, article):
    response = login_as(member).post("/jp/claims", {"conversion": "artikel-praktik-baik", "article": article.id,
                                                    "happened_on": "31/12/2026", "proof": PROOF})
    assert response.status_code == 422 and "Tanggal tidak valid" in response.get_data(as_text=True)


def test_the_date_must_be_in_the_year_of_the_page(login_as, member, article):
    last_year = today().year - 1
    response = claim(login_as(member), article=str(article.id), year=str(last_year))
    assert response.status_code == 422 and f"dalam tahun {last_year}" in response.get_data(as_text=True)


def test_someone_elses_article_cannot_be_claimed(login_as, member, make_user, make_article):
    other = make_article(make_user(name="Penulis Lain"), title="Praktik orang lain")
    response = claim(login_as(member), article=str(other.id))
    assert response.status_code == 422
    assert "Anda hanya dapat mengklaim artikel yang Anda tulis sendiri." in response.get_data(as_text=True)


def test_a_draft_cannot_be_claimed(login_as, member, make_article):
    draft = make_article(member, publish=False)
    response = claim(login_as(member), article=str(draft.id))
    assert response.status_code == 422 and "belum terbit" in response.get_data(as_text=True)


def test_one_claim_per_conversion_and_article_but_again_after_a_rejection(login_as, member, article):
    client = login_as(member)
    assert claim(client, article=str(article.id)).status_code == 303
    twice = claim(client, article=f"/articles/{article.id}")
    assert twice.status_code == 409
    assert "Anda sudah mengklaim" in twice.get_data(as_text=True) and len(claims_of(member)) == 1
    record = claims_of(member)[0]
    record.status, record.reason = "ditolak", "Bukti kurang"
    db.session.commit()
    assert claim(client, article=str(article.id)).status_code == 303
    assert [c.status for c in claims_of(member)] == ["ditolak", "diajukan"]


def test_an_adopted_article_needs_an_adoption(login_as, member, article, make_user):
    client = login_as(member)
    response = claim(client, conversion="artikel-diterapkan", article=str(article.id))
    assert response.status_code == 422 and "belum tercatat diterapkan" in response.get_data(as_text=True)
    record_adoption(article, make_user(name="Andi DLH", agency_code="dlh"), "Kami terapkan di bidang persampahan.")
    db.session.commit()
    assert claim(client, conversion="artikel-diterapkan", article=str(article.id)).status_code == 303
    # the same article may also count as written: another conversion
    assert claim(client, article=str(article.id)).status_code == 303
    assert sorted(c.jp for c in claims_of(member)) == [2, 3]


def test_other_writing_needs_no_link_and_may_be_claimed_again(login_as, member):
    client = login_as(member)
    for _ in range(2):
        assert claim(client, conversion="tulisan-lain", proof="Modul pelatihan SIPD, 14 halaman.").status_code == 303
    assert [(c.jp, c.post_id, c.activity_id, c.title) for c in claims_of(member)] == [
        (1, None, None, "Tulisan berbagi pengetahuan lainnya")] * 2


# -- Claims for an activity ---------------------------------------------------------------------------------


def past(make_activity, creator, kind="sesi_berbagi", **fields):
    return make_activity(creator, title=fields.pop("title", "Sesi Berbagi Arsip"), kind=kind,
                         days_ahead=fields.pop("days_ahead", 0), hours=1, **fields)


def test_running_a_sharing_session_is_claimed_by_its_creator(login_as, member, make_activity):
    session = make_activity(member, title="Sesi Berbagi Arsip", kind="sesi_berbagi", days_ahead=0, hours=1)
    session.starts_at -= timedelta(minutes=5)
    db.session.commit()
    response = claim(login_as(member), conversion="narasumber-sesi-berbagi", activity=f"/activities/{session.id}")
    assert response.status_code == 303
    [record] = claims_of(member)
    assert (record.jp, record.activity_id, record.post_id) == (4, session.id, None)
    assert record.title == "Menjadi narasumber sesi berbagi (komunitas belajar): Sesi Berbagi Arsip"


def test_mentoring_is_claimed_by_the_mentor_not_by_a_participant(login_as, member, organiser, make_activity):
    mentoring = past(make_activity, organiser, kind="mentoring", title="Mentoring SKP")
    mentoring.starts_at -= timedelta(minutes=5)
    db.session.add(Registration(activity_id=mentoring.id, user_id=member.id, status="registered"))
    db.session.commit()
    participant = claim(login_as(member), conversion="mentor", activity=str(mentoring.id))
    assert participant.status_code == 422 and "untuk yang menyelenggarakan atau memandu" in \
        participant.get_data(as_text=True)
    mentor = login_as(organiser)
    assert claim(mentor, conversion="mentor", activity=str(mentoring.id)).status_code == 303
    assert claim(mentor, conversion="mentor", activity=str(mentoring.id)).status_code == 409


@pytest.mark.parametrize(("setup", "message"), [
    ("wrong_kind", "hanya untuk kegiatan berjenis sesi berbagi"),
    ("future", "belum dimulai"),
    ("stranger", "untuk yang menyelenggarakan atau memandu kegiatan"),
    ("cancelled_registration", "untuk yang menyelenggarakan atau memandu kegiatan"),
    ("cancelled_activity", "tidak ditemukan atau dibatalkan"),
    ("missing", "tidak ditemukan atau dibatalkan"),
    ("empty", "Ketik judul kegiatan yang Anda klaim lalu pilih dari daftar"),
])
def test_bad_activity_claims(login_as, member, organiser, make_activity, setup, message):
    kind = "workshop" if setup == "wrong_kind" else "sesi_berbagi"
    activity = make_activity(organiser if setup in ("stranger", "cancelled_registration") else member, kind=kind,
                             days_ahead=3 if setup == "future" else 0, hours=1)
    if setup != "future":
        activity.starts_at -= timedelta(minutes=5)
    if setup == "cancelled_registration":
        db.session.add(Registration(activity_id=activity.id, user_id=member.id, status="cancelled"))
    if setup == "cancelled_activity":
        activity.status = "cancelled"
    db.session.commit()
    ref = {"missing": "99999", "empty": ""}.get(setup, str(activity.id))
    response = claim(login_as(member), conversion="narasumber-sesi-berbagi", activity=ref)
    assert response.status_code == 422 and message in response.get_data(as_text=True)
    assert claims_of(member) == []


def test_an_activity_claim_takes_the_activitys_own_date(login_as, member, make_activity):
    session = make_activity(member, kind="sesi_berbagi", days_ahead=-3, hours=1)
    day = today()
    claim(login_as(member), conversion="narasumber-sesi-berbagi", activity=str(session.id),
          day=day - timedelta(days=1) if day.month > 1 or day.day > 1 else day)
    [line] = claims_of(member)
    assert line.happened_on == records.wib_date(session.starts_at)  # not the date the member typed


def test_double_submission_makes_one_claim(app, login_as, member, article):
    from concurrent.futures import ThreadPoolExecutor

    from tests.conftest import Client

    clients = [login_as(member) for _ in range(4)]
    cookies = [c.raw.get_cookie("session").value for c in clients]
    tokens = [c.csrf_token() for c in clients]
    data = {"conversion": "artikel-praktik-baik", "article": str(article.id), "happened_on": today().isoformat(),
            "proof": PROOF}

    def one(n):
        client = Client(app)
        client.raw.set_cookie("session", cookies[n])
        return client.post("/jp/claims", {**data, "csrf_token": tokens[n]}).status_code

    db.session.commit()
    with ThreadPoolExecutor(max_workers=4) as pool:
        statuses = sorted(pool.map(one, range(4)))
    assert statuses == [303, 409, 409, 409]
    db.session.expire_all()
    assert db.session.execute(select(func.count(JpRecord.id)).where(JpRecord.user_id == member.id)).scalar() == 1
