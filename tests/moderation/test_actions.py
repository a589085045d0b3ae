"""Moderation actions on posts: each changes one thing, is written to the log with its reason, and only
moderators may take them."""
import html

import pytest
from sqlalchemy import select

from app.content.models import Post
from app.extensions import db
from app.moderation.models import ModerationAction


def act(client, post, action, reason="Melanggar pedoman komunitas", **fields):
    return client.post(f"/moderation/posts/{post.id}/{action}", {"reason": reason, **fields})


def fresh(post) -> Post:
    db.session.expire_all()
    return db.session.get(Post, post.id)


def log_entries(action=None) -> list[ModerationAction]:
    query = select(ModerationAction).order_by(ModerationAction.id)
    if action:
        query = query.where(ModerationAction.action == action)
    return db.session.execute(query).scalars().all()


@pytest.mark.parametrize("action, column, before, after", [
    ("hide", "status", "published", "hidden"),
    ("lock", "locked", False, True),
    ("pin", "pinned", False, True),
    ("delete", "status", "published", "deleted"),
])
def test_each_action_changes_the_post_and_is_logged(login_as, moderator, member, make_thread, action, column,
                                                   before, after):
    thread = make_thread(member)
    response = act(login_as(moderator), thread, action)
    assert response.status_code == 303
    assert getattr(fresh(thread), column) == after
    [entry] = log_entries(action)
    assert (entry.actor_id, entry.post_id, entry.user_id) == (moderator.id, thread.id, member.id)
    assert entry.reason == "Melanggar pedoman komunitas"
    assert entry.before[column] == before and entry.after[column] == after


def test_undo_actions_and_idempotence(login_as, moderator, member, make_thread):
    thread = make_thread(member)
    client = login_as(moderator)
    for action in ("hide", "hide", "unhide", "lock", "unlock", "pin", "unpin", "delete", "restore"):
        act(client, thread, action)
    post = fresh(thread)
    assert (post.status, post.locked, post.pinned) == ("published", False, False)
    assert [e.action for e in log_entries()] == ["hide", "unhide", "lock", "unlock", "pin", "unpin", "delete",
                                                  "restore"]  # the second hide changed nothing: not logged


def test_hidden_posts_vanish_for_members_everywhere(login_as, moderator, member, make_article, client, search_sync):
    article = make_article(member, title="Digitalisasi arsip kelurahan")
    act(login_as(moderator), article, "hide")
    search_sync()
    assert client.get(article.url()).status_code == 404
    assert "Digitalisasi arsip kelurahan" not in client.get("/articles/").get_data(as_text=True)
    assert "Digitalisasi arsip kelurahan" not in client.get("/search?q=digitalisasi").get_data(as_text=True)
    assert "Digitalisasi arsip kelurahan" not in client.get(f"/users/{member.id}").get_data(as_text=True)
    assert login_as(moderator).get(article.url()).status_code == 200


def test_featured_articles_show_on_the_home_page(login_as, moderator, member, make_article, client):
    article = make_article(member, title="Layanan KTP keliling di kecamatan")
    assert "data-featured" not in client.get("/").get_data(as_text=True)
    act(login_as(moderator), article, "feature")
    home = client.get("/").get_data(as_text=True)
    assert "Praktik Baik Pilihan" in home and "Layanan KTP keliling di kecamatan" in home
    act(login_as(moderator), article, "unfeature")
    assert "data-featured" not in client.get("/").get_data(as_text=True)


def test_feature_applies_to_articles_only(login_as, moderator, member, make_question):
    question = make_question(member)
    client = login_as(moderator)
    response = act(client, question, "feature")
    assert response.status_code == 303 and not fresh(question).featured
    assert "tidak berlaku untuk kiriman ini" in html.unescape(
        client.get(response.headers["Location"]).get_data(as_text=True))


