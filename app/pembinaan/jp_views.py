"""/jp/: my Catatan Pengembangan Kompetensi, claims for knowledge sharing, the verifiers' queue and exports."""
from __future__ import annotations

from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user, login_required
from sqlalchemy import select
from sqlalchemy.orm import joinedload

from app.accounts.confirmation import confirmed_required
from app.accounts.models import Agency, User
from app.core.links import site_hosts
from app.core.pagination import paginate
from app.core.ratelimits import per_member
from app.core.timeutil import utcnow
from app.core.views import EVERY_REFUSAL, committing
from app.extensions import csrf, db
from app.files.services import FORM_OVERHEAD, discard_files, max_bytes
from app.pembinaan import claim_files, claims, jp_exports
from app.pembinaan.conversions import NEEDS_LABELS, active_conversions, claimable_conversions, conversion_table
from app.pembinaan.external import external_details, format_hours, kind_label
from app.pembinaan.jp_forms import ClaimForm, RejectForm, VerifyForm
from app.pembinaan.models import JpRecord, JpStatus
from app.pembinaan.permissions import can_verify, may_see_contact
from app.pembinaan.picks import titles_of
from app.pembinaan.records import MIN_YEAR, current_year, record_years, year_record

jp_bp = Blueprint("jp", __name__, url_prefix="/jp")
QUEUE_PAGE_SIZE = 20


def jp_activity_url(activity_id: int | None) -> str | None:
    return url_for("activities.show", activity_id=activity_id) if activity_id is not None else None


def jp_status_label(status: str) -> str:
    return {JpStatus.SUBMITTED.value: _("Diajukan"), JpStatus.VERIFIED.value: _("Diverifikasi"),
            JpStatus.REJECTED.value: _("Ditolak")}.get(status, status)


def jp_source_label(source: str) -> str:
    return jp_exports.source_label(source)


def jp_proof_link(proof: str | None) -> str | None:
    """A proof that is one http(s) address becomes a link; anything else is shown as text."""
    text = (proof or "").strip()
    if text.startswith(("http://", "https://")) and not any(ch.isspace() for ch in text) and len(text) <= 1_000:
        return text
    return None


def shows_contact_of(member) -> bool:
    """Whether the signed-in viewer may see this member's NIP and e-mail on pembinaan pages."""
    return may_see_contact(current_user, member)


# The JP helpers that templates call, registered by pembinaan.init_app.
TEMPLATE_GLOBALS = {"jp_activity_url": jp_activity_url, "jp_status_label": jp_status_label,
                    "jp_source_label": jp_source_label, "jp_proof_link": jp_proof_link,
                    "shows_contact_of": shows_contact_of, "jp_external_details": external_details,
                    "jp_hours": format_hours, "jp_external_kind": kind_label, "jp_linked_titles": titles_of}


def _year() -> int:
    raw = request.args.get("year", "")
    if not raw:
        return current_year()
    if not (raw.isascii() and raw.isdecimal() and len(raw) == 4 and MIN_YEAR <= int(raw) <= current_year() + 1):
        abort(400, description=_("Tahun tidak valid: pilih tahun antara %(min)d dan %(max)d.",
                                 min=MIN_YEAR, max=current_year() + 1))
    return int(raw)


@jp_bp.route("/")
@login_required
def index():
    year = _year()
    return render_template("jp/index.html", record=year_record(current_user, year), years=record_years(current_user),
                           conversions=active_conversions(), needs_labels=NEEDS_LABELS,
                           can_verify=can_verify(current_user), this_year=current_year(),
                           agencies=db.session.execute(select(Agency).order_by(Agency.name)).scalars().all())


def _claim_form() -> tuple[ClaimForm, list]:
    form = ClaimForm()
    conversions = claimable_conversions()
    form.conversion.choices = [("", _("Pilih jenis"))] + [(c.code, f"{c.label} ({c.jp} JP)") for c in conversions]
    return form, conversions


def _claim_page(form: ClaimForm, conversions: list, status: int = 200):
    return render_template("jp/claim_form.html", form=form, conversions=conversions,
                           needs_labels=NEEDS_LABELS), status


