"""Uploaded files in a backup: the file (and thumbnail) of every `uploads` row, as archive members
`uploads/<storage key>`, each checksummed in the manifest; the manifest's `uploads` section records every
row's SHA-256 (stored on the row when the file came in), so verify tells a file missing from the archive or
altered from the one the site received. Restore puts them back under UPLOAD_DIR."""
from __future__ import annotations

import hashlib
import re
from pathlib import Path

from flask import Flask
from sqlalchemy import select

from app.backup.errors import BackupError
from app.core import database
from app.extensions import db
from app.files.models import Upload, storage_key
from app.files.storage import DiskStorage

PREFIX = "uploads/"
MEMBER = re.compile(r"^uploads/[0-9]{4,}/[0-9]{1,12}(?:\.thumb)?$")
_CHUNK = 1024 * 1024
SHOWN = 10  # ids named in a message; the rest are counted


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        while chunk := fh.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def _listed(ids: list) -> str:
    shown = ", ".join(str(i) for i in ids[:SHOWN])
    return shown + (f" dan {len(ids) - SHOWN} lainnya" if len(ids) > SHOWN else "")


def collect(app: Flask) -> tuple[dict[str, Path], dict]:
    """The files to archive (member name -> path under UPLOAD_DIR) and the manifest's `uploads` section.
    A row whose file is gone, or whose file no longer has the row's checksum, is recorded (and archived as
    it is, when it exists) so that create can warn and verify can say which."""
    root = Path(app.config["UPLOAD_DIR"])
    with database.reading():  # no write lock on SQLite: a backup never blocks the site's writers
        rows = db.session.execute(select(Upload.id, Upload.sha256, Upload.has_thumb).order_by(Upload.id)).all()
        db.session.rollback()
    members: dict[str, Path] = {}
    section: dict = {"count": 0, "bytes": 0, "files": {}, "missing": [], "altered": []}
    for upload_id, sha256, has_thumb in rows:
        key = storage_key(upload_id)
        path = root / key
        if not path.is_file():
            section["missing"].append(upload_id)
            continue
        if _sha256(path) != sha256:
            section["altered"].append(upload_id)
        members[PREFIX + key] = path
        section["files"][str(upload_id)] = {"sha256": sha256}
        section["count"] += 1
        section["bytes"] += path.stat().st_size
        thumb = root / f"{key}.thumb"
        if has_thumb and thumb.is_file():
            members[PREFIX + key + ".thumb"] = thumb
    return members, section


def warnings(section: dict) -> list[str]:
    notes = []
    if section.get("missing"):
        notes.append(f"Peringatan: berkas unggahan {_listed(section['missing'])} tidak ada di UPLOAD_DIR; "
                     "barisnya dicadangkan tanpa berkas.")
    if section.get("altered"):
        notes.append(f"Peringatan: berkas unggahan {_listed(section['altered'])} di UPLOAD_DIR tidak cocok dengan "
                     "checksum yang tercatat saat diunggah (berubah atau rusak di disk).")
    return notes


def check(manifest: dict, folder: Path, failed: dict[str, str]) -> list[str]:
    """After the members were unpacked into `folder`: every recorded upload is there with the checksum of
    its row. Raises BackupError naming the files missing or altered; returns notes otherwise."""
    section = manifest.get("uploads")
    if section is None:
        return []
    if not isinstance(section, dict) or not isinstance(section.get("files"), dict):
        raise BackupError("Manifest rusak: bagian uploads tidak lengkap.")
    missing, altered = [], []
    for upload_id, entry in section["files"].items():
        name = PREFIX + storage_key(int(upload_id))
        path = folder / name
        if name not in manifest["files"] or (name in failed and "tidak memuat" in failed[name]):
            missing.append(upload_id)
        elif name in failed or not path.is_file() or _sha256(path) != entry.get("sha256"):
            altered.append(upload_id)
    problems = []
    if missing:
        problems.append(f"berkas unggahan {_listed(missing)} hilang dari arsip")
    if altered:
        problems.append(f"berkas unggahan {_listed(altered)} berubah (checksum tidak cocok)")
    other = [n for n in failed if not n.startswith(PREFIX)]
    if problems or other:
        raise BackupError("Arsip rusak: " + "; ".join(problems + [failed[n] for n in other]) + ".")
    notes = [f"{section.get('count', 0)} berkas unggahan cocok dengan checksum-nya."]
    return notes + warnings(section)


def put_back(app: Flask, manifest: dict, folder: Path) -> int:
    """Copy the unpacked upload members into UPLOAD_DIR (each written whole, then renamed into place)."""
    storage = DiskStorage(app.config["UPLOAD_DIR"])
    count = 0
    for name in manifest["files"]:
        if not name.startswith(PREFIX):
            continue
        with (folder / name).open("rb") as fh:
            storage.save(name[len(PREFIX):], fh)
        count += 0 if name.endswith(".thumb") else 1
    return count
