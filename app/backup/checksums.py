"""Row counts and row checksums of every table, read through a plain DB-API connection.

A table's checksum is the sha256 of its column names followed by one line per row, rows ordered by the
primary key (by every column when a table has none), each row a JSON list of canonical values (see
`canonical`). The same function reads the snapshot a backup saves and the database a restore produced,
so equal checksums mean equal rows.

Values are read raw (no SQLAlchemy type processing): SQLite gives back what it stores, PostgreSQL what
psycopg adapts. Checksums compare a database with a copy on the same engine; they are not meant to match
across engines.
"""
from __future__ import annotations

import datetime as dt
import decimal
import hashlib
import json
import uuid
from typing import Any

CHECKSUM_VERSION = "rows-sha256-v1"
_BATCH = 2000


def quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def canonical(value: Any) -> Any:
    """A JSON value that stands for `value` and only for it (types tagged where JSON would blur them)."""
    if value is None or isinstance(value, bool | int | str):
        return value
    if isinstance(value, float):
        return {"f": repr(value)}
    if isinstance(value, decimal.Decimal):
        return {"d": str(value)}
    if isinstance(value, bytes | bytearray | memoryview):
        return {"x": bytes(value).hex()}
    if isinstance(value, dt.datetime):
        return {"t": value.isoformat()}
    if isinstance(value, dt.date):
        return {"date": value.isoformat()}
    if isinstance(value, dt.time):
        return {"time": value.isoformat()}
    if isinstance(value, dt.timedelta):
        return {"td": repr(value.total_seconds())}
    if isinstance(value, uuid.UUID):
        return {"uuid": str(value)}
    if isinstance(value, list | tuple):
        return {"a": [canonical(v) for v in value]}
    if isinstance(value, dict):
        return {"o": [[str(k), canonical(v)] for k, v in sorted(value.items(), key=lambda kv: str(kv[0]))]}
    return {type(value).__name__: str(value)}


def _row_line(row) -> bytes:
    return json.dumps([canonical(v) for v in row], ensure_ascii=False, separators=(",", ":")).encode() + b"\n"


def _digest_rows(columns: list[str], rows) -> dict:
    digest = hashlib.sha256()
    digest.update(json.dumps(columns, ensure_ascii=False).encode() + b"\n")
    count = 0
    for row in rows:
        digest.update(_row_line(row))
        count += 1
    return {"rows": count, "sha256": digest.hexdigest()}


def _batches(cursor):
    while True:
        rows = cursor.fetchmany(_BATCH)
        if not rows:
            return
        yield from rows


# --- SQLite -------------------------------------------------------------------------------------------------

def sqlite_tables(conn) -> list[str]:
    rows = conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' "
                        "ESCAPE '\\' ORDER BY name").fetchall()
    return [r[0] for r in rows]


def _sqlite_order(conn, table: str) -> list[str]:
    info = conn.execute(f"PRAGMA table_info({quote(table)})").fetchall()  # cid, name, type, notnull, dflt, pk
    keys = sorted((r for r in info if r[5]), key=lambda r: r[5])
    return [r[1] for r in keys] or [r[1] for r in info]


def sqlite_digests(conn) -> dict[str, dict]:
    """Counts and checksums of every table; call inside one read transaction for a consistent answer."""
    result = {}
    for table in sqlite_tables(conn):
        order = ", ".join(quote(c) for c in _sqlite_order(conn, table))
        cursor = conn.execute(f"SELECT * FROM {quote(table)} ORDER BY {order}")  # noqa: S608 - quoted names
        columns = [d[0] for d in cursor.description]
        result[table] = _digest_rows(columns, _batches(cursor))
    return result


def sqlite_row_counts(conn) -> dict[str, int]:
    return {t: conn.execute(f"SELECT count(*) FROM {quote(t)}").fetchone()[0]  # noqa: S608
            for t in sqlite_tables(conn)}


# --- PostgreSQL ---------------------------------------------------------------------------------------------

def pg_tables(conn) -> list[str]:
    with conn.cursor() as cur:
        cur.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename")
        return [r[0] for r in cur.fetchall()]


def _pg_columns(conn, table: str) -> tuple[list[str], list[str]]:
    with conn.cursor() as cur:
        cur.execute("""
            SELECT a.attname FROM pg_attribute a
            WHERE a.attrelid = %(t)s::regclass AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum""",
                    {"t": "public." + quote(table)})
        columns = [r[0] for r in cur.fetchall()]
        # Text keys are ordered byte-wise (COLLATE "C"), so the order does not depend on the server's locale:
        # a restore onto a server with another collation must give the same checksum.
        cur.execute("""
            SELECT a.attname, a.attcollation <> 0 FROM pg_index i
            JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY(i.indkey)
            WHERE i.indrelid = %(t)s::regclass AND i.indisprimary
            ORDER BY array_position(i.indkey::int2[], a.attnum)""", {"t": "public." + quote(table)})
        keys = [quote(name) + (' COLLATE "C"' if collatable else "") for name, collatable in cur.fetchall()]
    return columns, keys or [quote(c) for c in columns]


def pg_digests(conn) -> dict[str, dict]:
    """Counts and checksums of every table in the public schema; `conn` is a psycopg connection inside a
    REPEATABLE READ transaction, so every table is read from the same snapshot."""
    result = {}
    for n, table in enumerate(pg_tables(conn)):
        columns, keys = _pg_columns(conn, table)
        select = ", ".join(quote(c) for c in columns)
        order = ", ".join(keys)
        with conn.cursor(name=f"simpul_backup_{n}") as cur:
            cur.itersize = _BATCH
            cur.execute(f"SELECT {select} FROM public.{quote(table)} ORDER BY {order}")  # noqa: S608
            result[table] = _digest_rows(columns, cur)
    return result


def pg_row_counts(conn) -> dict[str, int]:
    counts = {}
    with conn.cursor() as cur:
        for table in pg_tables(conn):
            cur.execute(f"SELECT count(*) FROM public.{quote(table)}")  # noqa: S608
            counts[table] = cur.fetchone()[0]
    return counts


def alembic_revision(conn, tables: list[str]) -> str | None:
    """The schema revision recorded by `flask db upgrade` (None for a schema made otherwise)."""
    if "alembic_version" not in tables:
        return None
    cursor = conn.cursor()
    try:
        cursor.execute("SELECT version_num FROM alembic_version")
        rows = [r[0] for r in cursor.fetchall()]
    finally:
        cursor.close()
    return ",".join(sorted(rows)) or None


def differences(expected: dict[str, dict], actual: dict[str, dict]) -> list[str]:
    """One line per table whose rows differ (or that is missing on one side)."""
    lines = []
    for table in sorted(set(expected) | set(actual)):
        want, got = expected.get(table), actual.get(table)
        if want is None:
            lines.append(f"{table}: tidak ada di manifest")
        elif got is None:
            lines.append(f"{table}: tidak ada di basis data hasil pemulihan")
        elif want.get("rows") != got["rows"]:
            lines.append(f"{table}: {got['rows']} baris, manifest {want.get('rows')}")
        elif want.get("sha256") != got["sha256"]:
            lines.append(f"{table}: checksum berbeda")
    return lines
