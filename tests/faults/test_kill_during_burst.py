"""kill -9 of the whole server in the middle of a burst of writes loses nothing it acknowledged.

Eight members write at once (questions, articles, answers, upvotes) against gunicorn with two workers and
the drainer on; the server's process group is SIGKILLed mid-burst. After a restart on the same database:
every acknowledged post exists exactly once, every acknowledged vote is counted exactly once, nothing
exists twice (acknowledged or not), the reputation ledger checks out, and the acknowledged posts become
searchable (the search outbox survived the crash).
"""
from __future__ import annotations

import http.client
import itertools
import json
import os
import signal
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field

import pytest
from sqlalchemy import func, select

from app.content.models import Post
from app.core import database
from app.extensions import db
from app.reputation import rules
from app.reputation.models import ReputationEvent, Vote
from tests.faults.support import serve, server_env, token
from tests.fixtures.people import PASSWORD
from tests.support.http import WebSession, csrf_from, wait_searchable

pytestmark = pytest.mark.slow
MEMBERS = 8
KILL_AFTER = 30  # acknowledged writes before the kill (160 are planned in all)
KILL_AT_LATEST = 20.0  # seconds into the burst: a loaded machine may not reach KILL_AFTER by then
ENOUGH = 10  # acknowledged writes that make the test mean something
BODY = "Catatan lapangan dari unit kerja kami tentang {word}, ditulis saat uji ketahanan server."


@dataclass
class Ledger:
    """What the clients sent and what the server acknowledged, shared by the writer threads."""

    lock: threading.Lock = field(default_factory=threading.Lock)
    attempted: dict[str, str] = field(default_factory=dict)  # token -> kind, every post sent
    acknowledged: dict[str, str] = field(default_factory=dict)  # token -> kind, a redirect to the new post
    votes_sent: set[tuple[int, int]] = field(default_factory=set)  # (voter id, post id)
    votes_acknowledged: set[tuple[int, int]] = field(default_factory=set)
    unexpected: list[str] = field(default_factory=list)  # complete answers that are not a success
    cut_off: int = 0  # members whose burst ended with a broken connection (the kill)

    def acked(self) -> int:
        with self.lock:
            return len(self.acknowledged) + len(self.votes_acknowledged)


def plan(member: int, articles: list[int], questions: list[int]) -> list[tuple[str, int | None]]:
    """A member's burst: posts and answers, with an upvote on each other member's article in between."""
    targets = [articles[(member + k) % MEMBERS] for k in range(1, MEMBERS)]
    steps: list[tuple[str, int | None]] = []
    writes = itertools.cycle(["question", "answer", "article"])
    for target in targets:
        steps.append((next(writes), None))
        steps.append(("vote", target))
    steps.extend((next(writes), None) for _ in range(6))
    question = questions[0] if member != 0 else questions[1]  # an answer to someone else's question
    return [(kind, question if kind == "answer" else target) for kind, target in steps]


def burst(session: WebSession, csrf: str, voter_id: int, steps, counter, ledger: Ledger, killed: threading.Event):
    for kind, target in steps:
        if killed.is_set():
            return
        word = token(next(counter))
        try:
            if kind == "vote":
                with ledger.lock:
                    ledger.votes_sent.add((voter_id, target))
                response = session.post_form(f"/posts/{target}/vote", {"csrf_token": csrf, "value": "up"},
                                             headers={"Accept": "application/json", "X-Requested-With": "fetch"})
                ok = response.status == 200 and json.loads(response.body).get("vote") == 1
                if ok:
                    with ledger.lock:
                        ledger.votes_acknowledged.add((voter_id, target))
            else:
                with ledger.lock:
                    ledger.attempted[word] = kind
                if kind == "answer":
                    response = session.post_form(f"/questions/{target}/answers",
                                                 {"csrf_token": csrf, "body": BODY.format(word=word)})
                    ok = response.status == 303
                else:
                    path = "/questions/ask" if kind == "question" else "/articles/new"
                    title = f"{'Pertanyaan' if kind == 'question' else 'Praktik'} uji {word}"
                    response = session.post_form(path, {"csrf_token": csrf, "title": title, "tags": "uji",
                                                        "body": BODY.format(word=word), "publish": "y"})
                    ok = response.status == 302 and (response.location_path or "").startswith(f"/{kind}s/")
                if ok:
                    with ledger.lock:
                        ledger.acknowledged[word] = kind
            if not ok:
                with ledger.lock:
                    ledger.unexpected.append(f"{kind} {word}: {response}")
        except (OSError, http.client.HTTPException):  # the server died under this request
            with ledger.lock:
                ledger.cut_off += 1
            return


def count_posts_with(word: str) -> int:
    return db.session.execute(select(func.count(Post.id)).where(Post.body_md.contains(word))).scalar_one()


