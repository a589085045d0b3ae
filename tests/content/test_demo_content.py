"""`flask seed-demo` writes the demo content once: enough of every kind for the site to look alive."""
from __future__ import annotations

import re
from datetime import timedelta

from markupsafe import escape
from sqlalchemy import func, select

from app.articles.models import Article
from app.content.models import Comment, Post, PostStatus, Revision
from app.core.timeutil import utcnow
from app.extensions import db


def seed(app):
    app.config["DEMO_PASSWORD"] = "Demo-Simpul-2026"
    result = app.test_cli_runner().invoke(args=["seed-demo"])
    assert result.exit_code == 0, result.output
    return result


def count(kind: str, *where) -> int:
    return db.session.execute(select(func.count(Post.id)).where(Post.kind == kind, *where)).scalar_one()


def totals() -> dict[str, int]:
    numbers = {kind: count(kind) for kind in ("article", "question", "answer", "thread", "reply")}
    numbers["revisions"] = db.session.execute(select(func.count(Revision.id))).scalar_one()
    numbers["comments"] = db.session.execute(select(func.count(Comment.id))).scalar_one()
    return numbers


def test_seed_demo_writes_the_content_once(app):
    first = seed(app)
    assert "Konten contoh: " in first.output and "praktik baik" in first.output

    assert count("article", Post.status == PostStatus.PUBLISHED.value) >= 30
    assert count("article", Post.revision_count >= 2) >= 5
    # Stages, start dates and indicators (issue #20): every stage shows, one replicated by a demo adoption.
    stages = dict(db.session.execute(select(Article.stage, func.count(Article.id))
                                     .group_by(Article.stage)).all())
    assert stages["direplikasi"] == 1 and stages["ide"] >= 1 and stages["uji_coba"] >= 1 and stages["diterapkan"] >= 5
    assert count("article", Article.started_on.is_not(None)) >= 5
    # Review when it ages: some practices due, one no longer valid.
    assert count("article", Article.review_due_on < utcnow().date()) >= 3
    assert count("article", Article.obsolete_at.is_not(None)) == 1
    assert count("question") >= 40
    assert count("question", Post.accepted_answer_id.is_not(None)) >= 30
    assert count("question", Post.child_count == 0) >= 5
    # Tanya OPD (issue #20): questions addressed to agencies, one answered officially, the others waiting.
    assert count("question", Post.official_answer_id.is_not(None)) == 1
    assert count("question", Post.addressed_agency_id.is_not(None), Post.official_answer_id.is_(None)) == 2
    threads = db.session.execute(select(Post).where(Post.kind == "thread")).scalars().all()
    assert len(threads) >= 20
    assert all(thread.child_count >= 2 for thread in threads)

    # Spread over the past months, never in the future.
    oldest, newest = db.session.execute(select(func.min(Post.created_at), func.max(Post.last_activity_at))).one()
    assert oldest < utcnow() - timedelta(days=90)
    assert newest <= utcnow()
    # The data's wrapped lines were joined again (no stray <br>), and no text was turned into a link (the
    # only links are the two demo attachments, app/demo/attachments.py).
    assert not any("<br" in html for html in db.session.execute(
        select(Post.body_html).where(Post.kind == "article")).scalars())
    assert not any("<a " in re.sub(r'<a href="/uploads/[^"]+"', "", html)
                   for html in db.session.execute(select(Post.body_html)).scalars())

    before = totals()
    second = seed(app)
    assert "sudah ada" in second.output
    assert totals() == before


def test_home_page_shows_demo_practices_and_unanswered_questions(app, client):
    seed(app)
    newest_article = db.session.execute(
        select(Post.title).where(Post.kind == "article").order_by(Post.created_at.desc()).limit(1)).scalar_one()
    unanswered = db.session.execute(
        select(Post.title).where(Post.kind == "question", Post.child_count == 0)
        .order_by(Post.created_at.desc()).limit(1)).scalar_one()

    page = client.get("/").get_data(as_text=True)

    assert str(escape(newest_article)) in page
    assert str(escape(unanswered)) in page


def test_demo_votes_keep_the_ledger_true(app):
    app.config["DEMO_PASSWORD"] = "Demo-Simpul-2026"
    runner = app.test_cli_runner()
    assert "suara dukungan" in runner.invoke(args=["seed-demo"]).output
    assert runner.invoke(args=["reputation", "check"]).exit_code == 0


def test_a_moderator_finds_a_realistic_queue_in_the_demo(app, client):
    app.config["DEMO_PASSWORD"] = "Demo-Simpul-2026"
    assert "4 laporan untuk moderator" in app.test_cli_runner().invoke(args=["seed-demo"]).output
    client.login("moderator@simpul.test", "Demo-Simpul-2026")
    queue = client.get("/moderation/").get_data(as_text=True)
    assert queue.count("data-review-item=") == 4 and "Menawarkan jasa pribadi" in queue


def test_the_demo_has_activities_attendance_and_a_claim_to_verify(app, client):
    app.config["DEMO_PASSWORD"] = "Demo-Simpul-2026"
    output = app.test_cli_runner().invoke(args=["seed-demo"]).output
    assert "Kegiatan pengembangan kompetensi contoh: 6" in output
    activities = client.get("/activities/").get_data(as_text=True)
    assert "Seminar Inovasi Pelayanan Publik Kota Medan" in activities
    from app.pembinaan.models import JpRecord

    assert db.session.execute(select(JpRecord).where(JpRecord.status == "diajukan")).scalars().all()
    client.login("pimpinan@simpul.test", "Demo-Simpul-2026")
    assert "Lokakarya Menulis Praktik Baik" in client.get("/leaders/jp").get_data(as_text=True)
