"""Following (Ikuti) a post, a tag or a category by a plain form POST, and what it brings."""
from sqlalchemy import select

from app.extensions import db
from app.notifications.models import Watch


def path(post) -> str:
    return post.url().removeprefix("http://localhost")


def follow(client, **target):
    return client.post("/notifications/watch", {"watch": "1", **target})


def unfollow(client, **target):
    return client.post("/notifications/watch", {"watch": "0", **target})


def test_the_button_follows_and_unfollows_a_question(member, make_user, make_question, login_as):
    question = make_question(member)
    reader = login_as(make_user(agency_code="dinkes"))
    page = reader.get(path(question)).get_data(as_text=True)
    assert 'action="/notifications/watch"' in page and 'data-watching="0"' in page and "Ikuti" in page
    response = follow(reader, post=str(question.id), next=path(question))
    assert response.status_code == 303 and response.headers["Location"].endswith(path(question))
    page = reader.get(question.url()).get_data(as_text=True)
    assert 'data-watching="1"' in page and "Berhenti mengikuti" in page
    assert unfollow(reader, post=str(question.id)).status_code == 303
    assert 'data-watching="0"' in reader.get(question.url()).get_data(as_text=True)


def test_articles_threads_tags_and_categories_have_the_button(member, make_article, make_thread, login_as):
    article, thread = make_article(member), make_thread(member)
    client = login_as(member)
    for url in (article.url(), thread.url(), "/tags/arsip", "/discussions/?category=transformasi-digital"):
        assert 'action="/notifications/watch"' in client.get(url).get_data(as_text=True), url
    # The author follows their own posts from the start.
    assert 'data-watching="1"' in client.get(article.url()).get_data(as_text=True)


def test_an_author_who_stops_following_hears_no_more_replies(member, make_user, make_thread, make_reply, login_as,
                                                              notices):
    thread = make_thread(member)
    assert unfollow(login_as(member), post=str(thread.id)).status_code == 303
    make_reply(thread, make_user(agency_code="dinkes"))
    assert notices(member) == []


def test_following_a_reply_follows_its_thread(member, make_user, make_thread, make_reply, login_as):
    thread = make_thread(member)
    reply = make_reply(thread, make_user(agency_code="dinkes"))
    reader = make_user(agency_code="dlh")
    assert follow(login_as(reader), post=str(reply.id)).status_code == 303
    assert db.session.execute(select(Watch.post_id).where(Watch.user_id == reader.id)).scalars().all() == [thread.id]


def test_following_twice_keeps_one_row(member, make_user, make_article, login_as):
    make_article(member)
    client = login_as(make_user(agency_code="dlh"))
    for _ in range(3):
        assert follow(client, tag="arsip").status_code == 303
    assert len(db.session.execute(select(Watch)).scalars().all()) == 2  # the author's article and this tag
    assert unfollow(client, tag="arsip").status_code == 303
    assert unfollow(client, tag="arsip").status_code == 303


def test_settings_list_followed_tags_and_categories(member, make_article, login_as):
    make_article(member)
    client = login_as(member)
    follow(client, tag="arsip")
    follow(client, category="transformasi-digital")
    page = client.get("/notifications/settings").get_data(as_text=True)
    assert 'href="/tags/arsip"' in page and "Transformasi Digital" in page
    assert page.count('data-watching="1"') == 2


def test_missing_targets_are_404_and_bad_input_400(member, moderator, make_thread, login_as):
    client = login_as(member)
    assert follow(client, post="999999").status_code == 404
    assert follow(client, post="abc").status_code == 404
    assert follow(client, tag="tidak-ada-tag-ini").status_code == 404
    assert follow(client, category="tidak-ada").status_code == 404
    response = client.post("/notifications/watch", {"post": "1", "watch": "ya"})
    assert response.status_code == 400 and "Pilihan ikuti tidak valid" in response.get_data(as_text=True)
    response = follow(client)
    assert response.status_code == 400 and "Pilih satu kiriman, tag, atau kategori" in response.get_data(as_text=True)
    assert follow(client, tag="arsip", category="umum").status_code == 400
    thread = make_thread(moderator)
    login_as(moderator).post(f"/moderation/posts/{thread.id}/hide", {"reason": "Uji."})
    assert follow(client, post=str(thread.id)).status_code == 404  # a hidden post is not there for members
    assert db.session.execute(select(Watch).where(Watch.user_id == member.id)).scalars().all() == []


def test_next_stays_on_this_site(member, make_thread, login_as):
    thread = make_thread(member)
    client = login_as(member)
    response = follow(client, post=str(thread.id), next="//evil.example/x")
    assert response.status_code == 303 and response.headers["Location"].endswith(path(thread))
    response = follow(client, category="umum", next="https://evil.example/")
    assert response.headers["Location"].endswith("/discussions/?category=umum")


def test_visitors_sign_in_and_forms_need_the_csrf_token(member, make_thread, client, login_as):
    thread = make_thread(member)
    response = follow(client, post=str(thread.id))
    assert response.status_code == 302 and "/auth/login" in response.headers["Location"]
    assert 'action="/notifications/watch"' not in client.get(thread.url()).get_data(as_text=True)
    forged = login_as(member).post("/notifications/watch", {"post": str(thread.id), "watch": "0"}, csrf=False)
    assert forged.status_code == 400