def check_database(ledger: Ledger, acked_posts: dict[str, str], acked_votes: set[tuple[int, int]]):
    """Every post sent exists at most once and every acknowledged one exactly once; every acknowledged vote
    is one vote row, worth one upvote in the ledger; no vote that nobody sent."""
    db.session.rollback()
    counts = {word: count_posts_with(word) for word in ledger.attempted}
    assert {w: c for w, c in counts.items() if c > 1} == {}, "posts stored twice"
    assert {w: c for w, c in counts.items() if w in acked_posts and c != 1} == {}, "acknowledged posts lost"
    rows = list(db.session.execute(select(Vote)).scalars())
    votes = {(v.user_id, v.post_id): v for v in rows}
    assert len(votes) == len(rows), "a member's vote on a post stored twice"
    assert acked_votes <= {key for key, v in votes.items() if v.value == 1}, "acknowledged votes lost"
    assert set(votes) <= ledger.votes_sent
    for vote in votes.values():
        upvotes = db.session.execute(select(func.count(ReputationEvent.id)).where(
            ReputationEvent.vote_id == vote.id, ReputationEvent.reason == rules.UPVOTE)).scalar_one()
        assert upvotes == (1 if vote.value == 1 else 0), (vote.user_id, vote.post_id, upvotes)
    return counts, {key for key, v in votes.items() if v.value == 1}


def test_sigkill_mid_burst_keeps_every_acknowledged_write_exactly_once(
        tmp_path, app, database_url, make_user, make_article, make_question):
    members = [make_user(name=f"Penulis Beruntun {n}") for n in range(MEMBERS)]
    articles = [make_article(m, title=f"Praktik awal nomor {n}").id for n, m in enumerate(members)]
    questions = [make_question(members[n], title=f"Pertanyaan awal nomor {n}").id for n in range(2)]
    member_ids = [m.id for m in members]
    emails = [m.email for m in members]
    db.session.remove()

    ledger, killed, counter = Ledger(), threading.Event(), itertools.count(1)
    env = server_env(tmp_path, database_url, drain=True)
    with serve(env, tmp_path / "gunicorn-1.log") as server:
        sessions = [WebSession(server.base_url, timeout=15) for _ in members]

        def sign_in(n: int) -> str:
            token_ = csrf_from(sessions[n].get("/auth/login"))
            response = sessions[n].post_form("/auth/login", {"csrf_token": token_, "login": emails[n],
                                                             "password": PASSWORD})
            assert response.status == 302, response
            return csrf_from(sessions[n].get("/"))

        with ThreadPoolExecutor(MEMBERS) as pool:
            tokens = list(pool.map(sign_in, range(MEMBERS)))
        started = time.monotonic()
        with ThreadPoolExecutor(MEMBERS) as pool:
            running = [pool.submit(burst, sessions[n], tokens[n], member_ids[n], plan(n, articles, questions),
                                   counter, ledger, killed) for n in range(MEMBERS)]
            while ledger.acked() < KILL_AFTER and time.monotonic() - started < KILL_AT_LATEST:
                time.sleep(0.01)
            os.killpg(server.process.pid, signal.SIGKILL)
            killed.set()
            server.process.wait(10)
            for future in running:
                future.result()
        first_log = server.log()

    assert not ledger.unexpected, "\n".join(ledger.unexpected) + "\n" + first_log
    assert ledger.cut_off > 0, "the kill came after the burst had ended: nothing was cut off"
    acked_posts = dict(ledger.acknowledged)
    acked_votes = set(ledger.votes_acknowledged)
    assert len(acked_posts) + len(acked_votes) >= ENOUGH, first_log

    with serve(env, tmp_path / "gunicorn-2.log") as server:
        # Read-only transactions: on SQLite a plain BEGIN, so the new server's drainer is never kept waiting.
        with database.reading():
            counts, upvotes = check_database(ledger, acked_posts, acked_votes)
            check = app.test_cli_runner().invoke(args=["reputation", "check"])
            db.session.rollback()
        assert check.exit_code == 0, check.output
        # The search outbox survived: what was acknowledged becomes searchable after the restart.
        missing = wait_searchable(WebSession(server.base_url), sorted(acked_posts), 20)
        assert missing == [], f"not searchable after the restart: {missing}\n{server.log()}"

    print(f"\nacknowledged before the kill: {len(acked_posts)} posts "
          f"({sum(k != 'answer' for k in acked_posts.values())} questions/articles, "
          f"{sum(k == 'answer' for k in acked_posts.values())} answers) and {len(acked_votes)} votes; "
          f"sent {len(ledger.attempted)} posts and {len(ledger.votes_sent)} votes; "
          f"{ledger.cut_off} members cut off; stored but not acknowledged: "
          f"{sum(1 for w, c in counts.items() if c == 1 and w not in acked_posts)} posts, "
          f"{len(upvotes - acked_votes)} votes")
