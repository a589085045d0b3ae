"""POST /uploads takes a file; /uploads/<id>/<name> and /uploads/<id>/thumb serve it to those who may see it."""
from __future__ import annotations

from urllib.parse import quote

from flask import Blueprint, Response, abort, current_app, redirect, request, url_for
from flask_babel import gettext as _
from flask_login import current_user
from flask_wtf.csrf import CSRFError
from werkzeug.exceptions import RequestEntityTooLarge, TooManyRequests
from werkzeug.wsgi import wrap_file

from app.content.models import Post, PostStatus
from app.content.permissions import can_view, chain
from app.core.errors import DomainError
from app.core.logging import get_logger
from app.core.ratelimits import per_member
from app.errors import CSRF_MESSAGE, render_error
from app.extensions import csrf, db
from app.files import services
from app.files.images import THUMB_MIME
from app.files.kinds import UnsupportedType, allowed_list
from app.files.models import Upload
from app.files.problems import problem
from app.files.storage import storage
from app.files.visibility import may_see_unposted

files_bp = Blueprint("files", __name__)
log = get_logger("files")
PUBLIC_CACHE = "public, max-age=31536000, immutable"
PRIVATE_CACHE = "private, no-cache"


def _uploading() -> bool:
    return request.endpoint == "files.upload"


@files_bp.errorhandler(CSRFError)
def _csrf_refused(err):
    return problem(400, str(CSRF_MESSAGE)) if _uploading() else render_error(400, str(CSRF_MESSAGE))


@files_bp.errorhandler(RequestEntityTooLarge)
def _too_large(err):
    if not _uploading():
        return render_error(413)
    # The body went over the limit before the file could be read: its Content-Length is the figure.
    return problem(413, services.too_large(request.content_length).message,
                   limit_mb=current_app.config["UPLOAD_MAX_MB"])


@files_bp.errorhandler(TooManyRequests)
def _too_many(err):
    return problem(429) if _uploading() else render_error(429)


def _created(upload: Upload) -> Response:
    url = url_for("files.serve", upload_id=upload.id, name=upload.name)
    link = f"![{upload.name}]({url})" if upload.is_image else f"[{upload.name}]({url})"
    body = {"id": upload.id, "url": url, "name": upload.name, "size": upload.size, "mime": upload.mime,
            "markdown": link}
    if upload.has_thumb:
        body["thumb_url"] = url_for("files.thumb", upload_id=upload.id)
    response = current_app.json.response(body)
    response.status_code = 201
    response.headers["Location"] = url
    return response


@files_bp.post("/uploads")
@csrf.exempt  # checked in the view, once the larger body limit of uploads is set
@per_member("RATELIMIT_UPLOAD")
def upload():
    if not current_user.is_authenticated:
        return problem(401, _("Masuk terlebih dahulu untuk mengunggah berkas."))
    if not current_user.email_confirmed or current_user.is_suspended:
        return problem(403, _("Hanya anggota yang sudah mengonfirmasi alamat emailnya yang dapat mengunggah "
                              "berkas. Buka tautan konfirmasi di email Anda terlebih dahulu."))
    owner_id = current_user.id
    db.session.commit()  # end the read: on SQLite no write lock is held while the file is checked and re-encoded
    request.max_content_length = services.max_bytes() + services.FORM_OVERHEAD
    csrf.protect()
    sent = request.files.get("file")
    if sent is None or not sent.filename:
        return problem(400, _("Pilih berkas untuk diunggah (isian \"file\")."))
    data = sent.stream.read(services.max_bytes() + 1)
    try:
        prepared = services.prepare(data, sent.filename)
        stored = services.store(owner_id, prepared)
    except UnsupportedType as err:
        db.session.rollback()
        return problem(err.status_code, err.message, allowed=allowed_list().split(", "))
    except DomainError as err:
        db.session.rollback()
        return problem(err.status_code, err.message)
    try:
        db.session.commit()
    except BaseException:
        db.session.rollback()
        services.discard_files(stored)
        raise
    return _created(stored)


def _visible(upload_id: int) -> tuple[Upload, bool]:
    """The upload and whether everyone may see it; 404 for those who may not see it at all."""
    upload = db.session.get(Upload, upload_id)
    if upload is None:
        abort(404)
    if upload.post_id is None:
        # Unattached (its owner), or held by a JP claim (the rule pembinaan registered); never public.
        if not may_see_unposted(current_user, upload):
            abort(404)
        return upload, False
    post = db.session.get(Post, upload.post_id)
    if post is None or not can_view(current_user, post):
        abort(404)
    return upload, all(link.status == PostStatus.PUBLISHED for link in chain(post))


def _disposition(kind: str, name: str) -> str:
    fallback = name.encode("ascii", "replace").decode("ascii").replace("?", "_").replace('"', "_")
    return f"{kind}; filename=\"{fallback}\"; filename*=UTF-8''{quote(name, safe='')}"


def _send(key: str, *, mime: str, etag: str, name: str, inline: bool, public: bool, size: int | None) -> Response:
    if request.if_none_match.contains(etag):
        response = Response(status=304)
    else:
        try:
            fileobj = storage().open(key)
        except FileNotFoundError:
            log.error("upload missing from storage", extra={"key": key})
            abort(404)
        response = Response(wrap_file(request.environ, fileobj), mimetype=mime, direct_passthrough=True)
        if size is not None:
            response.content_length = size
        response.headers["Content-Disposition"] = _disposition("inline" if inline else "attachment", name)
    response.set_etag(etag)
    response.headers["Cache-Control"] = PUBLIC_CACHE if public else PRIVATE_CACHE
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Content-Security-Policy"] = "sandbox"
    return response


@files_bp.get("/uploads/<int:upload_id>/thumb")
def thumb(upload_id: int):
    upload, public = _visible(upload_id)
    if not upload.has_thumb:
        abort(404)
    name = upload.name.rsplit(".", 1)[0] + "-thumb.webp"
    return _send(upload.thumb_key, mime=THUMB_MIME, etag=f"{upload.sha256}-thumb", name=name, inline=True,
                 public=public, size=None)


@files_bp.get("/uploads/<int:upload_id>/<name>")
def serve(upload_id: int, name: str):
    upload, public = _visible(upload_id)
    if name != upload.name:
        # Only once the reader may see it, so a guessed id never reveals a name.
        return redirect(url_for("files.serve", upload_id=upload.id, name=upload.name), 301)
    return _send(upload.key, mime=upload.mime, etag=upload.sha256, name=upload.name, inline=upload.is_image,
                 public=public, size=upload.size)
