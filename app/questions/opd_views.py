"""Tanya OPD pages: mark an official answer, the questions addressed to an agency, the agency's responders."""
from __future__ import annotations

from flask import abort, current_app, flash, redirect, render_template, url_for
from flask_babel import gettext as _
from flask_login import current_user, login_required

from app.accounts import responders
from app.accounts.confirmation import confirmed_required
from app.accounts.operators import find_member
from app.content import queries
from app.content.forms import ActionForm
from app.content.permissions import ensure_visible
from app.core.errors import PermissionDenied
from app.core.views import committing
from app.extensions import db
from app.questions import opd
from app.questions.forms import ResponderForm
from app.questions.views import questions_bp


def _agency(code: str):
    return responders.agency_by_code(code) or abort(404, description=_("Instansi tidak ada."))


@questions_bp.route("/posts/<int:post_id>/official", methods=["POST"])
@login_required
@confirmed_required
def official(post_id: int):
    answer = ensure_visible(current_user, queries.load_post(post_id, "answer"))
    question = ensure_visible(current_user, queries.load_post(answer.parent_id, "question"))
    if not ActionForm().validate_on_submit():
        abort(400)
    with committing(pages=(403,)) as attempt:
        marked = opd.mark_official(question, answer, current_user)
    if attempt.ok:
        flash(_("Jawaban ditandai sebagai jawaban resmi instansi.") if marked
              else _("Tanda jawaban resmi dicabut."), "success")
    return redirect(answer.url()), 303


@questions_bp.route("/agencies/<code>/questions")
def agency_questions(code: str):
    agency = _agency(code)
    limit = current_app.config["OPD_ANSWER_DAYS"]
    rows = opd.addressed_to(agency, limit)
    return render_template("questions/agency.html", agency=agency, rows=rows, limit=limit,
                           may_manage=responders.may_manage(current_user, agency))


@questions_bp.route("/agencies/<code>/responders", methods=["GET", "POST"])
@login_required
def agency_responders(code: str):
    agency = _agency(code)
    if not responders.may_manage(current_user, agency):
        raise PermissionDenied(_("Hanya admin atau operator %(agency)s yang dapat mengatur penjawab resmi.",
                                 agency=agency.name))
    form = ResponderForm()
    if form.validate_on_submit():
        with committing(form) as attempt:
            member = find_member(form.login.data.strip())
            responders.grant(current_user, member, agency)
        if attempt.ok:
            flash(_("%(name)s kini penjawab resmi %(agency)s.", name=member.name, agency=agency.name), "success")
            return redirect(url_for("questions.agency_responders", code=agency.code)), 303
    return render_template("questions/responders.html", agency=agency, form=form, action_form=ActionForm(),
                           people=responders.responders_of(agency)), 422 if form.errors else 200


@questions_bp.route("/agencies/<code>/responders/<int:user_id>/remove", methods=["POST"])
@login_required
def remove_responder(code: str, user_id: int):
    agency = _agency(code)
    if not ActionForm().validate_on_submit():
        abort(400)
    from app.accounts.models import User

    member = db.session.get(User, user_id) or abort(404)
    with committing(pages=(403,)) as attempt:
        responders.revoke(current_user, member, agency)
    if attempt.ok:
        flash(_("%(name)s bukan lagi penjawab resmi %(agency)s.", name=member.name, agency=agency.name), "success")
    return redirect(url_for("questions.agency_responders", code=agency.code)), 303
