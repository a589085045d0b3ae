"""`/users/me/telegram`: link a Telegram account with a one-time code, choose what goes there, unlink.

Only ever the signed-in member's own link: no address names another member. Without TELEGRAM_BOT_TOKEN the
page does not exist (404) and no link to it is shown.
"""
from __future__ import annotations

from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_login import current_user, login_required

from app.core.views import committing
from app.extensions import limiter
from app.notifications.models import Kind
from app.telegram import botapi, services

telegram_bp = Blueprint("telegram", __name__)

KIND_LABELS = {
    Kind.ANSWER: _l("Jawaban untuk pertanyaan Anda atau yang Anda ikuti"),
    Kind.REPLY: _l("Balasan di diskusi Anda atau yang Anda ikuti"),
    Kind.COMMENT: _l("Komentar pada kiriman Anda"),
    Kind.MENTION: _l("Anda disebut (@nama)"),
    Kind.NEW_POST: _l("Kiriman baru di tag atau kategori yang Anda ikuti"),
    Kind.ACCEPTED: _l("Jawaban Anda dipilih"),
    Kind.ADOPTED: _l("Praktik baik Anda diterapkan instansi lain"),
    Kind.AWARD: _l("Penghargaan"),
    Kind.BADGE: _l("Lencana"),
    Kind.MODERATION: _l("Tindakan moderator pada kiriman Anda"),
    Kind.EDIT_REVIEW: _l("Usulan suntingan menunggu tinjauan Anda"),
    Kind.EDIT_REVIEWED: _l("Usulan suntingan Anda ditinjau"),
    Kind.VERIFICATION: _l("Verifikasi ASN"),
    Kind.REVIEW_DUE: _l("Praktik perlu ditinjau"),
    Kind.OPD_QUESTION: _l("Pertanyaan untuk instansi Anda"),
    Kind.OPD_REMINDER: _l("Pengingat pertanyaan untuk instansi Anda"),
    Kind.OPD_OVERDUE: _l("Pertanyaan instansi melewati batas waktu"),
}


def _page(code: str | None = None, username: str | None = None, status: int = 200):
    link = services.link_of(current_user.id)
    return render_template("telegram/page.html", link=link, code=code, username=username,
                           kind_labels=KIND_LABELS, lifetime=int(services.CODE_LIFETIME.total_seconds() // 60)), status


@telegram_bp.route("/users/me/telegram", methods=["GET", "POST"])
@login_required
@limiter.limit("30 per minute", methods=["POST"])
def page():
    if not botapi.enabled():
        abort(404)
    if request.method == "GET":
        return _page()
    action = request.form.get("action")
    if action == "code":
        with committing():
            code = services.new_code(current_user)
            username = services.bot_username()  # asked of getMe once, kept with the bot's state
        return _page(code, username)
    if action == "unlink":
        with committing() as attempt:
            gone = services.unlink(current_user.id)
        if attempt.ok:
            flash(_("Akun Telegram Anda telah diputus.") if gone else _("Akun Telegram Anda belum terhubung."),
                  "success" if gone else "info")
        return redirect(url_for("telegram.page")), 303
    if action == "choices":
        with committing() as attempt:
            services.set_choices(current_user, request.form.getlist("kinds"), request.form.get("digest") == "1")
        if attempt.ok:
            flash(_("Pilihan pemberitahuan Telegram Anda telah disimpan."), "success")
            return redirect(url_for("telegram.page")), 303
        return _page(status=422)
    abort(400, description=_("Tindakan tidak dikenal."))
