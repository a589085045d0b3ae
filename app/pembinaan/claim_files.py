"""A JP claim's certificate or proof file: checked like every upload (app/files), stored with the claim in one
transaction, and shown only to the claimant, the JP verifiers and admins."""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager

from sqlalchemy import select
from werkzeug.datastructures import FileStorage

from app.core.errors import DomainError, ValidationFailed
from app.core.timeutil import utcnow
from app.extensions import db
from app.files import services
from app.files.models import Upload
from app.files.services import Prepared
from app.files.visibility import register_visibility_rule
from app.pembinaan.models import JpRecord
from app.pembinaan.permissions import can_verify

FIELD = "certificate"


@contextmanager
def _on_the_form() -> Iterator[None]:
    """The one place a refusal of files (type, size, quota) becomes an error under the form's file field."""
    try:
        yield
    except DomainError as err:
        raise ValidationFailed(err.message, field=FIELD) from err


def prepare_certificate(sent: FileStorage | None) -> Prepared | None:
    """The same checks as POST /uploads (sniffed type, re-encoded image, size); no database. None: no file."""
    if sent is None or not sent.filename:
        return None
    data = sent.stream.read(services.max_bytes() + 1)
    with _on_the_form():
        return services.prepare(data, sent.filename)


def attach_certificate(record: JpRecord, prepared: Prepared) -> Upload:
    """Store the file (quota checked, row flushed) attached to the claim, in the caller's transaction. The
    caller commits, or calls `services.discard_files` when the commit fails."""
    with _on_the_form():
        upload = services.store(record.user_id, prepared)
    upload.jp_record_id, upload.attached_at = record.id, utcnow()
    db.session.flush()
    return upload


def files_of_claims(records: Iterable[JpRecord]) -> dict[int, list[Upload]]:
    """The files of these claims by claim id, in one query (the record page and the verifiers' queue)."""
    ids = [record.id for record in records if record.source in ("claim", "external")]
    if not ids:
        return {}
    found: dict[int, list[Upload]] = {}
    for upload in db.session.execute(select(Upload).where(Upload.jp_record_id.in_(ids))
                                     .order_by(Upload.id)).scalars():
        found.setdefault(upload.jp_record_id, []).append(upload)
    return found


def claim_file_visible(reader, upload: Upload) -> bool | None:
    """The rule files asks for an upload held by a claim: the claimant, the verifiers and admins; no one else."""
    if upload.jp_record_id is None:
        return None
    if not getattr(reader, "is_authenticated", False):
        return False
    claimant = db.session.execute(select(JpRecord.user_id).where(JpRecord.id == upload.jp_record_id)).scalar()
    return claimant is not None and (reader.id == claimant or can_verify(reader))


def register_claim_files() -> None:
    register_visibility_rule(claim_file_visible)
