"""The search backends the tests run against, set up in one place.

- `app_backend`: the site's own backend (the app's SEARCH_BACKEND), empty before and after; a test asking for
  it runs once per backend (Whoosh, and PostgreSQL on a PostgreSQL run), through the site's pages.
- `empty_backend`: a backend of its own beside the app (a Whoosh index in tmp_path, or the PostgreSQL tables),
  empty, for a module that indexes its CORPUS directly; once per backend, or per the module's
  `pytest.mark.parametrize("empty_backend", [...], indirect=True)` ("whoosh-many": Whoosh's path for many
  matches, no match scored).

The PostgreSQL backend's tables outlive a test's truncated data, so both are cleared on the way out too.
"""
from __future__ import annotations

import pytest

from app.search.indexing import get_backend

BACKENDS = ["whoosh", pytest.param("postgres", marks=pytest.mark.postgres_only)]


@pytest.fixture(params=BACKENDS)
def search_backend_name(request) -> str:
    return request.param


@pytest.fixture
def app_config(request, app_config):
    if "search_backend_name" in request.fixturenames:  # the test asked for app_backend: the site uses that one
        return {**app_config, "SEARCH_BACKEND": request.getfixturevalue("search_backend_name")}
    return app_config


@pytest.fixture
def app_backend(search_backend_name, app):
    engine = get_backend(app)
    assert engine.name == search_backend_name
    if engine.name == "postgres":
        engine.clear()
    yield engine
    if engine.name == "postgres":
        engine.clear()


@pytest.fixture(params=BACKENDS)
def empty_backend(request, app, tmp_path, monkeypatch):
    if request.param.startswith("whoosh"):
        from app.search.whoosh_backend import WhooshBackend

        if request.param == "whoosh-many":
            monkeypatch.setattr("app.search.whoosh_backend.SCORED_ALL_UP_TO", 0)
        engine = WhooshBackend(tmp_path / "index")
        engine.ensure_index()
    else:
        from app.search.postgres_backend import PostgresBackend

        engine = PostgresBackend()
        engine.clear()
    yield engine
    if request.param == "postgres":
        engine.clear()
