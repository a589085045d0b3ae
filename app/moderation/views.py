"""Moderation pages: the review queue, the log, notes on members, suspending and reinstating accounts."""
from __future__ import annotations

from datetime import datetime

from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user, login_required
from sqlalchemy import false

from app.accounts import services
from app.accounts.confirmation import confirmed_required
from app.accounts.lookup import find_member
from app.accounts.models import User
from app.core.errors import ValidationFailed
from app.core.forms import flash_form_errors
from app.core.links import site_hosts
from app.core.logging import get_logger
from app.core.numbers import parse_id
from app.core.pagination import paginate
from app.core.permissions import require
from app.core.roles import Permission
from app.core.views import EVERY_REFUSAL, REFUSAL_PAGES, committing
from app.extensions import db
from app.moderation import audit, queue
from app.moderation.flags import reason_label
from app.moderation.forms import LiftSuspensionForm, QueueForm, SuspendForm, UserNoteForm
from app.moderation.models import ReviewKind, UserNote

moderation_bp = Blueprint("moderation", __name__, url_prefix="/moderation")
log = get_logger("moderation")


@moderation_bp.route("/users/<int:user_id>/suspend", methods=["POST"])
@require(Permission.SUSPEND_USERS)
def suspend(user_id: int):
    user = db.session.get(User, user_id) or abort(404)
    form = SuspendForm()
    if not form.validate_on_submit():
        flash_form_errors(form)
        return redirect(url_for("users.profile", user_id=user.id)), 303
    days = parse_id(form.days.data)
    days = -1 if days is None else days
    with committing(pages=REFUSAL_PAGES) as attempt:
        services.suspend_user(current_user, user, days, form.reason.data)
        audit.write("suspend", current_user, user_id=user.id, reason=form.reason.data, after={"days": days})
    if attempt.ok:
        log.info("user suspended", extra={"user_id": user.id, "actor_id": current_user.id, "days": days})
        flash(_("Akun %(name)s telah ditangguhkan.", name=user.name), "success")
    return redirect(url_for("users.profile", user_id=user.id)), 303


@moderation_bp.route("/users/<int:user_id>/unsuspend", methods=["POST"])
@require(Permission.SUSPEND_USERS)
def unsuspend(user_id: int):
    user = db.session.get(User, user_id) or abort(404)
    if not LiftSuspensionForm().validate_on_submit():
        abort(400)
    with committing(pages=EVERY_REFUSAL):
        lifted = services.lift_suspension(current_user, user)
        if lifted:
            audit.write("unsuspend", current_user, user_id=user.id)
    if lifted:
        log.info("suspension lifted", extra={"user_id": user.id, "actor_id": current_user.id})
        flash(_("Penangguhan akun %(name)s telah dicabut.", name=user.name), "success")
    return redirect(url_for("users.profile", user_id=user.id)), 303


@moderation_bp.route("/")
@login_required
def index():
    if not queue.can_use(current_user):
        abort(403, description=_("Antrean tinjauan terbuka bagi moderator dan anggota dengan reputasi %(n)d.",
                                 n=_review_threshold()))
    kind = request.args.get("kind") or None
    if kind is not None and kind not in queue.kinds_for(current_user):
        abort(400, description=_("Jenis antrean tidak dikenal."))
    page = paginate(queue.open_query(current_user, kind), per_page=25)
    return render_template("moderation/queue.html", page=page, entries=queue.entries(page.items), kind=kind,
                           counts=queue.counts(current_user), kinds=queue.kinds_for(current_user),
                           moderator=queue.is_moderator(current_user), form=QueueForm(), reason_label=reason_label,
                           queue_actions=queue.QUEUE_ACTIONS, review_kind=ReviewKind)


def _review_threshold() -> int:
    from app.reputation.privileges import threshold

    return threshold("review")


@moderation_bp.route("/queue", methods=["POST"])
@login_required
@confirmed_required
def decide():
    if not queue.can_use(current_user):
        abort(403)
    form = QueueForm()
    if not form.validate_on_submit():
        flash_form_errors(form)
        return redirect(url_for("moderation.index")), 303
    ids = [value for value in (parse_id(raw) for raw in (form.items.data or [])[:500]) if value is not None]
    with committing(pages=REFUSAL_PAGES) as attempt:
        done = queue.decide(queue.load(ids, current_user), current_user, form.decision.data or "", form.reason.data)
    if attempt.ok:
        flash(_("%(n)d entri antrean diproses.", n=done), "success")
    return redirect(url_for("moderation.index", kind=request.args.get("kind") or None)), 303


def _date(name: str) -> datetime | None:
    raw = (request.args.get(name) or "").strip()
    if not raw:
        return None
    try:
        value = datetime.strptime(raw, "%Y-%m-%d")
        if not 2000 <= value.year <= 2100:
            raise ValueError(raw)
        return value
    except ValueError:
        abort(400, description=_("Tanggal harus berformat TTTT-BB-HH, misalnya 2026-11-28."))


def _number(name: str) -> int | None:
    raw = (request.args.get(name) or "").strip()
    if not raw:
        return None
    value = parse_id(raw)
    if value is None:
        abort(400, description=_("Nomor harus berupa angka."))
    return value


def _member(name: str, problems: dict[str, str]) -> User | None:
    """The member a filter names (name, @handle, profile link or number); the message goes to `problems`."""
    raw = (request.args.get(name) or "").strip()
    if not raw:
        return None
    try:
        return find_member(raw[:254], field=name, hosts=site_hosts())
    except ValidationFailed as err:
        problems[name] = err.message
        return None


@moderation_bp.route("/log")
@require(Permission.MODERATE)
def action_log():
    action = request.args.get("action") or None
    if action is not None and action not in audit.ACTION_LABELS:
        abort(400, description=_("Jenis tindakan tidak dikenal."))
    problems: dict[str, str] = {}
    actor, member = _member("actor", problems), _member("user", problems)
    filters = audit.LogFilter(action=action, viewer_id=current_user.id, actor_id=actor.id if actor else None,
                              user_id=member.id if member else None, post_id=_number("post"), since=_date("from"),
                              until=_date("to"))
    query = filters.query()
    if problems:  # an unknown name filters everything out rather than nothing
        query = query.where(false())
    page = paginate(query, per_page=50)
    return render_template("moderation/log.html", page=page, filters=filters, labels=audit.ACTION_LABELS,
                           action_label=audit.action_label, args=request.args, problems=problems,
                           shown={"actor": _shown(actor), "user": _shown(member)}), 400 if problems else 200


def _shown(user: User | None) -> str | None:
    return f"{user.name} (@{user.handle})" if user is not None else None


@moderation_bp.route("/users/<int:user_id>/notes", methods=["POST"])
@require(Permission.MODERATE)
def add_note(user_id: int):
    user = db.session.get(User, user_id) or abort(404)
    form = UserNoteForm()
    if not form.validate_on_submit():
        flash_form_errors(form)
    else:
        body = form.body.data.strip()
        db.session.add(UserNote(user_id=user.id, author_id=current_user.id, body=body))
        audit.write("note", current_user, user_id=user.id, reason=body[:500])
        db.session.commit()
        flash(_("Catatan moderator disimpan."), "success")
    return redirect(url_for("users.profile", user_id=user.id, _anchor="catatan-moderator")), 303
