"""Bad archives and bad targets: a clear Indonesian message, a non-zero exit, no traceback, data untouched."""
from __future__ import annotations

import hashlib
import io
import json
import tarfile
from pathlib import Path

import pytest
from sqlalchemy import text

from app.extensions import db
from tests.backup.conftest import assert_refused, digests_of, only_archive, read_manifest, run
from tests.conftest import ENGINE


@pytest.fixture
def archive(app, tmp_path, make_user, make_article) -> Path:
    make_article(make_user())
    result = run(app, "backup", "create")
    assert result.exit_code == 0, result.output
    return only_archive(tmp_path / "backups")


def fake_archive(path: Path, manifest: dict, members: dict[str, bytes] | None = None) -> Path:
    with tarfile.open(path, "w:gz") as tar:
        for name, data in {"manifest.json": json.dumps(manifest).encode(), **(members or {})}.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    return path


def test_a_missing_archive(app, tmp_path, database_url):
    before = digests_of(database_url)
    result = run(app, "backup", "restore", str(tmp_path / "tidak-ada.tar.gz"), "--replace")
    assert_refused(result, "Arsip tidak ditemukan")
    assert digests_of(database_url) == before


def test_a_file_that_is_not_an_archive(app, tmp_path, database_url):
    before = digests_of(database_url)
    bogus = tmp_path / "catatan.tar.gz"
    bogus.write_text("ini hanya catatan, bukan arsip\n")
    assert_refused(run(app, "backup", "restore", str(bogus), "--replace"), "bukan arsip cadangan tar.gz")
    assert_refused(run(app, "backup", "verify", str(bogus)), "bukan arsip cadangan tar.gz")
    plain = fake_archive(tmp_path / "lain.tar.gz", {"hello": "world"})
    assert_refused(run(app, "backup", "restore", str(plain), "--replace"), "bukan arsip cadangan Simpul ASN")
    assert digests_of(database_url) == before


