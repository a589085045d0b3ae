"""Q&A verbs: ask, answer, accept an answer."""
from __future__ import annotations

from flask_babel import gettext as _
from sqlalchemy import select

from app.accounts.models import User
from app.content import services as content
from app.content.models import Post
from app.content.permissions import can_contribute, ensure, ensure_open
from app.content.signals import accepted_answer_changed
from app.core.errors import PermissionDenied, ValidationFailed
from app.extensions import db
from app.questions.models import Answer, Question


def ask_question(author: User, *, title: str, body: str, tags) -> Question:
    return content.create_post(Question, author, title=title, body=body, tags=tags or [])


def add_answer(question: Question, author: User, body: str) -> Answer:
    ensure_open(author, question)
    ensure(can_contribute(author, question), _("Pertanyaan ini ditutup atau tidak tersedia; jawaban tidak diterima."))
    return content.add_child(Answer, question, author, body)


def accept_answer(question: Question, answer: Answer, actor: User, accept: bool | None = None) -> bool:
    """Mark the answer "Jawaban terpilih"; accepting the accepted one again withdraws it (the page's toggle).
    `accept` True or False sets the mark instead (the API): False only withdraws this answer's. Returns changed."""
    if answer.parent_id != question.id:
        raise ValidationFailed(_("Jawaban ini bukan jawaban atas pertanyaan tersebut."))
    ensure_open(actor, answer)  # the answer and its question: visible, published, not locked
    if actor.id != question.author_id:
        raise PermissionDenied(_("Hanya penanya yang dapat memilih jawaban."))
    # The question row is locked first, so two acceptances at once are applied one after the other
    # and leave exactly one accepted answer (and one set of ledger rows).
    previous = db.session.execute(select(Post.accepted_answer_id).where(Post.id == question.id)
                                  .with_for_update()).scalar_one()
    if accept is None:
        new_value = None if previous == answer.id else answer.id
    else:
        new_value = answer.id if accept else (None if previous == answer.id else previous)
    if new_value == previous:
        return False
    question.accepted_answer_id = new_value
    content.bump_activity(question)
    db.session.flush()
    accepted_answer_changed.send(question, old=previous, new=new_value, actor=actor)
    return True
