"""Moderation on a post: flagging (any member) and the moderators' actions (POST /moderation/posts/<id>/<action>)."""
from __future__ import annotations

from flask import Blueprint, abort, flash, redirect
from flask_babel import gettext as _
from flask_login import current_user, login_required

from app.accounts.confirmation import confirmed_required
from app.content import queries
from app.content.permissions import ensure_visible
from app.core.forms import flash_form_errors, form_messages
from app.core.permissions import require
from app.core.ratelimits import per_member
from app.core.roles import Permission
from app.core.security import is_safe_next
from app.core.views import REFUSAL_PAGES, committing, wants_json
from app.moderation import actions, flags, queue
from app.moderation.forms import FlagForm, ModerationActionForm

flags_bp = Blueprint("flags", __name__)
post_actions_bp = Blueprint("moderation_posts", __name__, url_prefix="/moderation/posts")


@flags_bp.route("/posts/<int:post_id>/flag", methods=["POST"])
@login_required
@confirmed_required
@per_member("RATELIMIT_FLAG")
def flag(post_id: int):
    post = ensure_visible(current_user, queries.load_post(post_id))
    form = FlagForm()
    if not form.validate_on_submit():
        message = " ".join(form_messages(form))
        return _answer(post, message, "danger", 422)
    with committing(pages=(403,), flash_message=False) as attempt:
        flags.flag_post(post, current_user, form.reason.data or "", form.note.data)
    if not attempt.ok:
        return _answer(post, attempt.error.message, "danger", 422 if attempt.status == 400 else attempt.status)
    return _answer(post, _("Terima kasih. Laporan Anda diteruskan kepada moderator."), "success", 200)


def _answer(post, message: str, category: str, status: int):
    if wants_json():
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
    with committing(pages=REFUSAL_PAGES) as attempt:
        outcome = actions.perform(action, [post], current_user, form.reason.data, duplicate_of=form.duplicate_of.data,
                                  into=form.into.data, category=form.category.data)[0]
        if outcome.changed and action in ("hide", "delete", "merge"):
            queue.close_for_post(post, current_user, action)
    if not attempt.ok:
        return redirect(back), 303
    label = actions.get_action(action).label
    flash(_("%(action)s: selesai.", action=label) if outcome.changed
          else _("%(action)s: tidak ada yang berubah.", action=label), "success" if outcome.changed else "info")
    if action == "merge" and outcome.changed:
        target = queries.load_post(post.merged_into_id)
        return redirect(target.url()), 303
    return redirect(back), 303
