"""Backup tests: archives under tmp_path, an instance folder of the test's own, and fresh target databases."""
from __future__ import annotations

import json
import tarfile
from pathlib import Path

import pytest

from app import create_app
from app.backup import postgres, sqlite
from app.config import normalise_database_url
from app.extensions import db
from tests.conftest import POSTGRES_URL, base_config
from tests.support.sites import new_postgres_database


@pytest.fixture
def app_config(app_config, tmp_path):
    return {**app_config, "BACKUP_DIR": str(tmp_path / "backups")}


@pytest.fixture
def app(app, tmp_path):
    # The real instance/ folder is never read or written by these tests.
    app.instance_path = str(tmp_path / "instance")
    return app


@pytest.fixture
def new_database(tmp_path):
    """The URL of a database that does not exist yet (SQLite) or is empty (a new PostgreSQL database)."""
    if not POSTGRES_URL:
        yield f"sqlite:///{tmp_path / 'restored' / 'simpul.db'}"
        return
    with new_postgres_database(normalise_database_url(POSTGRES_URL), "restore") as url:
        yield url


@pytest.fixture
def make_app(tmp_path):
    """An app of its own on another database (the restore target), with its own instance and index folders."""
    made = []

    def make(url: str, name: str = "restored"):
        folder = tmp_path / name
        other = create_app({**base_config(folder, url), "BACKUP_DIR": str(folder / "backups")})
        other.instance_path = str(folder / "instance")
        made.append(other)
        return other

    yield make
    for other in made:
        with other.app_context():
            db.session.remove()
            db.engine.dispose()


def run(app, *args: str):
    """The real CLI, as `flask --app wsgi ...` runs it, on `app` (the runner would otherwise reuse whichever
    app context is current, i.e. the test's own app)."""
    with app.app_context():
        return app.test_cli_runner().invoke(args=list(args))


def assert_refused(result, *phrases: str) -> None:
    """A clean refusal: non-zero exit, an Indonesian message, no traceback."""
    assert result.exit_code != 0, result.output
    assert isinstance(result.exception, SystemExit), repr(result.exception)
    assert "Traceback" not in result.output and "Error: " in result.output, result.output
    for phrase in phrases:
        assert phrase in result.output, result.output


def digests_of(url: str) -> dict[str, dict]:
    """Row counts and checksums of every table, read straight from the database at `url`."""
    url = normalise_database_url(url)
    if url.startswith("sqlite"):
        return sqlite.digests(sqlite.database_path(url))[0]
    return postgres.digests(postgres.target_from_url(url))


def read_manifest(archive: Path) -> dict:
    with tarfile.open(archive, "r:gz") as tar:
        return json.loads(tar.extractfile("manifest.json").read())


def only_archive(folder: Path) -> Path:
    archives = sorted(folder.glob("*.tar.gz"))
    assert len(archives) == 1, archives
    assert not [p for p in folder.iterdir() if p.name.startswith(".")], list(folder.iterdir())  # no leftovers
    return archives[0]
