"""The embedded default (SQLite, `make run`: gunicorn with two workers) never fails a write.

Two worker processes write to one SQLite file at the same time. Every registration and every
profile edit must succeed: no 500 (a "database is locked" that escaped) and no 503 (the
OperationalError handler), and the database must hold exactly what was written.
"""
from __future__ import annotations

import sqlite3
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

import flask_migrate
import pytest

from app import create_app
from app.admin.services import DEFAULT_AGENCIES, import_agencies
from app.extensions import db
from tests.conftest import base_config
from tests.support.http import WebSession, csrf_from, gunicorn

pytestmark = [pytest.mark.slow, pytest.mark.sqlite_only]

USERS = 40
THREADS = 16
PASSWORD = "Pelayanan-Prima-2026!"
AGENCY = "diskominfo"


@dataclass
class Write:
    what: str
    status: int
    location: str | None
    ok: bool
    excerpt: str = ""

    def __str__(self) -> str:
        return f"{self.what}: {self.status} -> {self.location}\n{self.excerpt}"


@dataclass
class Person:
    number: int
    session: WebSession
    user_id: int | None = None

    @property
    def email(self) -> str:
        return f"pegawai.uji{self.number:02d}@medan.go.id"

    @property
    def position(self) -> str:
        return f"Analis Kebijakan Ahli Muda {self.number:02d}"


def _write(what: str, response, expected_path: str) -> Write:
    """A write succeeded when it answered 302 to the page it should lead to."""
    ok = response.status == 302 and response.location_path == expected_path
    return Write(what, response.status, response.location, ok, "" if ok else response.excerpt())


def _register(person: Person) -> Write:
    token = csrf_from(person.session.get("/auth/register"))
    response = person.session.post_form("/auth/register", {
        "csrf_token": token, "name": f"Pegawai Uji {person.number:02d}", "email": person.email,
        "password": PASSWORD, "password_confirm": PASSWORD, "agency": AGENCY,
    })
    registered = _write(f"register {person.email}", response, "/auth/login")
    if not registered.ok:
        return registered
    token = csrf_from(person.session.get("/auth/login"))
    response = person.session.post_form("/auth/login", {"csrf_token": token, "login": person.email,
                                                        "password": PASSWORD})
    return _write(f"sign in {person.email}", response, "/")


def _edit_profile(person: Person) -> Write:
    me = person.session.get("/users/me")
    if me.status != 302 or not (me.location_path or "").startswith("/users/"):
        return Write(f"GET /users/me for {person.email}", me.status, me.location, False, me.excerpt())
    person.user_id = int(me.location_path.rsplit("/", 1)[1])
    path = f"/users/{person.user_id}"
    token = csrf_from(person.session.get(f"{path}/edit"))
    response = person.session.post_form(f"{path}/edit", {
        "csrf_token": token, "name": f"Pegawai Uji {person.number:02d}", "agency": AGENCY, "nip": "",
        "position": person.position, "bio": f"Melayani warga Medan sejak 20{person.number:02d}.", "locale": "id",
    })
    return _write(f"edit {path} ({person.email})", response, path)


@pytest.fixture
def database_file(tmp_path):
    path = tmp_path / "workers.db"
    app = create_app(base_config(tmp_path, f"sqlite:///{path}"))
    with app.app_context():
        flask_migrate.upgrade()
        import_agencies(DEFAULT_AGENCIES)
        db.session.commit()
        db.session.remove()
        db.engine.dispose()
    return path


def test_two_gunicorn_workers_never_fail_a_write(tmp_path, database_file):
    env = {
        "DATABASE_URL": f"sqlite:///{database_file}",
        "SECRET_KEY": "workers-test-secret-key-not-for-production",
        "RATELIMIT_ENABLED": "false",
        "SEARCH_INDEX_DIR": str(tmp_path / "search_index"),
        "MAIL_OUTBOX_DIR": str(tmp_path / "mail"),
        "LOG_LEVEL": "WARNING",
        "REDIS_URL": "",
        "RATELIMIT_STORAGE_URI": "memory://",
    }
    with gunicorn(env, tmp_path / "gunicorn.log", workers=2) as server:
        people = [Person(n, WebSession(server.base_url, timeout=60)) for n in range(1, USERS + 1)]
        started = time.monotonic()
        with ThreadPoolExecutor(max_workers=THREADS) as pool:
            registrations = list(pool.map(_register, people))
        registered_in = time.monotonic() - started
        with ThreadPoolExecutor(max_workers=THREADS) as pool:
            edits = list(pool.map(_edit_profile, people))
        edited_in = time.monotonic() - started - registered_in
        log = server.log()

    writes = registrations + edits
    print(f"{USERS} registrations in {registered_in:.1f} s, {USERS} profile edits in {edited_in:.1f} s")
    failed = [w for w in writes if not w.ok]
    assert not failed, (f"{len(failed)} of {len(writes)} writes failed:\n\n" + "\n\n".join(map(str, failed))
                        + f"\n\n--- gunicorn log ---\n{log}")
    assert not [w for w in writes if w.status in (500, 503)]
    assert len({p.user_id for p in people}) == USERS

    with sqlite3.connect(database_file) as conn:
        rows = dict(conn.execute("SELECT email, position FROM users").fetchall())
        sessions = conn.execute("SELECT COUNT(*) FROM login_sessions").fetchone()[0]
    conn.close()
    assert rows == {p.email: p.position for p in people}
    assert sessions == USERS
