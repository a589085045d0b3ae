"""Create backups, and what creating, restoring (restoring.py) and verifying (verification.py) share.

Every failure the operator can cause is a BackupError."""
from __future__ import annotations

import json
import tempfile
import urllib.parse
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from flask import Flask
from sqlalchemy.engine import make_url

from app import config as config_module
from app.backup import archive as archive_module
from app.backup import checksums, postgres, sqlite, uploads
from app.backup.errors import BackupError

# Tables that only keep the site's own bookkeeping: rows there do not make a target database "in use".
BOOKKEEPING_TABLES = frozenset({"alembic_version", "search_outbox", "cache_versions"})
ENGINE_LABELS = {"sqlite": "SQLite", "postgresql": "PostgreSQL"}
_SECRET_WORDS = ("PASSWORD", "SECRET", "TOKEN", "KEY", "USERNAME")

def engine_of(url: str) -> str:
    try:
        name = make_url(url).get_backend_name()
    except Exception as err:  # noqa: BLE001 - any unparsable URL is the operator's to fix
        raise BackupError(f"DATABASE_URL tidak dapat dibaca: {err}") from err
    if name not in archive_module.ENGINES:
        raise BackupError(f"Mesin basis data {name!r} tidak didukung untuk cadangan (hanya SQLite dan PostgreSQL).")
    return name


def database_label(url: str) -> str:
    """Where the database is, for messages: the SQLite path, or name@host for PostgreSQL (never a password)."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        return str(parsed.database)
    return f"{parsed.database}@{parsed.host or 'localhost'}" + (f":{parsed.port}" if parsed.port else "")


def app_version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("simpul-asn")
    except PackageNotFoundError:
        return "tidak diketahui"


def backup_dir(app: Flask) -> Path:
    path = Path(app.config.get("BACKUP_DIR") or config_module.INSTANCE_DIR / "backups")
    return path if path.is_absolute() else config_module.BASE_DIR / path


def secret_key_path(app: Flask) -> Path:
    """The key file config.py generates when SECRET_KEY is not set (instance/secret_key)."""
    return Path(app.instance_path) / "secret_key"


def archive_name(moment: datetime) -> str:
    return f"simpul-backup-{moment:%Y%m%d-%H%M%S}.tar.gz"


def resolve_destination(app: Flask, output: str | None, moment: datetime) -> Path:
    """BACKUP_DIR, or --output: a folder (made when missing) or exactly a file name ending in .tar.gz."""
    if output and output.endswith(".tar.gz"):
        destination = Path(output).expanduser().absolute()
        if destination.is_dir():
            raise BackupError(f"{destination} adalah folder; beri nama berkas lain atau folder tujuan.")
        folder = destination.parent
    else:
        folder = Path(output).expanduser().absolute() if output else backup_dir(app)
        destination = folder / archive_name(moment)
    if folder.exists() and not folder.is_dir():
        raise BackupError(f"{folder} bukan folder.")
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    except OSError as err:
        raise BackupError(f"Folder cadangan {folder} tidak dapat dibuat: {err}") from err
    if destination.exists():
        raise BackupError(f"Berkas {destination} sudah ada; tidak ditimpa.")
    return destination


def _redact_url(value: str) -> str:
    parts = urllib.parse.urlsplit(value)
    if "@" not in parts.netloc:
        return value
    return urllib.parse.urlunsplit(parts._replace(netloc="***@" + parts.netloc.rsplit("@", 1)[1]))


def settings_snapshot(app: Flask, engine: str) -> dict:
    """The effective configuration an operator sets, minus anything secret (keys, passwords, user names,
    credentials inside URLs), plus where the database was and where the secret key came from."""
    keys = sorted({*config_module.ENV_KEYS_STR, *config_module.ENV_KEYS_BOOL, *config_module.ENV_KEYS_INT,
                   *config_module.ENV_KEYS_FLOAT, "BACKUP_DIR"})
    values: dict = {}
    for key in keys:
        if any(word in key for word in _SECRET_WORDS):
            continue
        value = app.config.get(key)
        if isinstance(value, str) and key.endswith(("_URL", "_URI")):
            value = _redact_url(value)
        values[key] = value if isinstance(value, str | int | float | bool) or value is None else str(value)
    parsed = make_url(app.config["SQLALCHEMY_DATABASE_URI"])
    values["DATABASE"] = {"engine": engine, "name": parsed.database, "host": parsed.host, "port": parsed.port}
    key_file = secret_key_path(app)
    from_file = key_file.is_file() and key_file.read_text().strip() == app.config.get("SECRET_KEY")
    values["SECRET_KEY_SOURCE"] = "instance/secret_key" if from_file else "SECRET_KEY"
    return values


def release_connections() -> None:
    """Close this process's pooled connections (before and after the database under them is replaced)."""
    from app.extensions import db

    db.session.remove()
    db.engine.dispose()


# --- create -------------------------------------------------------------------------------------------------

@dataclass
class Created:
    path: Path
    size: int
    manifest: dict


def create(app: Flask, output: str | None = None) -> Created:
    url = app.config["SQLALCHEMY_DATABASE_URI"]
    engine = engine_of(url)
    now = datetime.now(UTC).replace(microsecond=0)
    destination = resolve_destination(app, output, now)
    member = archive_module.DATABASE[engine]
    # The staging folder sits next to the archive (same disk, so no surprise in a small /tmp) and is 0700.
    with tempfile.TemporaryDirectory(dir=destination.parent, prefix=".simpul-backup-") as staging_name:
        staging = Path(staging_name)
        database_file = staging / member
        if engine == "sqlite":
            sqlite.snapshot(sqlite.database_path(url), database_file)
            tables, revision = sqlite.digests(database_file)
        else:
            tables, revision = postgres.snapshot_dump(postgres.target_from_url(url), database_file)
        files = {}
        settings = staging / archive_module.SETTINGS
        settings.write_text(json.dumps(settings_snapshot(app, engine), ensure_ascii=False, indent=2) + "\n")
        files[archive_module.SETTINGS] = settings
        # Settings: the instance secret key (sessions and reset links survive a restore) when one exists.
        key_file = secret_key_path(app)
        if key_file.is_file():
            copy = staging / archive_module.KEY_FILE
            copy.write_bytes(key_file.read_bytes())
            files[archive_module.KEY_FILE] = copy
        files[member] = database_file
        # The uploaded files of every row in the database (listed after the snapshot: a file uploaded
        # meanwhile is archived too, which is harmless; uploads are never changed once stored).
        upload_files, upload_section = uploads.collect(app)
        files.update(upload_files)
        manifest = {
            "format": archive_module.FORMAT,
            "format_version": archive_module.FORMAT_VERSION,
            "created_at": now.isoformat(),
            "engine": engine,
            "alembic_revision": revision,
            "app_version": app_version(),
            "database_file": member,
            "row_checksum": checksums.CHECKSUM_VERSION,
            "files": {name: archive_module.file_digest(path) for name, path in files.items()},
            "tables": tables,
            "uploads": upload_section,
        }
        archive_module.write(destination, manifest, files)
    return Created(path=destination, size=destination.stat().st_size, manifest=manifest)


def row_total(manifest: dict) -> int:
    return sum(int(t.get("rows", 0)) for t in manifest["tables"].values())


def human_size(size: int) -> str:
    value = float(size)
    for unit in ("B", "KiB", "MiB", "GiB"):
        if value < 1024 or unit == "GiB":
            return f"{value:.0f} {unit}" if unit == "B" else f"{value:.1f} {unit}".replace(".", ",")
        value /= 1024
    return f"{size} B"
