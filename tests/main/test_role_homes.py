"""The home at / for each role: the member's own panels, what each duty adds, what visitors keep, its cost."""
from __future__ import annotations

import re
from datetime import date, timedelta

import pytest

from app.accounts.models import AgencyOperator
from app.content.models import Tag
from app.core.timeutil import utcnow
from app.extensions import db
from app.moderation.models import ReviewItem
from app.notifications.models import Watch
from app.pembinaan.models import Activity, Duty, DutyName, JpRecord, Registration
from app.pembinaan.records import current_year
from tests.fixtures.people import agency

MEMBER_PANELS = {"jp", "drafts", "following", "unanswered", "changes"}


def panels(html: str) -> set[str]:
    return set(re.findall(r'data-home-panel="([a-z]+)"', html))


def panel(html: str, name: str) -> str:
    start = html.index(f'data-home-panel="{name}"')
    end = html.find("data-home-panel=", start + 20)
    return html[start:end if end > 0 else len(html)]


def home(client) -> str:
    response = client.get("/")
    assert response.status_code == 200
    return response.get_data(as_text=True)


@pytest.fixture
def grant(app):
    def give(user, duty: DutyName):
        db.session.add(Duty(user_id=user.id, duty=duty.value))
        db.session.commit()
        return user

    return give


def jp_line(user, jp: int, status: str) -> JpRecord:
    line = JpRecord(user_id=user.id, year=current_year(), source="claim", conversion_code="menulis_artikel",
                    title="Menulis praktik baik", happened_on=date.today(), jp=jp, status=status)
    db.session.add(line)
    db.session.commit()
    return line


def activity(creator, title="Lokakarya Arsip Digital", days_ahead=7) -> Activity:
    start = (utcnow() + timedelta(days=days_ahead)).replace(microsecond=0)
    found = Activity(title=title, slug="lokakarya", kind="workshop", agency_id=creator.agency_id,
                     description_md="Belajar.", description_html="<p>Belajar.</p>", starts_at=start,
                     ends_at=start + timedelta(hours=3), jp=4, created_by_id=creator.id, place="Aula")
    db.session.add(found)
    db.session.commit()
    return found


def test_visitors_keep_todays_page(client, member, make_article):
    make_article(member)
    html = home(client)
    assert panels(html) == set()
    assert "data-member-home" not in html
    assert "Daftar sekarang" in html and "Praktik baik terbaru" in html


def test_a_member_sees_jp_activities_drafts_follows_unanswered_and_changes(
        login_as, member, make_user, make_article, make_question, make_answer, make_thread):
    other = make_user(name="Tono Penulis", agency_code="dinkes")
    jp_line(member, 6, "diverifikasi")
    jp_line(member, 3, "diajukan")
    jp_line(member, 9, "ditolak")
    coming = activity(other, title="Seminar Pelayanan Publik")
    db.session.add(Registration(activity_id=coming.id, user_id=member.id))
    make_article(member, title="Draf SOP arsip yang belum selesai", publish=False)
    own_question = make_question(member, title="Bagaimana menata arsip vital?", tags="arsip")
    make_answer(own_question, other, body="Pisahkan arsip vital dan simpan di lemari tahan api.")
    db.session.add(Watch(user_id=member.id, tag_id=db.session.query(Tag).filter_by(name="arsip").one().id))
    db.session.commit()
    make_thread(other, title="Tanda tangan elektronik di kelurahan")  # not followed: not in the panel
    make_question(other, title="Siapa yang menyimpan arsip inaktif?", tags="arsip")

    html = home(login_as(member))
    assert panels(html) == MEMBER_PANELS
    assert 'data-jp-total="6"' in html and 'data-jp-target="20"' in html
    assert "3 JP menunggu verifikasi" in panel(html, "jp")
    assert "Seminar Pelayanan Publik" in panel(html, "jp")
    assert "Draf SOP arsip yang belum selesai" in panel(html, "drafts")
    following = panel(html, "following")
    assert "Siapa yang menyimpan arsip inaktif?" in following and "Tanda tangan" not in following
    assert "Siapa yang menyimpan arsip inaktif?" in panel(html, "unanswered")
    assert "Bagaimana menata arsip vital?" not in panel(html, "unanswered")  # own and answered
    changes = panel(html, "changes")
    assert "Bagaimana menata arsip vital?" in changes and "Tono Penulis menjawab" in changes
    assert 'href="/jp/"' in panel(html, "jp")


