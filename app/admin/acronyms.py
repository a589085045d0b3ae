"""/admin/acronyms: the government acronyms search reads as their expansions (list, add, edit, delete)."""
from __future__ import annotations

from flask import abort, flash, redirect, render_template, url_for
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_login import current_user
from flask_wtf import FlaskForm
from wtforms import StringField

from app.admin.views import admin_bp, log
from app.core.database import writes_on_get
from app.core.permissions import require
from app.core.roles import Permission
from app.core.views import committing
from app.extensions import db
from app.search.acronyms import (
    MAX_ACRONYM,
    MAX_EXPANSION,
    add_acronym,
    all_acronyms,
    delete_acronym,
    ensure_seeded,
    update_acronym,
)
from app.search.models import Acronym


class AcronymForm(FlaskForm):
    # Checked by the service (empty, too long, duplicate, loops), whose messages land under these fields.
    acronym = StringField(_l("Singkatan"), render_kw={"maxlength": MAX_ACRONYM})
    expansion = StringField(_l("Kepanjangan"), render_kw={"maxlength": MAX_EXPANSION})


class DeleteForm(FlaskForm):
    pass


@admin_bp.route("/acronyms")
@writes_on_get  # the first visit to a database made without the migrations seeds the table
@require(Permission.MANAGE_AGENCIES)
def acronyms():
    with committing():
        ensure_seeded()  # a database made without the migrations: the seed files once
    return render_template("admin/acronyms.html", acronyms=all_acronyms(), delete_form=DeleteForm())


@admin_bp.route("/acronyms/new", methods=["GET", "POST"])
@admin_bp.route("/acronyms/<int:acronym_id>/edit", methods=["GET", "POST"])
@require(Permission.MANAGE_AGENCIES)
def edit_acronym(acronym_id: int | None = None):
    row = None
    if acronym_id is not None:
        row = db.session.get(Acronym, acronym_id) or abort(404)
    form = AcronymForm(obj=row)
    if form.validate_on_submit():
        with committing(form) as attempt:
            if row is None:
                saved = add_acronym(form.acronym.data or "", form.expansion.data or "")
            else:
                saved = update_acronym(row, form.acronym.data or "", form.expansion.data or "")
        if attempt.ok:
            log.info("acronym saved", extra={"actor_id": current_user.id, "acronym": saved.key})
            flash(_("Singkatan %(acronym)s telah disimpan. Pencarian memakainya setelah indeks diperbarui.",
                    acronym=saved.acronym), "success")
            return redirect(url_for("admin.acronyms"), 303)
    return render_template("admin/acronym_form.html", form=form, row=row), 422 if form.errors else 200


@admin_bp.route("/acronyms/<int:acronym_id>/delete", methods=["POST"])
@require(Permission.MANAGE_AGENCIES)
def remove_acronym(acronym_id: int):
    row = db.session.get(Acronym, acronym_id) or abort(404)
    if not DeleteForm().validate_on_submit():
        abort(400)
    shown = row.acronym
    with committing() as attempt:
        delete_acronym(row)
    if attempt.ok:
        log.info("acronym deleted", extra={"actor_id": current_user.id, "acronym": shown})
        flash(_("Singkatan %(acronym)s telah dihapus.", acronym=shown), "success")
    return redirect(url_for("admin.acronyms"), 303)
