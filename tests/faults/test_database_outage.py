"""The database goes away under a running site: a friendly 503 in Indonesian, then recovery on its own.

A private PostgreSQL cluster is started for the test (the shared server of the suite is never stopped),
migrated with `flask db upgrade` as in production, and served by gunicorn with the drainer on. Stopping
it with `pg_ctl stop -m immediate` is what a crash of the database server looks like to the site.
"""
from __future__ import annotations

import json
import time

import pytest

from app import create_app
from app.admin.services import DEFAULT_AGENCIES, import_agencies
from app.content.defaults import ensure_defaults
from app.extensions import db
from tests.faults.support import (
    children,
    flask_command,
    postgres_unavailable_reason,
    private_postgres,
    serve,
    server_env,
)
from tests.support.http import Response, WebSession, confirm_email, csrf_from, wait_searchable

pytestmark = [pytest.mark.slow, pytest.mark.postgres_only]
PASSWORD = "Pelayanan-Prima-2026!"
PAGES = ("/", "/questions/", "/articles/")
# What a visitor reads while the database is down (templates/errors/minimal.html, app/errors.py).
DOWN_TITLE = "Layanan sedang tidak tersedia"
DOWN_MESSAGE = "basis data tidak dapat dihubungi"


def seed(database_url: str, tmp_path) -> None:
    """The agencies a member registers with (production: `flask seed-demo` or `flask agencies import`)."""
    app = create_app({"SQLALCHEMY_DATABASE_URI": database_url, "SECRET_KEY": "seed", "SEARCH_DRAIN_IN_WEB": False,
                      "SEARCH_INDEX_DIR": str(tmp_path / "search_index"), "LOG_LEVEL": "WARNING"})
    with app.app_context():
        import_agencies(DEFAULT_AGENCIES)
        ensure_defaults()
        db.session.commit()
        db.session.remove()
        db.engine.dispose()


def register(session: WebSession, outbox) -> None:
    token = csrf_from(session.get("/auth/register"))
    response = session.post_form("/auth/register", {
        "csrf_token": token, "name": "Petugas Piket", "email": "piket@medan.go.id", "password": PASSWORD,
        "password_confirm": PASSWORD, "agency": "diskominfo"})
    assert response.status == 302, response
    response = session.post_form("/auth/login", {"csrf_token": csrf_from(session.get("/auth/login")),
                                                 "login": "piket@medan.go.id", "password": PASSWORD})
    assert response.status == 302, response
    confirm_email(session, outbox, "piket@medan.go.id")  # until confirmed a member may not post


def assert_friendly_503(response: Response, server) -> None:
    context = f"{response}\n--- gunicorn log ---\n{server.log()}"
    assert response.status == 503, context
    assert "text/html" in response.headers.get("content-type", ""), context
    assert DOWN_TITLE in response.body and DOWN_MESSAGE in response.body, context
    assert "Traceback" not in response.body and "OperationalError" not in response.body, context