def test_a_truncated_or_damaged_archive_changes_nothing(app, tmp_path, database_url, archive):
    before = digests_of(database_url)
    data = archive.read_bytes()
    truncated = tmp_path / "terpotong.tar.gz"
    truncated.write_bytes(data[: len(data) // 2])
    assert_refused(run(app, "backup", "restore", str(truncated), "--replace"), "rusak")
    assert_refused(run(app, "backup", "verify", str(truncated)), "rusak")
    damaged = tmp_path / "rusak.tar.gz"
    damaged.write_bytes(data[:-200] + bytes(b ^ 0xFF for b in data[-200:]))
    assert_refused(run(app, "backup", "restore", str(damaged), "--replace"), "rusak")
    assert digests_of(database_url) == before
    if ENGINE == "sqlite":  # no half-extracted copy is left next to the database
        assert not list(Path(database_url.removeprefix("sqlite:///")).parent.glob(".*.restore-*"))


def test_a_database_that_does_not_match_its_manifest(app, tmp_path, database_url, archive, make_user):
    """An archive whose database was swapped after the manifest was written (checksums still tell)."""
    make_user(name="Ditambahkan Setelah Cadangan")  # so the target differs from what the archive holds
    db.session.commit()
    manifest = read_manifest(archive)
    with tarfile.open(archive, "r:gz") as tar:
        members = {name: tar.extractfile(name).read() for name in manifest["files"]}
    manifest["tables"]["users"]["rows"] += 1
    forged = fake_archive(tmp_path / "palsu.tar.gz", manifest, members)
    before = digests_of(database_url)
    assert_refused(run(app, "backup", "restore", str(forged), "--replace", "--skip-search"),
                   "tidak cocok dengan manifest", "users")
    # SQLite checks before its swap; PostgreSQL restores beside the data set aside and puts it back.
    assert digests_of(database_url) == before
    if ENGINE == "postgresql":
        assert db.session.execute(text("SELECT count(*) FROM pg_namespace WHERE nspname = 'simpul_pre_restore'")
                                  ).scalar() == 0


def test_an_archive_from_the_other_engine(app, tmp_path, database_url):
    other = "postgresql" if ENGINE == "sqlite" else "sqlite"
    member = "database.pgdump" if other == "postgresql" else "database.sqlite3"
    manifest = {"format": "simpul-asn-backup", "format_version": 1, "engine": other, "tables": {},
                "files": {member: {"size": 1, "sha256": "0" * 64}}}
    before = digests_of(database_url)
    result = run(app, "backup", "restore", str(fake_archive(tmp_path / "lain.tar.gz", manifest)), "--replace")
    assert_refused(result, "sedangkan basis data yang dikonfigurasi")
    assert digests_of(database_url) == before


def test_an_unknown_format_version(app, tmp_path):
    manifest = {"format": "simpul-asn-backup", "format_version": 99, "engine": ENGINE, "tables": {}, "files": {}}
    result = run(app, "backup", "restore", str(fake_archive(tmp_path / "baru.tar.gz", manifest)))
    assert_refused(result, "Versi format arsip 99 tidak dikenal")


def test_create_refuses_to_overwrite_an_archive(app, tmp_path):
    target = tmp_path / "cadangan.tar.gz"
    target.write_text("arsip lama")
    assert_refused(run(app, "backup", "create", "--output", str(target)), "sudah ada")
    assert target.read_text() == "arsip lama"


@pytest.mark.postgres_only
def test_pg_dump_missing(app, tmp_path, monkeypatch):
    monkeypatch.setenv("PATH", str(tmp_path))
    assert_refused(run(app, "backup", "create"), "pg_dump tidak ditemukan")
    assert not list((tmp_path / "backups").glob("*.tar.gz"))


@pytest.mark.sqlite_only
def test_a_running_site_blocks_the_swap(app, tmp_path, database_url, archive):
    """A connection still open on the SQLite file (a site not stopped) is detected, not corrupted."""
    import sqlite3

    path = database_url.removeprefix("sqlite:///")
    holder = sqlite3.connect(path)
    holder.execute("PRAGMA journal_mode=WAL")
    holder.execute("SELECT count(*) FROM users").fetchall()
    try:
        before = digests_of(database_url)
        assert_refused(run(app, "backup", "restore", str(archive), "--replace", "--skip-search"), "sedang dipakai")
        assert digests_of(database_url) == before
    finally:
        holder.close()


def _forged(archive: Path, tmp_path: Path, change: str) -> Path:
    """The archive with its manifest (or a member) changed in a way only a full verification notices."""
    manifest = read_manifest(archive)
    with tarfile.open(archive, "r:gz") as tar:
        members = {name: tar.extractfile(name).read() for name in manifest["files"]}
    if change == "settings":  # a member whose bytes no longer match its checksum
        members["settings.json"] = members["settings.json"].replace(b"{", b"{\"DISISIPKAN\": true, ", 1)
    else:
        name = {"unknown": "catatan.txt", "unsafe": "../../instance/secret_key"}[change]
        data = b"isi yang tidak diminta\n"
        members[name] = data
        manifest["files"][name] = {"size": len(data), "sha256": hashlib.sha256(data).hexdigest()}
    return fake_archive(tmp_path / f"palsu-{change}.tar.gz", manifest, members)


@pytest.mark.parametrize(("change", "message"), [
    ("unknown", "memuat berkas tak dikenal: catatan.txt"),
    ("unsafe", "memuat berkas tak dikenal: ../../instance/secret_key"),
    ("settings", "isi settings.json tidak cocok dengan checksum di manifest"),
])
def test_restore_refuses_what_verify_refuses_before_touching_the_database(app, tmp_path, database_url, archive,
                                                                          make_user, change, message):
    make_user(name="Ditambahkan Setelah Cadangan")  # so a restore would show in the digests
    db.session.commit()
    forged = _forged(archive, tmp_path, change)
    assert_refused(run(app, "backup", "verify", str(forged)), message)
    before = digests_of(database_url)
    assert_refused(run(app, "backup", "restore", str(forged), "--replace", "--skip-search"), message)
    assert digests_of(database_url) == before
    assert not (tmp_path / "instance" / "secret_key").exists()
    if ENGINE == "sqlite":  # nothing unpacked is left next to the database
        assert not list(Path(database_url.removeprefix("sqlite:///")).parent.glob(".*restore-*"))
