"""The privacy page, the export of one's own data and the deletion of one's own account."""
from __future__ import annotations

from flask import Blueprint, Response, flash, redirect, render_template, url_for
from flask_babel import gettext as _
from flask_login import current_user, login_required, logout_user

from app.core.views import committing
from app.privacy import erasure
from app.privacy.export import export_filename, export_zip
from app.privacy.forms import DeleteAccountForm

privacy_bp = Blueprint("privacy", __name__)


@privacy_bp.route("/privacy")
def policy():
    form = DeleteAccountForm() if current_user.is_authenticated else None
    return render_template("privacy/policy.html", form=form)


@privacy_bp.route("/users/me/export")
@login_required
def export():
    response = Response(export_zip(current_user), mimetype="application/zip")
    response.headers["Content-Disposition"] = f'attachment; filename="{export_filename(current_user)}"'
    response.headers["Cache-Control"] = "no-store"
    return response


@privacy_bp.route("/users/me/delete", methods=["POST"])
@login_required
def delete():
    form = DeleteAccountForm()
    if form.validate_on_submit():
        with committing(form) as attempt:
            erasure.delete_account(current_user._get_current_object(), form.password.data)
        if attempt.ok:
            logout_user()
            flash(_("Akun Anda telah dihapus. Tulisan Anda tetap ada atas nama \"Mantan anggota\"."), "success")
            return redirect(url_for("main.home"))
    return render_template("privacy/policy.html", form=form), 422
