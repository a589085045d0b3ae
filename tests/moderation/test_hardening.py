"""What a review of moderation found and fixed: odd numbers in URLs, rank on reinstating, hidden posts in
the reviewers' queue, merges, category counts, stale suggestions, notes about oneself, reopening."""
import html

import pytest
from sqlalchemy import select

from app.accounts.models import User
from app.content.models import Category, Post
from app.core.roles import Role
from app.core.timeutil import utcnow
from app.extensions import db
from app.moderation.models import ReviewItem


def status(post_id):
    return db.session.execute(select(Post.status).where(Post.id == post_id)
                              .execution_options(populate_existing=True)).scalar_one()


def category(slug="transformasi-digital") -> Category:
    return db.session.execute(select(Category).where(Category.slug == slug)
                              .execution_options(populate_existing=True)).scalar_one()


@pytest.mark.parametrize("url", ["/moderation/log?actor=%C2%B2", "/moderation/log?to=9999-12-31",
                                 "/moderation/log?post=99999999999999999999", "/notifications/?page=%C2%B2",
                                 "/articles/1/diff?from=%C2%B2"])
def test_odd_numbers_in_addresses_are_a_400(login_as, moderator, url):
    assert login_as(moderator).get(url).status_code in (400, 404)


def test_odd_numbers_in_forms_are_explained(login_as, moderator, member, make_question):
    mod = login_as(moderator)
    assert mod.post("/moderation/queue", {"items": ["\u00b2"], "decision": "claim"}).status_code == 303
    assert mod.post(f"/moderation/users/{member.id}/suspend", {"days": "\u00b2", "reason": "x"}).status_code == 303
    assert not db.session.get(User, member.id).is_suspended
    question = make_question(member)
    for value in ("\u00b2", "99999999999999999999"):
        response = mod.post(f"/moderation/posts/{question.id}/close_duplicate", {"duplicate_of": value})
        assert response.status_code == 303
        page = html.unescape(mod.get(response.headers["Location"]).get_data(as_text=True))
        assert "tidak ditemukan; tuliskan nomor atau alamatnya" in page
    assert login_as(member).post("/notifications/watch", {"post": "\u00b2", "watch": "1"}).status_code == 404


def test_only_an_admin_reinstates_a_moderator(login_as, admin, moderator, make_user):
    suspended = make_user(Role.MODERATOR, name="Moderator Lain")
    login_as(admin).post(f"/moderation/users/{suspended.id}/suspend", {"days": "0", "reason": "penyalahgunaan"})
    assert login_as(moderator).post(f"/moderation/users/{suspended.id}/unsuspend").status_code == 403
    assert db.session.get(User, suspended.id).is_suspended
    assert login_as(admin).post(f"/moderation/users/{suspended.id}/unsuspend").status_code == 303
    db.session.expire_all()
    assert not db.session.get(User, suspended.id).is_suspended


def test_reviewers_never_see_hidden_posts_in_the_queue(login_as, make_user, moderator, give_reputation):
    newcomer = make_user(created_at=utcnow())
    login_as(newcomer).post("/questions/ask", {"title": "Judul rahasia yang disembunyikan",
                                               "body": "Isi dengan nomor telepon pribadi.", "tags": "cuti"})
    question = db.session.execute(select(Post).where(Post.author_id == newcomer.id)).scalar_one()
    login_as(moderator).post(f"/moderation/posts/{question.id}/hide", {"reason": "data pribadi"})
    reviewer = login_as(give_reputation(make_user(), 600))
    assert "Judul rahasia" not in html.unescape(reviewer.get("/moderation/").get_data(as_text=True))
    assert db.session.execute(select(ReviewItem.status).where(ReviewItem.post_id == question.id)).scalar_one() \
        == "done"  # hiding it settled its queue entry


def test_a_merged_thread_stays_merged_and_counts_are_true(login_as, moderator, member, make_user, make_thread):
    source = make_thread(member, title="Diskusi sumber", category="transformasi-digital")
    target = make_thread(member, title="Diskusi tujuan", category="pelayanan-publik")
    login_as(make_user()).post(f"/posts/{source.id}/flag", {"reason": "duplicate", "note": "sama"})
    mod = login_as(moderator)
    mod.post(f"/moderation/posts/{source.id}/merge", {"into": str(target.id)})
    assert category().thread_count == 0
    assert db.session.execute(select(ReviewItem).where(ReviewItem.status == "open")).scalars().all() == []
    assert mod.post(f"/moderation/posts/{source.id}/unhide").status_code == 303
    assert status(source.id) == "hidden"  # bringing it back would show its text twice


def test_hiding_and_deleting_threads_keep_category_counts(login_as, moderator, member, make_thread):
    first, second = make_thread(member), make_thread(member, title="Diskusi kedua tentang TTE")
    assert category().thread_count == 2
    login_as(moderator).post(f"/moderation/posts/{first.id}/hide")
    login_as(member).post(f"/posts/{second.id}/delete")
    assert category().thread_count == 0
    login_as(moderator).post(f"/moderation/posts/{first.id}/unhide")
    assert category().thread_count == 1


def test_a_stale_suggestion_is_not_approved_from_the_queue(login_as, moderator, member, make_user, make_article):
    article = make_article(member, body="Paragraf satu.")
    login_as(make_user()).post(f"/articles/{article.id}/edit", {"title": article.title, "tags": "arsip",
                                                                "body": "Paragraf satu, diperbaiki."})
    login_as(member).post(f"/articles/{article.id}/edit", {"title": article.title, "tags": "arsip",
                                                           "body": "Paragraf satu.\n\nParagraf dua PENTING."})
    item = db.session.execute(select(ReviewItem).where(ReviewItem.kind == "edit")).scalar_one()
    mod = login_as(moderator)
    response = mod.post("/moderation/queue", {"items": [str(item.id)], "decision": "approve"})
    assert "sudah berubah sejak usulan dibuat" in html.unescape(
        mod.get(response.headers["Location"]).get_data(as_text=True))
    assert "PENTING" in db.session.get(Post, article.id).body_md


def test_moderators_do_not_read_notes_about_themselves(login_as, moderator, admin):
    login_as(admin).post(f"/moderation/users/{moderator.id}/notes", {"body": "Perlu dibina soal nada bicara."})
    assert "Perlu dibina" not in login_as(moderator).get("/moderation/log?action=note").get_data(as_text=True)
    assert "Perlu dibina" in login_as(admin).get("/moderation/log?action=note").get_data(as_text=True)


def test_reopening_keeps_a_lock_the_question_had_before(login_as, moderator, member, make_question):
    original, copy = make_question(member), make_question(member, title="Pertanyaan kembar tentang cuti")
    mod = login_as(moderator)
    mod.post(f"/moderation/posts/{copy.id}/lock")
    mod.post(f"/moderation/posts/{copy.id}/close_duplicate", {"duplicate_of": str(original.id)})
    mod.post(f"/moderation/posts/{copy.id}/reopen")
    db.session.expire_all()
    assert db.session.get(Post, copy.id).locked


def test_entity_links_count_for_new_members(login_as, make_user):
    client = login_as(make_user(created_at=utcnow()))
    body = "[a](&#104;ttps://a.example) [b](&#104;ttps://b.example) [c](&#104;ttps://c.example)"
    response = client.post("/questions/ask", {"title": "Pertanyaan dengan tautan tersamar", "body": body,
                                              "tags": "cuti"})
    assert response.status_code == 422 and "tautan" in html.unescape(response.get_data(as_text=True))
