"""The archive: a tar.gz with manifest.json first, then settings.json, secret_key, the database and the
uploaded files (uploads/<storage key>; format version 2, app/backup/uploads.py).

Reading never uses extractall: only the known member names are read, only as regular files, and each
one's sha256 is checked against the manifest while it is copied out.
"""
from __future__ import annotations

import contextlib
import hashlib
import io
import json
import os
import secrets
import tarfile
import time
import zlib
from pathlib import Path

from app.backup.errors import BackupError

FORMAT = "simpul-asn-backup"
FORMAT_VERSION = 2  # 2: the uploaded files and the manifest's `uploads` section
SUPPORTED_VERSIONS = (1, 2)
MANIFEST = "manifest.json"
SETTINGS = "settings.json"
KEY_FILE = "secret_key"
DATABASE = {"sqlite": "database.sqlite3", "postgresql": "database.pgdump"}
ENGINES = tuple(DATABASE)
MAX_MANIFEST_BYTES = 20 * 1024 * 1024
_CHUNK = 1024 * 1024
_READ_ERRORS = (tarfile.TarError, EOFError, zlib.error, OSError, UnicodeDecodeError)


def file_digest(path: Path) -> dict:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        while chunk := fh.read(_CHUNK):
            digest.update(chunk)
    return {"size": path.stat().st_size, "sha256": digest.hexdigest()}


def write(destination: Path, manifest: dict, files: dict[str, Path]) -> None:
    """Write the archive under a temporary name in the same folder (mode 0600), then rename it into place,
    so a half-written archive never carries the final name."""
    tmp = destination.with_name(f".{destination.name}.{secrets.token_hex(4)}.part")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        os.fchmod(fd, 0o600)
        with os.fdopen(fd, "wb") as raw:
            with tarfile.open(fileobj=raw, mode="w:gz", compresslevel=6) as tar:
                _add_bytes(tar, MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=2).encode() + b"\n")
                for name, path in files.items():
                    info = tar.gettarinfo(str(path), arcname=name)
                    _anonymise(info)
                    with path.open("rb") as fh:
                        tar.addfile(info, fh)
            raw.flush()
            os.fsync(raw.fileno())
        os.replace(tmp, destination)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
        raise
    with contextlib.suppress(OSError):
        dir_fd = os.open(destination.parent, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)


def _anonymise(info: tarfile.TarInfo) -> None:
    info.mode = 0o600
    info.uid = info.gid = 0
    info.uname = info.gname = ""


def _add_bytes(tar: tarfile.TarFile, name: str, data: bytes) -> None:
    info = tarfile.TarInfo(name)
    info.size = len(data)
    info.mtime = int(time.time())
    _anonymise(info)
    tar.addfile(info, io.BytesIO(data))


class Archive:
    """An archive opened for reading; `manifest` is validated on opening."""

    def __init__(self, path: Path):
        self.path = path
        if not path.exists():
            raise BackupError(f"Arsip tidak ditemukan: {path}")
        if not path.is_file():
            raise BackupError(f"Bukan berkas arsip: {path}")
        try:
            self._tar = tarfile.open(path, mode="r:gz")  # noqa: SIM115 - closed by close()
        except _READ_ERRORS as err:
            raise BackupError(f"{path} bukan arsip cadangan tar.gz yang sah atau arsipnya rusak ({err}).") from err
        try:
            self.manifest = self._read_manifest()
        except BaseException:
            self._tar.close()
            raise

    def close(self) -> None:
        self._tar.close()

    def __enter__(self) -> Archive:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @property
    def engine(self) -> str:
        return self.manifest["engine"]

    @property
    def database_member(self) -> str:
        return DATABASE[self.engine]

    def has(self, name: str) -> bool:
        return name in self.manifest["files"]

    def _member(self, name: str) -> tarfile.TarInfo:
        try:
            member = self._tar.getmember(name)
        except KeyError:
            raise BackupError(f"Arsip {self.path} tidak memuat {name}.") from None
        except _READ_ERRORS as err:
            raise BackupError(f"Arsip {self.path} rusak ({err}).") from err
        if not member.isfile():
            raise BackupError(f"Arsip {self.path} rusak: {name} bukan berkas biasa.")
        return member

    def _read_manifest(self) -> dict:
        member = self._member(MANIFEST)
        if member.size > MAX_MANIFEST_BYTES:
            raise BackupError(f"Arsip {self.path} rusak: manifest.json terlalu besar.")
        try:
            manifest = json.loads(self._tar.extractfile(member).read().decode("utf-8"))
        except (ValueError, *_READ_ERRORS) as err:
            raise BackupError(f"Arsip {self.path} rusak: manifest.json tidak terbaca ({err}).") from err
        if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
            raise BackupError(f"{self.path} bukan arsip cadangan Simpul ASN (manifest.json tidak dikenal).")
        version = manifest.get("format_version")
        if version not in SUPPORTED_VERSIONS:
            raise BackupError(f"Versi format arsip {version!r} tidak dikenal oleh versi aplikasi ini "
                              f"(yang didukung: {', '.join(map(str, SUPPORTED_VERSIONS))}).")
        if manifest.get("engine") not in ENGINES:
            raise BackupError(f"Arsip {self.path} rusak: mesin basis data {manifest.get('engine')!r} tidak dikenal.")
        tables, files = manifest.get("tables"), manifest.get("files")
        if not isinstance(tables, dict) or not isinstance(files, dict) or DATABASE[manifest["engine"]] not in files:
            raise BackupError(f"Arsip {self.path} rusak: manifest.json tidak lengkap.")
        for entry in (*tables.values(), *files.values()):
            if not isinstance(entry, dict) or not isinstance(entry.get("sha256"), str) \
                    or not isinstance(entry.get("rows", entry.get("size")), int):
                raise BackupError(f"Arsip {self.path} rusak: manifest.json tidak lengkap.")
        return manifest

    def extract(self, name: str, destination: Path, mode: int = 0o600) -> Path:
        """Copy one member to `destination` (a new file), checking its size and sha256 against the manifest."""
        expected = self.manifest["files"].get(name)
        if not isinstance(expected, dict):
            raise BackupError(f"Arsip {self.path} rusak: {name} tidak tercatat di manifest.")
        member = self._member(name)
        digest = hashlib.sha256()
        try:
            fd = os.open(destination, os.O_WRONLY | os.O_CREAT | os.O_EXCL, mode)
        except OSError as err:
            raise BackupError(f"Menulis {destination} gagal: {err}") from err
        try:
            with os.fdopen(fd, "wb") as out:
                source = self._tar.extractfile(member)
                while chunk := source.read(_CHUNK):
                    digest.update(chunk)
                    out.write(chunk)
                out.flush()
                os.fsync(out.fileno())
        except _READ_ERRORS as err:
            with contextlib.suppress(FileNotFoundError):
                destination.unlink()
            if isinstance(err, OSError) and not isinstance(err, tarfile.TarError | EOFError) and err.errno:
                raise BackupError(f"Menulis {destination} gagal: {err}") from err
            raise BackupError(f"Arsip {self.path} rusak: {name} tidak terbaca utuh ({err}).") from err
        except BaseException:
            with contextlib.suppress(FileNotFoundError):
                destination.unlink()
            raise
        if member.size != expected.get("size") or digest.hexdigest() != expected.get("sha256"):
            destination.unlink()
            raise BackupError(f"Arsip {self.path} rusak: isi {name} tidak cocok dengan checksum di manifest.")
        return destination
