"""Engine set-up: SQLite pragmas and write transactions that take the lock up front."""
from __future__ import annotations

from contextlib import contextmanager
from contextvars import ContextVar

from flask import Flask, current_app, has_request_context, request
from sqlalchemy import event
from sqlalchemy.engine import Engine

from app.core import write_gate
from app.extensions import db

SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
SQLITE_BUSY_TIMEOUT_MS = 30_000


_mode: ContextVar[str | None] = ContextVar("transaction_mode", default=None)


@contextmanager
def reading():
    """Transactions begun inside only read: on SQLite they take no write lock (for pollers and jobs)."""
    token = _mode.set("read")
    try:
        yield
    finally:
        _mode.reset(token)


@contextmanager
def writing():
    """Transactions begun inside write, whatever the method: on SQLite they take the lock up front. For the
    rare GET that must write (the single sign-on callback: the provider sends the browser back with a GET)."""
    token = _mode.set("write")
    try:
        yield
    finally:
        _mode.reset(token)


def reads_only(view):
    """Mark a view that never writes, whatever its method (the live preview POSTs a body to render).

    On SQLite its transaction then takes no write lock: a slow render must not hold every other
    worker's writes back while it runs.
    """
    view.reads_only = True
    return view


def writes_on_get(view):
    """Mark a view that writes when a link is opened (the e-mail confirmation link in a mail): on SQLite its
    GET then takes the write lock up front like a POST, instead of failing to upgrade a read under load."""
    view.writes_on_get = True
    return view


def wants_write_lock() -> bool:
    """Whether the transaction about to begin will write.

    A request that changes state, and any work outside a request (CLI, jobs), writes, unless it said
    it only reads.
    """
    if _mode.get() is not None:
        return _mode.get() == "write"
    if has_request_context():
        view = current_app.view_functions.get(request.endpoint or "")
        if request.method in SAFE_METHODS:
            return getattr(view, "writes_on_get", False)
        return not getattr(view, "reads_only", False)
    return True


def configure_engine(app: Flask) -> None:
    with app.app_context():
        engine = db.engine
    if engine.dialect.name == "sqlite":
        _configure_sqlite(engine)


def _configure_sqlite(engine: Engine) -> None:
    # SQLite in WAL mode lets readers run beside one writer. A transaction that starts as a reader
    # and later writes fails at once with SQLITE_BUSY if another worker committed in between (the
    # busy handler cannot help a snapshot that is already stale), so a transaction that will write
    # starts with BEGIN IMMEDIATE: it waits for the lock up to the busy timeout instead of failing.
    # The driver's own transaction handling is switched off so that we emit BEGIN ourselves. Writers queue
    # on a lock file first (app/core/write_gate.py): SQLite's busy handler wakes a waiting writer late. The gate
    # gets half the busy timeout: a writer that cannot get in gives up after 45 s at most, not 60.
    gate = write_gate.install(engine, SQLITE_BUSY_TIMEOUT_MS / 1000 / 2)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record):
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection):
        if not wants_write_lock():
            connection.exec_driver_sql("BEGIN")
            return
        dbapi_connection = connection.connection.dbapi_connection
        if gate is not None:
            gate.acquire(dbapi_connection)
        try:
            connection.exec_driver_sql("BEGIN IMMEDIATE")
        except BaseException:
            if gate is not None:
                gate.release(dbapi_connection)
            raise


def read_apart(load):
    """`load()` (the sign-in lookup each request makes first) in a read transaction of its own, on SQLite, when
    the request will write: the write lock (BEGIN IMMEDIATE) is then taken by the view's first statement, not
    held through the CSRF check, the form and the rate limit too, so another worker's write waits less. What
    `load()` read stays loaded (the commit expires nothing); elsewhere (PostgreSQL, reads, an open
    transaction) it just runs."""
    session = db.session()
    apart = (not session.in_transaction() and session.get_bind().dialect.name == "sqlite"
             and has_request_context() and wants_write_lock())
    if not apart:
        return load()
    with reading():
        found = load()
    if session.new or session.dirty or session.deleted or not session.in_transaction():
        return found
    keep, session.expire_on_commit = session.expire_on_commit, False
    try:
        session.commit()
    finally:
        session.expire_on_commit = keep
    return found
