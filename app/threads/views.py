"""Diskusi pages: topics by category, start a thread, read it with its replies, reply with a quote."""
from __future__ import annotations

from functools import cached_property
from math import ceil

from flask import Blueprint, abort, flash, redirect, render_template, request
from flask_babel import gettext as _
from flask_login import current_user, login_required
from sqlalchemy import func, select

from app.accounts.confirmation import confirmed_required
from app.content import queries
from app.content.forms import BodyForm, PostForm
from app.content.listing import read_filters
from app.content.models import Post, PostStatus
from app.content.permissions import ensure_visible
from app.core.forms import options
from app.core.numbers import parse_id
from app.core.pagination import paginate
from app.core.ratelimits import per_member
from app.core.views import committing
from app.extensions import db
from app.reputation.votes import votes_of
from app.threads import services

threads_bp = Blueprint("threads", __name__, url_prefix="/discussions")
REPLIES_PER_PAGE = 20


def _thread(post_id: int):
    return ensure_visible(current_user, queries.load_post(post_id, "thread"))


@threads_bp.route("/")
def index():
    filters = read_filters(default_sort="aktif")
    category = None
    if request.args.get("category"):
        category = queries.find_category(request.args["category"]) or abort(
            404, description=_("Kategori tidak ada."))
    page = paginate(queries.list_query("thread", category=category, **filters.as_kwargs()), per_page=20)
    return render_template("threads/index.html", page=page, filters=filters, sorts=queries.SORTS,
                           categories=queries.categories(), category=category)


@threads_bp.route("/new", methods=["GET", "POST"])
@login_required
@confirmed_required
@per_member("RATELIMIT_POST")
def new():
    form = PostForm()
    form.category.choices = options([("", _("— Pilih kategori —")),
                                     *((c.slug, c.name) for c in queries.categories())])
    if request.method == "GET" and request.args.get("category"):
        form.category.data = request.args["category"]
    if form.validate_on_submit():
        with committing(form) as attempt:
            thread = services.start_thread(current_user, title=form.title.data, body=form.body.data,
                                           category=form.category.data)
        if attempt.ok:
            flash(_("Topik diskusi Anda telah dibuat."), "success")
            return redirect(thread.url())
    return render_template("threads/new.html", form=form), 422 if form.errors else 200


class RepliesPage:
    """The replies and the reader's votes, read only when the page's piece is not kept for this reader
    (app/core/fragments.py)."""

    def __init__(self, thread, page: int | None = None):
        self.thread, self.page = thread, page

    @cached_property
    def replies(self):
        return paginate(queries.children_query(self.thread), per_page=REPLIES_PER_PAGE, page=self.page)

    @cached_property
    def my_votes(self) -> dict[int, int]:
        return votes_of(current_user, [self.thread.id, *(r.id for r in self.replies.items)])


@threads_bp.route("/<int:post_id>")
@threads_bp.route("/<int:post_id>/<slug>")
def show(post_id: int, slug: str | None = None):
    found = queries.load_post(post_id, "thread")
    if found is not None and found.merged_into_id and found.status == PostStatus.HIDDEN:
        # A thread merged into another keeps its address: it leads to where its replies went.
        target = queries.load_post(found.merged_into_id, "thread")
        if target is not None and target.is_visible:
            return redirect(target.url(), 301)
    thread = ensure_visible(current_user, found)
    if slug != thread.slug:
        return redirect(thread.url(**request.args), 301)
    form = BodyForm()
    quote_id = request.args.get("quote", "")
    quoted = queries.load_post(parse_id(quote_id)) if parse_id(quote_id) is not None else None
    if quoted is not None and quoted.is_visible and thread.id in (quoted.id, quoted.parent_id):
        form.body.data = services.quote_block(quoted, quoted.author.name)
    return render_template("threads/show.html", thread=thread, page=RepliesPage(thread), form=form, keep=True)


@threads_bp.route("/<int:post_id>/replies", methods=["POST"])
@login_required
@confirmed_required
@per_member("RATELIMIT_CONTRIBUTE")
def reply(post_id: int):
    thread = _thread(post_id)
    form = BodyForm()
    if form.validate_on_submit():
        with committing(form, pages=(403,)) as attempt:
            added = services.add_reply(thread, current_user, form.body.data)
        if attempt.ok:
            return redirect(added.url()), 303
    return render_template("threads/show.html", thread=thread, page=RepliesPage(thread, page=1), form=form,
                           keep=False), 422


@threads_bp.route("/replies/<int:post_id>")
def locate_reply(post_id: int):
    """A reply's permanent address: its thread, at the page where it stands."""
    reply = ensure_visible(current_user, queries.load_post(post_id, "reply"))
    before = db.session.execute(select(func.count(Post.id)).where(
        Post.parent_id == reply.parent_id, Post.status == PostStatus.PUBLISHED.value,
        (Post.created_at < reply.created_at) | ((Post.created_at == reply.created_at) & (Post.id < reply.id)),
    )).scalar_one()
    thread = _thread(reply.parent_id)
    page = ceil((before + 1) / REPLIES_PER_PAGE)
    return redirect(thread.url(page=page, _anchor=f"kiriman-{reply.id}") if page > 1
                    else thread.url(_anchor=f"kiriman-{reply.id}"))
