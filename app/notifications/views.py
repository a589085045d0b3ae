"""Pemberitahuan pages: the list, marking read, the mail preference, following; the bell's count."""
from __future__ import annotations

from flask import Blueprint, abort, flash, g, redirect, render_template, request, session, url_for
from flask_babel import gettext as _
from flask_login import current_user, login_required

from app.content.models import Post, Tag
from app.core.pagination import requested_page
from app.core.security import is_safe_next, safe_next
from app.core.timeutil import utcnow
from app.core.views import committing
from app.extensions import db, limiter
from app.notifications import queries, services
from app.notifications.forms import SettingsForm
from app.notifications.models import Notification, NotificationSetting, Watch  # noqa: F401  (register the tables)
from app.notifications.texts import describe, detail, target_url

notifications_bp = Blueprint("notifications", __name__, url_prefix="/notifications")


def unread_notifications() -> int:
    """The bell's number, counted once per page and only where the header asks for it."""
    if not current_user.is_authenticated:
        return 0
    if "unread_notifications" not in g:
        g.unread_notifications = queries.unread_count(current_user.id)
    return g.unread_notifications


def is_watching(post=None, tag=None, category=None) -> bool:
    return queries.watch_state(current_user, post=post, tag=tag, category=category)


@notifications_bp.route("/")
@login_required
def index():
    page = queries.entries(current_user.id, requested_page())
    if page.page > 1 and not page.items:
        abort(404)
    return render_template("notifications/index.html", page=page, describe=describe, detail=detail)


@notifications_bp.route("/<int:notice_id>/read", methods=["POST"])
@login_required
def read(notice_id: int):
    """Mark a line of the list read; with `go`, open what it is about."""
    notice = services.mark_read(current_user, notice_id)  # NotFound (404) for a notice of someone else
    db.session.commit()
    if not request.form.get("go"):
        return redirect(safe_next(request.form.get("next"), "notifications.index")), 303
    link = target_url(queries.load([notice.id])[0])
    if link is None:
        flash(_("Kiriman ini tidak lagi tersedia."), "info")
        return redirect(url_for("notifications.index")), 303
    return redirect(link), 303


@notifications_bp.route("/read-all", methods=["POST"])
@login_required
def read_all():
    services.mark_all_read(current_user)
    db.session.commit()
    flash(_("Semua pemberitahuan ditandai sudah dibaca."), "success")
    return redirect(url_for("notifications.index")), 303


@notifications_bp.route("/settings", methods=["GET", "POST"])
@login_required
def settings():
    form = SettingsForm()
    if request.method == "GET":
        form.email.data = services.email_choice(current_user.id).value
    elif form.validate_on_submit():
        with committing(form) as attempt:
            services.set_email_choice(current_user, form.email.data)
        if attempt.ok:
            flash(_("Pilihan email pemberitahuan Anda telah disimpan."), "success")
            return redirect(url_for("notifications.settings")), 303
    followed = queries.followed_tags_and_categories(current_user.id)
    return render_template("notifications/settings.html", form=form, **followed), 422 if form.errors else 200


def _page_of(target) -> str:
    if isinstance(target, Post):
        return target.url()
    if isinstance(target, Tag):
        return url_for("content.tag", name=target.name)
    return url_for("threads.index", category=target.slug)


@notifications_bp.route("/watch", methods=["POST"])
@login_required
@limiter.limit("60 per minute")
def watch():
    """Follow (`watch=1`) or stop following (`watch=0`) one `post`, `tag` or `category`."""
    wanted = request.form.get("watch")
    if wanted not in ("0", "1"):
        abort(400, description=_("Pilihan ikuti tidak valid."))
    target = services.resolve_target(current_user, post=request.form.get("post"), tag=request.form.get("tag"),
                                     category=request.form.get("category"))
    services.set_watch(current_user, target, wanted == "1")
    db.session.commit()
    # Watches are outside the content version (app/core/cache.py): pages kept per member that list what they
    # follow (the home's panels) add this mark to their key, so the change shows on the next page in this browser.
    session["watches_changed"] = utcnow().isoformat()
    flash(_("Anda mengikuti ini; kabar barunya muncul di Pemberitahuan.") if wanted == "1"
          else _("Anda tidak lagi mengikuti ini."), "success")
    back = request.form.get("next")
    return redirect(back if is_safe_next(back) else _page_of(target)), 303
