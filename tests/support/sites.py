"""A site set up as an operator sets one up: a database of its own, `flask --app wsgi ...` in a process of its own.

Shared by the browser journeys, the fault tests, the backup tests and the fresh set-up test.
"""
from __future__ import annotations

import contextlib
import os
import subprocess
import sys
import uuid
from collections.abc import Iterator

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from tests.support.http import REPO_ROOT


def flask_command(args: list[str], env: dict[str, str], timeout: float = 60) -> subprocess.CompletedProcess:
    """`flask --app wsgi ARGS` in a process of its own, with the interpreter running the tests (the project's
    virtualenv, as the Makefile's `.venv/bin/flask`)."""
    return subprocess.run([sys.executable, "-m", "flask", "--app", "wsgi", *args], cwd=REPO_ROOT,  # noqa: S603
                          env={**os.environ, **env}, capture_output=True, text=True, timeout=timeout, check=False)


@contextlib.contextmanager
def new_postgres_database(server_url: str, label: str) -> Iterator[str]:
    """A new, empty database on the server of `server_url` (named after its database, `label` and a random
    part), dropped WITH (FORCE) at the end; yields its URL."""
    base = make_url(server_url.replace("postgresql://", "postgresql+psycopg://", 1))
    name = f"{base.database}_{label}_{uuid.uuid4().hex[:8]}"
    admin = create_engine(base.set(database="postgres"), isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
        try:
            yield base.set(database=name).render_as_string(hide_password=False)
        finally:
            with admin.connect() as conn:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    finally:
        admin.dispose()
