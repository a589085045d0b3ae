"""Limits hold across the two gunicorn workers of `make run`, with no server besides gunicorn.

Rate limits count in one SQLite file that both workers share (shared-sqlite://), so a limit of N sign-ins
a minute lets exactly N through, not N per worker. And one member cannot fill both workers with slow
previews: one preview in flight per member, a small budget, and a quick refusal of hopeless input keep
the site answering everybody else.
"""
from __future__ import annotations

import statistics
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import pytest

from app.extensions import db
from tests.fixtures.people import PASSWORD
from tests.support.http import WebSession, csrf_from, gunicorn

pytestmark = pytest.mark.slow

LOGIN_LIMIT = 10
# Balanced nested brackets pass the quick check and take over a second to render (beyond the preview
# budget, within publishing's); thousands of unclosed ones would take longer still and are refused at once.
SLOW_BODY = "[" * 1800 + "tautan" + "]" * 1800
HOPELESS_BODY = "Lihat [" * 3000
FLOOD_THREADS = 6
HEALTH_SAMPLES = 12
HEALTH_LIMIT_SECONDS = 0.5  # median; unprotected, a visitor waited seconds (0.2 failed on a slow, loaded CI machine)


def server_env(tmp_path, database_url: str, **extra: str) -> dict[str, str]:
    return {
        "DATABASE_URL": database_url, "SECRET_KEY": "limits-test-secret-not-for-production",
        "SEARCH_INDEX_DIR": str(tmp_path / "search_index"), "MAIL_OUTBOX_DIR": str(tmp_path / "mail"),
        "LOG_LEVEL": "WARNING", "REDIS_URL": "", "SEARCH_DRAIN_IN_WEB": "false",
        "RATELIMIT_STORAGE_URI": f"shared-sqlite:///{tmp_path / 'ratelimits.db'}", **extra,
    }


def serve(env: dict[str, str], tmp_path):
    return gunicorn(env, tmp_path / "gunicorn.log", workers=2, startup_timeout=60)


def failed_sign_in(base_url: str, n: int):
    session = WebSession(base_url, timeout=60)
    token = csrf_from(session.get("/auth/login"))
    # A different unknown account each time: only the per-address limit is in play.
    return session.post_form("/auth/login", {"csrf_token": token, "login": f"tamu{n:03d}@medan.go.id",
                                             "password": "bukan-kata-sandinya-1"})


def test_a_sign_in_limit_is_exact_across_two_workers(tmp_path, app):
    env = server_env(tmp_path, app.config["SQLALCHEMY_DATABASE_URI"], RATELIMIT_ENABLED="true",
                     RATELIMIT_LOGIN=f"{LOGIN_LIMIT} per minute")
    with serve(env, tmp_path) as server, ThreadPoolExecutor(max_workers=8) as pool:
        answers = list(pool.map(lambda n: failed_sign_in(server.base_url, n), range(3 * LOGIN_LIMIT)))
        log = server.log()
    statuses = sorted(a.status for a in answers)
    assert statuses.count(401) == LOGIN_LIMIT, f"{statuses}\n--- gunicorn log ---\n{log}"
    assert statuses.count(429) == 2 * LOGIN_LIMIT, statuses
    refused = next(a for a in answers if a.status == 429)
    assert "Anda terlalu sering mencoba" in refused.body


def signed_in(base_url: str, email: str) -> WebSession:
    session = WebSession(base_url, timeout=60)
    token = csrf_from(session.get("/auth/login"))
    answer = session.post_form("/auth/login", {"csrf_token": token, "login": email, "password": PASSWORD})
    assert answer.status == 302, answer
    return session


def flood_previews(session: WebSession, body: str, stop: threading.Event, statuses: list[int]) -> None:
    token = csrf_from(session.get("/agencies/"))
    while not stop.is_set():
        answer = session.post_form("/posts/preview", {"body": body}, headers={
            "X-CSRFToken": token, "Accept": "application/json"})
        statuses.append(answer.status)


def health_times(base_url: str) -> list[float]:
    visitor = WebSession(base_url, timeout=60)
    times = []
    for _ in range(HEALTH_SAMPLES):
        started = time.monotonic()
        answer = visitor.get("/healthz")
        times.append(time.monotonic() - started)
        assert answer.status == 200, answer
        time.sleep(0.25)
    return times


def test_one_member_flooding_previews_does_not_slow_the_site_for_a_visitor(tmp_path, app, member):
    env = server_env(tmp_path, app.config["SQLALCHEMY_DATABASE_URI"], RATELIMIT_ENABLED="false")
    email = member.email
    db.session.remove()  # the test holds no transaction open while the server writes
    stop = threading.Event()
    statuses: list[int] = []
    with serve(env, tmp_path) as server:
        sessions = [signed_in(server.base_url, email) for _ in range(FLOOD_THREADS)]
        flooders = [threading.Thread(target=flood_previews, daemon=True,
                                     args=(s, SLOW_BODY if n % 2 else HOPELESS_BODY, stop, statuses))
                    for n, s in enumerate(sessions)]
        for thread in flooders:
            thread.start()
        try:
            time.sleep(1.5)  # the flood is under way before the visitor comes
            times = health_times(server.base_url)
        finally:
            stop.set()
            for thread in flooders:
                thread.join(30)
        log = server.log()
    report = (f"/healthz took {', '.join(f'{t * 1000:.0f}' for t in times)} ms; previews answered "
              f"{ {code: statuses.count(code) for code in set(statuses)} }\n--- gunicorn log ---\n{log}")
    print(report.split("\n", 1)[0])
    assert 500 not in statuses and 429 in statuses, report
    # The one timing assertion the issue asks for: generous enough for a loaded CI machine (the median,
    # and no single answer beyond a second), far below the seconds a visitor waited before.
    assert statistics.median(times) < HEALTH_LIMIT_SECONDS, report
    assert max(times) < 1.0, report
