"""Votes and the ledger: every point has a reason, every undo a compensating row, caches stay true."""
from concurrent.futures import ThreadPoolExecutor

import pytest
from sqlalchemy import func, select

from app.accounts.models import User
from app.content.models import Post
from app.extensions import db
from app.reputation import ledger
from app.reputation.models import ReputationEvent, Vote


def reputation(user) -> int:
    return db.session.execute(select(User.reputation).where(User.id == user.id)).scalar_one()


def score(post) -> int:
    return db.session.execute(select(Post.score).where(Post.id == post.id)).scalar_one()


def events(user) -> list[tuple[str, int]]:
    return [(e.reason, e.delta) for e in db.session.execute(
        select(ReputationEvent).where(ReputationEvent.user_id == user.id).order_by(ReputationEvent.id)).scalars()]


def grant(user, points: int) -> None:
    ledger.lock_user(user.id)
    ledger.record(user.id, points, "award")
    db.session.commit()


def vote(client, post, value, **kwargs):
    return client.post(f"/posts/{post.id}/vote", {"value": value}, **kwargs)


@pytest.fixture
def answer_setup(member, make_user, make_question, make_answer):
    question = make_question(member)
    author = make_user(name="Penulis Jawaban")
    return question, make_answer(question, author), author


def test_upvote_gives_ten_and_withdrawing_takes_it_back(login_as, make_user, answer_setup):
    _, answer, author = answer_setup
    voter = login_as(make_user())
    assert vote(voter, answer, "up").status_code == 303
    assert score(answer) == 1 and reputation(author) == 11
    assert vote(voter, answer, "none").status_code == 303
    assert score(answer) == 0 and reputation(author) == 1
    assert events(author) == [("upvote", 10), ("vote_undone", -10)]


def test_voting_the_same_way_twice_changes_nothing(login_as, make_user, answer_setup):
    _, answer, author = answer_setup
    voter = login_as(make_user())
    vote(voter, answer, "up")
    vote(voter, answer, "up")
    assert score(answer) == 1 and len(events(author)) == 1


def test_reply_upvotes_are_worth_two(login_as, make_user, member, make_thread, make_reply):
    thread = make_thread(member)
    author = make_user()
    reply = make_reply(thread, author)
    vote(login_as(make_user()), reply, "up")
    assert reputation(author) == 3


def test_downvote_needs_125_and_costs_the_voter_on_answers(login_as, make_user, answer_setup):
    _, answer, author = answer_setup
    newcomer = make_user()
    response = vote(login_as(newcomer), answer, "down")
    assert response.status_code == 403 and "reputasi 125" in response.get_data(as_text=True)
    assert score(answer) == 0
    grant(newcomer, 200)
    client = login_as(newcomer)
    assert vote(client, answer, "down").status_code == 303
    assert score(answer) == -1 and reputation(author) == 1  # the floor
    assert reputation(newcomer) == 200  # 1 + 200 - 1
    assert vote(client, answer, "up").status_code == 303  # switching compensates first
    assert score(answer) == 1 and reputation(author) == 11 and reputation(newcomer) == 201


def test_no_vote_on_ones_own_post(login_as, answer_setup):
    _, answer, author = answer_setup
    response = vote(login_as(author), answer, "up", headers={"Accept": "application/json"})
    assert response.status_code == 403
    assert response.json["error"]["message"] == "Anda tidak dapat memberi suara pada kiriman Anda sendiri."
    assert score(answer) == 0


def test_votes_need_post_csrf_and_a_known_value(login_as, client, make_user, answer_setup):
    _, answer, _ = answer_setup
    voter = login_as(make_user())
    assert voter.get(f"/posts/{answer.id}/vote").status_code == 405
    assert vote(voter, answer, "up", csrf=False).status_code == 400
    bad = vote(voter, answer, "banyak", headers={"Accept": "application/json"})
    assert bad.status_code == 400 and "up, down atau none" in bad.json["error"]["message"]
    assert "/auth/login" in vote(client, answer, "up").headers["Location"]
    assert score(answer) == 0


def test_json_answer_for_scripts(login_as, make_user, answer_setup):
    _, answer, _ = answer_setup
    response = vote(login_as(make_user()), answer, "up", headers={"Accept": "application/json"})
    assert response.json == {"post_id": answer.id, "score": 1, "vote": 1}


