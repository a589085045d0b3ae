"""A vote changes what search knows: `sort=votes` (and the boost by votes) follows the scores, on every backend."""
import re
from datetime import timedelta

from sqlalchemy import update

from app.content.models import Post
from app.extensions import db


def titles(client, query: str) -> list[str]:
    page = client.get("/search", query_string={"q": query, "sort": "votes"}).get_data(as_text=True)
    plain = re.sub(r"<[^>]+>", "", page)
    return re.findall(r"Pemindaian arsip [a-z]+", plain)


def up(voter, post) -> None:
    assert voter.post(f"/posts/{post.id}/vote", {"value": "up"}).status_code == 303


def test_a_vote_reorders_results_sorted_by_votes(app_backend, client, member, make_user, make_article, login_as,
                                                 search_sync):
    leading = make_article(member, title="Pemindaian arsip kelurahan", body="Cara memindai arsip lama.")
    trailing = make_article(member, title="Pemindaian arsip kecamatan", body="Cara memindai arsip baru.")
    up(login_as(make_user()), leading)
    search_sync()
    assert titles(client, "pemindaian") == ["Pemindaian arsip kelurahan", "Pemindaian arsip kecamatan"]
    for _ in range(2):
        up(login_as(make_user()), trailing)
    search_sync()
    assert titles(client, "pemindaian") == ["Pemindaian arsip kecamatan", "Pemindaian arsip kelurahan"]


def test_reversed_serial_votes_leave_the_sort_too(app, app_backend, client, member, make_user, make_article, login_as,
                                                  search_sync):
    """`flask reputation audit` withdraws votes with a bulk UPDATE of the scores: search follows it too."""
    app.config["SERIAL_VOTE_THRESHOLD"] = 2
    trailing = make_article(member, title="Pemindaian arsip kecamatan", body="Cara memindai arsip baru.")
    other = make_article(member, title="Catatan rapat mingguan", body="Tanpa kata yang dicari.")
    leading = make_article(make_user(), title="Pemindaian arsip kelurahan", body="Cara memindai arsip lama.")
    db.session.execute(update(Post).where(Post.id == leading.id)
                       .values(created_at=leading.created_at + timedelta(hours=1)))  # newer: first on equal votes
    db.session.commit()
    fair, fan = login_as(make_user()), login_as(make_user())
    up(fair, leading)
    up(fair, trailing)
    up(fan, trailing)
    up(fan, other)
    search_sync()
    assert titles(client, "pemindaian") == ["Pemindaian arsip kecamatan", "Pemindaian arsip kelurahan"]
    result = app.test_cli_runner().invoke(args=["reputation", "audit"])
    assert "2 suara dibatalkan" in result.output, result.output
    search_sync()
    assert titles(client, "pemindaian") == ["Pemindaian arsip kelurahan", "Pemindaian arsip kecamatan"]
