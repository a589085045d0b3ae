"""Uploads: check and re-encode the bytes (no database), store row and file together, attach, clean up."""
from __future__ import annotations

import hashlib
import io
import re
import unicodedata
from dataclasses import dataclass
from datetime import timedelta

from flask import current_app
from flask_babel import format_decimal
from flask_babel import gettext as _
from sqlalchemy import func, select, update

from app.accounts.models import User
from app.core.errors import DomainError
from app.core.timeutil import utcnow
from app.extensions import db
from app.files import images
from app.files.kinds import Kind, extension_of, sniff
from app.files.models import Upload
from app.files.signals import uploads_attached
from app.files.storage import storage

MB = 1024 * 1024
FORM_OVERHEAD = 64 * 1024  # the multipart envelope and the other fields around the file
NAME_STEM_MAX = 120
UNSAFE_IN_NAME = re.compile(r"[^\w.\- ]+")
UPLOAD_PATH = re.compile(r"/uploads/(\d{1,12})/")
ABANDONED_AFTER = timedelta(hours=24)


class TooLarge(DomainError):
    status_code = 413


class OverQuota(DomainError):
    status_code = 422


@dataclass
class Prepared:
    """A file as it will be stored: its kind, its name with the right extension, its bytes, its thumbnail."""

    kind: Kind
    name: str
    data: bytes
    width: int | None = None
    height: int | None = None
    thumb: bytes | None = None


def megabytes(size: int) -> str:
    """A size in MB with one decimal, written the reader's way ("1,5" in Indonesian)."""
    return format_decimal(size / MB, format="#,##0.0")


def max_bytes() -> int:
    return current_app.config["UPLOAD_MAX_MB"] * MB


def too_large(size: int | None = None) -> TooLarge:
    limit = current_app.config["UPLOAD_MAX_MB"]
    if size is None:
        return TooLarge(_("Berkas terlalu besar: paling besar %(limit)d MB per berkas.", limit=limit))
    return TooLarge(_("Berkas terlalu besar: %(size)s MB, paling besar %(limit)d MB per berkas.",
                      size=megabytes(size), limit=limit))


def stored_name(original: str, kind: Kind) -> str:
    """The name shown and served: the original's last path part, cleaned, with the extension of its real type
    (a JPEG sent as "foto.png" is stored as "foto.jpg")."""
    base = unicodedata.normalize("NFC", re.split(r"[/\\]", original or "")[-1])
    stem = base.rsplit(".", 1)[0] if extension_of(base) else base
    stem = " ".join(UNSAFE_IN_NAME.sub("-", stem).split()).strip(".- ")[:NAME_STEM_MAX].strip(".- ")
    return f"{stem or 'berkas'}.{kind.extension}"


def prepare(data: bytes, original_name: str) -> Prepared:
    """Everything that needs no database: the limit, the sniffed kind, re-encoding. Raises 413, 415 or 422."""
    if len(data) > max_bytes():
        raise too_large(len(data))
    if not data:
        raise DomainError(_("Berkas kosong tidak dapat diunggah."), field="file")
    kind = sniff(data, original_name)
    name = stored_name(original_name, kind)
    if not kind.raster:
        return Prepared(kind, name, data)
    encoded = images.reencode(data, kind, current_app.config["UPLOAD_MAX_PIXELS"])
    return Prepared(kind, name, encoded.data, encoded.width, encoded.height, encoded.thumb)


def used_bytes(owner_id: int) -> int:
    return db.session.execute(select(func.coalesce(func.sum(Upload.size), 0))
                              .where(Upload.owner_id == owner_id)).scalar_one()


def check_quota(owner_id: int, size: int) -> None:
    # The owner's row is locked first, so two uploads at once cannot both fit in the last megabytes
    # (PostgreSQL; SQLite writers are serial already).
    db.session.execute(select(User.id).where(User.id == owner_id).with_for_update())
    quota = current_app.config["UPLOAD_QUOTA_MB"] * MB
    used = used_bytes(owner_id)
    if used + size > quota:
        raise OverQuota(_("Kuota unggahan Anda penuh: terpakai %(used)s MB dari %(quota)d MB, berkas ini "
                          "%(size)s MB. Hubungi admin bila Anda memerlukan ruang lebih.",
                          used=megabytes(used), quota=current_app.config["UPLOAD_QUOTA_MB"],
                          size=megabytes(size)))


def store(owner_id: int, prepared: Prepared) -> Upload:
    """The row (flushed, not committed) and its files in the storage. The caller commits, and calls
    `discard_files` when the commit fails, so the row and the files appear together or not at all."""
    check_quota(owner_id, len(prepared.data))
    upload = Upload(owner_id=owner_id, name=prepared.name, mime=prepared.kind.mime, size=len(prepared.data),
                    sha256=hashlib.sha256(prepared.data).hexdigest(), width=prepared.width,
                    height=prepared.height, has_thumb=prepared.thumb is not None, created_at=utcnow())
    db.session.add(upload)
    db.session.flush()
    try:
        storage().save(upload.key, io.BytesIO(prepared.data))
        if prepared.thumb is not None:
            storage().save(upload.thumb_key, io.BytesIO(prepared.thumb))
    except BaseException:
        discard_files(upload)
        raise
    return upload


def discard_files(upload: Upload) -> None:
    storage().delete(upload.key)
    storage().delete(upload.thumb_key)


def attach_from_body(post_id: int, owner_id: int, body: str) -> int:
    """Attach to the post the uploads of `owner_id` that its body links to and that nothing holds yet."""
    ids = {int(found) for found in UPLOAD_PATH.findall(body or "")}
    if not ids:
        return 0
    result = db.session.execute(
        update(Upload).where(Upload.id.in_(ids), Upload.owner_id == owner_id, Upload.post_id.is_(None))
        .values(post_id=post_id, attached_at=utcnow()).execution_options(synchronize_session=False))
    if result.rowcount:
        uploads_attached.send(post_id)
    return result.rowcount


def clean_abandoned(now=None) -> list[tuple[str, str]]:
    """Delete the rows of uploads never attached within ABANDONED_AFTER (no commit). Returns each one's
    (file, thumbnail) storage keys, for the caller to delete once the commit went through: a crash between
    leaves stray files, never a row without its file."""
    cutoff = (now or utcnow()) - ABANDONED_AFTER
    abandoned = db.session.execute(select(Upload).where(Upload.attached_at.is_(None), Upload.post_id.is_(None),
                                                        Upload.jp_record_id.is_(None),
                                                        Upload.created_at < cutoff)).scalars().all()
    keys = []
    for upload in abandoned:
        keys.append((upload.key, upload.thumb_key))
        db.session.delete(upload)
    return keys