def test_close_a_question_as_duplicate_with_the_link(login_as, moderator, member, make_question, client):
    original = make_question(member, title="Bagaimana cara mengurus cuti tahunan?")
    copy = make_question(member, title="Cara mengajukan cuti tahunan ASN?")
    mod = login_as(moderator)
    assert act(mod, copy, "close_duplicate", duplicate_of="9999").status_code == 303
    assert fresh(copy).duplicate_of_id is None
    act(mod, copy, "close_duplicate", duplicate_of=f"http://localhost/questions/{original.id}/cuti")
    post = fresh(copy)
    assert post.duplicate_of_id == original.id and post.locked
    page = client.get(copy.url()).get_data(as_text=True)
    assert "ditutup sebagai duplikat" in page and f'href="/posts/{original.id}"' in page
    act(mod, copy, "reopen")
    assert fresh(copy).duplicate_of_id is None and not fresh(copy).locked


def test_merge_two_threads(login_as, moderator, member, make_user, make_thread, make_reply, client):
    target = make_thread(member, title="Tanda tangan elektronik di OPD")
    source = make_thread(member, title="Pengalaman TTE di kantor kami", body="Isi pembuka diskusi yang digabung.")
    make_reply(source, make_user(), body="Balasan yang ikut pindah ke diskusi tujuan.")
    response = act(login_as(moderator), source, "merge", into=str(target.id))
    where = f"/discussions/{target.id}/{target.slug}"
    assert response.status_code == 303 and response.headers["Location"].endswith(where)
    page = client.get(target.url()).get_data(as_text=True)
    assert "Isi pembuka diskusi yang digabung." in page and "Balasan yang ikut pindah ke diskusi tujuan." in page
    assert fresh(target).child_count == 2
    old = client.get(source.url())
    assert old.status_code == 301 and old.headers["Location"].endswith(where)
    assert fresh(source).merged_into_id == target.id


def test_move_a_thread_to_another_category(login_as, moderator, member, make_thread):
    thread = make_thread(member, category="transformasi-digital")
    act(login_as(moderator), thread, "move", category="pelayanan-publik")
    from app.content.models import Category

    post = fresh(thread)
    assert db.session.get(Category, post.category_id).slug == "pelayanan-publik"
    assert log_entries("move")[0].before["category_id"] != post.category_id


def test_a_moderators_edit_of_someone_elses_post_is_logged(login_as, moderator, member, make_question):
    question = make_question(member)
    login_as(moderator).post(f"/posts/{question.id}/edit", {"title": question.title, "tags": "arsip",
                                                           "body": "Isi yang dirapikan moderator.",
                                                           "summary": "merapikan format"})
    [entry] = log_entries("edit")
    assert entry.actor_id == moderator.id and entry.reason == "merapikan format" and entry.after == {"revision": 2}


@pytest.mark.parametrize("role", ["member", "leader"])
def test_members_and_leaders_cannot_moderate(login_as, make_user, member, make_thread, role):
    from app.core.roles import Role

    thread = make_thread(member)
    response = act(login_as(make_user(Role(role))), thread, "hide")
    assert response.status_code == 403
    assert fresh(thread).status == "published" and log_entries() == []


def test_unknown_actions_bad_tokens_and_visitors(login_as, client, moderator, member, make_thread):
    thread = make_thread(member)
    mod = login_as(moderator)
    assert act(mod, thread, "explode").status_code == 404
    assert mod.post(f"/moderation/posts/{thread.id}/hide", {"reason": "x"}, csrf=False).status_code == 400
    assert mod.post("/moderation/posts/999999/hide", {"reason": "x"}).status_code == 404
    assert "/auth/login" in act(client, thread, "hide").headers["Location"]
    assert act(mod, thread, "hide", reason="x" * 501).status_code == 303 and fresh(thread).status == "published"


def test_the_panel_shows_only_applicable_actions_to_moderators(login_as, moderator, member, make_thread):
    thread = make_thread(member)
    page = login_as(moderator).get(thread.url()).get_data(as_text=True)
    assert f"/moderation/posts/{thread.id}/hide" in page and f"/moderation/posts/{thread.id}/merge" in page
    assert f"/moderation/posts/{thread.id}/unhide" not in page
    assert f"/moderation/posts/{thread.id}/feature" not in page  # articles only
    assert "/moderation/posts/" not in login_as(member).get(thread.url()).get_data(as_text=True)
