"""Admin pages: overview, users and their roles, agencies."""
from __future__ import annotations

from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user
from sqlalchemy import func, select

from app.accounts import services as account_services
from app.accounts.models import Agency, User
from app.accounts.queries import kind_label, user_search
from app.admin.forms import AgencyForm, RoleForm, SizeSourceForm
from app.admin.services import AgencyData, choose_size_source, save_agency
from app.core.logging import get_logger
from app.core.pagination import paginate
from app.core.permissions import require
from app.core.roles import Permission, Role, role_label
from app.core.settings import agency_size_source
from app.core.views import committing
from app.extensions import db

admin_bp = Blueprint("admin", __name__, url_prefix="/admin")
log = get_logger("admin")


@admin_bp.route("/")
@require(Permission.MANAGE_USERS)
def index():
    by_role = dict(db.session.execute(select(User.role, func.count(User.id)).group_by(User.role)).all())
    agencies = db.session.execute(select(func.count(Agency.id))).scalar_one()
    suspended = db.session.execute(
        select(func.count(User.id)).where(User.suspended_until.is_not(None))).scalar_one()
    return render_template("admin/index.html", by_role=by_role, agencies=agencies, suspended=suspended,
                           roles=list(Role))


@admin_bp.route("/users")
@require(Permission.MANAGE_USERS)
def users():
    role = request.args.get("role") or None
    if role is not None and role not in {r.value for r in Role}:
        abort(400, description=_("Peran tidak dikenal."))
    q = request.args.get("q", "")
    page = paginate(user_search(q, role), per_page=25)
    return render_template("admin/users.html", page=page, q=q, role=role, roles=list(Role),
                           role_form=RoleForm())


@admin_bp.route("/users/<int:user_id>/role", methods=["POST"])
@require(Permission.MANAGE_USERS)
def change_role(user_id: int):
    user = db.session.get(User, user_id) or abort(404)
    form = RoleForm()
    if not form.validate_on_submit():
        abort(400)
    with committing() as attempt:
        changed = account_services.change_role(current_user, user, form.role.data)
    if attempt.ok and changed:
        log.info("role changed", extra={"user_id": user.id, "actor_id": current_user.id, "role": user.role})
        flash(_("Peran %(name)s kini %(role)s.", name=user.name, role=role_label(user.role)), "success")
    return redirect(request.form.get("back") if (request.form.get("back") or "").startswith("/admin/")
                    else url_for("admin.users")), 303


@admin_bp.route("/agencies")
@require(Permission.MANAGE_AGENCIES)
def agencies():
    rows = db.session.execute(select(Agency).order_by(Agency.kind, Agency.name)).scalars().all()
    return render_template("admin/agencies.html", agencies=rows, kind_label=kind_label,
                           size_form=SizeSourceForm(source=agency_size_source()))


@admin_bp.route("/agencies/size-source", methods=["POST"])
@require(Permission.MANAGE_AGENCIES)
def agency_size_source_choice():
    """The admin chooses where the leaders' agency view takes each agency's number of ASN from."""
    form = SizeSourceForm()
    if not form.validate_on_submit():
        abort(400)
    with committing(pages=(400,)) as attempt:  # an unknown choice: a 400 page with the reason
        choose_size_source(form.source.data or "")
    if attempt.ok:
        log.info("agency size source chosen", extra={"actor_id": current_user.id, "source": form.source.data})
        flash(_("Dasar jumlah ASN tiap instansi telah disimpan."), "success")
    return redirect(url_for("admin.agencies"), 303)


@admin_bp.route("/agencies/new", methods=["GET", "POST"])
@admin_bp.route("/agencies/<int:agency_id>/edit", methods=["GET", "POST"])
@require(Permission.MANAGE_AGENCIES)
def edit_agency(agency_id: int | None = None):
    agency = None
    if agency_id is not None:
        agency = db.session.get(Agency, agency_id) or abort(404)
    form = AgencyForm(obj=agency)
    if form.validate_on_submit():
        with committing(form) as attempt:
            save_agency(AgencyData(code=form.code.data, name=form.name.data, short_name=form.short_name.data,
                                   kind=form.kind.data, active=form.active.data,
                                   headcount=form.headcount.data), agency)
        if attempt.ok:
            flash(_("Instansi telah disimpan."), "success")
            return redirect(url_for("admin.agencies"))
    return render_template("admin/agency_form.html", form=form, agency=agency), 422 if form.errors else 200
