"""/admin/approvals/: accounts waiting to be verified as ASN, for agency operators and admins; the operators."""
from __future__ import annotations

from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user, login_required
from sqlalchemy import select

from app.accounts import operators
from app.accounts.confirmation import confirmed_required
from app.accounts.models import Agency, User
from app.accounts.queries import agency_choices
from app.core.errors import PermissionDenied
from app.core.logging import get_logger
from app.core.pagination import paginate
from app.core.views import committing
from app.extensions import db
from app.moderation import approvals
from app.moderation.approval_forms import DecisionForm, OperatorForm, ReasonForm

approvals_bp = Blueprint("approvals", __name__, url_prefix="/admin/approvals")
log = get_logger("moderation.approvals")
DECISION_REFUSALS = (403, 404, 409)  # a page of its own; a missing reason goes back on the form


def _ensure_decider() -> None:
    if not operators.may_open_queue(current_user):
        abort(403, description=_("Halaman ini untuk operator instansi dan admin."))


def _ensure_admin() -> None:
    if not operators.is_admin(current_user):
        abort(403, description=_("Halaman ini hanya untuk admin."))


def _member(user_id: int) -> User:
    return db.session.get(User, user_id) or abort(404, description=_("Akun ini tidak ada."))


def _agency_from_args(scope: set[int] | None) -> Agency | None:
    code = (request.args.get("agency") or "").strip()[:64]
    if not code:
        return None
    agency = db.session.execute(select(Agency).where(Agency.code == code)).scalar_one_or_none()
    if agency is None:
        abort(404, description=_("Instansi tidak ada."))
    if scope is not None and agency.id not in scope:
        abort(403, description=_("Anda bukan operator instansi ini."))
    return agency


@approvals_bp.route("/")
@login_required
def queue():
    _ensure_decider()
    scope = None if operators.is_admin(current_user) else operators.operated_agency_ids(current_user)
    agency = _agency_from_args(scope)
    page = paginate(approvals_query(scope, agency), per_page=25)
    choices = operators.operated_agencies(current_user) if scope is not None else \
        list(db.session.execute(select(Agency).order_by(Agency.name)).scalars())
    return render_template("moderation/approvals.html", page=page, agency=agency, agencies=choices,
                           decode=approvals.decode, decision_form=DecisionForm(), reason_form=ReasonForm())


def approvals_query(scope: set[int] | None, agency: Agency | None):
    return operators.waiting({agency.id} if agency is not None else scope)


def _back():
    back = request.form.get("back") or ""
    return redirect(back if back.startswith("/admin/approvals/") else url_for("approvals.queue")), 303


@approvals_bp.route("/<int:user_id>/approve", methods=["POST"])
@login_required
@confirmed_required
def approve(user_id: int):
    member = _member(user_id)
    if not DecisionForm().validate_on_submit():
        abort(400)
    with committing(pages=DECISION_REFUSALS) as attempt:
        approvals.approve(current_user, member)
    if attempt.ok:
        log.info("verification approved", extra={"user_id": member.id, "actor_id": current_user.id})
        flash(_("%(name)s kini ASN terverifikasi.", name=member.name), "success")
    return _back()


@approvals_bp.route("/<int:user_id>/refuse", methods=["GET", "POST"])
@login_required
@confirmed_required
def refuse(user_id: int):
    """The reason is required; the queue's inline form posts here, and a missing reason is asked for here."""
    _ensure_decider()
    member = _member(user_id)
    try:  # the page shows the NIP and e-mail: only to those who decide for this member
        operators.ensure_may_decide(current_user, member)
    except PermissionDenied as err:
        abort(403, description=err.message)
    form = ReasonForm()
    if form.validate_on_submit():
        with committing(form, pages=DECISION_REFUSALS) as attempt:
            approvals.refuse(current_user, member, form.reason.data)
        if attempt.ok:
            log.info("verification refused", extra={"user_id": member.id, "actor_id": current_user.id})
            flash(_("Permintaan verifikasi %(name)s ditolak; anggota membaca alasannya.", name=member.name),
                  "success")
            return _back()
    return render_template("moderation/approval_reason.html", form=form, member=member, action="refuse",
                           decoded=approvals.decode(member.nip)), 422 if form.errors else 200


@approvals_bp.route("/<int:user_id>/withdraw", methods=["GET", "POST"])
@login_required
@confirmed_required
def withdraw(user_id: int):
    _ensure_admin()
    member = _member(user_id)
    form = ReasonForm()
    if form.validate_on_submit():
        with committing(form, pages=DECISION_REFUSALS) as attempt:
            approvals.withdraw(current_user, member, form.reason.data)
        if attempt.ok:
            log.info("verification withdrawn", extra={"user_id": member.id, "actor_id": current_user.id})
            flash(_("Status ASN terverifikasi %(name)s telah dicabut.", name=member.name), "success")
            return redirect(url_for("users.profile", user_id=member.id)), 303
    return render_template("moderation/approval_reason.html", form=form, member=member, action="withdraw",
                           decoded=approvals.decode(member.nip)), 422 if form.errors else 200


@approvals_bp.route("/operators", methods=["GET", "POST"])
@login_required
def operators_page():
    _ensure_admin()
    form = OperatorForm()
    form.agency.choices = agency_choices()
    status = 200
    if request.method == "POST":
        status = 422
        agency = db.session.execute(select(Agency).where(Agency.code == (form.agency.data or ""))
                                    ).scalar_one_or_none()
        if form.validate_on_submit() and agency is None:
            form.agency.errors = [_("Pilih instansi dari daftar.")]
        elif form.validate_on_submit():
            with committing(form) as attempt:
                member = approvals.grant_operator(current_user, form.login.data, agency)
            if attempt.ok:
                flash(_("%(name)s kini operator instansi %(agency)s.", name=member.name, agency=agency.name),
                      "success")
                return redirect(url_for("approvals.operators_page")), 303
            status = attempt.status  # 404 for nobody with that e-mail or NIP, 409 for a duty already held
        elif not form.errors:
            status = 400  # the CSRF token
    return render_template("moderation/operators.html", form=form, rows=operators.all_operators(),
                           revoke_form=DecisionForm()), status


@approvals_bp.route("/operators/<int:user_id>/<int:agency_id>/revoke", methods=["POST"])
@login_required
def revoke_operator(user_id: int, agency_id: int):
    _ensure_admin()
    member = _member(user_id)
    agency = db.session.get(Agency, agency_id) or abort(404, description=_("Instansi tidak ada."))
    if not DecisionForm().validate_on_submit():
        abort(400)
    with committing(pages=DECISION_REFUSALS):
        gone = approvals.revoke_operator(current_user, member, agency)
    if gone:
        flash(_("Tugas operator instansi %(name)s untuk %(agency)s telah dicabut.", name=member.name,
                agency=agency.name), "success")
    return redirect(url_for("approvals.operators_page")), 303
