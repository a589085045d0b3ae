"""Review when a practice ages (issue #20, item 2) and the innovation register (item 4)."""
import io
from datetime import timedelta

from openpyxl import load_workbook
from sqlalchemy import func, select, update

from app.articles.models import Article
from app.articles.reviews import PracticeReview, add_months, today
from app.content.models import Post
from app.extensions import db
from app.notifications.models import Notification
from app.notifications.services import follow_post


def stored(article) -> Post:
    db.session.expire_all()
    return db.session.get(Post, article.id)


def age(article, days: int = 3) -> None:
    """The practice's review date passed `days` ago, as a year later it would have."""
    past = today() - timedelta(days=days)
    db.session.execute(update(Article).where(Article.id == article.id).values(review_due_on=past))
    db.session.commit()


def reputation_of(user) -> int:
    db.session.expire_all()
    return db.session.get(type(user), user.id).reputation


def test_due_date_defaults_and_confirming_moves_it_with_two_points_once_a_year(login_as, member, make_article):
    article = make_article(member)
    assert stored(article).review_due_on == add_months(today(), 12)
    age(article)
    client = login_as(member)
    assert 'data-review-state="due"' in client.get(article.url()).get_data(as_text=True)
    before = reputation_of(member)
    assert client.post(f"/articles/{article.id}/review", {"outcome": "current"}).status_code == 303
    assert stored(article).review_due_on == add_months(today(), 12)
    assert reputation_of(member) == before + 2
    page = client.get(article.url()).get_data(as_text=True)
    assert 'data-review-state="current"' in page and "Terakhir ditinjau" in page and "oleh Siti Anggota" in page
    # A second confirmation in the same year is a dated review too, but gives nothing.
    assert client.post(f"/articles/{article.id}/review", {"outcome": "current"}).status_code == 303
    assert reputation_of(member) == before + 2
    assert db.session.execute(select(func.count(PracticeReview.id))).scalar_one() == 2
    # A substantive edit by the author counts as a review too: the date moves, no points.
    age(article)
    saved = stored(article)
    edited = client.post(f"/articles/{article.id}/edit", {"title": saved.title, "tags": "arsip, adaptif",
                                                          "body": saved.body_md + "\n\nDiperbarui tahun ini."})
    assert edited.status_code == 302
    assert stored(article).review_due_on == add_months(today(), 12) and reputation_of(member) == before + 2


def test_reminder_goes_to_author_and_followers_once(app, member, make_user, make_article):
    article = make_article(member)
    follower = make_user(name="Pengikut Praktik")
    follow_post(follower.id, article.id)
    age(article)
    runner = app.test_cli_runner()
    for _ in range(2):
        result = runner.invoke(args=["practices", "remind"])
        assert result.exit_code == 0, result.output
    notices = db.session.execute(select(Notification.user_id).where(Notification.kind == "review_due")).scalars()
    assert sorted(notices) == sorted([member.id, follower.id])


def test_stranger_refused_obsolete_needs_a_reason_and_non_articles_404(login_as, member, make_user, make_article,
                                                                       make_question):
    article = make_article(member)
    stranger = login_as(make_user(name="Orang Lain", agency_code="dinkes"))
    refused = stranger.post(f"/articles/{article.id}/review", {"outcome": "current"})
    assert refused.status_code == 403 and "Hanya penulis" in refused.get_data(as_text=True)
    author = login_as(member)
    missing = author.post(f"/articles/{article.id}/review", {"outcome": "obsolete", "note": "  "})
    assert missing.status_code == 422 and "Tuliskan alasan" in missing.get_data(as_text=True)
    assert db.session.execute(select(func.count(PracticeReview.id))).scalar_one() == 0
    assert stored(article).obsolete_at is None
    question = make_question(member)
    assert author.post(f"/articles/{question.id}/review", {"outcome": "current"}).status_code == 404


def test_review_list_by_agency_leaders_share_and_the_register(client, login_as, member, make_user, make_article,
                                                              leader):
    due = make_article(member, title="Arsip kominfo yang menua")
    make_article(member, title="Arsip kominfo yang baru")
    other = make_article(make_user(name="Penulis Dinkes", agency_code="dinkes"), title="Antrean dinkes menua")
    age(due)
    age(other, days=40)
    reader = login_as(make_user(name="Pembaca"))
    listing = reader.get("/articles/review").get_data(as_text=True)
    assert due.title in listing and other.title in listing and "Arsip kominfo yang baru" not in listing
    only = reader.get("/articles/review?agency=dinkes").get_data(as_text=True)
    assert other.title in only and due.title not in only
    assert reader.get("/articles/review?agency=tidak-ada").status_code == 404
    assert "/auth/login" in client.get("/articles/review").headers["Location"]
    leaders = client.get("/leaders/").get_data(as_text=True)
    assert 'data-agency="diskominfo" data-current-share="50"' in leaders
    assert 'data-agency="dinkes" data-current-share="0"' in leaders
    # The innovation register: leaders and admins only.
    assert reader.get("/leaders/innovations.xlsx").status_code == 403
    boss = login_as(leader)
    assert "innovations.xlsx" in boss.get("/leaders/").get_data(as_text=True)
    response = boss.get("/leaders/innovations.xlsx")
    assert response.status_code == 200
    sheet = load_workbook(io.BytesIO(response.data)).active
    rows = list(sheet.iter_rows(values_only=True))
    assert list(rows[0]) == ["No", "Judul", "Instansi", "Penulis", "Tahap", "Mulai diterapkan", "Indikator",
                             "Diterapkan oleh", "Status tinjauan", "Alamat"]
    by_title = {row[1]: row for row in rows[1:]}
    assert set(by_title) == {due.title, "Arsip kominfo yang baru", other.title}
    assert by_title[due.title][4] == "Ide" and by_title[due.title][8].startswith("Perlu ditinjau")
    assert by_title[other.title][9].endswith(f"/articles/{other.id}/{other.slug}")


def test_confirming_a_practice_that_is_not_due_gives_no_points(login_as, member, make_article):
    """Points reward a review that was asked for: clicking "Masih berlaku" on every fresh practice earns nothing."""
    article = make_article(member)
    client = login_as(member)
    before = reputation_of(member)
    assert client.post(f"/articles/{article.id}/review", {"outcome": "current"}).status_code == 303
    assert reputation_of(member) == before
    assert db.session.execute(select(func.count(PracticeReview.id))).scalar_one() == 1
