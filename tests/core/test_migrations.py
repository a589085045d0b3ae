"""The migrations build the schema the models describe, on an empty database of the run's engine.

SQLite: a fresh file. PostgreSQL: a database of its own, created for the test and dropped after it,
so that the shared test database (built with create_all) is never touched.
"""
from __future__ import annotations

import contextlib
import uuid
from collections.abc import Iterator
from pathlib import Path
from pprint import pformat

import flask_migrate
import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, inspect, text
from sqlalchemy.engine import make_url

from app import create_app
from app.config import BASE_DIR
from app.extensions import db
from tests.conftest import POSTGRES_URL, base_config

MIGRATIONS_DIR = BASE_DIR / "migrations"


@contextlib.contextmanager
def _empty_postgres_database() -> Iterator[str]:
    url = make_url(POSTGRES_URL).set(drivername="postgresql+psycopg")
    name = f"simpul_mig_{uuid.uuid4().hex[:12]}"
    server = create_engine(url.set(database="postgres"), isolation_level="AUTOCOMMIT")
    try:
        with server.connect() as conn:
            conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
        try:
            yield url.set(database=name).render_as_string(hide_password=False)
        finally:
            with server.connect() as conn:
                conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    finally:
        server.dispose()


@pytest.fixture
def empty_database_url(tmp_path: Path) -> Iterator[str]:
    if POSTGRES_URL:
        with _empty_postgres_database() as url:
            yield url
    else:
        yield f"sqlite:///{tmp_path / 'migrated.db'}"


@pytest.fixture
def fresh_app(tmp_path, empty_database_url):
    """An app on a database with no tables at all; the test runs the migrations itself."""
    app = create_app(base_config(tmp_path, empty_database_url))
    with app.app_context():
        try:
            assert inspect(db.engine).get_table_names() == [], "the database should start empty"
            yield app
        finally:
            db.session.remove()
            db.engine.dispose()


# Foreign keys added to an existing SQLite table with a plain ADD COLUMN (never a batch copy of a table
# others point at): SQLAlchemy reads names and ON DELETE only from table-level FOREIGN KEY clauses, so these
# reflect without them. The test checks them with PRAGMA foreign_key_list instead.
SQLITE_ADDED_COLUMN_FKS = {("uploads", "jp_record_id"): ("jp_records", "id", "SET NULL")}


def _fk_key(fk) -> tuple[str, str]:
    return fk.parent.name, next(iter(fk.columns)).name


def _sqlite_added_column_fks(conn, differences: list) -> list:
    """Drop the remove/add pair of each FK in SQLITE_ADDED_COLUMN_FKS once the database has it as declared."""
    for (table, column), (referred, referred_column, on_delete) in SQLITE_ADDED_COLUMN_FKS.items():
        rows = conn.exec_driver_sql(f"PRAGMA foreign_key_list({table})").mappings().all()
        found = [(row["table"], row["to"], row["on_delete"]) for row in rows if row["from"] == column]
        assert found == [(referred, referred_column, on_delete)], f"{table}.{column}: {found}"
        differences = [diff for diff in differences if not (
            diff[0] in ("remove_fk", "add_fk") and _fk_key(diff[1]) == (table, column))]
    return differences


def _schema_differences() -> list:
    with db.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True, "compare_server_default": True})
        differences = compare_metadata(context, db.metadata)
        if conn.dialect.name == "sqlite":
            differences = _sqlite_added_column_fks(conn, differences)
        return differences


def _recorded_revisions() -> list[str]:
    with db.engine.connect() as conn:
        return [row[0] for row in conn.execute(text("SELECT version_num FROM alembic_version"))]


def _head() -> str:
    head = ScriptDirectory(str(MIGRATIONS_DIR)).get_current_head()
    assert head, "the migrations folder has no head revision"
    return head


def test_upgrade_from_empty_matches_the_models(fresh_app):
    flask_migrate.upgrade()

    differences = _schema_differences()
    assert differences == [], "the migrations and the models disagree:\n" + pformat(differences)
    assert set(inspect(db.engine).get_table_names()) == {t.name for t in db.metadata.sorted_tables} | {
        "alembic_version"}


def test_upgrade_records_the_head_revision(fresh_app):
    flask_migrate.upgrade()

    assert _recorded_revisions() == [_head()]


def test_downgrade_to_base_then_upgrade_again(fresh_app):
    flask_migrate.upgrade()
    flask_migrate.downgrade(revision="base")

    assert set(inspect(db.engine).get_table_names()) <= {"alembic_version"}, "downgrade left tables behind"
    assert _recorded_revisions() == []

    flask_migrate.upgrade()

    differences = _schema_differences()
    assert differences == [], "after downgrade and upgrade the schema differs:\n" + pformat(differences)
    assert _recorded_revisions() == [_head()]
