"""Tanya Jawab pages: questions, unanswered, ask, read with answers and comments, answer, accept."""
from __future__ import annotations

from functools import cached_property
from math import ceil

from flask import Blueprint, abort, current_app, flash, redirect, render_template, request
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_login import current_user, login_required
from sqlalchemy import func, select

from app.accounts.confirmation import confirmed_required
from app.content import queries
from app.content.forms import ActionForm, BodyForm
from app.content.listing import read_filters
from app.content.models import Post, PostStatus
from app.content.permissions import ensure_visible
from app.core.fragments import Lazy
from app.core.pagination import paginate
from app.core.ratelimits import per_member
from app.core.views import committing
from app.extensions import db, limiter
from app.questions import opd, services
from app.questions.forms import QuestionForm
from app.reputation.votes import votes_of
from app.search.service import similar_questions

questions_bp = Blueprint("questions", __name__)
ANSWERS_PER_PAGE = 30
ANSWER_SORTS = {"suara": _l("Suara terbanyak"), "terbaru": _l("Terbaru"), "terlama": _l("Terlama")}


def _question(post_id: int):
    return ensure_visible(current_user, queries.load_post(post_id, "question"))


def _answer_order(sort: str):
    return {
        "terbaru": (Post.created_at.desc(), Post.id.desc()),
        "terlama": (Post.created_at, Post.id),
    }.get(sort, (Post.score.desc(), Post.created_at, Post.id))


@questions_bp.route("/questions/")
def index():
    filters = read_filters()
    unanswered = request.args.get("filter") == "belum-terjawab"
    page = paginate(queries.list_query("question", unanswered=unanswered, **filters.as_kwargs()), per_page=20)
    return render_template("questions/index.html", page=page, filters=filters, sorts=queries.SORTS,
                           unanswered=unanswered)


@questions_bp.route("/questions/ask", methods=["GET", "POST"])
@login_required
@confirmed_required
@per_member("RATELIMIT_POST")
def ask():
    form = QuestionForm()
    form.agency.choices = opd.agency_choices()
    if form.validate_on_submit():
        with committing(form) as attempt:
            agency = opd.resolve_agency(form.agency.data)  # before anything is stored
            question = services.ask_question(current_user, title=form.title.data, body=form.body.data,
                                             tags=form.tags.data)
            opd.address(question, agency, current_user)
        if attempt.ok:
            flash(_("Pertanyaan Anda telah diajukan."), "success")
            return redirect(question.url())
    return render_template("questions/ask.html", form=form), 422 if form.errors else 200


class AnswersPage:
    """The answers, their comments and the reader's votes, read only when the page's piece is not kept for this
    reader (app/core/fragments.py): a member reading a question again costs the question, not its answers."""

    def __init__(self, question, sort: str):
        self.question, self.sort = question, sort
        self.comments = Lazy(lambda: queries.comments_for(self.shown))

    @cached_property
    def answers(self):
        answers = paginate(queries.children_query(self.question, order=_answer_order(self.sort)),
                           per_page=ANSWERS_PER_PAGE)
        if answers.page != 1:
            return answers
        accepted = next((a for a in answers.items if a.id == self.question.accepted_answer_id), None)
        if accepted is not None:  # the chosen answer stands first
            answers.items.remove(accepted)
            answers.items.insert(0, accepted)
        official = next((a for a in answers.items if a.id == self.question.official_answer_id), None)
        if official is not None and official is not accepted:  # the agency's official answer next
            answers.items.remove(official)
            answers.items.insert(1 if accepted is not None else 0, official)
        return answers

    @cached_property
    def shown(self) -> list[int]:
        return [self.question.id, *(a.id for a in self.answers.items)]

    @cached_property
    def my_votes(self) -> dict[int, int]:
        return votes_of(current_user, self.shown)



def _render_question(question, form, status=200):
    sort = request.args.get("sort", "suara")
    if sort not in ANSWER_SORTS:
        abort(400, description=_("Urutan jawaban tidak dikenal."))
    return render_template("questions/show.html", question=question, page=AnswersPage(question, sort), form=form,
                           sort=sort, answer_sorts=ANSWER_SORTS, keep=status == 200 and request.method == "GET",
                           opd_state=opd.state_of(question, current_app.config["OPD_ANSWER_DAYS"]),
                           may_mark_official=lambda answer: opd.may_mark_official(current_user, question, answer)), \
        status


@questions_bp.route("/questions/<int:post_id>")
@questions_bp.route("/questions/<int:post_id>/<slug>")
def show(post_id: int, slug: str | None = None):
    question = _question(post_id)
    if slug != question.slug:
        return redirect(question.url(**request.args), 301)
    return _render_question(question, BodyForm())


@questions_bp.route("/questions/<int:post_id>/answers", methods=["POST"])
@login_required
@confirmed_required
@per_member("RATELIMIT_CONTRIBUTE")
def answer(post_id: int):
    question = _question(post_id)
    form = BodyForm()
    if form.validate_on_submit():
        with committing(form, pages=(403,)) as attempt:
            added = services.add_answer(question, current_user, form.body.data)
            url = added.url()  # before the commit: the answer is not read again after it
        if attempt.ok:
            flash(_("Jawaban Anda telah dikirim."), "success")
            return redirect(url), 303
    return _render_question(question, form, 422)


@questions_bp.route("/answers/<int:post_id>")
def locate_answer(post_id: int):
    """An answer's permanent address: its question, where it stands with the default order."""
    answer = ensure_visible(current_user, queries.load_post(post_id, "answer"))
    question = _question(answer.parent_id)
    better = db.session.execute(select(func.count(Post.id)).where(
        Post.parent_id == question.id, Post.status == PostStatus.PUBLISHED.value,
        (Post.score > answer.score) | ((Post.score == answer.score) & (Post.created_at < answer.created_at)),
    )).scalar_one()
    page = ceil((better + 1) / ANSWERS_PER_PAGE)
    anchor = f"kiriman-{answer.id}"
    return redirect(question.url(page=page, _anchor=anchor) if page > 1 else question.url(_anchor=anchor))


@questions_bp.route("/posts/<int:post_id>/accept", methods=["POST"])
@login_required
@confirmed_required
def accept(post_id: int):
    answer = ensure_visible(current_user, queries.load_post(post_id, "answer"))
    question = _question(answer.parent_id)
    if not ActionForm().validate_on_submit():
        abort(400)
    services.accept_answer(question, answer, current_user)
    db.session.commit()
    flash(_("Jawaban terpilih telah ditandai.") if question.accepted_answer_id == answer.id
          else _("Tanda jawaban terpilih dicabut."), "success")
    return redirect(answer.url()), 303


@questions_bp.route("/questions/similar")
@limiter.limit("60 per minute")
def similar():
    """Questions like the title being typed (JSON for the ask form)."""
    title = (request.args.get("title") or "").strip()[:200]
    return {"questions": [
        {"title": question.title, "url": question.url(), "answers": question.child_count,
         "answered": bool(question.accepted_answer_id)}
        for question in similar_questions(title)]}
