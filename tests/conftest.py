"""Test set-up: an app per test from the factory, on SQLite by default or on PostgreSQL when
TEST_DATABASE_URL is set (make test runs the suite once on each)."""
from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

import pytest
from flask import has_app_context
from sqlalchemy import create_engine

from app import create_app
from app.admin.services import DEFAULT_AGENCIES, import_agencies
from app.content.defaults import ensure_defaults
from app.extensions import db
from tests.support.emptying import empty_tables

POSTGRES_URL = os.environ.get("TEST_DATABASE_URL") or None
ENGINE = "postgresql" if POSTGRES_URL else "sqlite"

pytest_plugins = ["tests.fixtures.people", "tests.fixtures.content"]


def pytest_report_header(config):
    return f"database: {ENGINE}" + ("" if POSTGRES_URL else " (set TEST_DATABASE_URL for PostgreSQL)")


def pytest_collection_modifyitems(config, items):
    skip_pg = pytest.mark.skip(reason="PostgreSQL-specific: this run uses SQLite (TEST_DATABASE_URL is not set)")
    skip_sqlite = pytest.mark.skip(reason="SQLite-specific: this run uses PostgreSQL")
    for item in items:
        if "postgres_only" in item.keywords and ENGINE != "postgresql":
            item.add_marker(skip_pg)
        if "sqlite_only" in item.keywords and ENGINE != "sqlite":
            item.add_marker(skip_sqlite)


def base_config(tmp_path: Path, database_url: str) -> dict:
    return {
        "TESTING": True,
        "SECRET_KEY": "test-secret-key-not-for-production",
        "SQLALCHEMY_DATABASE_URI": database_url,
        "SEARCH_INDEX_DIR": str(tmp_path / "search_index"),
        "MAIL_OUTBOX_DIR": str(tmp_path / "mail"),
        "UPLOAD_DIR": str(tmp_path / "uploads"),
        "REPORT_DIR": str(tmp_path / "reports"),
        "RATELIMIT_ENABLED": False,
        "SEARCH_DRAIN_IN_WEB": False,  # tests drain explicitly (search_sync) so results are deterministic
        "RATELIMIT_STORAGE_URI": "memory://",
        "LOG_LEVEL": "WARNING",
        "SERVER_NAME": "localhost",  # url_for works in tests outside a request, as in CLI jobs
    }


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory) -> Path:
    """A SQLite file with the schema and the agencies, copied for each test (faster than building it)."""
    path = tmp_path_factory.mktemp("template") / "template.db"
    app = create_app(base_config(path.parent, f"sqlite:///{path}"))
    with app.app_context():
        db.create_all()
        import_agencies(DEFAULT_AGENCIES)
        ensure_defaults()
        db.session.commit()
        db.engine.dispose()
    return path


@pytest.fixture(scope="session")
def postgres_schema():
    engine = create_engine(POSTGRES_URL.replace("postgresql://", "postgresql+psycopg://", 1))
    app = create_app(base_config(Path("/tmp"), POSTGRES_URL))
    with app.app_context():
        db.drop_all()
        db.create_all()
        db.engine.dispose()
    yield
    engine.dispose()


@pytest.fixture
def database_url(request, tmp_path) -> str:
    if POSTGRES_URL:
        request.getfixturevalue("postgres_schema")
        return POSTGRES_URL
    target = tmp_path / "simpul.db"
    shutil.copyfile(request.getfixturevalue("sqlite_template"), target)
    return f"sqlite:///{target}"


@pytest.fixture
def app_config(tmp_path, database_url) -> dict:
    """Override keys here (or in a module's own fixture) before `app` is built."""
    return base_config(tmp_path, database_url)


@pytest.fixture
def app(app_config):
    app = create_app(app_config)
    with app.app_context():
        if POSTGRES_URL:
            import_agencies(DEFAULT_AGENCIES)
            ensure_defaults()
            db.session.commit()
        yield app
        db.session.remove()
        if POSTGRES_URL:
            with db.engine.begin() as conn:
                empty_tables(conn, db.metadata.sorted_tables)
        db.engine.dispose()


CSRF_META = re.compile(r'<meta name="csrf-token" content="([^"]+)"')


class Client:
    """The Flask test client plus what a browser does: keep the CSRF token and send it with forms.

    Each request runs in an app context of its own, as in a real server: `g` (where Flask-Login and
    Flask-WTF cache the user and the token) and the database session are never shared with the test
    or with another client. The test's own transaction ends first, so the request sees its data and
    the test sees the request's changes afterwards.
    """

    def __init__(self, app):
        self.app = app
        self.raw = app.test_client()

    def _request(self, method: str, url: str, **kwargs):
        if has_app_context():
            db.session.commit()
        with self.app.app_context():
            return self.raw.open(url, method=method, **kwargs)

    def csrf_token(self) -> str:
        page = self._request("GET", "/agencies/").get_data(as_text=True)
        return CSRF_META.search(page).group(1)

    def get(self, url, **kwargs):
        return self._request("GET", url, **kwargs)

    def post(self, url, data=None, *, csrf=True, **kwargs):
        data = dict(data or {})
        if csrf and "csrf_token" not in data:
            data["csrf_token"] = self.csrf_token()
        return self._request("POST", url, data=data, **kwargs)

    def login(self, login: str, password: str, **kwargs):
        return self.post("/auth/login", {"login": login, "password": password}, **kwargs)

    def logout(self):
        return self.post("/auth/logout")


@pytest.fixture
def client(app) -> Client:
    return Client(app)


@pytest.fixture
def make_client(app):
    return lambda: Client(app)


@pytest.fixture
def outbox(app) -> Path:
    return Path(app.config["MAIL_OUTBOX_DIR"])
