"""Restoring an archive into the configured database, after every check `flask backup verify` runs."""
from __future__ import annotations

import contextlib
import os
import secrets
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from flask import Flask

from app import config as config_module
from app.backup import archive as archive_module
from app.backup import postgres, sqlite, uploads
from app.backup.archive import Archive
from app.backup.errors import BackupError
from app.backup.services import (
    BOOKKEEPING_TABLES,
    ENGINE_LABELS,
    database_label,
    engine_of,
    release_connections,
    secret_key_path,
)
from app.backup.verification import check_archive, check_restored


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


def restore(app: Flask, path: Path, *, replace: bool = False) -> Restored:
    """Refuse a target in use (unless `replace`), unpack and check the whole archive exactly as verify does,
    and only then replace the database: any failure before the swap leaves the target as it was."""
    url = app.config["SQLALCHEMY_DATABASE_URI"]
    engine = engine_of(url)
    with open_for(path, engine) as opened:
        if engine == "sqlite":
            target = sqlite.database_path(url)
            _refuse_sqlite_target(target, replace)
            # Unpacked next to the database, so putting it in place is a rename on the same disk.
            target.parent.mkdir(parents=True, exist_ok=True)
            staging = {"dir": target.parent, "prefix": f".{target.name}.restore-"}
        else:
            target = postgres.target_from_url(url)
            postgres.tool("pg_restore")
            _refuse_if_in_use(postgres.row_counts(target), repr(target.dbname), replace)
            staging = {"dir": Path(path).parent, "prefix": ".simpul-restore-"}
        with tempfile.TemporaryDirectory(**staging) as folder_name:
            folder = Path(folder_name)
            notes = check_archive(opened, folder, need_pg_restore=True)
            key_file = folder / archive_module.KEY_FILE
            archived_key = key_file.read_bytes() if opened.has(archive_module.KEY_FILE) else None
            database = folder / opened.database_member
            release_connections()
            try:
                if engine == "sqlite":
                    sqlite.swap_in(database, target)
                else:
                    _restore_postgres(opened.manifest, database, target)
            finally:
                release_connections()
            try:
                put = uploads.put_back(app, opened.manifest, folder)
            except OSError as err:
                raise BackupError(f"Basis data sudah dipulihkan, tetapi menyalin berkas unggahan ke UPLOAD_DIR gagal: "
                                  f"{err}. Atasi masalahnya lalu ulangi pemulihan dengan --replace.") from err
            if "uploads" in opened.manifest:
                notes.append(f"{put} berkas unggahan dipulihkan ke {app.config['UPLOAD_DIR']}.")
        key_message = restore_secret_key(app, archived_key)
    manifest = opened.manifest
    return Restored(manifest=manifest, target=database_label(url), tables=len(manifest["tables"]),
                    secret_key=key_message, revision_note=revision_note(app, manifest.get("alembic_revision")),
                    notes=notes)


def _refuse_sqlite_target(target: Path, replace: bool) -> None:
    if not target.exists():
        return
    rows = sqlite.rows_in(target) if target.is_file() else None
    if rows is None and not replace:
        raise BackupError(f"{target} ada tetapi bukan basis data SQLite. Tidak ada yang diubah. "
                          "Tambahkan --replace untuk menimpanya.")
    _refuse_if_in_use(rows or {}, str(target), replace)


def _restore_postgres(manifest: dict, dump: Path, target: postgres.Target) -> None:
    """Restore a checked dump; the data from before comes back when the restored rows do not match."""
    set_aside = not postgres.public_schema_is_empty(target)
    if set_aside:
        postgres.set_aside_public_schema(target)
    try:
        postgres.restore_dump(target, dump)
        check_restored(manifest, postgres.digests(target))
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