def test_empty_panels_say_what_would_be_there(login_as, member, make_article):
    make_article(member)
    html = home(login_as(member))
    assert 'data-jp-total="0"' in html
    for name in ("drafts", "following", "unanswered", "changes"):
        assert "data-empty" in panel(html, name), name
    assert "Anda belum mendaftar kegiatan" in panel(html, "jp")


def test_a_new_member_gets_the_first_post_checklist_until_the_first_post(login_as, make_user, make_article):
    newcomer = make_user(name="Nina Baru", created_at=utcnow())
    client = login_as(newcomer)
    html = home(client)
    checklist = panel(html, "checklist")
    assert 'href="/bantuan/menulis-praktik-baik"' in checklist
    assert re.search(r'data-step="email" data-done', checklist)
    assert 'data-step="profile">' in checklist  # no position nor bio yet
    assert 'href="/articles/new"' in checklist
    make_article(newcomer)
    assert "checklist" not in panels(home(client))


def test_a_verifier_sees_the_claims_waiting(login_as, member, make_user, grant):
    verifier = grant(make_user(name="Vera Verifikator", agency_code="bkpsdm"), DutyName.VERIFIER)
    jp_line(member, 3, "diajukan")
    jp_line(member, 2, "diajukan")
    html = home(login_as(verifier))
    assert panels(html) == MEMBER_PANELS | {"claims"}
    claims = panel(html, "claims")
    assert re.search(r'data-count="claims"><a href="/jp/verifikasi"><span[^>]*>2</span>', claims)
    assert "claims" not in panels(home(login_as(member)))  # no duty, no panel


def test_a_moderator_sees_the_queue_by_kind(login_as, moderator, member, make_article):
    article = make_article(member)
    db.session.add(ReviewItem(kind="flag", post_id=article.id))
    db.session.commit()
    html = home(login_as(moderator))
    assert panels(html) == MEMBER_PANELS | {"moderation"}
    queue = panel(html, "moderation")
    assert re.search(r'data-count="flag"><a href="/moderation/\?kind=flag"><span[^>]*>1</span>', queue)
    assert 'data-count="first_post"' in queue and 'data-count="edit"' in queue
    assert "moderation" not in panels(home(login_as(member)))


def test_an_operator_sees_the_approvals_waiting(login_as, make_user, member):
    operator = make_user(name="Oki Operator")
    db.session.add(AgencyOperator(user_id=operator.id, agency_id=agency("diskominfo").id))
    db.session.commit()
    make_user(name="Menunggu Satu", verified_at=None)  # confirmed, not verified, Diskominfo
    make_user(name="Menunggu Lain", verified_at=None, agency_code="dinkes")  # another agency's
    html = home(login_as(operator))
    assert panels(html) == MEMBER_PANELS | {"approvals"}
    assert re.search(r'data-count="approvals"><span[^>]*>1</span>', panel(html, "approvals"))
    assert 'href="/admin/approvals/"' in panel(html, "approvals")
    assert "approvals" not in panels(home(login_as(member)))


def test_a_leader_sees_their_agency_this_month(login_as, leader, make_user, make_article, make_question):
    writer = make_user(name="Sari Setda", agency_code="setda")
    make_article(writer)
    make_question(writer)
    make_article(make_user(agency_code="dinkes"))  # another agency's
    html = home(login_as(leader))
    assert panels(html) == MEMBER_PANELS | {"agency"}
    figures = panel(html, "agency")
    assert re.search(r'data-figure="posts">2<', figures)
    assert re.search(r'data-figure="active">1 / ', figures)
    assert 'href="/leaders/agencies?period=bulan"' in figures and 'href="/leaders/jp"' in figures


def test_an_admin_sees_every_queue_and_their_agency(login_as, admin):
    html = home(login_as(admin))
    assert panels(html) == MEMBER_PANELS | {"claims", "moderation", "approvals", "agency"}


def test_a_suspended_leader_sees_no_leaders_panel(login_as, leader, make_user):
    client = login_as(leader)
    leader.suspended_until = utcnow() + timedelta(days=3)
    db.session.commit()
    html = home(client)
    assert "agency" not in panels(html)


