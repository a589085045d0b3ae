"""`make run` serves as production does (bin/serve): gunicorn with SEARCH_DRAIN_IN_WEB=false and the search
worker as a process of its own beside it. A question becomes searchable although no web worker drains the
queue, and stopping the launcher stops both processes."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.extensions import db
from tests.support.http import REPO_ROOT, WebSession, free_port, wait_until_up

pytestmark = pytest.mark.slow


def descendants(pid: int) -> list[int]:
    found, todo = [], [pid]
    while todo:
        parent = todo.pop()
        children = Path(f"/proc/{parent}/task/{parent}/children")
        kids = [int(p) for p in children.read_text().split()] if children.exists() else []
        found += kids
        todo += kids
    return found


def command_line(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode()
    except OSError:
        return ""


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def test_serve_runs_gunicorn_and_the_search_worker_and_stops_both(tmp_path, app, member, make_question):
    port = free_port()
    env = {**os.environ, "DATABASE_URL": app.config["SQLALCHEMY_DATABASE_URI"],
           "SECRET_KEY": "serve-test-secret-not-for-production", "SEARCH_BACKEND": "whoosh",
           "SEARCH_INDEX_DIR": str(tmp_path / "search_index"), "MAIL_OUTBOX_DIR": str(tmp_path / "mail"),
           "RATELIMIT_ENABLED": "false", "LOG_LEVEL": "WARNING", "REDIS_URL": "",
           "SEARCH_DRAIN_IN_WEB": "true",  # bin/serve overrides it: the worker process drains, not gunicorn
           "PORT": str(port), "WORKERS": "1", "VENV_BIN": str(Path(sys.executable).parent)}
    log_path = tmp_path / "serve.log"
    with log_path.open("wb") as log:
        serve = subprocess.Popen([str(REPO_ROOT / "bin" / "serve")], cwd=REPO_ROOT, env=env, stdout=log,
                                 stderr=subprocess.STDOUT, start_new_session=True)
    try:
        base = f"http://127.0.0.1:{port}"
        wait_until_up(base + "/healthz", timeout=30, process=serve)
        processes = descendants(serve.pid)
        lines = [command_line(p) for p in processes]
        assert any("search worker" in line for line in lines), lines
        assert any("gunicorn" in line for line in lines), lines

        question = make_question(member, title="Bagaimana menata arsip zqxvkelurahan secara digital?")
        path = f"/questions/{question.id}"
        db.session.remove()
        visitor = WebSession(base, timeout=30)
        deadline = time.monotonic() + 15
        while path not in visitor.get("/search?q=zqxvkelurahan").body:
            assert time.monotonic() < deadline, f"never searchable\n{log_path.read_text(errors='replace')}"
            time.sleep(0.2)

        serve.send_signal(signal.SIGTERM)
        assert serve.wait(timeout=30) != 0
        assert not [p for p in processes if alive(p)], [command_line(p) for p in processes if alive(p)]
    finally:
        if serve.poll() is None:
            os.killpg(serve.pid, signal.SIGKILL)
            serve.wait(timeout=10)
