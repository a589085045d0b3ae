"""The README's set-up (`make setup`: db upgrade, seed-demo, search sync) on an empty PostgreSQL database with
the PostgreSQL search backend, from scratch, as `make run` does it on the production engine."""
from __future__ import annotations

import re

import pytest
from sqlalchemy import create_engine, text

from app import create_app
from app.extensions import db
from tests.conftest import POSTGRES_URL, base_config
from tests.support.sites import flask_command, new_postgres_database

pytestmark = [pytest.mark.postgres_only, pytest.mark.slow]
SETUP = (["db", "upgrade"], ["seed-demo"], ["search", "sync"])  # the Makefile's `setup` target, in order


def test_make_setup_on_an_empty_postgresql_database_with_postgres_search(tmp_path):
    with new_postgres_database(POSTGRES_URL, "fresh") as url:
        env = {"DATABASE_URL": url, "SEARCH_BACKEND": "postgres", "SECRET_KEY": "fresh-setup-not-for-production",
               "SEARCH_INDEX_DIR": str(tmp_path / "search_index"), "MAIL_OUTBOX_DIR": str(tmp_path / "mail"),
               "REDIS_URL": "", "RATELIMIT_STORAGE_URI": "memory://", "LOG_LEVEL": "WARNING"}
        for args in SETUP:
            result = flask_command(args, env, timeout=300)
            assert result.returncode == 0, f"flask {' '.join(args)}:\n{result.stdout}\n{result.stderr}"
            assert "Traceback" not in result.stderr, result.stderr
        assert re.search(r"entri antrean diproses; indeks berisi [1-9][0-9]* dokumen", result.stdout), result.stdout

        engine = create_engine(url)
        with engine.connect() as conn:
            title = conn.execute(text("SELECT title FROM posts WHERE kind = 'article' AND status = 'published' "
                                      "ORDER BY id LIMIT 1")).scalar_one()
            queued = conn.execute(text("SELECT count(*) FROM search_outbox")).scalar_one()
        engine.dispose()
        assert queued == 0  # the first sync indexed everything: nothing waits for a second run

        site = create_app({**base_config(tmp_path, url), "SEARCH_BACKEND": "postgres"})
        try:
            word = max(re.findall(r"\w+", title), key=len)
            page = site.test_client().get("/search", query_string={"q": word})
            assert page.status_code == 200
            assert title in re.sub(r"<[^>]+>", "", page.get_data(as_text=True))  # matches are in <mark>
        finally:
            with site.app_context():
                db.session.remove()
                db.engine.dispose()
