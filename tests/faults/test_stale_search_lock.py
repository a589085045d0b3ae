"""A process killed while it holds the Whoosh index's write lock does not stop search or indexing.

Whoosh 2.7 locks the index with fcntl.flock() on <generation>/MAIN_WRITELOCK (whoosh.util.filelock); the
kernel drops an flock when its holder dies, however it dies. The file itself stays behind after a crash,
so this test checks the real failure mode: a writer SIGKILLed halfway through a batch leaves the lock file,
a temporary folder and unfinished segment files in the index, and the site's drainers must still get the lock
(and their next commit clears the debris).
"""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import time

import pytest

from app.extensions import db
from app.search.whoosh_backend import LockError, WhooshBackend
from tests.faults.support import serve, server_env
from tests.fixtures.people import PASSWORD
from tests.support.http import REPO_ROOT, WebSession, csrf_from, wait_searchable

pytestmark = pytest.mark.slow

# A second process that takes the write lock the way the drainer does, writes part of a batch and waits.
HOLDER = textwrap.dedent("""
    import sys, time
    from datetime import datetime, timezone
    from app.search.backend import SearchDocument
    from app.search.whoosh_backend import WhooshBackend

    backend = WhooshBackend(sys.argv[1])
    writer = backend.writer()
    document = SearchDocument(key=999999, kind="article", title="Setengah ditulis", body="zvqqqq tidak pernah selesai",
                              tags=[], agency="diskominfo", author="Proses Mati", author_id=1,
                              created_at=datetime.now(timezone.utc), votes=0, accepted=False)
    for _ in range(200):
        backend.write(writer, [document], [])
    print("LOCKED", flush=True)
    time.sleep(120)
""")


def write_article(session: WebSession, csrf: str, word: str) -> None:
    response = session.post_form("/articles/new", {
        "csrf_token": csrf, "title": f"Praktik baik {word}", "tags": "uji", "publish": "y",
        "body": f"Langkah kerja yang kami coba dengan kata {word} di dalamnya."})
    assert response.status == 302, response


def pending(session: WebSession) -> int:
    return json.loads(session.get("/healthz").body)["search"]["pending"]


def test_a_writer_killed_while_holding_the_search_lock_does_not_block_indexing(tmp_path, app, database_url,
                                                                               make_user):
    member = make_user(name="Penulis Pencarian")
    email = member.email
    db.session.remove()  # the test's own transaction ends: on SQLite it would hold the write lock
    index_dir = tmp_path / "search_index"
    with serve(server_env(tmp_path, database_url, drain=True), tmp_path / "gunicorn.log") as server:
        writer_session, reader = WebSession(server.base_url), WebSession(server.base_url)
        login = writer_session.post_form("/auth/login", {
            "csrf_token": csrf_from(writer_session.get("/auth/login")), "login": email, "password": PASSWORD})
        assert login.status == 302, login
        csrf = csrf_from(writer_session.get("/"))
        write_article(writer_session, csrf, "zvbbbb")
        assert wait_searchable(reader, ["zvbbbb"], 10) == [], server.log()

        folder = index_dir / (index_dir / "CURRENT").read_text().strip()
        before = {p.name for p in folder.iterdir()}
        holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(index_dir)], cwd=REPO_ROOT,
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        try:
            assert holder.stdout.readline().strip() == "LOCKED", holder.stderr.read()
            with pytest.raises(LockError):  # the lock is really held: nobody else can write
                WhooshBackend(index_dir).writer()
            # While it is held, search keeps answering and new posts wait in the outbox.
            write_article(writer_session, csrf, "zvcccc")
            time.sleep(1.0)
            assert pending(reader) > 0
            assert wait_searchable(reader, ["zvbbbb"], 1) == []
            assert wait_searchable(reader, ["zvcccc"], 0.5) == ["zvcccc"]
        finally:
            os.kill(holder.pid, signal.SIGKILL)
            holder.wait(10)
            holder.stdout.close()
            holder.stderr.close()

        assert (folder / "MAIN_WRITELOCK").exists(), "the crash left no lock file behind"
        # ... and the unfinished batch: a temporary folder and segment files that no table of contents names.
        debris = {p.name for p in folder.iterdir()} - before - {"MAIN_WRITELOCK"}
        assert debris, sorted(p.name for p in folder.iterdir())
        # The drainers take the lock again: what waited, and what is written now, becomes searchable.
        write_article(writer_session, csrf, "zvdddd")
        assert wait_searchable(reader, ["zvcccc", "zvdddd"], 10) == [], server.log()
        assert wait_searchable(reader, ["zvqqqq"], 0.5) == ["zvqqqq"]  # the half-written batch never shows
        assert wait_searchable(reader, ["zvbbbb"], 1) == []
        assert debris.isdisjoint(p.name for p in folder.iterdir()), "the next commit clears the dead writer's files"
        deadline = time.monotonic() + 5
        while pending(reader) and time.monotonic() < deadline:
            time.sleep(0.2)
        assert pending(reader) == 0
        health = reader.get("/healthz")
        assert health.status == 200, health
