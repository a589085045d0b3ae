"""Praktik Baik pages: list, write, read, improve, history, differences, revert."""
from __future__ import annotations

from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user, login_required

from app.accounts.confirmation import confirmed_required
from app.articles import services, suggestions
from app.articles.facts import REPLICATED, STAGES, facts_of, facts_text, make_facts
from app.articles.forms import ArticleForm, RejectSuggestionForm
from app.articles.models import Article
from app.articles.outline import article_outline, empty_sections, outline_sections
from app.content import queries
from app.content.diff import diff_text
from app.content.forms import ActionForm
from app.content.listing import read_filters
from app.content.models import PostStatus
from app.content.permissions import can_edit, ensure, ensure_allowed, ensure_visible
from app.core.forms import form_messages
from app.core.numbers import parse_id
from app.core.pagination import paginate
from app.core.ratelimits import per_member
from app.core.timeutil import utcnow
from app.core.views import committing
from app.extensions import db, limiter
from app.reputation.adoptions import adoption_refusal, adoptions_of, can_add_outcome
from app.reputation.privileges import threshold
from app.reputation.votes import votes_of

articles_bp = Blueprint("articles", __name__, url_prefix="/articles")


def _article(post_id: int):
    return ensure_visible(current_user, queries.load_post(post_id, "article"))


@articles_bp.route("/")
def index():
    filters = read_filters()
    stage = request.args.get("tahap") or None
    if stage is not None and stage not in STAGES:
        abort(400, description=_("Tahap tidak dikenal: pilih ide, uji_coba, diterapkan atau direplikasi."))
    query = queries.list_query("article", **filters.as_kwargs())
    if stage is not None:
        query = query.where(Article.stage == stage)
    page = paginate(query, per_page=20)
    return render_template("articles/index.html", page=page, filters=filters, sorts=queries.SORTS, stage=stage)


@articles_bp.route("/new", methods=["GET", "POST"])
@login_required
@confirmed_required
@per_member("RATELIMIT_POST")
def new():
    form = ArticleForm()
    if request.method == "GET":
        form.body.data = article_outline()
    empty = []
    if form.validate_on_submit() and not (empty := _unconfirmed_empty(form, form.publish.data)):
        stage, started_on, indicators = form.facts_input()
        with committing(form) as attempt:
            article = services.create_article(current_user, title=form.title.data, body=form.body.data,
                                              tags=form.tags.data, publish=form.publish.data, stage=stage,
                                              started_on=started_on, indicators=indicators)
        if attempt.ok:
            flash(_("Praktik baik Anda telah diterbitkan.") if article.status == PostStatus.PUBLISHED
                  else _("Draf disimpan. Hanya Anda yang dapat melihatnya."), "success")
            return redirect(article.url())
    return render_template("articles/form.html", form=form, article=None, empty=empty,
                           hints=outline_sections()), 422 if form.errors or empty else 200


def _unconfirmed_empty(form: ArticleForm, publishing: bool) -> list[str]:
    """Publishing with sections still empty asks first: the form comes back with the list and a checkbox
    to confirm (no JavaScript needed); saving a draft never asks."""
    if not publishing or form.confirm_empty.data:
        return []
    return empty_sections(form.body.data)


@articles_bp.route("/<int:post_id>")
@articles_bp.route("/<int:post_id>/<slug>")
def show(post_id: int, slug: str | None = None):
    article = _article(post_id)
    if slug != article.slug:
        return redirect(article.url(), 301)
    waiting, own_suggestion = suggestions.pending_summary(article, current_user)
    return render_template("articles/show.html", article=article, action_form=ActionForm(),
                           waiting=waiting, own_suggestion=own_suggestion,
                           suggesting=suggestions.needs_review(current_user, article),
                           my_votes=votes_of(current_user, [article.id]), adoptions=adoptions_of(article),
                           adoption_refusal=adoption_refusal(article, current_user), can_add_outcome=can_add_outcome)


