"""Praktik Baik pages: list, write, read, improve, history, differences, revert."""
from __future__ import annotations

from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user, login_required

from app.articles import services
from app.articles.forms import ArticleForm
from app.articles.templates import article_outline
from app.content import queries
from app.content.diff import diff_text
from app.content.forms import ActionForm
from app.content.listing import read_filters
from app.content.models import PostStatus
from app.content.permissions import can_edit, ensure, ensure_visible
from app.core.errors import DomainError
from app.core.forms import show_error
from app.core.pagination import paginate
from app.extensions import db, limiter
from app.reputation.adoptions import adoption_refusal, adoptions_of, can_add_outcome
from app.reputation.votes import votes_of

articles_bp = Blueprint("articles", __name__, url_prefix="/articles")


def _article(post_id: int):
    return ensure_visible(current_user, queries.load_post(post_id, "article"))


@articles_bp.route("/")
def index():
    filters = read_filters()
    page = paginate(queries.list_query("article", **filters.as_kwargs()), per_page=20)
    return render_template("articles/index.html", page=page, filters=filters, sorts=queries.SORTS)


@articles_bp.route("/new", methods=["GET", "POST"])
@login_required
@limiter.limit("10 per minute", methods=["POST"])
def new():
    form = ArticleForm()
    if request.method == "GET":
        form.body.data = article_outline()
    if form.validate_on_submit():
        try:
            article = services.create_article(current_user, title=form.title.data, body=form.body.data,
                                              tags=form.tags.data, publish=form.publish.data)
            db.session.commit()
        except DomainError as err:
            db.session.rollback()
            show_error(form, err)
        else:
            flash(_("Praktik baik Anda telah diterbitkan.") if article.status == PostStatus.PUBLISHED
                  else _("Draf disimpan. Hanya Anda yang dapat melihatnya."), "success")
            return redirect(article.url())
    return render_template("articles/form.html", form=form, article=None), 422 if form.errors else 200


@articles_bp.route("/<int:post_id>")
@articles_bp.route("/<int:post_id>/<slug>")
def show(post_id: int, slug: str | None = None):
    article = _article(post_id)
    if slug != article.slug:
        return redirect(article.url(), 301)
    return render_template("articles/show.html", article=article, action_form=ActionForm(),
                           my_votes=votes_of(current_user, [article.id]), adoptions=adoptions_of(article),
                           adoption_refusal=adoption_refusal(article, current_user), can_add_outcome=can_add_outcome)


@articles_bp.route("/<int:post_id>/edit", methods=["GET", "POST"])
@login_required
@limiter.limit("20 per minute", methods=["POST"])
def edit(post_id: int):
    article = _article(post_id)
    ensure(can_edit(current_user, article), _("Anda tidak dapat menyunting artikel ini."))
    form = ArticleForm(obj=article)
    if request.method == "GET":
        form.tags.data = ", ".join(article.tag_names)
        form.publish.data = False
    if form.validate_on_submit():
        try:
            revision = services.improve_article(article, current_user, title=form.title.data, body=form.body.data,
                                                tags=form.tags.data, summary=form.summary.data,
                                                publish=form.publish.data)
            db.session.commit()
        except DomainError as err:
            db.session.rollback()
            show_error(form, err)
        else:
            flash(_("Suntingan disimpan sebagai revisi %(n)d.", n=revision.number) if revision
                  else _("Tidak ada perubahan."), "success" if revision else "info")
            return redirect(article.url())
    return render_template("articles/form.html", form=form, article=article), 422 if form.errors else 200


@articles_bp.route("/<int:post_id>/revisions")
def revisions(post_id: int):
    article = _article(post_id)
    return render_template("articles/revisions.html", article=article, revisions=queries.revisions_of(article),
                           action_form=ActionForm())


def _revision_number(name: str, default: int) -> int:
    raw = request.args.get(name)
    if raw is None:
        return default
    if not raw.isdigit():
        abort(400, description=_("Nomor revisi harus berupa angka."))
    return int(raw)


@articles_bp.route("/<int:post_id>/diff")
def diff(post_id: int):
    article = _article(post_id)
    newest = article.revision_count
    to_number = _revision_number("to", newest)
    from_number = _revision_number("from", max(1, to_number - 1))
    old = services.get_revision(article, from_number)
    new = services.get_revision(article, to_number)
    return render_template("articles/diff.html", article=article, old=old, new=new,
                           title_diff=diff_text(old.title or "", new.title or "", context=None),
                           tags_diff=diff_text(old.tags, new.tags, context=None),
                           body_diff=diff_text(old.body_md, new.body_md))


@articles_bp.route("/<int:post_id>/revert/<int:number>", methods=["POST"])
@login_required
def revert(post_id: int, number: int):
    article = _article(post_id)
    if not ActionForm().validate_on_submit():
        abort(400)
    revision = services.revert_article(article, current_user, number)
    db.session.commit()
    flash(_("Artikel dikembalikan ke revisi %(n)d (sebagai revisi %(m)d).", n=number, m=revision.number)
          if revision else _("Revisi %(n)d sama dengan versi sekarang.", n=number), "success")
    return redirect(url_for("articles.revisions", post_id=article.id)), 303


