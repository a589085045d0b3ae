"""SQLite writers queue on a lock file beside the database (app/core/write_gate.py): a vote waits while another
process writes and goes on once it is done; the gate is given back however a transaction ends, so a failed
write never leaves the site unable to write; a gate held too long falls back to SQLite's own waiting."""
import fcntl
import os
import threading
import time

import pytest
from sqlalchemy import select, text

from app.content.models import Post
from app.core.write_gate import WriteGate
from app.extensions import db

pytestmark = pytest.mark.sqlite_only


def gate_path() -> str:
    return os.path.abspath(db.engine.url.database) + "-writegate"


def gate_is_free() -> bool:
    """Whether another process could take the gate now."""
    fd = os.open(gate_path(), os.O_RDWR | os.O_CREAT)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    finally:
        os.close(fd)
    return True


class OtherProcess:
    """Holds the gate as another worker's write would (a descriptor of its own behaves as another process)."""

    def __enter__(self):
        self.fd = os.open(gate_path(), os.O_RDWR | os.O_CREAT)
        fcntl.flock(self.fd, fcntl.LOCK_EX)
        return self

    def release(self):
        fcntl.flock(self.fd, fcntl.LOCK_UN)

    def __exit__(self, *exc):
        os.close(self.fd)


def test_a_write_holds_the_gate_until_it_commits_and_a_read_never_takes_it(app, member):
    db.session.commit()
    db.session.execute(text("UPDATE users SET reputation = reputation WHERE id = :id"), {"id": member.id})
    assert not gate_is_free()  # outside a request work writes: BEGIN IMMEDIATE behind the gate
    db.session.commit()
    assert gate_is_free()
    db.session.execute(text("UPDATE users SET reputation = reputation WHERE id = :id"), {"id": member.id})
    db.session.rollback()
    assert gate_is_free()


def test_a_failed_write_gives_the_gate_back(app, member):
    db.session.commit()
    with pytest.raises(Exception):  # noqa: B017 (the database refuses a second row with the same id)
        db.session.execute(text("INSERT INTO users (id) VALUES (:id)"), {"id": member.id})
    db.session.rollback()
    assert gate_is_free()


def test_a_page_read_by_a_member_does_not_take_the_gate(app, login_as, member, make_question):
    question = make_question(member, title="Cara mengarsipkan surat")
    client, url = login_as(member), f"/questions/{question.id}"
    db.session.commit()
    with OtherProcess():  # another worker writes for as long as the page takes
        started = time.monotonic()
        page = client.get(url, follow_redirects=True)
        assert page.status_code == 200 and "Cara mengarsipkan surat" in page.get_data(as_text=True)
        assert time.monotonic() - started < 10  # it did not wait out the gate's 30 s


def test_a_vote_waits_for_another_writer_and_then_counts(app, login_as, member, make_user, make_question,
                                                      make_answer):
    answer = make_answer(make_question(member), make_user())
    answer_id = answer.id
    voter = login_as(make_user())
    token = voter.csrf_token()
    results = []
    db.session.commit()  # the test's own transaction would hold the gate too
    with OtherProcess() as other:
        thread = threading.Thread(target=lambda: results.append(
            voter.post(f"/posts/{answer_id}/vote", {"value": "up", "csrf_token": token}).status_code))
        thread.start()
        thread.join(0.5)
        assert thread.is_alive() and results == []  # queued behind the other writer
        other.release()
        thread.join(10)
    assert results == [303] and gate_is_free()
    assert db.session.execute(select(Post.score).where(Post.id == answer_id)).scalar_one() == 1


def test_a_gate_held_too_long_lets_the_writer_go_on_to_sqlite(tmp_path):
    gate = WriteGate(str(tmp_path / "x.db-writegate"), timeout_seconds=0.2)
    connection, holder = object(), os.open(tmp_path / "x.db-writegate", os.O_RDWR | os.O_CREAT)
    gate.open(connection)
    fcntl.flock(holder, fcntl.LOCK_EX)
    started = time.monotonic()
    gate.acquire(connection)  # gives up after the timeout, holding nothing
    assert 0.2 <= time.monotonic() - started < 5
    fcntl.flock(holder, fcntl.LOCK_UN)
    gate.release(connection)  # nothing to give back; no error
    gate.acquire(connection)
    with pytest.raises(BlockingIOError):
        fcntl.flock(holder, fcntl.LOCK_EX | fcntl.LOCK_NB)
    gate.close(connection)
    fcntl.flock(holder, fcntl.LOCK_EX | fcntl.LOCK_NB)  # closed: free again
    os.close(holder)


def test_a_thread_that_holds_the_gate_does_not_wait_on_itself(tmp_path):
    gate = WriteGate(str(tmp_path / "x.db-writegate"), timeout_seconds=30)
    first, second = object(), object()
    gate.open(first)
    gate.open(second)
    gate.acquire(first)
    started = time.monotonic()
    gate.acquire(second)  # a second connection of the same thread: SQLite decides, as without the gate
    assert time.monotonic() - started < 1
    gate.release(first)
    gate.acquire(second)
    outside = os.open(tmp_path / "x.db-writegate", os.O_RDWR)
    with pytest.raises(BlockingIOError):  # the second connection holds it now
        fcntl.flock(outside, fcntl.LOCK_EX | fcntl.LOCK_NB)
    gate.close(first)
    gate.close(second)
    fcntl.flock(outside, fcntl.LOCK_EX | fcntl.LOCK_NB)
    os.close(outside)


def test_a_forked_child_queues_on_its_own_and_leaves_the_parents_gate_alone(tmp_path):
    """gunicorn forks its workers: a child that shared the parent's descriptor would not be kept apart from it,
    and unlocking that copy would take the parent's gate away."""
    gate = WriteGate(str(tmp_path / "x.db-writegate"), timeout_seconds=0.3)
    connection = object()
    gate.open(connection)
    gate.acquire(connection)  # the parent writes
    pid = os.fork()
    if pid == 0:  # the child: the gate is the parent's, so it waits and gives up after the timeout
        try:
            started = time.monotonic()
            gate.acquire(connection)
            waited = time.monotonic() - started
            gate.release(connection)
            os._exit(0 if waited >= 0.3 else 1)
        except BaseException:  # noqa: BLE001 - a child must never go back into pytest
            os._exit(2)
    _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 0
    outside = os.open(tmp_path / "x.db-writegate", os.O_RDWR)
    with pytest.raises(BlockingIOError):  # still the parent's after the child is gone
        fcntl.flock(outside, fcntl.LOCK_EX | fcntl.LOCK_NB)
    gate.close(connection)
    fcntl.flock(outside, fcntl.LOCK_EX | fcntl.LOCK_NB)
    os.close(outside)