@jp_bp.route("/claims/new")
@login_required
@confirmed_required
def new_claim():
    """The claim form; ?conversion=&article=&activity=&year= fill it (e.g. from an article's page)."""
    form, conversions = _claim_form()
    for name in ("conversion", "article", "activity", "year"):
        if request.args.get(name):
            getattr(form, name).data = request.args[name][:500]
    return _claim_page(form, conversions)


@jp_bp.route("/claims", methods=["POST"])
@csrf.exempt  # checked in the view, once the larger body limit of a certificate is set
@login_required
@confirmed_required
@per_member("RATELIMIT_CONTRIBUTE")
def create_claim():
    # A certificate may be as large as an upload; the site-wide limit would refuse the form before it is read.
    request.max_content_length = max_bytes() + FORM_OVERHEAD
    csrf.protect()
    form, conversions = _claim_form()
    if not form.validate_on_submit():
        return _claim_page(form, conversions, 422)
    stored = []
    try:
        with committing(form) as attempt:
            prepared = claim_files.prepare_certificate(form.certificate.data)
            record = claims.submit_claim(current_user, conversion=form.conversion.data, happened_on=form.day,
                                         proof=form.proof.data, article=form.article.data,
                                         activity=form.activity.data, year=form.year_value, hosts=site_hosts())
            if prepared is not None:
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
        return _claim_page(form, conversions, 409 if attempt.status == 409 else 422)
    flash(_("Klaim %(jp)d JP telah diajukan dan menunggu verifikasi.", jp=jp), "success")
    return redirect(url_for("jp.index", year=year)), 303


@jp_bp.route("/verifikasi")
@login_required
def queue():
    if not can_verify(current_user):
        abort(403, description=_("Halaman ini untuk verifikator JP (operator BKPSDM) dan admin."))
    query = (select(JpRecord).where(JpRecord.status == JpStatus.SUBMITTED.value)
             .options(joinedload(JpRecord.user).joinedload(User.agency))
             .order_by(JpRecord.created_at, JpRecord.id))
    return render_template("jp/queue.html", page=paginate(query, per_page=QUEUE_PAGE_SIZE),
                           labels={c.code: c.label for c in conversion_table()},
                           verify_form=VerifyForm(), reject_form=RejectForm(), this_year=current_year(),
                           agencies=db.session.execute(select(Agency).order_by(Agency.name)).scalars().all())


def _back_to_queue():
    back = request.form.get("back") or ""
    return redirect(back if back.startswith("/jp/verifikasi") else url_for("jp.queue")), 303


@jp_bp.route("/<int:record_id>/verify", methods=["POST"])
@login_required
@confirmed_required
def verify(record_id: int):
    if not VerifyForm().validate_on_submit():
        abort(400)
    with committing(pages=EVERY_REFUSAL):
        record = claims.verify_claim(current_user, record_id)
        title, jp = record.title, record.jp
    flash(_("Klaim \u201c%(title)s\u201d (%(jp)d JP) telah diverifikasi.", title=title, jp=jp), "success")
    return _back_to_queue()


def _claim_for_page(record_id: int) -> JpRecord | None:
    return db.session.execute(select(JpRecord).where(JpRecord.id == record_id)
                              .options(joinedload(JpRecord.user).joinedload(User.agency))).scalar_one_or_none()


@jp_bp.route("/<int:record_id>/reject", methods=["GET", "POST"])
@login_required
@confirmed_required
def reject(record_id: int):
    """The reason is required; without script the queue's reject button lands here to ask for it."""
    form = RejectForm()
    if form.validate_on_submit():
        with committing(form, pages=range(401, 500)) as attempt:  # a missing reason goes back on the form
            record = claims.reject_claim(current_user, record_id, form.reason.data)
            title = record.title
        if attempt.ok:
            flash(_("Klaim \u201c%(title)s\u201d telah ditolak; pengaju dapat membaca alasannya.", title=title),
                  "success")
            return _back_to_queue()
    record = claims.check_decidable(current_user, _claim_for_page(record_id))  # a refusal is its error page
    return render_template("jp/reject.html", form=form, record=record), 422 if form.errors else 200


@jp_bp.route("/cetak")
@login_required
def printable():
    year = _year()
    member = db.session.execute(select(User).where(User.id == current_user.id)
                                .options(joinedload(User.agency))).scalar_one()
    return render_template("jp/print.html", record=year_record(member, year), member=member, now_utc=utcnow())
