"""Voting (POST /posts/<id>/vote, with or without JavaScript) and the privileges page."""
from __future__ import annotations

from flask import Blueprint, abort, redirect, render_template
from flask_login import current_user, login_required
from flask_wtf import FlaskForm
from wtforms import StringField

from app.accounts.confirmation import confirmed_required
from app.content.permissions import ensure_visible
from app.core.ratelimits import per_member
from app.core.views import committing, wants_json
from app.reputation.privileges import privilege_table
from app.reputation.votes import cast_vote, load_for_vote

reputation_bp = Blueprint("reputation", __name__)


class VoteForm(FlaskForm):
    value = StringField()


@reputation_bp.route("/posts/<int:post_id>/vote", methods=["POST"])
@login_required
@confirmed_required
@per_member("RATELIMIT_VOTE")
def vote(post_id: int):
    post = ensure_visible(current_user, load_for_vote(post_id))
    url = post.url()  # now: the post is not read again after the commit
    form = VoteForm()
    if not form.validate_on_submit():
        abort(400)
    with committing(pages=(403,), as_json=True) as attempt:
        outcome = cast_vote(current_user, post, (form.value.data or "").strip(), chain_locked=True)
    if not attempt.ok:
        return redirect(url), 303
    if wants_json():
        return {"post_id": post_id, "score": outcome.score, "vote": outcome.value}
    return redirect(url), 303


@reputation_bp.route("/reputation/privileges")
def privileges():
    return render_template("reputation/privileges.html", privileges=privilege_table())


