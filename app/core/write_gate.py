"""A queue for SQLite's write lock that wakes a waiting writer when the lock is free, not when it next looks.

SQLite lets one writer in at a time; a writer that finds the lock taken is put to sleep by SQLite's busy
handler for 1, 2, 5, 10, 15, 20, 25, 25, 25, 50, 50, 100 ms in turn and looks again. Under load (two web
workers, the search worker and the outbox worker all writing) the lock is free again after a few ms, but the
waiter sleeps on, and another writer that arrives meanwhile takes the lock first: a few writes wait hundreds
of ms (issue 5/9: a vote's p99 372 ms against a p50 of 266). A lock file beside the database, taken before
`BEGIN IMMEDIATE` and given back after COMMIT or ROLLBACK, lets the waiters look every fraction of a ms
instead (measured in docs/performance.md).

The gate only orders writers that go through it; SQLite's own lock still decides, so a writer that does not
use the gate (the sqlite3 shell, another program) is safe, only not queued. A writer waits a bounded time for
the gate (database.py gives it half the busy timeout) and then goes on to SQLite's own handler, which waits
the busy timeout as before; a thread that already holds the gate through another connection of the same
engine skips it (it would otherwise wait on itself). A forked child opens descriptors of its own and holds
nothing (a descriptor shared with the parent would not keep the two apart).
"""
from __future__ import annotations

import contextlib
import fcntl
import os
import threading
import time
import weakref

from sqlalchemy import event
from sqlalchemy.engine import Engine

FIRST_PAUSE = 0.0001  # seconds; doubled up to LONGEST_PAUSE while the gate is taken
LONGEST_PAUSE = 0.001

_GATES: weakref.WeakSet = weakref.WeakSet()


class WriteGate:
    def __init__(self, path: str, timeout_seconds: float):
        self.path = path
        self.timeout = timeout_seconds
        self._files: dict[int, tuple[int, int]] = {}  # id(DBAPI connection) -> (pid, its own descriptor)
        self._held: dict[int, int] = {}  # id(DBAPI connection) -> the thread that holds the gate through it
        _GATES.add(self)  # a forked child forgets what it inherited (_after_fork_in_child)

    def open(self, connection) -> int:
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o600)
        self._files[id(connection)] = (os.getpid(), fd)
        return fd

    def _descriptor(self, connection) -> int:
        """The connection's descriptor; a fresh one in a forked child (a shared one would not exclude)."""
        opened = self._files.get(id(connection))
        if opened is None or opened[0] != os.getpid():
            return self.open(connection)
        return opened[1]

    def _forget_parent(self) -> None:
        """In a forked child: the parent's descriptors and holdings are not this process's."""
        for _pid, fd in self._files.values():
            with contextlib.suppress(OSError):  # the parent's lock stays until every copy is closed or unlocked
                os.close(fd)
        self._files.clear()
        self._held.clear()

    def close(self, connection) -> None:
        self.release(connection)
        opened = self._files.pop(id(connection), None)
        if opened is not None and opened[0] == os.getpid():
            os.close(opened[1])

    def acquire(self, connection) -> None:
        fd = self._descriptor(connection)
        me = threading.get_ident()
        if id(connection) in self._held or me in self._held.values():
            return
        deadline = time.monotonic() + self.timeout
        pause = FIRST_PAUSE
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    return  # SQLite's busy handler decides from here, as without the gate
                time.sleep(pause)
                pause = min(pause * 2, LONGEST_PAUSE)
        self._held[id(connection)] = me

    def release(self, connection) -> None:
        if self._held.pop(id(connection), None) is None:
            return
        fcntl.flock(self._descriptor(connection), fcntl.LOCK_UN)


def install(engine: Engine, timeout_seconds: float) -> WriteGate | None:
    """Queue `engine`'s writers on a lock file beside its database file (none for an in-memory database)."""
    database = engine.url.database
    if not database or database == ":memory:" or database.startswith("file:"):
        return None
    gate = WriteGate(os.path.abspath(database) + "-writegate", timeout_seconds)
    dialect = engine.dialect
    commit, rollback = dialect.do_commit, dialect.do_rollback

    # The dialect is handed the pool's proxy of the DBAPI connection; the pool events the connection itself.
    def do_commit(proxy):
        try:
            commit(proxy)
        finally:
            gate.release(getattr(proxy, "dbapi_connection", proxy))

    def do_rollback(proxy):
        try:
            rollback(proxy)
        finally:
            gate.release(getattr(proxy, "dbapi_connection", proxy))

    dialect.do_commit, dialect.do_rollback = do_commit, do_rollback

    @event.listens_for(engine, "connect")
    def _opened(dbapi_connection, _record):
        gate.open(dbapi_connection)

    @event.listens_for(engine, "close")
    def _closed(dbapi_connection, _record):
        gate.close(dbapi_connection)

    @event.listens_for(engine, "close_detached")
    def _closed_detached(dbapi_connection):
        gate.close(dbapi_connection)

    @event.listens_for(engine, "invalidate")
    def _invalidated(dbapi_connection, _record, _exception):
        gate.release(dbapi_connection)

    return gate


def _after_fork_in_child() -> None:
    for gate in list(_GATES):
        gate._forget_parent()  # noqa: SLF001


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_after_fork_in_child)
