"""/jp/external/new: a member records training outside Simpul with its certificate; it waits in /jp/verifikasi."""
from __future__ import annotations

from flask import Blueprint, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user, login_required

from app.accounts.confirmation import confirmed_required
from app.core.ratelimits import per_member
from app.core.views import committing
from app.extensions import csrf, db
from app.files.services import FORM_OVERHEAD, discard_files, max_bytes
from app.pembinaan import claim_files, external
from app.pembinaan.conversions import EXTERNAL_CODE, conversion_table
from app.pembinaan.jp_forms import ExternalTrainingForm

jp_external_bp = Blueprint("jp_external", __name__, url_prefix="/jp/external")


def _form() -> ExternalTrainingForm:
    form = ExternalTrainingForm()
    form.kind.choices = [("", _("Pilih jenis"))] + [(code, str(label)) for code, label in external.KIND_LABELS.items()]
    return form


def _page(form: ExternalTrainingForm, status: int = 200):
    conversion = next((c for c in conversion_table() if c.code == EXTERNAL_CODE), None)
    return render_template("jp/external_form.html", form=form, conversion=conversion,
                           lesson_minutes=external.LESSON_MINUTES), status


@jp_external_bp.route("/new")
@login_required
@confirmed_required
def new():
    return _page(_form())


@jp_external_bp.route("", methods=["POST"])
@csrf.exempt  # checked in the view, once the larger body limit of a certificate is set
@login_required
@confirmed_required
@per_member("RATELIMIT_CONTRIBUTE")
def create():
    # A certificate may be as large as an upload; the site-wide limit would refuse the form before it is read.
    request.max_content_length = max_bytes() + FORM_OVERHEAD
    csrf.protect()
    form = _form()
    if not form.validate_on_submit():
        return _page(form, 422)
    stored = []
    try:
        with committing(form) as attempt:
            prepared = claim_files.prepare_certificate(form.certificate.data)
            record = external.record_external_training(
                current_user, kind=form.kind.data, title=form.title.data, organiser=form.organiser.data,
                starts_on=form.starts_day, ends_on=form.ends_day, hours=form.hours.data,
                certificate_number=form.certificate_number.data, has_certificate=prepared is not None)
            stored.append(claim_files.attach_certificate(record, prepared))
            jp, year = record.jp, record.year
    except BaseException:
        db.session.rollback()
        for upload in stored:  # the commit failed: no file without its row
            discard_files(upload)
        raise
    if not attempt.ok:
        for upload in stored:  # rolled back by committing
            discard_files(upload)
        return _page(form, 409 if attempt.status == 409 else 422)
    flash(_("Pengembangan di luar Simpul (%(jp)d JP) telah dicatat dan menunggu verifikasi.", jp=jp), "success")
    return redirect(url_for("jp.index", year=year)), 303
