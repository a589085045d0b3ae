"""Rate-limit counters in a SQLite file, shared by every worker of one machine with no server to run.

The `limits` library registers a storage by its URI scheme: `shared-sqlite:///instance/ratelimits.db`
(the embedded default) names this one. Memory storage counts in each worker alone, so two gunicorn
workers let twice a limit through; this file is one counter for all of them. Several machines use Redis.
Only the fixed-window strategy (the default, RATELIMIT_STRATEGY unset) is supported.
"""
from __future__ import annotations

import os
import sqlite3
import threading
import time
from pathlib import Path

from limits.storage import Storage

SCHEME = "shared-sqlite"
_CLEAN_EVERY_SECONDS = 60.0

_SCHEMA = """
CREATE TABLE IF NOT EXISTS counters (
    key TEXT PRIMARY KEY,
    value INTEGER NOT NULL,
    expires_at REAL NOT NULL
)
"""
# One statement, so two workers hitting the same key at once cannot both read the old value: a counter
# whose window has passed starts again from the new amount.
_INCREMENT = """
INSERT INTO counters (key, value, expires_at) VALUES (:key, :amount, :expires_at)
ON CONFLICT (key) DO UPDATE SET
    value = CASE WHEN counters.expires_at <= :now THEN excluded.value ELSE counters.value + excluded.value END,
    expires_at = CASE WHEN counters.expires_at <= :now THEN excluded.expires_at ELSE counters.expires_at END
RETURNING value
"""


def _returning(conn: sqlite3.Connection, statement: str, parameters) -> int | None:
    """The value a one-row ... RETURNING statement gives. Every row is read and the cursor closed: until
    then SQLite keeps the statement, and so the write lock, open, and the other workers wait for it."""
    cursor = conn.execute(statement, parameters)
    try:
        rows = cursor.fetchall()
    finally:
        cursor.close()
    return rows[0][0] if rows else None


def _make_private(path: Path) -> None:
    """The file holds what people typed at sign-in: only the site's own user may read it. It is created
    0600 (SQLite gives its -wal and -shm files the database file's mode), and an older file is tightened."""
    os.close(os.open(path, os.O_RDWR | os.O_CREAT, 0o600))
    for file in (path, path.with_name(f"{path.name}-wal"), path.with_name(f"{path.name}-shm")):
        try:
            if file.stat().st_mode & 0o077:
                os.chmod(file, 0o600)
        except FileNotFoundError:
            continue


def path_of(uri: str) -> Path:
    """`shared-sqlite:///relative/file.db` or `shared-sqlite:////absolute/file.db` -> the file's path."""
    prefix = f"{SCHEME}:///"
    if not uri.startswith(prefix) or len(uri) == len(prefix):
        raise ValueError(f"{SCHEME} storage needs a file: {SCHEME}:///path/to/ratelimits.db, not {uri!r}")
    return Path(uri[len(prefix):])


class SharedSQLiteStorage(Storage):
    """Fixed-window counters in one SQLite file (WAL, busy timeout), one connection per process and thread."""

    STORAGE_SCHEME = [SCHEME]

    def __init__(self, uri: str | None = None, wrap_exceptions: bool = False, **options):
        self.path = path_of(uri or "")
        self._local = threading.local()
        self._cleaned_at = 0.0
        super().__init__(uri, wrap_exceptions=wrap_exceptions, **options)

    @property
    def base_exceptions(self) -> type[Exception]:
        return sqlite3.Error

    def _connection(self) -> sqlite3.Connection:
        # A connection never crosses a fork: gunicorn may load the app before it starts its workers.
        conn = getattr(self._local, "conn", None)
        if conn is not None and self._local.pid == os.getpid():
            return conn
        self.path.parent.mkdir(parents=True, exist_ok=True)
        _make_private(self.path)
        conn = sqlite3.connect(self.path, timeout=5.0, isolation_level=None, check_same_thread=False)
        conn.execute("PRAGMA busy_timeout = 5000")
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")
        conn.execute(_SCHEMA)
        self._local.conn, self._local.pid = conn, os.getpid()
        return conn

    def incr(self, key: str, expiry: float, amount: int = 1) -> int:
        now = time.time()
        conn = self._connection()
        value = _returning(conn, _INCREMENT, {"key": key, "amount": amount, "expires_at": now + expiry, "now": now})
        self._clean_expired(conn, now)
        return int(value)

    def decr(self, key: str, amount: int = 1) -> int:
        value = _returning(
            self._connection(), "UPDATE counters SET value = MAX(value - ?, 0) WHERE key = ? AND expires_at > ? "
            "RETURNING value", (amount, key, time.time()))
        return 0 if value is None else int(value)

    def get(self, key: str) -> int:
        row = self._connection().execute(
            "SELECT value FROM counters WHERE key = ? AND expires_at > ?", (key, time.time())).fetchone()
        return int(row[0]) if row else 0

    def get_expiry(self, key: str) -> float:
        now = time.time()
        row = self._connection().execute(
            "SELECT expires_at FROM counters WHERE key = ? AND expires_at > ?", (key, now)).fetchone()
        return float(row[0]) if row else now

    def check(self) -> bool:
        try:
            self._connection().execute("SELECT 1").fetchone()
        except sqlite3.Error:
            return False
        return True

    def reset(self) -> int | None:
        return self._connection().execute("DELETE FROM counters").rowcount

    def clear(self, key: str) -> None:
        self._connection().execute("DELETE FROM counters WHERE key = ?", (key,))

    def _clean_expired(self, conn: sqlite3.Connection, now: float) -> None:
        """Drop counters whose window has passed, at most once a minute per worker."""
        if now - self._cleaned_at < _CLEAN_EVERY_SECONDS:
            return
        self._cleaned_at = now
        conn.execute("DELETE FROM counters WHERE expires_at <= ?", (now,))
