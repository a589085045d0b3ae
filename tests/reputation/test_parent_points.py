"""Points follow the parent-state rule: when a question or discussion leaves the site, the points of the answers
and replies under it (votes and acceptance) leave with it, through compensating ledger rows, and come back with it."""
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta

import pytest
from sqlalchemy import func, select, text

from app.accounts.models import User
from app.content.models import Post
from app.core.timeutil import utcnow
from app.extensions import db
from app.reputation.badge_models import UserBadge
from app.reputation.models import ReputationEvent


def reputation(user) -> int:
    return db.session.execute(select(User.reputation).where(User.id == user.id)
                              .execution_options(populate_existing=True)).scalar_one()


def history_total(user) -> int:
    return db.session.execute(select(func.coalesce(func.sum(ReputationEvent.delta), 0))
                              .where(ReputationEvent.user_id == user.id)).scalar_one()


def moderate(client, post, action):
    response = client.post(f"/moderation/posts/{post.id}/{action}", {"reason": "Uji moderasi"})
    assert response.status_code == 303


def badges(user) -> set[str]:
    return set(db.session.execute(select(UserBadge.badge).where(UserBadge.user_id == user.id)).scalars())


def assert_books_balance(app, *users):
    assert app.test_cli_runner().invoke(args=["reputation", "check"]).exit_code == 0
    for user in users:
        assert reputation(user) == 1 + history_total(user)  # the profile's history adds up to what it shows


@pytest.mark.parametrize(("away", "back"), [("hide", "unhide"), ("delete", "restore")])
def test_an_accepted_answer_loses_its_points_with_its_question_and_gets_them_back(
        app, login_as, member, moderator, make_user, make_question, make_answer, away, back):
    question = make_question(member)
    answerer = make_user(name="Budi Penjawab", agency_code="bkpsdm")
    answer = make_answer(question, answerer)
    login_as(make_user()).post(f"/posts/{answer.id}/vote", {"value": "up"})
    login_as(member).post(f"/posts/{answer.id}/accept")
    assert (reputation(answerer), reputation(member)) == (1 + 10 + 15, 1 + 2)
    mod = login_as(moderator)
    moderate(mod, question, away)
    assert (reputation(answerer), reputation(member)) == (1, 1)
    assert_books_balance(app, answerer, member)
    moderate(mod, question, back)
    assert (reputation(answerer), reputation(member)) == (1 + 10 + 15, 1 + 2)
    assert_books_balance(app, answerer, member)


def test_a_reply_loses_its_vote_points_with_its_discussion(app, login_as, member, moderator, make_user, make_thread,
                                                           make_reply):
    thread = make_thread(member)
    replier = make_user(name="Rudi Pembalas")
    reply = make_reply(thread, replier)
    login_as(make_user()).post(f"/posts/{reply.id}/vote", {"value": "up"})
    assert reputation(replier) == 3
    mod = login_as(moderator)
    moderate(mod, thread, "hide")
    assert reputation(replier) == 1
    moderate(mod, thread, "unhide")
    assert reputation(replier) == 3
    assert_books_balance(app, replier)


def test_an_answer_removed_under_a_hidden_question_stays_without_points(
        app, login_as, member, moderator, make_user, make_question, make_answer):
    question = make_question(member)
    answerer = make_user(name="Budi Penjawab", agency_code="bkpsdm")
    answer = make_answer(question, answerer)
    login_as(make_user()).post(f"/posts/{answer.id}/vote", {"value": "up"})
    login_as(member).post(f"/posts/{answer.id}/accept")
    mod = login_as(moderator)
    moderate(mod, question, "hide")
    moderate(mod, answer, "delete")  # withdraws the acceptance while the question is hidden
    assert (reputation(answerer), reputation(member)) == (1, 1)
    assert_books_balance(app, answerer, member)
    moderate(mod, question, "unhide")  # the answer stays deleted: its votes stay away, the acceptance is gone
    assert (reputation(answerer), reputation(member)) == (1, 1)
    moderate(mod, answer, "restore")
    assert (reputation(answerer), reputation(member)) == (11, 1)
    assert_books_balance(app, answerer, member)


def test_badges_do_not_count_answers_under_a_hidden_question(app, member, moderator, make_user, make_question,
                                                             make_answer):
    question = make_question(member)
    answerer = make_user(name="Budi Penjawab", agency_code="bkpsdm")
    start = utcnow() - timedelta(days=40)
    answers = [make_answer(question, answerer, body=f"Jawaban harian nomor {day} tentang arsip surat.")
               for day in range(30)]
    for day, answer in enumerate(answers):
        db.session.get(Post, answer.id).created_at = start + timedelta(days=day)
    db.session.get(Post, question.id).accepted_answer_id = answers[0].id  # accepted across agencies
    db.session.get(Post, question.id).status = "hidden"
    db.session.commit()
    app.test_cli_runner().invoke(args=["badges", "award"])
    assert badges(answerer) == set()


@pytest.mark.postgres_only
@pytest.mark.parametrize("action", ["vote", "adoption"])
def test_a_hide_committing_during_a_vote_or_adoption_leaves_no_points(app, login_as, member, make_user,
                                                                       make_question, make_answer, make_article,
                                                                       action):
    from tests.conftest import Client

    if action == "vote":
        top = make_question(member)
        author = make_user(name="Budi Penjawab", agency_code="bkpsdm")
        url, form = f"/posts/{make_answer(top, author).id}/vote", {"value": "up"}
    else:
        author = member
        top = make_article(member)
        url, form = f"/articles/{top.id}/adoptions", {"note": "Kami menerapkannya di loket."}
    actor = login_as(make_user(name="Sari Pengunjung", agency_code="dinkes"))
    cookie, token, top_id = actor.raw.get_cookie("session").value, actor.csrf_token(), top.id
    db.session.commit()

    def act():
        client = Client(app)
        client.raw.set_cookie("session", cookie)
        return client.post(url, {**form, "csrf_token": token}).status_code

    # A moderator's hide of the question (or article), not yet committed when the member acts.
    with db.engine.connect() as hiding, ThreadPoolExecutor(max_workers=1) as pool:
        hiding.execute(text("UPDATE posts SET status = 'hidden' WHERE id = :id"), {"id": top_id})
        pending = pool.submit(act)
        time.sleep(1.0)  # the member's request is now under way: it must wait for the hide, not race it
        hiding.commit()
        status = pending.result(timeout=30)
    assert status in (303, 400, 404, 409), status
    assert reputation(author) == 1
    assert not db.session.execute(select(ReputationEvent.id).where(ReputationEvent.user_id == author.id)).first()
