"""Moderation pages: suspending and reinstating accounts."""
from __future__ import annotations

from flask import Blueprint, abort, flash, redirect, url_for
from flask_babel import gettext as _
from flask_login import current_user

from app.accounts import services
from app.accounts.models import User
from app.accounts.roles import Permission
from app.core.errors import DomainError
from app.core.logging import get_logger
from app.core.permissions import require
from app.extensions import db
from app.moderation.forms import LiftSuspensionForm, SuspendForm

moderation_bp = Blueprint("moderation", __name__, url_prefix="/moderation")
log = get_logger("moderation")


@moderation_bp.route("/users/<int:user_id>/suspend", methods=["POST"])
@require(Permission.SUSPEND_USERS)
def suspend(user_id: int):
    user = db.session.get(User, user_id) or abort(404)
    form = SuspendForm()
    if not form.validate_on_submit():
        for errors in form.errors.values():
            for message in errors:
                flash(message, "danger")
        return redirect(url_for("users.profile", user_id=user.id)), 303
    days = int(form.days.data) if (form.days.data or "").isdigit() else -1
    try:
        services.suspend_user(current_user, user, days, form.reason.data)
        db.session.commit()
    except DomainError as err:
        db.session.rollback()
        if err.status_code == 403:
            abort(403, description=err.message)
        flash(err.message, "danger")
    else:
        log.info("user suspended", extra={"user_id": user.id, "actor_id": current_user.id, "days": days})
        flash(_("Akun %(name)s telah ditangguhkan.", name=user.name), "success")
    return redirect(url_for("users.profile", user_id=user.id)), 303


@moderation_bp.route("/users/<int:user_id>/unsuspend", methods=["POST"])
@require(Permission.SUSPEND_USERS)
def unsuspend(user_id: int):
    user = db.session.get(User, user_id) or abort(404)
    if not LiftSuspensionForm().validate_on_submit():
        abort(400)
    if services.lift_suspension(user):
        db.session.commit()
        log.info("suspension lifted", extra={"user_id": user.id, "actor_id": current_user.id})
        flash(_("Penangguhan akun %(name)s telah dicabut.", name=user.name), "success")
    return redirect(url_for("users.profile", user_id=user.id)), 303
