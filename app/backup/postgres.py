"""PostgreSQL: pg_dump from an exported snapshot, pg_restore into a cleared public schema.

The connection comes from the SQLAlchemy URL (`postgresql+psycopg://user:pass@host:port/db?sslmode=...`).
The password never goes on a command line (where `ps` shows it): the tools get it in PGPASSWORD.
"""
from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import psycopg
from psycopg.conninfo import make_conninfo
from sqlalchemy.engine import make_url

from app.backup import checksums
from app.backup.errors import BackupError

LOCK_TIMEOUT = "10s"  # how long clearing the schema waits for a running site to let go of its tables


@dataclass(frozen=True)
class Target:
    conninfo: str  # libpq connection string without the password
    password: str | None
    dbname: str

    def env(self) -> dict[str, str]:
        env = dict(os.environ)
        if self.password:
            env["PGPASSWORD"] = self.password
        return env

    def connect(self, **kwargs) -> psycopg.Connection:
        try:
            return psycopg.connect(self.conninfo, password=self.password, **kwargs)
        except psycopg.Error as err:
            raise BackupError(f"Tidak dapat terhubung ke basis data PostgreSQL {self.dbname!r}: "
                              f"{str(err).strip()}") from err


def target_from_url(url: str) -> Target:
    parsed = make_url(url)
    params: dict[str, str] = {}
    for key, value in parsed.query.items():
        params[key] = value[-1] if isinstance(value, tuple) else value
    for key, value in (("host", parsed.host), ("port", parsed.port), ("user", parsed.username),
                       ("dbname", parsed.database)):
        if value is not None:
            params[key] = str(value)
    return Target(conninfo=make_conninfo("", **params), password=parsed.password,
                  dbname=parsed.database or "")


def tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        raise BackupError(f"{name} tidak ditemukan di PATH. Pasang klien PostgreSQL (paket postgresql-client) "
                          "dengan versi yang sama dengan server atau lebih baru.")
    return path


def _run(command: list[str], target: Target, what: str) -> subprocess.CompletedProcess:
    result = subprocess.run(command, env=target.env(), capture_output=True, text=True, check=False)  # noqa: S603
    if result.returncode != 0:
        detail = (result.stderr or result.stdout).strip()[-2000:]
        raise BackupError(f"{what} gagal (kode {result.returncode}): {detail}")
    return result


@contextlib.contextmanager
def _reading(target: Target, *, snapshot: bool) -> Iterator[psycopg.Connection]:
    """A connection for reading; `snapshot`: one read-only REPEATABLE READ transaction, so every table is
    read as of the same instant. A PostgreSQL error becomes an Indonesian BackupError."""
    conn = target.connect(autocommit=not snapshot)
    try:
        if snapshot:
            conn.isolation_level = psycopg.IsolationLevel.REPEATABLE_READ
            conn.read_only = True
        yield conn
        if snapshot:
            conn.rollback()
    except psycopg.Error as err:
        raise BackupError(f"Membaca basis data PostgreSQL gagal: {str(err).strip()}") from err
    finally:
        conn.close()


def snapshot_dump(target: Target, dump_file: Path) -> tuple[dict[str, dict], str | None]:
    """Dump the database to `dump_file` and return counts, checksums and revision of the same snapshot.

    A REPEATABLE READ transaction exports its snapshot; pg_dump --snapshot reads exactly that snapshot while
    the transaction stays open, and the checksums are computed inside the transaction meanwhile.
    """
    pg_dump = tool("pg_dump")
    with _reading(target, snapshot=True) as conn:
        with conn.cursor() as cur:
            cur.execute("SELECT pg_export_snapshot()")
            snapshot_id = cur.fetchone()[0]
        command = [pg_dump, "--format=custom", f"--snapshot={snapshot_id}", "--no-password",
                   f"--file={dump_file}", f"--dbname={target.conninfo}"]
        with tempfile.TemporaryFile() as messages:  # a file, not a pipe: a chatty pg_dump never blocks
            process = subprocess.Popen(command, env=target.env(), stdin=subprocess.DEVNULL,  # noqa: S603
                                       stdout=messages, stderr=messages)
            try:
                tables = checksums.pg_tables(conn)
                result = checksums.pg_digests(conn), checksums.alembic_revision(conn, tables)
            except BaseException:
                process.kill()
                process.wait()
                raise
            if process.wait() != 0:
                messages.seek(0)
                detail = messages.read().decode(errors="replace").strip()[-2000:]
                raise BackupError(f"pg_dump gagal (kode {process.returncode}): {detail}")
    return result


