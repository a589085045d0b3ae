"""Activities recorded after the fact: the organiser's form and attendee list, the verifiers' confirmation queue."""
from __future__ import annotations

from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user, login_required
from wtforms import TextAreaField
from wtforms.validators import Length, Optional

from app.accounts.confirmation import confirmed_required
from app.core.forms import options
from app.core.links import site_hosts
from app.core.ratelimits import per_member
from app.core.views import EVERY_REFUSAL, committing
from app.pembinaan import activities as services
from app.pembinaan import activity_queries as queries
from app.pembinaan import activity_review as review
from app.pembinaan.activity_forms import ActionForm, ActivityForm
from app.pembinaan.activity_views import _agencies
from app.pembinaan.permissions import can_organise, can_verify

review_bp = Blueprint("activity_review", __name__, url_prefix="/activities")


class ReasonForm(ActionForm):
    reason = TextAreaField(validators=[Optional(), Length(max=5_000)])


class AttendeesForm(ActionForm):
    attendees = TextAreaField(validators=[Optional(), Length(max=20_000)])


def _load(activity_id: int):
    return queries.get_activity(activity_id) or abort(404, description=_("Kegiatan tidak ditemukan."))


@review_bp.route("/past/new", methods=["GET", "POST"])
@login_required
@confirmed_required
@per_member("RATELIMIT_POST")
def new_past():
    if not can_organise(current_user):
        abort(403, description=_("Hanya penyelenggara, pimpinan dan admin yang dapat mencatat kegiatan."))
    form = ActivityForm()
    form.agency.choices = options((a.code, a.name) for a in _agencies())
    pick = services.may_pick_agency(current_user)
    if request.method == "GET":
        form.agency.data = current_user.agency.code
    if form.validate_on_submit():
        with committing(form, pages=(403,)) as attempt:
            saved = review.record_past_activity(current_user, form.fields_for_service(pick_agency=pick), site_hosts())
        if attempt.ok:
            flash(_("Kegiatan dicatat dan menunggu konfirmasi verifikator. Tambahkan peserta yang hadir; JP mereka "
                    "dihitung setelah verifikator mengonfirmasi."), "success")
            return redirect(saved.url()), 303
    return render_template("activities/form.html", form=form, activity=None, pick_agency=pick,
                           past=True), 422 if form.errors else 200


@review_bp.route("/<int:activity_id>/attendees", methods=["POST"])
@login_required
@confirmed_required
def add_attendees(activity_id: int):
    activity = _load(activity_id)
    if not can_organise(current_user, activity.agency_id):
        abort(403, description=_("Hanya penyelenggara instansi ini, pimpinan dan admin yang dapat mencatat "
                                 "kehadiran."))
    form = AttendeesForm()
    form.validate_on_submit() or abort(400)
    with committing(pages=EVERY_REFUSAL):
        added = review.add_attendees(activity, current_user, form.attendees.data)
    flash(_("%(n)d peserta ditandai hadir.", n=added), "success")
    return redirect(activity.url()), 303


def _ensure_verifier() -> None:
    if not can_verify(current_user):
        abort(403, description=_("Halaman ini untuk verifikator JP (operator BKPSDM) dan admin."))


@review_bp.route("/confirmations")
@login_required
def queue():
    _ensure_verifier()
    return render_template("activities/confirmations.html", pending=review.pending_activities(),
                           form=ReasonForm())


def _back(activity):
    return redirect(url_for("activity_review.queue") if request.form.get("back") == "queue" else activity.url()), 303


@review_bp.route("/<int:activity_id>/confirm", methods=["POST"])
@login_required
@confirmed_required
def confirm(activity_id: int):
    _ensure_verifier()
    activity = _load(activity_id)
    ActionForm().validate_on_submit() or abort(400)
    with committing(pages=EVERY_REFUSAL):
        credited = review.confirm_past_activity(activity, current_user)
    flash(_("Kegiatan \u201c%(title)s\u201d dikonfirmasi; %(n)d peserta mendapat JP dan sertifikat.",
            title=activity.title, n=credited), "success")
    return _back(activity)


@review_bp.route("/<int:activity_id>/reject", methods=["POST"])
@login_required
@confirmed_required
def reject(activity_id: int):
    _ensure_verifier()
    activity = _load(activity_id)
    form = ReasonForm()
    form.validate_on_submit() or abort(400)
    with committing(pages=EVERY_REFUSAL):
        review.reject_past_activity(activity, current_user, form.reason.data)
    flash(_("Kegiatan \u201c%(title)s\u201d ditolak; penyelenggara dapat membaca alasannya.", title=activity.title),
          "success")
    return _back(activity)
