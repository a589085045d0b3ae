"""Search never loses an update: across a SIGKILL of the server, and under two workers writing at once."""
from __future__ import annotations

import os
import re
import signal
import time
from concurrent.futures import ThreadPoolExecutor

import pytest

from tests.support.http import WebSession, confirm_email, csrf_from, gunicorn, wait_searchable

pytestmark = pytest.mark.slow
PASSWORD = "Pelayanan-Prima-2026!"


def server_env(tmp_path, database_url: str, drain: bool) -> dict[str, str]:
    return {
        "DATABASE_URL": database_url, "SECRET_KEY": "search-reliability-secret-not-for-production",
        "RATELIMIT_ENABLED": "false", "SEARCH_INDEX_DIR": str(tmp_path / "search_index"),
        "MAIL_OUTBOX_DIR": str(tmp_path / "mail"), "LOG_LEVEL": "WARNING", "REDIS_URL": "",
        "RATELIMIT_STORAGE_URI": "memory://", "SEARCH_DRAIN_IN_WEB": "true" if drain else "false",
        "SEARCH_DRAIN_INTERVAL": "0.2",
    }


def register(session: WebSession, n: int, outbox) -> None:
    token = csrf_from(session.get("/auth/register"))
    response = session.post_form("/auth/register", {
        "csrf_token": token, "name": f"Penulis Uji {n}", "email": f"penulis{n}@medan.go.id", "password": PASSWORD,
        "password_confirm": PASSWORD, "agency": "diskominfo"})
    assert response.status == 302, response.excerpt()
    response = session.post_form("/auth/login", {"csrf_token": csrf_from(session.get("/auth/login")),
                                                 "login": f"penulis{n}@medan.go.id", "password": PASSWORD})
    assert response.status == 302, response.excerpt()
    confirm_email(session, outbox, f"penulis{n}@medan.go.id")  # until confirmed a member may not post


def write_article(session: WebSession, title: str, body: str) -> None:
    token = csrf_from(session.get("/articles/new"))
    response = session.post_form("/articles/new", {"csrf_token": token, "title": title, "body": body,
                                                   "tags": "uji", "publish": "y"})
    assert response.status == 302, response.excerpt()


def test_a_post_written_just_before_sigkill_is_searchable_after_restart(tmp_path, app, database_url):
    log = tmp_path / "gunicorn.log"
    # First life: nothing drains, then the whole server dies without a chance to clean up.
    with gunicorn(server_env(tmp_path, database_url, drain=False), log) as server:
        writer = WebSession(server.base_url)
        register(writer, 1, tmp_path / "mail")
        write_article(writer, "Catatan sebelum listrik padam", "Kata unik zebrakopi ada di sini.")
        os.killpg(server.process.pid, signal.SIGKILL)
        server.process.wait(10)
    # Second life: the outbox still holds the change, and the drainer indexes it.
    with gunicorn(server_env(tmp_path, database_url, drain=True), tmp_path / "gunicorn2.log") as server:
        reader = WebSession(server.base_url)
        assert wait_searchable(reader, ["zebrakopi"], 10) == [], server.log()


def test_two_workers_writing_at_once_lose_no_update(tmp_path, app, database_url):
    writers, per_writer = 6, 4
    with gunicorn(server_env(tmp_path, database_url, drain=True), tmp_path / "gunicorn.log", workers=2) as server:
        sessions = [WebSession(server.base_url, timeout=60) for _ in range(writers)]
        with ThreadPoolExecutor(max_workers=writers) as pool:
            list(pool.map(register, sessions, range(writers), [tmp_path / "mail"] * writers))

        def write_all(n: int) -> list[str]:
            words = []
            for k in range(per_writer):
                word = f"kodeunik{chr(97 + n)}{chr(97 + k)}"
                write_article(sessions[n], f"Praktik serentak {n}-{k}", f"Isi dengan kata {word} di dalamnya.")
                words.append(word)
            return words

        started = time.monotonic()
        with ThreadPoolExecutor(max_workers=writers) as pool:
            words = [w for batch in pool.map(write_all, range(writers)) for w in batch]
        missing = wait_searchable(WebSession(server.base_url), words, 15)
        elapsed = time.monotonic() - started
        assert missing == [], f"not searchable after {elapsed:.1f} s: {missing}\n{server.log()}"
        health = WebSession(server.base_url).get("/healthz").body
        assert re.search(r'"pending":\s*0', health), health
