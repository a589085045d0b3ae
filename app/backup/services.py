"""Create, restore and verify backups. Every failure the operator can cause is a BackupError."""
from __future__ import annotations

import contextlib
import json
import os
import secrets
import tempfile
import urllib.parse
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from flask import Flask
from sqlalchemy.engine import make_url

from app import config as config_module
from app.backup import archive as archive_module
from app.backup import checksums, postgres, sqlite
from app.backup.archive import Archive
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
        # There is no uploads folder to save: the site stores no uploaded files (images are linked in Markdown).
        key_file = secret_key_path(app)
        if key_file.is_file():
            copy = staging / archive_module.KEY_FILE
            copy.write_bytes(key_file.read_bytes())
            files[archive_module.KEY_FILE] = copy
        files[member] = database_file
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
        }
        archive_module.write(destination, manifest, files)
    return Created(path=destination, size=destination.stat().st_size, manifest=manifest)


# --- restore ------------------------------------------------------------------------------------------------

@dataclass
class Restored:
    manifest: dict
    target: str
    tables: int
    secret_key: str
    revision_note: str | None = None
    notes: list[str] = field(default_factory=list)


def open_for(path: Path, engine: str) -> Archive:
    opened = Archive(path)
    if opened.engine != engine:
        opened.close()
        raise BackupError(
            f"Arsip ini berisi basis data {ENGINE_LABELS[opened.engine]}, sedangkan basis data yang dikonfigurasi "
            f"(DATABASE_URL) adalah {ENGINE_LABELS[engine]}. Pulihkan ke basis data {ENGINE_LABELS[opened.engine]}.")
    return opened


def _refuse_if_in_use(rows: dict[str, int], where: str, replace: bool) -> None:
    in_use = {t: n for t, n in sorted(rows.items()) if n and t not in BOOKKEEPING_TABLES}
    if in_use and not replace:
        listed = ", ".join(f"{t} ({n} baris)" for t, n in list(in_use.items())[:6])
        more = f" dan {len(in_use) - 6} tabel lain" if len(in_use) > 6 else ""
        raise BackupError(f"Basis data tujuan {where} sudah berisi data: {listed}{more}. Tidak ada yang diubah. "
                          "Tambahkan --replace untuk menimpanya dengan isi arsip.")


def _check(manifest: dict, restored: dict[str, dict]) -> None:
    problems = checksums.differences(manifest["tables"], restored)
    if problems:
        raise BackupError("Hasil pemulihan tidak cocok dengan manifest pada tabel: " + "; ".join(problems))


def restore(app: Flask, path: Path, *, replace: bool = False) -> Restored:
    url = app.config["SQLALCHEMY_DATABASE_URI"]
    engine = engine_of(url)
    with open_for(path, engine) as opened:
        # Read (and so checked) before the database is touched: a damaged key member stops here, not halfway.
        archived_key = opened.read_small(archive_module.KEY_FILE) if opened.has(archive_module.KEY_FILE) else None
        release_connections()
        try:
            if engine == "sqlite":
                _restore_sqlite(opened, sqlite.database_path(url), replace)
            else:
                _restore_postgres(opened, postgres.target_from_url(url), replace)
        finally:
            release_connections()
        key_message = restore_secret_key(app, archived_key)
    manifest = opened.manifest
    return Restored(manifest=manifest, target=database_label(url), tables=len(manifest["tables"]),
                    secret_key=key_message, revision_note=revision_note(app, manifest.get("alembic_revision")))


def _restore_sqlite(opened: Archive, target: Path, replace: bool) -> None:
    if target.exists():
        rows = sqlite.rows_in(target) if target.is_file() else None
        if rows is None and not replace:
            raise BackupError(f"{target} ada tetapi bukan basis data SQLite. Tidak ada yang diubah. "
                              "Tambahkan --replace untuk menimpanya.")
        _refuse_if_in_use(rows or {}, str(target), replace)
    target.parent.mkdir(parents=True, exist_ok=True)
    staged = target.with_name(f".{target.name}.restore-{secrets.token_hex(4)}")
    try:
        opened.extract(opened.database_member, staged)
        problem = sqlite.integrity_problem(staged)
        if problem:
            raise BackupError(f"Basis data dalam arsip rusak: {problem}")
        # Checked before the swap: a mismatch leaves the target as it was; the swap is a rename of this file.
        restored, _revision = sqlite.digests(staged)
        _check(opened.manifest, restored)
        sqlite.swap_in(staged, target)
    finally:
        with contextlib.suppress(FileNotFoundError):
            staged.unlink()


def _restore_postgres(opened: Archive, target: postgres.Target, replace: bool) -> None:
    postgres.tool("pg_restore")
    _refuse_if_in_use(postgres.row_counts(target), repr(target.dbname), replace)
    with tempfile.TemporaryDirectory(prefix=".simpul-restore-", dir=Path(opened.path).parent) as folder:
        dump = opened.extract(opened.database_member, Path(folder) / opened.database_member)
        postgres.check_dump(dump)
        set_aside = not postgres.public_schema_is_empty(target)
        if set_aside:
            postgres.set_aside_public_schema(target)
        try:
            postgres.restore_dump(target, dump)
            _check(opened.manifest, postgres.digests(target))
        except BaseException:
            if set_aside:  # the data from before the restore comes back; nothing is lost
                postgres.put_back_public_schema(target)
            raise
        if set_aside:
            postgres.drop_set_aside_schema(target)