def digests(target: Target) -> dict[str, dict]:
    with _reading(target, snapshot=True) as conn:
        return checksums.pg_digests(conn)


def row_counts(target: Target) -> dict[str, int]:
    with _reading(target, snapshot=False) as conn:
        return checksums.pg_row_counts(conn)


def check_dump(dump_file: Path) -> int:
    """The number of entries in the dump's table of contents (pg_restore --list reads the whole header)."""
    pg_restore = tool("pg_restore")
    result = subprocess.run([pg_restore, "--list", str(dump_file)], capture_output=True,  # noqa: S603
                            text=True, check=False)
    if result.returncode != 0:
        raise BackupError(f"Dump PostgreSQL dalam arsip tidak terbaca oleh pg_restore: "
                          f"{(result.stderr or result.stdout).strip()[-1000:]}")
    return sum(1 for line in result.stdout.splitlines() if line and not line.startswith(";"))


def public_schema_is_empty(target: Target) -> bool:
    conn = target.connect(autocommit=True)
    try:
        with conn.cursor() as cur:
            cur.execute("""
                SELECT EXISTS (SELECT 1 FROM pg_class WHERE relnamespace = 'public'::regnamespace)
                    OR EXISTS (SELECT 1 FROM pg_type WHERE typnamespace = 'public'::regnamespace)
                    OR EXISTS (SELECT 1 FROM pg_proc WHERE pronamespace = 'public'::regnamespace)""")
            return not cur.fetchone()[0]
    except psycopg.Error as err:
        raise BackupError(f"Membaca basis data PostgreSQL gagal: {str(err).strip()}") from err
    finally:
        conn.close()


SET_ASIDE = "simpul_pre_restore"  # the schema that holds the data from before a restore until it is proven


def _schema_change(target: Target, statements: list[str], failure: str) -> None:
    """Run `statements` in one transaction: all of them happen, or none."""
    conn = target.connect(autocommit=False)
    try:
        with conn.cursor() as cur:
            cur.execute(f"SET LOCAL lock_timeout = '{LOCK_TIMEOUT}'")
            for statement in statements:
                cur.execute(statement)
        conn.commit()
    except psycopg.errors.LockNotAvailable as err:
        raise BackupError(f"Basis data {target.dbname!r} sedang dipakai (tabelnya terkunci). Hentikan situs dan "
                          "pekerja latar sebelum memulihkan.") from err
    except psycopg.Error as err:
        raise BackupError(f"{failure}: {str(err).strip()}") from err
    finally:
        conn.close()


def set_aside_public_schema(target: Target) -> None:
    """Move the current data out of the way (schema public becomes simpul_pre_restore) and start empty.

    Nothing is dropped until the restored data has been checked: a failed pg_restore or a checksum that
    differs puts the old schema back (put_back_public_schema).
    """
    conn = target.connect(autocommit=True)
    try:
        with conn.cursor() as cur:
            cur.execute("SELECT 1 FROM pg_namespace WHERE nspname = %s", (SET_ASIDE,))
            left_over = cur.fetchone() is not None
    finally:
        conn.close()
    if left_over:
        raise BackupError(f"Skema {SET_ASIDE} masih ada dari pemulihan yang terputus; isinya adalah data sebelum "
                          "pemulihan itu. Periksa, lalu hapus (DROP SCHEMA " + SET_ASIDE + " CASCADE) atau "
                          "kembalikan sebagai public sebelum memulihkan lagi. Tidak ada yang diubah.")
    _schema_change(target, [f"ALTER SCHEMA public RENAME TO {SET_ASIDE}", "CREATE SCHEMA public"],
                   "Menyisihkan skema public gagal")


def put_back_public_schema(target: Target) -> None:
    _schema_change(target, ["DROP SCHEMA public CASCADE", f"ALTER SCHEMA {SET_ASIDE} RENAME TO public"],
                   f"Mengembalikan data lama gagal; data itu ada di skema {SET_ASIDE}")


def drop_set_aside_schema(target: Target) -> None:
    _schema_change(target, [f"DROP SCHEMA {SET_ASIDE} CASCADE"], f"Menghapus skema {SET_ASIDE} gagal")


def restore_dump(target: Target, dump_file: Path) -> None:
    pg_restore = tool("pg_restore")
    _run([pg_restore, "--no-owner", "--no-privileges", "--exit-on-error", "--single-transaction", "--no-password",
          f"--dbname={target.conninfo}", str(dump_file)], target, "pg_restore")
