"""/admin/pembinaan/: the JP conversion table and the duties (organiser, verifier), for admins only."""
from __future__ import annotations

from flask import Blueprint, flash, redirect, render_template, url_for
from flask_babel import gettext as _
from flask_login import current_user

from app.core.links import site_hosts
from app.core.logging import get_logger
from app.core.permissions import require
from app.core.roles import Permission
from app.core.views import EVERY_REFUSAL, committing
from app.pembinaan import duties
from app.pembinaan.conversions import JP_MAX, JP_MIN, NEEDS_LABELS, conversion_table, update_conversion
from app.pembinaan.jp_forms import ConversionForm, DutyForm

pembinaan_admin_bp = Blueprint("pembinaan_admin", __name__, url_prefix="/admin/pembinaan")
log = get_logger("pembinaan")


@pembinaan_admin_bp.route("/")
@require(Permission.MANAGE_USERS)
def index():
    return redirect(url_for("pembinaan_admin.conversions"))


def _conversions_page(errors: dict | None = None, submitted: dict | None = None, status: int = 200):
    return render_template("admin/pembinaan_konversi.html", conversions=conversion_table(), needs_labels=NEEDS_LABELS,
                           errors=errors or {}, submitted=submitted or {}, form=ConversionForm(),
                           jp_min=JP_MIN, jp_max=JP_MAX), status


@pembinaan_admin_bp.route("/konversi")
@require(Permission.MANAGE_USERS)
def conversions():
    return _conversions_page()


@pembinaan_admin_bp.route("/konversi/<code>", methods=["POST"])
@require(Permission.MANAGE_USERS)
def save_conversion(code: str):
    form = ConversionForm()
    if form.validate_on_submit():
        with committing(form, pages=(404,)) as attempt:
            changed = update_conversion(current_user, code, label=form.label.data, jp=form.jp.data,
                                        active=form.active.data)
        if attempt.ok:
            if changed:
                log.info("jp conversion changed", extra={"code": code, "actor_id": current_user.id})
            flash(_("Jenis klaim telah disimpan; nilai baru berlaku untuk klaim berikutnya.") if changed
                  else _("Tidak ada perubahan."), "success" if changed else "info")
            return redirect(url_for("pembinaan_admin.conversions")), 303
    errors = {name: list(messages) for name, messages in form.errors.items()}
    submitted = {"label": form.label.data, "jp": form.jp.data, "active": form.active.data}
    return _conversions_page({code: errors}, {code: submitted}, 422)


def _duties_page(form: DutyForm, status: int = 200):
    return render_template("admin/pembinaan_tugas.html", lines=duties.all_duties(), form=form,
                           duty_label=duties.duty_label), status


@pembinaan_admin_bp.route("/tugas")
@require(Permission.MANAGE_USERS)
def duty_list():
    return _duties_page(DutyForm())


@pembinaan_admin_bp.route("/tugas", methods=["POST"])
@require(Permission.MANAGE_USERS)
def grant():
    form = DutyForm()
    if form.validate_on_submit():
        with committing(form) as attempt:
            member = duties.find_member(form.user.data, site_hosts())
            row = duties.grant_duty(current_user, member, form.duty.data)
            name, label = member.name, duties.duty_label(row.duty)
        if not attempt.ok:
            return _duties_page(form, 409 if attempt.status == 409 else 422)
        log.info("duty granted", extra={"user_id": member.id, "actor_id": current_user.id, "duty": form.duty.data})
        flash(_("%(name)s kini memegang tugas %(duty)s.", name=name, duty=label), "success")
        return redirect(url_for("pembinaan_admin.duty_list")), 303
    return _duties_page(form, 422)


@pembinaan_admin_bp.route("/tugas/<int:duty_id>/revoke", methods=["POST"])
@require(Permission.MANAGE_USERS)
def revoke(duty_id: int):
    with committing(pages=EVERY_REFUSAL):
        row, member = duties.revoke_duty(duty_id)
        name, duty, user_id = member.name, row.duty, member.id
    log.info("duty revoked", extra={"user_id": user_id, "actor_id": current_user.id, "duty": duty})
    flash(_("Tugas %(duty)s untuk %(name)s telah dicabut.", duty=duties.duty_label(duty), name=name), "success")
    return redirect(url_for("pembinaan_admin.duty_list")), 303