def test_the_panels_follow_a_change_of_content(login_as, member, make_user, make_question, make_answer):
    question = make_question(member, title="Di mana formulir cuti terbaru?")
    client = login_as(member)
    assert "data-empty" in panel(home(client), "changes")
    make_answer(question, make_user(name="Budi Penjawab"), body="Ada di laman BKPSDM bagian formulir.")
    assert "Budi Penjawab menjawab" in panel(home(client), "changes")


def test_following_a_tag_shows_its_posts_on_the_next_home(login_as, member, make_user, make_question):
    make_question(make_user(name="Rina Penanya"), title="Berapa lama retensi arsip keuangan?", tags="retensi")
    client = login_as(member)
    assert "Berapa lama retensi arsip keuangan?" not in panel(home(client), "following")
    assert client.post("/notifications/watch", {"tag": "retensi", "watch": "1"}).status_code == 303
    assert "Berapa lama retensi arsip keuangan?" in panel(home(client), "following")
    assert client.post("/notifications/watch", {"tag": "retensi", "watch": "0"}).status_code == 303
    assert "Berapa lama retensi arsip keuangan?" not in panel(home(client), "following")


@pytest.fixture
def app_config(app_config):
    return {**app_config, "PAGE_CACHE_SIZE": 0}


def test_the_signed_in_home_costs_few_statements(login_as, admin, member, make_article, make_question,
                                                 count_queries):
    """The panels are kept per member: a second visit reads them from memory; the first one stays bounded."""
    make_article(member)
    make_question(member)
    client = login_as(admin)
    with count_queries() as first:
        home(client)
    with count_queries() as again:
        home(client)
    assert len(again) <= 4, "\n".join(again)
    assert len(first) <= 34, "\n".join(first)


def test_a_followed_thread_shows_once_with_its_newest_reply(login_as, member, make_user, make_thread, make_reply):
    other = make_user(name="Rudi Pembalas")
    thread = make_thread(other, title="Rapat daring tanpa jeda")
    db.session.add(Watch(user_id=member.id, post_id=thread.id))
    db.session.commit()
    make_reply(thread, other, body="Balasan pertama tentang rapat daring.")
    make_reply(thread, make_user(name="Sinta Kedua"), body="Balasan kedua tentang rapat daring.")
    following = panel(home(login_as(member)), "following")
    assert following.count("Rapat daring tanpa jeda") == 1
    assert "Sinta Kedua membalas" in following


def test_an_edit_by_someone_else_and_a_comment_show_among_the_changes(login_as, member, make_user, make_article,
                                                                     make_question):
    from app.articles.services import improve_article
    from app.content.queries import load_post
    from app.content.services import add_comment

    article = load_post(make_article(member, title="SOP penomoran surat keluar").id)
    editor = make_user(name="Eko Penyunting", reputation=2000)
    improve_article(article, editor, title=article.title, body=article.body_md + "\n\nDitambah contoh nomor.",
                    tags="arsip", summary="Contoh nomor")
    add_comment(make_question(member), make_user(name="Lina Pengomentar"), "Terima kasih, sangat membantu.")
    db.session.commit()
    changes = panel(home(login_as(member)), "changes")
    assert "Eko Penyunting menyunting" in changes and "Lina Pengomentar berkomentar" in changes
    assert "menyunting" not in panel(home(login_as(editor)), "changes")  # not the editor's post


def test_one_members_panels_are_never_shown_to_another(login_as, member, make_user, make_article):
    make_article(member, title="Draf rahasia milik Siti", publish=False)
    other = make_user(name="Ali Lain")
    assert "Draf rahasia milik Siti" in panel(home(login_as(member)), "drafts")
    html = home(login_as(other))
    assert "Draf rahasia milik Siti" not in html and "Selamat datang, Ali Lain" in html


def test_an_unconfirmed_newcomer_is_asked_to_confirm_first(login_as, make_user):
    newcomer = make_user(name="Tia Belum", created_at=utcnow(), email_confirmed_at=None, verified_at=None)
    checklist = panel(home(login_as(newcomer)), "checklist")
    assert 'data-step="email">' in checklist and 'href="/auth/confirm"' in checklist


def test_a_members_first_visit_is_bounded(login_as, member, make_article, count_queries):
    make_article(member)
    client = login_as(member)
    with count_queries() as first:
        home(client)
    assert len(first) <= 21, "\n".join(first)
