"""Actions on any post (/posts/<id>/...), the live preview, and tag pages."""
from __future__ import annotations

from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user, login_required

from app.accounts.confirmation import confirmed_required
from app.content import picks, queries
from app.content import services as content
from app.content.forms import ActionForm, BodyForm, PostForm
from app.content.mention_links import link_mentions
from app.content.models import Comment
from app.content.permissions import can_edit, ensure_allowed, ensure_may_comment, ensure_visible
from app.content.rendering import render_preview
from app.content.text import clean_body
from app.core.database import reads_only
from app.core.errors import DomainError, ValidationFailed
from app.core.forms import options
from app.core.pagination import paginate
from app.core.ratelimits import per_member
from app.core.views import committing, json_error
from app.extensions import db, limiter

content_bp = Blueprint("content", __name__)


def visible_post(post_id: int, kind: str | None = None):
    return ensure_visible(current_user, queries.load_post(post_id, kind))


@content_bp.route("/posts/<int:post_id>")
def show_post(post_id: int):
    return redirect(visible_post(post_id).url())


@content_bp.route("/posts/<int:post_id>/edit", methods=["GET", "POST"])
@login_required
@confirmed_required
@per_member("RATELIMIT_CONTRIBUTE")
def edit(post_id: int):
    post = visible_post(post_id)
    if post.kind == "article":
        return redirect(url_for("articles.edit", post_id=post.id), 307 if request.method == "POST" else 302)
    ensure_allowed(can_edit(current_user, post), current_user, post, _("Anda tidak dapat mengubah kiriman ini."))
    form = PostForm(obj=post)
    form.category.choices = options((c.slug, c.name) for c in queries.categories())
    if request.method == "GET":
        form.tags.data = ", ".join(post.tag_names)
        form.category.data = post.category.slug if post.category else None
    if form.validate_on_submit():
        with committing(form) as attempt:
            category = None
            if "category" in post.editable_fields:
                category = queries.find_category(form.category.data)
                if category is None:
                    raise ValidationFailed(_("Pilih kategori dari daftar."), field="category")
            content.edit_post(post, current_user, title=form.title.data, body=form.body.data, tags=form.tags.data,
                              category=category, summary=form.summary.data)
        if attempt.ok:
            flash(_("Perubahan disimpan."), "success")
            return redirect(post.url())
    return render_template("content/edit.html", form=form, post=post), 422 if form.errors else 200


@content_bp.route("/posts/<int:post_id>/delete", methods=["POST"])
@login_required
def delete(post_id: int):
    post = visible_post(post_id)
    if not ActionForm().validate_on_submit():
        abort(400)
    content.delete_post(post, current_user)
    db.session.commit()
    flash(_("Kiriman telah dihapus."), "success")
    parent = queries.load_post(post.parent_id) if post.parent_id else None
    return redirect(parent.url() if parent is not None else url_for("main.home")), 303


@content_bp.route("/posts/<int:post_id>/restore", methods=["POST"])
@login_required
def restore(post_id: int):
    post = queries.load_post(post_id)
    if post is None or post.author_id != current_user.id and not can_edit(current_user, post):
        abort(404)
    if not ActionForm().validate_on_submit():
        abort(400)
    content.restore_post(post, current_user)
    db.session.commit()
    flash(_("Kiriman telah dipulihkan."), "success")
    return redirect(post.url()), 303


@content_bp.route("/posts/<int:post_id>/comments", methods=["POST"])
@login_required
@confirmed_required
@per_member("RATELIMIT_CONTRIBUTE")
def comment(post_id: int):
    post = visible_post(post_id)
    ensure_may_comment(current_user, post)
    form = BodyForm()
    if not form.validate_on_submit():
        abort(400)
    with committing(pages=(403,)) as attempt:
        added: Comment = content.add_comment(post, current_user, form.body.data)
    if not attempt.ok:
        return redirect(post.url()), 303
    return redirect(post.url(_anchor=f"komentar-{added.id}")), 303


@content_bp.route("/posts/preview", methods=["POST"])
@reads_only
@login_required
@limiter.limit("60 per minute")
def preview():
    try:
        body = clean_body(request.form.get("body"), minimum=0)
        return {"html": link_mentions(render_preview(body))}
    except DomainError as err:  # nothing to commit or undo: the text is only read
        return json_error(err, 429 if err.status_code == 429 else 422)


@content_bp.route("/tags/")
def tags():
    return render_template("content/tags.html", tags=queries.popular_tags(limit=200))


@content_bp.route("/tags/suggest.json")
def suggest_tags():
    prefix = (request.args.get("q") or "").strip().lower()[:35]
    found = queries.popular_tags(limit=8, prefix=prefix) if len(prefix) >= 1 else []
    return {"tags": [{"name": tag.name, "count": tag.post_count} for tag in found]}


@content_bp.route("/posts/suggest.json")
@login_required
@limiter.limit("60 per minute")
def suggest_posts():
    """Posts for the pickers by title; mine=1 keeps the signed-in member's own (a JP claim's article)."""
    mine = request.args.get("mine") == "1"
    return {"items": picks.suggest_posts(request.args.get("q"), author=current_user if mine else None,
                                         kind=request.args.get("kind"))}


@content_bp.route("/tags/<name>")
def tag(name: str):
    found = queries.find_tag(name) or abort(404, description=_("Tag \u201c%(name)s\u201d tidak ada.", name=name[:40]))
    page = paginate(queries.tagged_posts_query(found), per_page=20)
    return render_template("content/tag.html", tag=found, page=page)
