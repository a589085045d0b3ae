"""Moderation on a post: flagging (any member) and the moderators' actions (POST /moderation/posts/<id>/<action>)."""
from __future__ import annotations

from flask import Blueprint, abort, flash, redirect, request
from flask_babel import gettext as _
from flask_login import current_user, login_required

from app.content import queries
from app.content.permissions import ensure_visible
from app.core.errors import DomainError
from app.core.forms import flash_form_errors, flash_refusal, form_messages
from app.core.permissions import require
from app.core.ratelimits import per_member
from app.core.roles import Permission
from app.core.security import is_safe_next
from app.extensions import db
from app.moderation import actions, flags, queue
from app.moderation.forms import FlagForm, ModerationActionForm

flags_bp = Blueprint("flags", __name__)
post_actions_bp = Blueprint("moderation_posts", __name__, url_prefix="/moderation/posts")


def _wants_json() -> bool:
    return request.accept_mimetypes.best == "application/json"


@flags_bp.route("/posts/<int:post_id>/flag", methods=["POST"])
@login_required
@per_member("RATELIMIT_FLAG")
def flag(post_id: int):
    post = ensure_visible(current_user, queries.load_post(post_id))
    form = FlagForm()
    if not form.validate_on_submit():
        message = " ".join(form_messages(form))
        return _answer(post, message, "danger", 422)
    try:
        flags.flag_post(post, current_user, form.reason.data or "", form.note.data)
        db.session.commit()
    except DomainError as err:
        db.session.rollback()
        if err.status_code == 403:
            abort(403, description=err.message)
        return _answer(post, err.message, "danger", 422 if err.status_code == 400 else err.status_code)
    return _answer(post, _("Terima kasih. Laporan Anda diteruskan kepada moderator."), "success", 200)


def _answer(post, message: str, category: str, status: int):
    if _wants_json():
        return {"message": message} if status < 400 else {"error": message}, status
    flash(message, category)
    top = queries.load_post(post.parent_id) if post.parent_id else post
    return redirect(top.url() if top is not None and top.is_visible else "/"), 303


@post_actions_bp.route("/<int:post_id>/<action>", methods=["POST"])
@require(Permission.MODERATE)
def act(post_id: int, action: str):
    post = queries.load_post(post_id) or abort(404)
    form = ModerationActionForm()
    back = form.next.data if is_safe_next(form.next.data) else post.url()
    if not form.validate_on_submit():
        flash_form_errors(form)
        return redirect(back), 303
    try:
        outcome = actions.perform(action, [post], current_user, form.reason.data, duplicate_of=form.duplicate_of.data,
                                  into=form.into.data, category=form.category.data)[0]
        if outcome.changed and action in ("hide", "delete", "merge"):
            queue.close_for_post(post, current_user, action)
        db.session.commit()
    except DomainError as err:
        flash_refusal(err)
        return redirect(back), 303
    label = actions.get_action(action).label
    flash(_("%(action)s: selesai.", action=label) if outcome.changed
          else _("%(action)s: tidak ada yang berubah.", action=label), "success" if outcome.changed else "info")
    if action == "merge" and outcome.changed:
        target = queries.load_post(post.merged_into_id)
        return redirect(target.url()), 303
    return redirect(back), 303