@articles_bp.route("/<int:post_id>/print")
def print_view(post_id: int):
    """A clean page to print or save as PDF: the same visibility as the article page, no navigation."""
    article = _article(post_id)
    return render_template("articles/print.html", article=article, now_utc=utcnow(),
                           address=url_for("articles.show", post_id=article.id, slug=article.slug, _external=True))


@articles_bp.route("/<int:post_id>/edit", methods=["GET", "POST"])
@login_required
@confirmed_required
@per_member("RATELIMIT_CONTRIBUTE")
def edit(post_id: int):
    article = _article(post_id)
    ensure_allowed(can_edit(current_user, article), current_user, article,
                   _("Anda tidak dapat menyunting artikel ini."))
    if suggestions.needs_review(current_user, article):
        return _suggest(article)
    form = ArticleForm(obj=article)
    if request.method == "GET":
        form.tags.data = ", ".join(article.tag_names)
        form.publish.data = False
        form.fill_facts(article)
    elif article.stage == REPLICATED:
        form.offer_replicated()
    publishing = bool(form.publish.data) and article.status == PostStatus.DRAFT and article.author_id == current_user.id
    empty = []
    if form.validate_on_submit() and not (empty := _unconfirmed_empty(form, publishing)):
        with committing(form) as attempt:
            revision = services.improve_article(article, current_user, title=form.title.data, body=form.body.data,
                                                tags=form.tags.data, summary=form.summary.data,
                                                publish=form.publish.data, facts=_posted_facts(form))
        if attempt.ok:
            flash(_("Suntingan disimpan sebagai revisi %(n)d.", n=revision.number) if revision
                  else _("Tidak ada perubahan."), "success" if revision else "info")
            return redirect(article.url())
    return render_template("articles/form.html", form=form, article=article, empty=empty,
                           hints=outline_sections()), 422 if form.errors or empty else 200


def _posted_facts(form: ArticleForm) -> dict | None:
    """The stage, start date and indicators of the posted form; None (leave them) when the form had no stage
    field at all (a client that only edits the text)."""
    return make_facts(*form.facts_input()) if "stage" in request.form else None


def _suggest(article):
    """The edit form of a member below the direct-edit threshold: the edit becomes a suggestion for review."""
    own = suggestions.pending_of(article, current_user)
    form = ArticleForm(obj=own or article)
    if request.method == "GET":
        form.tags.data = own.tags if own else ", ".join(article.tag_names)
        form.summary.data = own.summary if own else None
        form.fill_facts(own.facts if own and own.facts else article)
    elif article.stage == REPLICATED:
        form.offer_replicated()
    if form.validate_on_submit():
        with committing(form) as attempt:
            suggestion = suggestions.suggest_edit(article, current_user, title=form.title.data, body=form.body.data,
                                                  tags=form.tags.data, summary=form.summary.data,
                                                  facts=_posted_facts(form))
        if attempt.ok:
            if suggestion is None:
                flash(_("Tidak ada perubahan."), "info")
                return redirect(article.url())
            flash(_("Usulan suntingan Anda dikirim. Penulis atau moderator akan meninjaunya sebelum terbit."),
                  "success")
            return redirect(suggestion.url()), 303
    return render_template("articles/form.html", form=form, article=article, suggesting=True, own=own,
                           threshold=threshold("edit_directly")), 422 if form.errors else 200


@articles_bp.route("/<int:post_id>/suggestions")
@login_required
def suggestion_list(post_id: int):
    article = _article(post_id)
    return render_template("articles/suggestions.html", article=article,
                           suggestions=suggestions.listing(article, current_user),
                           reviewer=suggestions.can_review(current_user, article))


