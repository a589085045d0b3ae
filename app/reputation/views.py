"""Voting (POST /posts/<id>/vote, with or without JavaScript) and the privileges page."""
from __future__ import annotations

from flask import Blueprint, abort, flash, redirect, render_template, request
from flask_login import current_user, login_required
from flask_wtf import FlaskForm
from wtforms import StringField

from app.content import queries
from app.content.permissions import ensure_visible
from app.core.errors import DomainError
from app.core.ratelimits import per_member
from app.extensions import db
from app.reputation.privileges import privilege_table
from app.reputation.votes import cast_vote

reputation_bp = Blueprint("reputation", __name__)


class VoteForm(FlaskForm):
    value = StringField()


def _wants_json() -> bool:
    return request.accept_mimetypes.best == "application/json" or request.is_json \
        or request.headers.get("X-Requested-With") == "fetch"


@reputation_bp.route("/posts/<int:post_id>/vote", methods=["POST"])
@login_required
@per_member("RATELIMIT_VOTE")
def vote(post_id: int):
    post = ensure_visible(current_user, queries.load_post(post_id))
    form = VoteForm()
    if not form.validate_on_submit():
        abort(400)
    try:
        outcome = cast_vote(current_user, post, (form.value.data or "").strip())
        db.session.commit()
    except DomainError as err:
        db.session.rollback()
        if _wants_json():
            return {"error": {"code": err.status_code, "message": err.message}}, err.status_code
        if err.status_code == 403:
            abort(403, description=err.message)
        flash(err.message, "danger")
        return redirect(post.url()), 303
    if _wants_json():
        return {"post_id": post.id, "score": outcome.score, "vote": outcome.value}
    return redirect(post.url()), 303


@reputation_bp.route("/reputation/privileges")
def privileges():
    return render_template("reputation/privileges.html", privileges=privilege_table())


