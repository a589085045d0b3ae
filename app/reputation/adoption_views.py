"""Adoption routes: an agency records that it adopted an article, then adds the outcome."""
from __future__ import annotations

from flask import Blueprint, abort, flash, redirect
from flask_babel import gettext as _
from flask_login import current_user, login_required

from app.accounts.confirmation import confirmed_required
from app.content import queries
from app.content.permissions import ensure_visible
from app.core.forms import flash_form_errors
from app.core.views import REFUSAL_PAGES, committing
from app.extensions import db, limiter
from app.reputation.adoptions import add_outcome, record_adoption
from app.reputation.forms import AdoptionForm, OutcomeForm
from app.reputation.models import Adoption

adoptions_bp = Blueprint("adoptions", __name__)


def _back(article):
    return redirect(article.url(_anchor="diterapkan")), 303


@adoptions_bp.route("/articles/<int:post_id>/adoptions")
def listing(post_id: int):
    """The adoptions are a section of the article page: a link or a reload after posting lands there."""
    return _back(ensure_visible(current_user, queries.load_post(post_id, "article")))


@adoptions_bp.route("/articles/<int:post_id>/adoptions", methods=["POST"])
@login_required
@confirmed_required
@limiter.limit("10 per minute")
def record(post_id: int):
    article = ensure_visible(current_user, queries.load_post(post_id, "article"))
    form = AdoptionForm()
    if not form.validate_on_submit():
        flash_form_errors(form)
        return _back(article)
    with committing(pages=REFUSAL_PAGES) as attempt:
        record_adoption(article, current_user, form.note.data)
    if not attempt.ok:
        return _back(article)
    flash(_("Terima kasih. Penerapan praktik ini oleh %(agency)s telah dicatat.",
            agency=current_user.agency.name), "success")
    return _back(article)


@adoptions_bp.route("/adoptions/<int:adoption_id>/outcome", methods=["POST"])
@login_required
@confirmed_required
@limiter.limit("20 per minute")
def outcome(adoption_id: int):
    adoption = db.session.get(Adoption, adoption_id) or abort(404)
    article = ensure_visible(current_user, queries.load_post(adoption.post_id, "article"))
    form = OutcomeForm()
    if not form.validate_on_submit():
        flash_form_errors(form)
        return _back(article)
    with committing(pages=REFUSAL_PAGES) as attempt:
        changed = add_outcome(adoption, current_user, form.outcome.data)
    if not attempt.ok:
        return _back(article)
    flash(_("Hasil penerapan telah disimpan.") if changed else _("Tidak ada perubahan."),
          "success" if changed else "info")
    return _back(article)
