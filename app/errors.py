"""Error pages and JSON errors in Indonesian; never a stack trace outside development."""
from __future__ import annotations

from flask import Flask, current_app, g, has_request_context, render_template
from flask.globals import request_ctx
from flask_babel import lazy_gettext as _l
from flask_wtf.csrf import CSRFError
from sqlalchemy.exc import OperationalError
from werkzeug.exceptions import HTTPException, InternalServerError, SecurityError, ServiceUnavailable

from app.core.errors import DomainError
from app.core.logging import get_logger
from app.core.problems import field_errors, is_api_request, problem
from app.core.views import wants_json
from app.extensions import db

log = get_logger("errors")

TITLES = {
    400: _l("Permintaan tidak valid"),
    401: _l("Silakan masuk"),
    403: _l("Akses ditolak"),
    404: _l("Halaman tidak ditemukan"),
    405: _l("Metode tidak diizinkan"),
    409: _l("Terjadi konflik"),
    413: _l("Kiriman terlalu besar"),
    422: _l("Isian belum benar"),
    429: _l("Terlalu banyak permintaan"),
    500: _l("Terjadi kesalahan pada server"),
    503: _l("Layanan sedang tidak tersedia"),
}
MESSAGES = {
    400: _l("Permintaan Anda tidak dapat diproses. Periksa kembali isian Anda lalu coba lagi."),
    401: _l("Anda perlu masuk untuk membuka halaman ini."),
    403: _l("Anda tidak memiliki izin untuk membuka halaman atau melakukan tindakan ini."),
    404: _l("Halaman yang Anda cari tidak ada atau sudah dipindahkan."),
    405: _l("Alamat ini tidak menerima cara pengiriman tersebut."),
    409: _l("Data telah berubah sementara Anda bekerja. Muat ulang halaman lalu coba lagi."),
    413: _l("Kiriman Anda melebihi batas ukuran yang diizinkan. Perkecil isinya lalu coba lagi."),
    422: _l("Beberapa isian belum benar. Periksa pesan di formulir."),
    429: _l("Anda terlalu sering mencoba. Tunggu sebentar lalu coba lagi."),
    500: _l("Maaf, terjadi kesalahan di pihak kami. Tim kami telah mencatatnya; silakan coba lagi nanti."),
    503: _l("Layanan sedang dalam pemeliharaan atau basis data tidak dapat dihubungi. Coba lagi beberapa saat lagi."),
}
FOREIGN_HOST_MESSAGE = _l("Situs ini tidak melayani alamat yang Anda minta. Buka situs melalui alamat resminya.")
CSRF_MESSAGE = _l("Sesi formulir Anda sudah kedaluwarsa atau tidak valid. Muat ulang halaman lalu kirim lagi.")


def render_error(code: int, message: str | None = None, errors: list[dict] | None = None):
    try:
        return _render_error(code, message, errors)
    except OperationalError:
        # The page itself needed the database (the signed-in member, for the language or the menu) and it
        # is down: say so, on the page that needs nothing from it.
        _database_lost()
        return _render_error(ServiceUnavailable.code)


def _database_lost() -> None:
    """After a database fault: end the failed transaction, and treat the browser as a visitor for the rest of
    the request. Looking up the signed-in member reads the database, so asking again (for the error page's
    language, say) would fail inside the error handler and end in the server's bare English 500."""
    db.session.rollback()
    if has_request_context():
        g._login_user = current_app.login_manager.anonymous_user()  # what Flask-Login keeps per request


def _render_error(code: int, message: str | None = None, errors: list[dict] | None = None):
    title = str(TITLES.get(code, TITLES[500]))
    text = str(message or MESSAGES.get(code, MESSAGES[500]))
    if has_request_context() and is_api_request():
        return problem(code, title, text, errors), code
    if wants_json():
        return {"error": {"code": code, "title": title, "message": text}}, code
    # A server fault may lie in the database, so its page does not load the signed-in user.
    template = "errors/minimal.html" if code >= 500 else "errors/error.html"
    return render_template(template, code=code, title=title, message=text), code


def _describe(err: HTTPException) -> str | None:
    # Werkzeug's own descriptions are English; only descriptions we wrote ourselves are shown.
    default = type(err).description
    return err.description if err.description and err.description != default else None


def init_app(app: Flask) -> None:
    @app.errorhandler(CSRFError)
    def _csrf(err):
        return render_error(400, str(CSRF_MESSAGE))

    @app.errorhandler(SecurityError)
    def _foreign_host(err):
        # A Host outside TRUSTED_HOSTS (set from SERVER_NAME): Flask could not bind the request's URL adapter,
        # so the page's links are built from SERVER_NAME, as every absolute link is.
        request_ctx.url_adapter = current_app.create_url_adapter(None)
        return render_error(400, str(FOREIGN_HOST_MESSAGE))

    @app.errorhandler(HTTPException)
    def _http(err: HTTPException):
        if err.code is None or err.code < 400:
            return err
        messages = (getattr(err, "data", None) or {}).get("messages")  # the request parser's, per field
        response = render_error(err.code, _describe(err) if err.code not in (413, 429) else None,
                                field_errors(messages) if messages else None)
        if err.code == 405 and getattr(err, "valid_methods", None):
            body, code = response
            return body, code, {"Allow": ", ".join(err.valid_methods)}
        return response

    @app.errorhandler(DomainError)
    def _domain(err: DomainError):
        db.session.rollback()
        fields = [{"field": err.field, "message": err.message}] if err.field else None
        return render_error(err.status_code, err.message, fields)

    @app.errorhandler(OperationalError)
    def _database_down(err):
        _database_lost()
        log.error("database unavailable", extra={"error": type(err.orig).__name__ if err.orig else "?"})
        return render_error(ServiceUnavailable.code)

    @app.errorhandler(Exception)
    def _unexpected(err):
        if isinstance(err, HTTPException):
            return _http(err)
        db.session.rollback()
        log.exception("unhandled error")
        return render_error(InternalServerError.code)
