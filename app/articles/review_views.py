"""Review when a practice ages: confirm on the article ("Masih berlaku", "Tidak berlaku lagi") and
/articles/review, what is due by agency (app/articles/reviews.py has the rules)."""
from __future__ import annotations

import click
from flask import abort, flash, redirect, render_template, request
from flask.cli import with_appcontext
from flask_babel import gettext as _
from flask_login import current_user, login_required
from flask_wtf import FlaskForm
from sqlalchemy import select
from wtforms import HiddenField, TextAreaField

from app.accounts.confirmation import confirmed_required
from app.accounts.models import Agency
from app.articles import reviews, suggestions
from app.articles.views import _article, articles_bp
from app.content.permissions import ensure
from app.core.errors import ValidationFailed
from app.core.pagination import paginate
from app.extensions import db, limiter


class ReviewForm(FlaskForm):
    outcome = HiddenField()
    note = TextAreaField()


def may_review(user, article) -> bool:
    """The author, or an editor who may edit the article directly (the rule of editing it)."""
    return article.status == "published" and suggestions.can_edit_directly(user, article)


@articles_bp.route("/<int:post_id>/review", methods=["POST"])
@login_required
@confirmed_required
@limiter.limit("30 per minute")
def confirm_review(post_id: int):
    article = _article(post_id)
    ensure(may_review(current_user, article),
           _("Hanya penulis atau penyunting dengan hak menyunting langsung yang dapat meninjau praktik ini."))
    form = ReviewForm()
    if not form.validate_on_submit():
        abort(400)
    try:
        reviews.review(article, current_user, form.outcome.data or "", form.note.data)
    except ValidationFailed as err:
        db.session.rollback()
        abort(422, description=str(err))
    db.session.commit()
    flash(_("Praktik ditandai tidak berlaku lagi.") if article.obsolete_at is not None
          else _("Terima kasih: praktik ditandai masih berlaku."), "success")
    return redirect(article.url(_anchor="tinjauan")), 303


@articles_bp.route("/review")
@login_required
def review_list():
    agency = None
    code = (request.args.get("agency") or "")[:64]
    if code:
        agency = db.session.execute(select(Agency).where(Agency.code == code)).scalar_one_or_none() \
            or abort(404, description=_("Instansi tidak ada."))
    page = paginate(reviews.due_query(agency), per_page=30)
    agencies = db.session.execute(select(Agency).where(Agency.active.is_(True)).order_by(Agency.name)).scalars()
    return render_template("articles/review.html", page=page, agency=agency, agencies=list(agencies),
                           today=reviews.today())


def template_helpers() -> dict:
    def practice_review(article) -> dict:
        return {"state": reviews.state_of(article), "last": reviews.last_review(article),
                "may": may_review(current_user, article), "form": ReviewForm()}
    return {"practice_review": practice_review}


@click.group("practices", help="Praktik baik: pengingat tinjauan.")
def practices_cli():
    pass


@practices_cli.command("remind", help="Beri tahu penulis dan pengikut praktik yang jatuh tempo ditinjau "
                                      "(sekali per tanggal tinjauan; aman diulang).")
@with_appcontext
def remind_command():
    made = reviews.remind()
    db.session.commit()
    click.echo(f"Pengingat tinjauan praktik: {made} pemberitahuan.")