@articles_bp.route("/<int:post_id>/suggestions/<int:suggestion_id>")
@login_required
def suggestion(post_id: int, suggestion_id: int):
    article = _article(post_id)
    item = suggestions.get(article, suggestion_id)
    ensure(suggestions.can_see(current_user, article, item), _("Anda tidak dapat melihat usulan suntingan ini."))
    current_tags = ", ".join(article.tag_names)
    return render_template("articles/suggestion.html", article=article, suggestion=item,
                           action_form=ActionForm(), reject_form=RejectSuggestionForm(),
                           may_review=suggestions.can_review(current_user, article, item),
                           title_diff=diff_text(article.title or "", item.title, context=None),
                           tags_diff=diff_text(current_tags, item.tags, context=None),
                           body_diff=diff_text(article.body_md, item.body_md),
                           facts_diff=diff_text(facts_text(facts_of(article)), facts_text(item.facts), context=None)
                           if item.facts else None)


def _decided(article, item, message: str):
    flash(message, "success")
    return redirect(url_for("articles.suggestion_list", post_id=article.id)), 303


@articles_bp.route("/<int:post_id>/suggestions/<int:suggestion_id>/approve", methods=["POST"])
@login_required
@confirmed_required
@limiter.limit("30 per minute")
def approve_suggestion(post_id: int, suggestion_id: int):
    article = _article(post_id)
    item = suggestions.get(article, suggestion_id)
    if not ActionForm().validate_on_submit():
        abort(400)
    revision = suggestions.approve(item, article, current_user)
    db.session.commit()
    return _decided(article, item, _("Usulan diterima dan terbit sebagai revisi %(n)d.", n=revision.number)
                    if revision else _("Usulan diterima; isinya sudah sama dengan versi sekarang."))


@articles_bp.route("/<int:post_id>/suggestions/<int:suggestion_id>/reject", methods=["POST"])
@login_required
@confirmed_required
@limiter.limit("30 per minute")
def reject_suggestion(post_id: int, suggestion_id: int):
    article = _article(post_id)
    item = suggestions.get(article, suggestion_id)
    form = RejectSuggestionForm()
    if not form.validate_on_submit():
        abort(422, description=" ".join(form_messages(form)))
    suggestions.reject(item, article, current_user, form.note.data)
    db.session.commit()
    return _decided(article, item, _("Usulan suntingan ditolak."))


@articles_bp.route("/<int:post_id>/suggestions/<int:suggestion_id>/withdraw", methods=["POST"])
@login_required
def withdraw_suggestion(post_id: int, suggestion_id: int):
    article = _article(post_id)
    item = suggestions.get(article, suggestion_id)
    if not ActionForm().validate_on_submit():
        abort(400)
    suggestions.withdraw(item, article, current_user)
    db.session.commit()
    flash(_("Usulan suntingan Anda ditarik."), "success")
    return redirect(article.url()), 303


@articles_bp.route("/<int:post_id>/revisions")
def revisions(post_id: int):
    article = _article(post_id)
    return render_template("articles/revisions.html", article=article, revisions=queries.revisions_of(article),
                           action_form=ActionForm(), may_revert=suggestions.can_edit_directly(current_user, article))


def _revision_number(name: str, default: int) -> int:
    raw = request.args.get(name)
    if raw is None:
        return default
    number = parse_id(raw)
    if number is None:
        abort(400, description=_("Nomor revisi harus berupa angka."))
    return number


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
                           body_diff=diff_text(old.body_md, new.body_md),
                           facts_diff=diff_text(facts_text(old.facts), facts_text(new.facts), context=None))


@articles_bp.route("/<int:post_id>/revert/<int:number>", methods=["POST"])
@login_required
@confirmed_required
def revert(post_id: int, number: int):
    article = _article(post_id)
    if not ActionForm().validate_on_submit():
        abort(400)
    ensure(suggestions.can_edit_directly(current_user, article),
           _("Mengembalikan revisi memerlukan reputasi %(n)d atau izin penulis.", n=threshold("edit_directly")))
    revision = services.revert_article(article, current_user, number)
    db.session.commit()
    flash(_("Artikel dikembalikan ke revisi %(n)d (sebagai revisi %(m)d).", n=number, m=revision.number)
          if revision else _("Revisi %(n)d sama dengan versi sekarang.", n=number), "success")
    return redirect(url_for("articles.revisions", post_id=article.id)), 303


