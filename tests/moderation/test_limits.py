"""A spammer's reach is small before anyone looks: first-day limits on posts and links."""
import html

import pytest
from sqlalchemy import func, select

from app.content.models import Post
from app.core.roles import Role
from app.core.timeutil import utcnow
from app.extensions import db

LINKS = "Lihat https://contoh.id/a dan https://contoh.id/b serta www.contoh.id/c untuk detail."


def posts_by(user) -> int:
    return db.session.execute(select(func.count(Post.id)).where(Post.author_id == user.id)).scalar_one()


@pytest.fixture
def newcomer(make_user):
    return make_user(name="Akun Baru Sekali", created_at=utcnow())


def ask(client, n, body="Mohon bantuannya, terima kasih."):
    return client.post("/questions/ask", {"title": f"Pertanyaan nomor {n} tentang cuti pegawai", "body": body,
                                          "tags": "cuti"})


def test_a_new_member_posts_at_most_ten_times_on_the_first_day(login_as, newcomer):
    client = login_as(newcomer)
    for n in range(10):
        assert ask(client, n).status_code == 302
    refused = ask(client, 10)
    assert refused.status_code == 422
    assert "Pada hari pertama Anda dapat mengirim 10 kiriman" in html.unescape(refused.get_data(as_text=True))
    assert posts_by(newcomer) == 10


def test_a_new_member_adds_at_most_two_links_to_a_post(login_as, newcomer, make_user, make_question):
    client = login_as(newcomer)
    refused = ask(client, 1, body=LINKS)
    assert refused.status_code == 422
    assert "paling banyak memuat 2 tautan; kiriman ini memuat 3" in html.unescape(refused.get_data(as_text=True))
    question = make_question(make_user())
    answer = client.post(f"/questions/{question.id}/answers", {"body": LINKS})
    assert answer.status_code == 422 and "2 tautan" in html.unescape(answer.get_data(as_text=True))
    assert posts_by(newcomer) == 0
    assert ask(client, 2, body="Satu tautan saja: https://medan.go.id").status_code == 302


def test_editing_in_links_is_limited_too(login_as, newcomer):
    client = login_as(newcomer)
    ask(client, 1)
    question = db.session.execute(select(Post).where(Post.author_id == newcomer.id)).scalar_one()
    response = client.post(f"/posts/{question.id}/edit", {"title": question.title, "body": LINKS, "tags": "cuti"})
    assert response.status_code == 422 and "tautan" in html.unescape(response.get_data(as_text=True))


def test_established_members_and_moderators_are_not_limited(login_as, make_user, member):
    assert ask(login_as(member), 1, body=LINKS).status_code == 302
    new_moderator = make_user(Role.MODERATOR, created_at=utcnow())
    assert ask(login_as(new_moderator), 2, body=LINKS).status_code == 302


def test_the_limits_come_from_the_configuration(app, login_as, newcomer):
    app.config["NEW_MEMBER_LINKS_PER_POST"] = 5
    assert ask(login_as(newcomer), 1, body=LINKS).status_code == 302
    app.config["NEW_MEMBER_HOURS"] = 0
    app.config["NEW_MEMBER_LINKS_PER_POST"] = 0
    assert ask(login_as(newcomer), 2, body=LINKS).status_code == 302
