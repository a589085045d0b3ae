"""Checking an archive: every member against the manifest, then the database inside it.

`check_archive` is the one verification: `flask backup verify` runs it, and `flask backup restore` runs it
too, in full, before it touches the target database.
"""
from __future__ import annotations

import tempfile
from dataclasses import dataclass
from pathlib import Path

from app.backup import archive as archive_module
from app.backup import checksums, postgres, sqlite, uploads
from app.backup.archive import Archive
from app.backup.errors import BackupError

PG_RESTORE_MISSING = "tidak ditemukan di PATH"


@dataclass
class Verified:
    manifest: dict
    notes: list[str]


def check_restored(manifest: dict, restored: dict[str, dict]) -> None:
    problems = checksums.differences(manifest["tables"], restored)
    if problems:
        raise BackupError("Hasil pemulihan tidak cocok dengan manifest pada tabel: " + "; ".join(problems))


def check_members(opened: Archive) -> None:
    """Only the members an archive may hold, named as this version names them (nothing else is unpacked)."""
    known = (archive_module.SETTINGS, archive_module.KEY_FILE, opened.database_member)
    for name in opened.manifest["files"]:
        if name not in known and not uploads.MEMBER.match(name):
            raise BackupError(f"Arsip {opened.path} memuat berkas tak dikenal: {name}")


def check_archive(opened: Archive, folder: Path, *, need_pg_restore: bool = False) -> list[str]:
    """Unpack every member into `folder` (checking its size and sha256), then check the database: for SQLite
    its integrity and every table's checksum, for PostgreSQL that pg_restore reads the dump. Returns notes
    for the operator; `need_pg_restore`: a missing pg_restore is an error rather than a note."""
    notes: list[str] = []
    manifest = opened.manifest
    check_members(opened)
    failed: dict[str, str] = {}
    for name in manifest["files"]:
        if not name.startswith(uploads.PREFIX):
            opened.extract(name, folder / name)
            continue
        # Every uploaded file is checked, so that verify names all that are missing or altered at once.
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        try:
            opened.extract(name, folder / name)
        except BackupError as err:
            failed[name] = err.message
    upload_notes = uploads.check(manifest, folder, failed)
    notes.append(f"{len(manifest['files'])} berkas cocok dengan checksum di manifest.")
    notes.extend(upload_notes)
    database = folder / opened.database_member
    if opened.engine == "sqlite":
        problem = sqlite.integrity_problem(database)
        if problem:
            raise BackupError(f"Basis data dalam arsip rusak: {problem}")
        restored, _ = sqlite.digests(database)
        check_restored(manifest, restored)
        notes.append(f"{len(restored)} tabel cocok dengan manifest (jumlah baris dan checksum).")
        return notes
    try:
        entries = postgres.check_dump(database)
    except BackupError as err:
        if need_pg_restore or PG_RESTORE_MISSING not in err.message:
            raise
        notes.append("pg_restore tidak ada di PATH: isi dump tidak diperiksa lebih jauh.")
    else:
        notes.append(f"Dump PostgreSQL terbaca oleh pg_restore ({entries} entri).")
    return notes


def verify(path: Path) -> Verified:
    """Check an archive without restoring it."""
    # Unpacked beside the archive, never in /tmp (often small, or memory): a database is as big as its archive.
    with Archive(path) as opened, tempfile.TemporaryDirectory(prefix=".simpul-verify-",
                                                              dir=Path(path).parent) as folder:
        notes = check_archive(opened, Path(folder))
    return Verified(manifest=opened.manifest, notes=notes)
