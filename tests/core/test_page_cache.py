"""Whole pages kept for visitors who are not signed in: fast, yet never showing stale or someone else's content."""
from __future__ import annotations

import re

import pytest
from sqlalchemy import select, update

from app.content.models import Post
from app.core.cache import CacheVersion
from app.extensions import db
from tests.conftest import CSRF_META
from tests.fixtures.people import PASSWORD


@pytest.fixture(autouse=True)
def same_minute(monkeypatch):
    """Pages are also keyed on the minute: a test that crosses one would see a miss where it expects a hit."""
    monkeypatch.setattr("app.core.cache._minute", lambda: 29_000_000)


def page_of(post) -> str:
    return f"/questions/{post.id}/{post.slug}"


def test_a_visitor_gets_the_second_view_from_the_cache(client, member, make_question):
    question = make_question(member)
    first = client.get(page_of(question))
    second = client.get(page_of(question))
    assert first.status_code == second.status_code == 200
    assert first.headers["X-Page-Cache"] == "miss"
    assert second.headers["X-Page-Cache"] == "hit"
    assert second.get_data(as_text=True).count(question.title) == first.get_data(as_text=True).count(question.title)


def test_a_new_answer_shows_at_once_to_visitors(client, member, make_user, make_question, login_as):
    question = make_question(member)
    client.get(page_of(question))
    answerer = login_as(make_user(name="Penjawab Cepat"))
    response = answerer.post(f"/questions/{question.id}/answers", {"body": "Pakai aplikasi Srikandi untuk surat."})
    assert response.status_code in (302, 303)
    page = client.get(page_of(question))
    assert page.headers["X-Page-Cache"] == "miss"
    assert "Pakai aplikasi Srikandi untuk surat." in page.get_data(as_text=True)


def test_a_vote_changes_the_score_visitors_see(client, member, make_user, make_question, login_as, give_reputation):
    question = make_question(member)
    before = client.get(page_of(question)).get_data(as_text=True)
    assert f'data-post-id="{question.id}" data-score="0"' in before
    voter = login_as(give_reputation(make_user(name="Pemberi Suara"), 100))
    assert voter.post(f"/posts/{question.id}/vote", {"value": "up"}).status_code in (200, 302, 303)
    after = client.get(page_of(question)).get_data(as_text=True)
    assert f'data-post-id="{question.id}" data-score="1"' in after


def test_a_hidden_post_disappears_for_visitors(client, member, moderator, make_question, login_as):
    question = make_question(member, title="Cara mengarsip nota dinas lama")
    assert "Cara mengarsip nota dinas lama" in client.get("/questions/").get_data(as_text=True)
    mod = login_as(moderator)
    assert mod.post(f"/moderation/posts/{question.id}/hide", {"reason": "Salah kamar"}).status_code in (200, 302, 303)
    assert "Cara mengarsip nota dinas lama" not in client.get("/questions/").get_data(as_text=True)


def stored_version() -> int:
    return db.session.execute(select(CacheVersion.version).where(CacheVersion.name == "content")).scalar() or 0


def test_a_bulk_update_outside_the_form_flows_also_makes_pages_stale(client, member, make_question):
    question = make_question(member, title="Judul lama pertanyaan arsip")
    client.get("/questions/")
    version = stored_version()
    db.session.execute(update(Post).where(Post.id == question.id).values(title="Judul baru pertanyaan arsip"))
    db.session.commit()
    assert stored_version() == version + 1
    assert "Judul baru pertanyaan arsip" in client.get("/questions/").get_data(as_text=True)


def test_writes_that_no_page_shows_leave_the_version_alone(client, member, make_question):
    from app.search.models import SearchOutbox

    make_question(member)
    version = stored_version()
    db.session.add(SearchOutbox(post_id=None, action="rebuild"))
    db.session.commit()
    assert stored_version() == version


def test_members_never_get_a_cached_page(client, member, make_question, login_as):
    question = make_question(member)
    client.get(page_of(question))
    signed_in = login_as(member)
    for _ in range(2):
        page = signed_in.get(page_of(question))
        assert "X-Page-Cache" not in page.headers
        assert member.name in page.get_data(as_text=True)


def test_each_visitor_gets_a_token_of_their_own_that_works(make_client, member):
    first, second = make_client(), make_client()
    token_one = CSRF_META.search(first.get("/agencies/").get_data(as_text=True)).group(1)
    cached = second.get("/agencies/")
    assert cached.headers["X-Page-Cache"] == "hit"
    token_two = CSRF_META.search(cached.get_data(as_text=True)).group(1)
    assert token_one != token_two
    assert "\x00" not in cached.get_data(as_text=True)
    # The token from the cached page is accepted: the login succeeds instead of failing the CSRF check.
    response = second.post("/auth/login", {"login": member.email, "password": PASSWORD,
                                           "csrf_token": token_two})
    assert response.status_code != 400