def _started_at() -> float | None:
    """When this process started (Linux), to recognise a key file that config.py has just generated."""
    try:
        stat = Path("/proc/self/stat").read_text()
        ticks = int(stat[stat.rindex(")") + 2:].split()[19])
        boot = next(int(line.split()[1]) for line in Path("/proc/stat").read_text().splitlines()
                    if line.startswith("btime "))
        return boot + ticks / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError, StopIteration):
        return None


def restore_secret_key(app: Flask, data: bytes | None) -> str:
    """Put the archived key into instance/ when there is none; never replace a key someone may rely on.

    One exception: when SECRET_KEY is not set, building the app for this very command generated a fresh key
    file moments ago (config.py). Nothing can rely on that key yet, so the archived one takes its place.
    """
    if data is None:
        return "Arsip tidak memuat kunci rahasia instance; tidak ada yang dipulihkan."
    path = secret_key_path(app)
    if path.exists():
        current = path.read_bytes()
        if current.strip() == data.strip():
            return f"Kunci rahasia di {path} sudah sama dengan arsip."
        started = _started_at()
        just_made = (started is not None and path.stat().st_mtime >= started - 2
                     and current.decode(errors="replace").strip() == app.config.get("SECRET_KEY"))
        if not just_made:
            return f"Kunci rahasia di {path} sudah ada dan tidak ditimpa (berbeda dengan yang di arsip)."
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".secret_key.restore-{secrets.token_hex(4)}")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)
    try:
        if path.exists():
            os.replace(tmp, path)
            return (f"Kunci rahasia dari arsip dipulihkan ke {path} (menggantikan kunci yang baru saja dibuat "
                    "otomatis oleh perintah ini).")
        try:
            os.link(tmp, path)
        except FileExistsError:
            return f"Kunci rahasia di {path} sudah ada dan tidak ditimpa."
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
    return f"Kunci rahasia dari arsip dipulihkan ke {path}."


def code_heads(app: Flask) -> list[str]:
    from alembic.script import ScriptDirectory

    migrate = app.extensions.get("migrate")
    directory = migrate.directory if migrate else str(config_module.BASE_DIR / "migrations")
    try:
        return sorted(ScriptDirectory(directory).get_heads())
    except Exception:  # noqa: BLE001 - no migrations folder: nothing to compare with
        return []


def revision_note(app: Flask, revision: str | None) -> str | None:
    """A note when the archived schema is not the code's: `db upgrade` comes before the site starts again."""
    heads = code_heads(app)
    if revision is None or not heads or revision == ",".join(heads):
        return None
    return (f"Revisi skema arsip ({revision}) berbeda dari revisi kode ({', '.join(heads)}). Jalankan "
            "`flask --app wsgi db upgrade`, lalu `flask --app wsgi search rebuild`, sebelum situs dijalankan.")


# --- verify -------------------------------------------------------------------------------------------------

@dataclass
class Verified:
    manifest: dict
    notes: list[str]


def verify(path: Path) -> Verified:
    """Read every member and check it against the manifest; for SQLite also recompute every table's checksum;
    for PostgreSQL let pg_restore read the dump's table of contents."""
    notes: list[str] = []
    # Unpacked beside the archive, never in /tmp (often small, or memory): a database is as big as its archive.
    with Archive(path) as opened, tempfile.TemporaryDirectory(prefix=".simpul-verify-",
                                                              dir=Path(path).parent) as folder:
        manifest = opened.manifest
        for name in manifest["files"]:
            if name not in (archive_module.SETTINGS, archive_module.KEY_FILE, opened.database_member):
                raise BackupError(f"Arsip {path} memuat berkas tak dikenal: {name}")
            opened.extract(name, Path(folder) / name)
        notes.append(f"{len(manifest['files'])} berkas cocok dengan checksum di manifest.")
        database = Path(folder) / opened.database_member
        if opened.engine == "sqlite":
            problem = sqlite.integrity_problem(database)
            if problem:
                raise BackupError(f"Basis data dalam arsip rusak: {problem}")
            restored, _ = sqlite.digests(database)
            _check(manifest, restored)
            notes.append(f"{len(restored)} tabel cocok dengan manifest (jumlah baris dan checksum).")
        else:
            try:
                entries = postgres.check_dump(database)
            except BackupError as err:
                if "tidak ditemukan di PATH" not in err.message:
                    raise
                notes.append("pg_restore tidak ada di PATH: isi dump tidak diperiksa lebih jauh.")
            else:
                notes.append(f"Dump PostgreSQL terbaca oleh pg_restore ({entries} entri).")
    return Verified(manifest=manifest, notes=notes)


def row_total(manifest: dict) -> int:
    return sum(int(t.get("rows", 0)) for t in manifest["tables"].values())


def human_size(size: int) -> str:
    value = float(size)
    for unit in ("B", "KiB", "MiB", "GiB"):
        if value < 1024 or unit == "GiB":
            return f"{value:.0f} {unit}" if unit == "B" else f"{value:.1f} {unit}".replace(".", ",")
        value /= 1024
    return f"{size} B"
