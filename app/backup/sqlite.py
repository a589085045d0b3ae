"""SQLite: a consistent copy with the online backup API, and an atomic swap of the database file."""
from __future__ import annotations

import contextlib
import os
import sqlite3
import urllib.parse
from pathlib import Path

from sqlalchemy.engine import make_url

from app.backup import checksums
from app.backup.errors import BackupError

BUSY_TIMEOUT_S = 30.0
SWAP_TIMEOUT_S = 5.0


def database_path(url: str) -> Path:
    database = make_url(url).database
    if not database or database == ":memory:" or database.startswith("file:"):
        raise BackupError("Basis data SQLite di memori atau berupa URI tidak dapat dicadangkan atau dipulihkan; "
                          "pakai DATABASE_URL berupa berkas (sqlite:///jalur/berkas.db).")
    return Path(database)


def connect_read_only(path: Path, timeout: float = BUSY_TIMEOUT_S) -> sqlite3.Connection:
    uri = "file:" + urllib.parse.quote(str(path)) + "?mode=ro"
    conn = sqlite3.connect(uri, uri=True, timeout=timeout, isolation_level=None)
    conn.execute(f"PRAGMA busy_timeout={int(timeout * 1000)}")
    return conn


def snapshot(source: Path, copy: Path) -> None:
    """Copy the live database into `copy` while the site keeps writing.

    The copy is made in one step (pages=-1): one read transaction, so one consistent snapshot, and in WAL
    mode writers are not held up meanwhile. The copy is switched to a rollback journal so that it is a
    single self-contained file.
    """
    if not source.is_file():
        raise BackupError(f"Berkas basis data SQLite tidak ditemukan: {source}")
    try:
        src = connect_read_only(source)
        try:
            dst = sqlite3.connect(copy, isolation_level=None)
            try:
                src.backup(dst)
                dst.execute("PRAGMA journal_mode=DELETE")
            finally:
                dst.close()
        finally:
            src.close()
    except sqlite3.Error as err:
        raise BackupError(f"Basis data SQLite tidak dapat dibaca ({err}).") from err


def digests(path: Path) -> tuple[dict[str, dict], str | None]:
    """Counts, checksums and the schema revision of a database file nobody else writes to."""
    try:
        conn = connect_read_only(path)
        try:
            conn.execute("BEGIN")
            tables = checksums.sqlite_tables(conn)
            result = checksums.sqlite_digests(conn), checksums.alembic_revision(conn, tables)
            conn.execute("COMMIT")
            return result
        finally:
            conn.close()
    except sqlite3.Error as err:
        raise BackupError(f"Salinan basis data SQLite tidak dapat dibaca ({err}).") from err


def integrity_problem(path: Path) -> str | None:
    try:
        conn = connect_read_only(path)
        try:
            answer = [r[0] for r in conn.execute("PRAGMA quick_check").fetchall()]
        finally:
            conn.close()
    except sqlite3.Error as err:
        return str(err)
    return None if answer == ["ok"] else "; ".join(answer[:5])


def rows_in(path: Path) -> dict[str, int] | None:
    """Rows per table of an existing database file; None when the file is not a SQLite database."""
    try:
        conn = connect_read_only(path)
        try:
            return checksums.sqlite_row_counts(conn)
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        return None


def swap_in(new_file: Path, target: Path) -> None:
    """Put `new_file` in place of `target` atomically (same folder, os.replace).

    The old database is first taken out of WAL mode: that needs every other connection closed (so a
    running site is detected rather than corrupted) and removes its -wal and -shm files, which SQLite
    would otherwise apply to the new file.
    """
    if target.exists():
        try:
            conn = sqlite3.connect(target, timeout=SWAP_TIMEOUT_S, isolation_level=None)
            try:
                conn.execute(f"PRAGMA busy_timeout={int(SWAP_TIMEOUT_S * 1000)}")
                mode = conn.execute("PRAGMA journal_mode=DELETE").fetchone()[0]
            finally:
                conn.close()
        except sqlite3.OperationalError as err:
            raise BackupError(f"Basis data {target} sedang dipakai proses lain ({err}). Hentikan situs dan "
                              "pekerja latar sebelum memulihkan.") from err
        except sqlite3.DatabaseError:
            mode = "delete"  # not a database (only reachable with --replace): nothing to close
        if str(mode).lower() == "wal":
            raise BackupError(f"Basis data {target} sedang dipakai proses lain. Hentikan situs dan pekerja latar "
                              "sebelum memulihkan.")
        for suffix in ("-wal", "-shm", "-journal"):
            with contextlib.suppress(FileNotFoundError):
                Path(str(target) + suffix).unlink()
        with contextlib.suppress(OSError):
            os.chmod(new_file, target.stat().st_mode & 0o777)
    os.replace(new_file, target)
    _fsync_dir(target.parent)


def _fsync_dir(folder: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