def test_a_flash_message_is_shown_once_and_never_cached(client, make_client, member, login_as):
    signed_in = login_as(member)
    response = signed_in.post("/auth/logout")
    assert response.status_code in (302, 303)
    landing = signed_in.get(response.headers["Location"])
    message = re.search(r'class="alert[^"]*"[^>]*>\s*([^<]+)', landing.get_data(as_text=True))
    assert message, "the logout notice is shown"
    assert "X-Page-Cache" not in landing.headers or landing.headers["X-Page-Cache"] != "hit"
    other = make_client().get(response.headers["Location"]).get_data(as_text=True)
    assert message.group(1).strip() not in other


def test_the_cache_can_be_turned_off(app_config, tmp_path):
    from app import create_app

    app = create_app({**app_config, "PAGE_CACHE_SIZE": 0})
    with app.app_context():
        client = app.test_client()
        assert "X-Page-Cache" not in client.get("/agencies/").headers


def test_a_savepoint_bumps_nothing_until_the_real_commit(member, make_question):
    question = make_question(member, title="Pertanyaan dengan savepoint")
    version = stored_version()
    with db.session.begin_nested():
        db.session.get(Post, question.id).title = "Pertanyaan sesudah savepoint"
    # Released but not committed: no lock taken on the version row yet, nothing visible to others.
    assert db.session.execute(select(CacheVersion.version).where(CacheVersion.name == "content")).scalar() == version
    db.session.commit()
    assert stored_version() == version + 1


def test_a_savepoint_rolled_back_keeps_the_bump_of_earlier_writes(client, member, make_question):
    question = make_question(member, title="Judul sebelum diubah")
    client.get("/questions/")
    version = stored_version()
    db.session.get(Post, question.id).title = "Judul sesudah diubah"
    db.session.flush()
    nested = db.session.begin_nested()
    db.session.get(Post, question.id).score = 99
    nested.rollback()
    db.session.commit()
    assert stored_version() == version + 1
    assert "Judul sesudah diubah" in client.get("/questions/").get_data(as_text=True)


def test_an_encoded_question_mark_is_a_different_page(client, member, make_question):
    make_question(member, title="Pertanyaan bertag arsip")
    assert client.get("/tags/arsip?x=1?").status_code == 200
    assert client.get("/tags/arsip%3Fx=1").status_code == 404


def test_search_pages_are_kept_until_the_index_changes(client, member, make_article, search_sync):
    make_article(member, title="Jadwal piket kebersihan kantor", body="Piket bergilir setiap Jumat.")
    search_sync()
    first = client.get("/search?q=piket")
    assert first.headers["X-Page-Cache"] == "miss"
    assert client.get("/search?q=piket").headers["X-Page-Cache"] == "hit"
    make_article(member, title="Piket malam di kecamatan", body="Piket malam menjaga arsip.")
    search_sync()
    page = client.get("/search?q=piket")
    assert page.headers["X-Page-Cache"] == "miss"
    assert "malam di kecamatan" in page.get_data(as_text=True)


def test_a_failed_search_is_never_kept(app, client, member, monkeypatch):
    from app.search import indexing

    backend = indexing.get_backend(app)
    monkeypatch.setattr(type(backend), "search", lambda *args, **kwargs: (_ for _ in ()).throw(OSError("disk")))
    assert client.get("/search?q=arsip").status_code == 200
    assert client.get("/search?q=arsip").headers.get("X-Page-Cache") != "hit"


def test_a_kept_page_lives_at_most_a_minute(client, monkeypatch):
    assert client.get("/agencies/").headers["X-Page-Cache"] in ("hit", "miss")
    assert client.get("/agencies/").headers["X-Page-Cache"] == "hit"
    monkeypatch.setattr("app.core.cache._minute", lambda: 29_000_001)
    assert client.get("/agencies/").headers["X-Page-Cache"] == "miss"


def test_a_sign_in_leaves_the_version_alone_but_a_new_name_does_not(client, member, make_question, login_as):
    """A sign-in stamps the member's row (last_login_at): no page shows it, so kept pages live on; a change of
    what pages show (the member's name) drops them."""
    question = make_question(member)
    version = stored_version()
    login_as(member)
    assert stored_version() == version
    client.get(page_of(question))
    assert client.get(page_of(question)).headers["X-Page-Cache"] == "hit"
    db.session.get(type(member), member.id).name = "Siti Anggota Baru"
    db.session.commit()
    assert stored_version() > version