def test_the_vote_script_gets_every_refusal_as_json(login_as, answer_setup):
    """vote.js marks its calls with X-Requested-With: fetch; a vote on a post that is gone answers JSON too,
    not an HTML page the script cannot read (one rule for who wants JSON, core.views.wants_json)."""
    _, answer, author = answer_setup
    script = {"X-Requested-With": "fetch"}
    writer = login_as(author)
    own = vote(writer, answer, "up", headers=script)
    assert own.status_code == 403 and own.json["error"]["code"] == 403
    missing = writer.post("/posts/999999/vote", data={"value": "up"}, headers=script)
    assert missing.status_code == 404 and missing.json["error"]["code"] == 404
    assert missing.json["error"]["message"]


def test_vote_buttons_show_the_members_vote(login_as, make_user, answer_setup):
    question, answer, _ = answer_setup
    voter = login_as(make_user())
    vote(voter, answer, "up")
    page = voter.get(f"/questions/{question.id}/{question.slug}").get_data(as_text=True)
    assert 'aria-pressed="true"' in page and f'data-post-id="{answer.id}" data-score="1"' in page


def test_daily_cap_of_200(app, login_as, make_user, member, make_article):
    article = make_article(member)
    for _ in range(21):
        vote(login_as(make_user()), article, "up")
    assert score(article) == 21 and reputation(member) == 201
    assert events(member)[-1] == ("upvote", 0)


def test_accepting_gives_15_and_2_and_undoing_takes_them_back(login_as, member, answer_setup):
    question, answer, author = answer_setup
    asker = login_as(member)
    asker.post(f"/posts/{answer.id}/accept")
    assert reputation(author) == 16 and reputation(member) == 3
    asker.post(f"/posts/{answer.id}/accept")
    assert reputation(author) == 1 and reputation(member) == 1


def test_no_points_for_accepting_ones_own_answer(login_as, member, make_question, make_answer):
    question = make_question(member)
    own = make_answer(question, member)
    login_as(member).post(f"/posts/{own.id}/accept")
    assert reputation(member) == 1 and events(member) == []


def test_deleting_a_post_takes_its_vote_points_and_restoring_gives_them_back(login_as, make_user, member,
                                                                             make_article):
    article = make_article(member)
    vote(login_as(make_user()), article, "up")
    owner = login_as(member)
    owner.post(f"/posts/{article.id}/delete")
    assert reputation(member) == 1
    owner.post(f"/posts/{article.id}/restore")
    assert reputation(member) == 11
    assert [r for r, _ in events(member)] == ["upvote", "post_deleted", "post_restored"]


def test_check_and_recompute(app, login_as, make_user, answer_setup):
    _, answer, author = answer_setup
    vote(login_as(make_user()), answer, "up")
    runner = app.test_cli_runner()
    assert runner.invoke(args=["reputation", "check"]).exit_code == 0
    db.session.get(User, author.id).reputation = 999
    db.session.get(Post, answer.id).score = 7
    db.session.commit()
    broken = runner.invoke(args=["reputation", "check"])
    assert broken.exit_code == 1 and "999" in broken.output
    assert runner.invoke(args=["reputation", "recompute"]).exit_code == 0
    assert runner.invoke(args=["reputation", "check"]).exit_code == 0
    assert reputation(author) == 11 and score(answer) == 1


def test_thirty_concurrent_upvotes_by_one_member_count_once(app, login_as, make_user, answer_setup):
    _, answer, author = answer_setup
    voter = login_as(make_user())
    cookie = voter.raw.get_cookie("session").value
    token, answer_id = voter.csrf_token(), answer.id

    def one(_):
        from tests.conftest import Client

        client = Client(app)
        client.raw.set_cookie("session", cookie)
        return client.post(f"/posts/{answer_id}/vote", {"value": "up", "csrf_token": token}).status_code

    db.session.commit()
    with ThreadPoolExecutor(max_workers=10) as pool:
        statuses = list(pool.map(one, range(30)))
    assert set(statuses) == {303}, statuses
    assert score(answer) == 1 and reputation(author) == 11
    assert db.session.execute(select(func.count(Vote.id))).scalar_one() == 1
    assert app.test_cli_runner().invoke(args=["reputation", "check"]).exit_code == 0


