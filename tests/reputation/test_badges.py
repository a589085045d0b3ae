"""Badges (Lencana) from rules over the ledger and posts, awarded at the event and by the job."""
from datetime import timedelta

from sqlalchemy import select

from app.content.models import Post
from app.core.timeutil import utcnow
from app.extensions import db
from app.reputation.badge_models import UserBadge
from app.reputation.badge_queue import drain_badge_checks


def badges(user) -> set[str]:
    return set(db.session.execute(select(UserBadge.badge).where(UserBadge.user_id == user.id)).scalars())


def test_first_accepted_answer_from_another_agency(login_as, member, make_user, make_question, make_answer,
                                                   client):
    question = make_question(member)
    helper = make_user(agency_code="bkpsdm")
    answer = make_answer(question, helper)
    login_as(member).post(f"/posts/{answer.id}/accept")
    assert badges(helper) == {"penolong-pertama", "jembatan-antarinstansi"}
    page = client.get(f"/users/{helper.id}").get_data(as_text=True)
    assert "Penolong Pertama" in page and "Jembatan Antarinstansi" in page


def test_score_badges_per_post_once_the_queue_drains(login_as, member, make_user, make_article):
    article = make_article(member)
    for _ in range(10):
        login_as(make_user()).post(f"/posts/{article.id}/vote", {"value": "up"})
    assert badges(member) == set()  # the vote only queued the check: it answers before the rules run
    assert drain_badge_checks() == 1
    assert badges(member) == {"kiriman-bermanfaat"}
    second = make_article(member, title="Praktik kedua yang juga bagus")
    for _ in range(10):
        login_as(make_user()).post(f"/posts/{second.id}/vote", {"value": "up"})
    drain_badge_checks()
    rows = db.session.execute(select(UserBadge).where(UserBadge.user_id == member.id)).scalars().all()
    assert sorted(r.post_id for r in rows) == sorted([article.id, second.id])


def test_bulk_votes_with_deferred_badges_earn_the_same_badges_once_at_the_end(member, make_user, make_article):
    from app.reputation.badges import badges_deferred
    from app.reputation.votes import cast_vote

    article = make_article(member)
    voters = [make_user() for _ in range(10)]
    with badges_deferred():
        for voter in voters:
            cast_vote(voter, article, "up")
        assert badges(member) == set()  # nothing yet: the rules run once, when the queue drains
    drain_badge_checks()
    assert badges(member) == {"kiriman-bermanfaat"}


def test_the_job_awards_streaks_and_is_idempotent(app, member, make_article):
    start = utcnow() - timedelta(days=40)
    for day in range(30):
        article = make_article(member, title=f"Catatan harian nomor {day} tentang arsip")
        db.session.get(Post, article.id).created_at = start + timedelta(days=day)
    db.session.commit()
    runner = app.test_cli_runner()
    assert "Lencana baru: 1." in runner.invoke(args=["badges", "award"]).output
    assert badges(member) == {"konsisten-30-hari"}
    assert "Lencana baru: 0." in runner.invoke(args=["badges", "award"]).output


def test_a_broken_streak_earns_nothing(app, member, make_article):
    start = utcnow() - timedelta(days=60)
    for day in [*range(15), *range(16, 31)]:
        article = make_article(member, title=f"Catatan harian nomor {day} tentang arsip")
        db.session.get(Post, article.id).created_at = start + timedelta(days=day)
    db.session.commit()
    app.test_cli_runner().invoke(args=["badges", "award"])
    assert badges(member) == set()


def test_adoption_badges_at_one_three_and_ten_agencies(app, login_as, make_user, member, make_article):
    from app.accounts.models import Agency
    article = make_article(member)
    others = db.session.execute(select(Agency.code).where(Agency.id != member.agency_id).order_by(Agency.id)
                                .limit(10)).scalars().all()
    earned = []
    for count, code in enumerate(others, start=1):
        adopter = make_user(agency_code=code)
        login_as(adopter).post(f"/articles/{article.id}/adoptions", {"note": "Kami menerapkannya di loket."})
        earned.append(badges(member))
    assert earned[0] == {"praktik-diterapkan"}
    assert earned[1] == {"praktik-diterapkan"}
    assert earned[2] == {"praktik-diterapkan", "praktik-menyebar"}
    assert earned[8] == {"praktik-diterapkan", "praktik-menyebar"}
    assert earned[9] == {"praktik-diterapkan", "praktik-menyebar", "praktik-teladan"}
    page = login_as(member).get(f"/users/{member.id}").get_data(as_text=True)
    assert "Praktik Teladan" in page and "Praktik Menyebar" in page


def test_a_web_worker_that_drains_awards_the_badge_after_the_vote_response(app_config, member, make_user,
                                                                           make_article):
    from app import create_app
    from app.search.setup import stop_drainers
    from tests.conftest import Client
    from tests.fixtures.people import PASSWORD

    article = make_article(member)
    db.session.get(Post, article.id).score = 9
    db.session.commit()
    live = create_app({**app_config, "SEARCH_DRAIN_IN_WEB": True})
    voter = Client(live)
    try:
        assert voter.login(make_user().email, PASSWORD).status_code == 302
        with voter.post(f"/posts/{article.id}/vote", {"value": "up"}) as response:
            assert response.status_code == 303
        assert badges(member) == {"kiriman-bermanfaat"}
    finally:
        stop_drainers()  # the search drainer the first request started


def test_the_search_worker_process_also_awards_the_badges_that_waited(app, member, make_user, make_article):
    """`make run` drains in `flask search worker`, not in the web workers: the badge a vote earned comes from
    that worker's round (app/core/background.py), without a worker of its own."""
    article = make_article(member)
    for _ in range(10):
        login_as_voter = make_user()
        from app.reputation.votes import cast_vote

        cast_vote(login_as_voter, db.session.get(Post, article.id), "up")
        db.session.commit()
    assert badges(member) == set()
    result = app.test_cli_runner().invoke(args=["search", "worker", "--once"])
    assert result.exit_code == 0, result.output
    assert badges(member) == {"kiriman-bermanfaat"}


def test_a_withdrawn_down_vote_that_lifts_the_score_to_a_badge_checks_it(member, make_user, make_article):
    from app.reputation.votes import cast_vote

    article = make_article(member)
    critic = make_user()
    critic.reputation = 500  # voting down is a privilege
    db.session.commit()
    cast_vote(critic, db.session.get(Post, article.id), "down")
    for _ in range(10):
        cast_vote(make_user(), db.session.get(Post, article.id), "up")  # 9: no badge yet
    db.session.commit()
    drain_badge_checks()
    assert badges(member) == set()
    cast_vote(critic, db.session.get(Post, article.id), "none")  # 10 without an up vote
    db.session.commit()
    drain_badge_checks()
    assert badges(member) == {"kiriman-bermanfaat"}
