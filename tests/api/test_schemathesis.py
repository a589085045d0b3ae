"""Schemathesis against the running API (gunicorn, a migrated database, a live token): every documented
operation gets generated input, and every response must match the OpenAPI document (status, content type,
body schema) and never be a server error."""
from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.specs.openapi.checks import positive_data_acceptance

from tests.support.http import gunicorn
from tests.support.sites import flask_command, new_postgres_database

POSTGRES_URL = os.environ.get("TEST_DATABASE_URL", "")


def _prepare(env: dict[str, str]) -> str:
    """Migrate, add a member with one article and an admin token; return the token's secret."""
    assert flask_command(["db", "upgrade"], env, timeout=300).returncode == 0
    assert flask_command(["search", "sync"], env, timeout=300).returncode == 0  # the index /search reads
    from app import create_app  # in this process, on the site's database
    from app.accounts.models import User
    from app.api.tokens import create_token
    from app.core.timeutil import utcnow
    from app.extensions import db
    from tests.fixtures.people import agency

    app = create_app({"SQLALCHEMY_DATABASE_URI": env["DATABASE_URL"], "SECRET_KEY": env["SECRET_KEY"],
                      "SERVER_NAME": "localhost", "RATELIMIT_STORAGE_URI": "memory://"})
    with app.app_context():
        from app.admin.services import DEFAULT_AGENCIES, import_agencies

        import_agencies(DEFAULT_AGENCIES)
        user = User(name="Admin API", email="api@medan.go.id", password_hash="!", role="admin",
                    agency=agency("diskominfo"), email_confirmed_at=utcnow(), verified_at=utcnow())
        db.session.add(user)
        db.session.flush()
        _token, secret = create_token(user, "schemathesis", ["read", "write", "admin"], 1)
        db.session.commit()
        db.engine.dispose()
    return secret


@pytest.fixture(scope="module")
def api_site():
    folder = Path(tempfile.mkdtemp(prefix="simpul-api-"))
    try:
        if POSTGRES_URL:
            with new_postgres_database(POSTGRES_URL, "api") as url:
                yield from _serve(url, folder)
        else:
            yield from _serve(f"sqlite:///{folder / 'simpul.db'}", folder)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _serve(database_url: str, folder: Path):
    env = {"DATABASE_URL": database_url, "SECRET_KEY": "api-tests-secret-not-for-production",
           "RATELIMIT_ENABLED": "false", "RATELIMIT_STORAGE_URI": "memory://", "REDIS_URL": "",
           "SEARCH_INDEX_DIR": str(folder / "search_index"), "MAIL_OUTBOX_DIR": str(folder / "mail"),
           "UPLOAD_DIR": str(folder / "uploads"), "REPORT_DIR": str(folder / "reports"), "LOG_LEVEL": "WARNING",
           "SEARCH_DRAIN_IN_WEB": "false"}
    secret = _prepare(env)
    with gunicorn(env, folder / "gunicorn.log", workers=1, startup_timeout=90) as server:
        yield server.base_url, secret


def test_every_operation_conforms(api_site):
    """Each documented operation, with generated input (schemathesis' pytest plugin does not load under
    pytest 9, so its strategies run under Hypothesis directly)."""
    base_url, secret = api_site
    schema = schemathesis.openapi.from_url(base_url + "/api/v1/openapi.json")
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 6
    for operation in operations:

        @given(case=operation.as_strategy())
        @settings(max_examples=15, deadline=None, suppress_health_check=list(HealthCheck), database=None)
        def check(case):
            # Not "schema-valid input must be accepted": the site's own rules (a title of 5 characters after
            # its spaces are collapsed, tag spelling, new-member limits) answer 400 problems the document lists.
            case.call_and_validate(base_url=base_url, headers={"Authorization": f"Bearer {secret}"},
                                   excluded_checks=[positive_data_acceptance])

        check()