def test_a_toggle_storm_ends_with_the_score_equal_to_the_votes(app, login_as, make_user, answer_setup):
    _, answer, author = answer_setup
    voters = [make_user() for _ in range(4)]
    for voter in voters:
        grant(voter, 200)
    clients = [login_as(v) for v in voters]
    tokens = [c.csrf_token() for c in clients]
    cookies = [c.raw.get_cookie("session").value for c in clients]
    plan = [(n % 4, ("up", "down", "none", "up", "down")[n % 5]) for n in range(40)]
    answer_id = answer.id

    def one(step):
        from tests.conftest import Client

        who, value = step
        client = Client(app)
        client.raw.set_cookie("session", cookies[who])
        return client.post(f"/posts/{answer_id}/vote", {"value": value, "csrf_token": tokens[who]}).status_code

    db.session.commit()
    with ThreadPoolExecutor(max_workers=8) as pool:
        assert set(pool.map(one, plan)) == {303}
    total = db.session.execute(select(func.coalesce(func.sum(Vote.value), 0)).where(Vote.post_id == answer.id)) \
        .scalar_one()
    assert score(answer) == total
    assert app.test_cli_runner().invoke(args=["reputation", "check"]).exit_code == 0


def test_concurrent_upvotes_from_many_members_never_pass_the_daily_cap(app, login_as, make_user, member,
                                                                      make_article):
    # The cap is read inside the ledger INSERT, under the author's lock: 24 upvotes of 10 at once give 200.
    article = make_article(member)
    clients = [login_as(make_user()) for _ in range(24)]
    seats = [(c.raw.get_cookie("session").value, c.csrf_token()) for c in clients]
    article_id = article.id

    def one(seat):
        from tests.conftest import Client

        client = Client(app)
        client.raw.set_cookie("session", seat[0])
        return client.post(f"/posts/{article_id}/vote", {"value": "up", "csrf_token": seat[1]}).status_code

    db.session.commit()
    with ThreadPoolExecutor(max_workers=8) as pool:
        assert set(pool.map(one, seats)) == {303}
    assert score(article) == 24 and reputation(member) == 201
    given = sorted(delta for reason, delta in events(member) if reason == "upvote")
    assert sum(given) == 200 and given.count(10) == 20 and set(given) <= {0, 10}
    assert app.test_cli_runner().invoke(args=["reputation", "check"]).exit_code == 0


def test_two_acceptances_at_once_leave_exactly_one(app, login_as, member, make_user, make_question, make_answer):
    question = make_question(member)
    first, second = make_answer(question, make_user()), make_answer(question, make_user())
    asker = login_as(member)
    cookie, token = asker.raw.get_cookie("session").value, asker.csrf_token()

    def accept(answer_id):
        from tests.conftest import Client

        client = Client(app)
        client.raw.set_cookie("session", cookie)
        return client.post(f"/posts/{answer_id}/accept", {"csrf_token": token}).status_code

    ids = [first.id, second.id]
    db.session.commit()  # ends the test's own transaction: on SQLite it would hold the write lock
    with ThreadPoolExecutor(max_workers=2) as pool:
        assert set(pool.map(accept, ids)) == {303}
    accepted = db.session.execute(select(Post.accepted_answer_id).where(Post.id == question.id)).scalar_one()
    assert accepted in ids
    granted = db.session.execute(select(func.sum(ReputationEvent.delta)).where(
        ReputationEvent.reason.in_(["accepted", "accepted_asker", "accept_undone"]))).scalar_one()
    assert granted == 15 + 2  # one accepted answer's worth, however the two requests interleaved
    assert app.test_cli_runner().invoke(args=["reputation", "check"]).exit_code == 0


def test_the_privileges_page_explains_thresholds(client):
    page = client.get("/reputation/privileges").get_data(as_text=True)
    assert "Menolak kiriman" in page and "125" in page and "1.000" in page


def test_profile_shows_the_reputation_history(client, login_as, make_user, answer_setup):
    question, answer, author = answer_setup
    vote(login_as(make_user()), answer, "up")
    page = client.get(f"/users/{author.id}?tab=reputasi").get_data(as_text=True)
    assert "Riwayat reputasi" in page and "Kiriman didukung" in page and "+10" in page
    assert 'data-reputation="11"' in page
    assert question.title in page