def wait_for(check, seconds: float, pause: float = 0.1):
    """Call `check` until it returns something truthy; that value, or None after `seconds`."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            found = check()
        except OSError:
            found = None
        if found:
            return found
        time.sleep(pause)
    return None


def test_database_down_gives_a_friendly_503_and_the_site_recovers_on_its_own(tmp_path):
    reason = postgres_unavailable_reason()
    if reason:
        pytest.skip(reason)
    with private_postgres() as cluster:
        cluster.createdb("simpul_faults")
        url = cluster.url("simpul_faults")
        upgraded = flask_command(["db", "upgrade"], {"DATABASE_URL": url, "SECRET_KEY": "migrate"})
        assert upgraded.returncode == 0, upgraded.stdout + upgraded.stderr
        seed(url, tmp_path)

        with serve(server_env(tmp_path, url, drain=True), tmp_path / "gunicorn.log") as server:
            visitor = WebSession(server.base_url, timeout=10)
            member = WebSession(server.base_url, timeout=10)
            register(member, tmp_path / "mail")
            for path in PAGES:
                for session in (visitor, member):
                    assert session.get(path).status == 200, path
            login_token = csrf_from(visitor.get("/auth/login"))
            member_token = csrf_from(member.get("/questions/ask"))
            workers = children(server.process.pid)
            assert len(workers) == 2, workers

            cluster.stop("immediate")
            for path in PAGES:
                assert_friendly_503(visitor.get(path), server)
                assert_friendly_503(member.get(path), server)  # a signed-in member: the session lookup fails too
            # A page that is not there: the menu of a signed-in member still needs the database.
            assert_friendly_503(member.get("/halaman-yang-tidak-ada"), server)
            health = visitor.get("/healthz")
            assert health.status == 503, health
            assert json.loads(health.body)["database"]["status"] == "error", health
            # A form sent while the database is down: 503, never a 500.
            login = visitor.post_form("/auth/login", {"csrf_token": login_token, "login": "piket@medan.go.id",
                                                      "password": PASSWORD})
            assert_friendly_503(login, server)
            posted = member.post_form("/questions/ask", {"csrf_token": member_token,
                                                         "title": "Pertanyaan saat basis data mati", "body": "x" * 40})
            assert_friendly_503(posted, server)
            vote = member.post_form("/posts/1/vote", {"csrf_token": member_token, "value": "up"},
                                    headers={"Accept": "application/json", "X-Requested-With": "fetch"})
            assert vote.status == 503 and json.loads(vote.body)["error"]["code"] == 503, vote
            # Let the drainer of each worker fail a few times: no worker dies or restarts.
            deadline = time.monotonic() + 30
            while time.monotonic() < deadline and server.log(tail=10**7).count("search drain paused") < 2:
                time.sleep(0.2)
            time.sleep(1)
            assert_friendly_503(visitor.get("/"), server)
            assert children(server.process.pid) == workers, server.log()
            assert server.process.poll() is None
            # The drainers say once that the database is gone, without a traceback every second.
            log_lines = server.log(tail=10**7).splitlines()
            assert any("search drain paused" in line for line in log_lines), server.log()
            assert not [line for line in log_lines if '"simpul.search"' in line and '"exception"' in line]

            restarted_at = time.monotonic()
            cluster.start()  # returns once PostgreSQL accepts connections
            back_at = time.monotonic()
            recovered = wait_for(lambda: visitor.get("/").status == 200, seconds=10)
            recovery = time.monotonic() - back_at
            assert recovered, f"still failing {recovery:.1f} s after PostgreSQL returned\n{server.log()}"
            for path in PAGES:
                assert visitor.get(path).status == 200, path
                assert member.get(path).status == 200, path
            health = wait_for(lambda: (lambda r: r if r.status == 200 else None)(visitor.get("/healthz")), 10)
            assert health is not None, visitor.get("/healthz")
            assert json.loads(health.body)["database"]["status"] == "ok"
            login = visitor.post_form("/auth/login", {"csrf_token": csrf_from(visitor.get("/auth/login")),
                                                      "login": "piket@medan.go.id", "password": PASSWORD})
            assert login.status == 302, login
            # The drainer thread lived through the outage: a question asked now becomes searchable.
            asked = member.post_form("/questions/ask", {"csrf_token": member_token, "tags": "uji",
                                                        "title": "Pertanyaan setelah basis data kembali",
                                                        "body": "Apakah kata zvffff sudah bisa dicari sekarang?"})
            assert asked.status == 302, asked
            assert wait_searchable(visitor, ["zvffff"], 10) == [], server.log()
            assert children(server.process.pid) == workers, server.log()
            print(f"\nPostgreSQL took {back_at - restarted_at:.2f} s to start; the site answered 200 again "
                  f"{recovery:.2f} s after it accepted connections")
