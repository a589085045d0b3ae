"""Tanya OPD: questions addressed to an agency, the agency's official answer, and where each question stands."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from flask_babel import gettext as _
from sqlalchemy import select

from app.accounts.models import Agency, User
from app.accounts.operators import is_admin
from app.accounts.responders import agency_by_code, is_responder
from app.content.models import Post, PostStatus
from app.content.permissions import ensure_open
from app.content.signals import question_addressed
from app.core.errors import PermissionDenied, ValidationFailed
from app.core.timeutil import utcnow, wib_date
from app.core.workdays import working_days_between
from app.extensions import db
from app.notifications.opd import tell_responders


def agency_choices() -> list[tuple[str, str]]:
    agencies = db.session.execute(select(Agency.code, Agency.name).where(Agency.active.is_(True))
                                  .order_by(Agency.name)).all()
    return [("", _("\u2014 Tidak ditujukan ke instansi \u2014")), *((code, name) for code, name in agencies)]


def resolve_agency(code: str | None) -> Agency | None:
    """The agency a new question is addressed to; an unknown code is refused (nothing is stored)."""
    code = (code or "").strip()
    if not code:
        return None
    agency = agency_by_code(code)
    if agency is None or not agency.active:
        raise ValidationFailed(_("Instansi yang dituju tidak dikenal. Pilih instansi dari daftar."), field="agency")
    return agency


def address(question: Post, agency: Agency | None, actor: User) -> None:
    if agency is None:
        return
    question.addressed_agency_id = agency.id
    db.session.flush()
    if question.status == PostStatus.PUBLISHED:
        tell_responders(question, agency, actor.id)
        question_addressed.send(question, agency=agency, actor=actor)


def may_mark_official(actor, question: Post, answer: Post) -> bool:
    if question.addressed_agency_id is None:
        return False
    if is_admin(actor):  # an admin marks a responder's answer, never anyone else's (mark_official refuses it)
        return is_responder(db.session.get(User, answer.author_id), question.addressed_agency_id)
    return answer.author_id == getattr(actor, "id", None) and is_responder(actor, question.addressed_agency_id)


def mark_official(question: Post, answer: Post, actor: User) -> bool:
    """Mark (or, if it is already the one, unmark) the agency's official answer. Returns True when marked."""
    if answer.parent_id != question.id:
        raise ValidationFailed(_("Jawaban ini bukan jawaban atas pertanyaan tersebut."))
    if question.addressed_agency_id is None:
        raise ValidationFailed(_("Pertanyaan ini tidak ditujukan ke instansi mana pun."))
    ensure_open(actor, answer)
    if not is_admin(actor) and not is_responder(actor, question.addressed_agency_id):
        raise PermissionDenied(_("Hanya penjawab resmi instansi yang dituju atau admin yang dapat menandai "
                                 "jawaban resmi."))
    if not is_responder(answer.author, question.addressed_agency_id):
        raise PermissionDenied(_("Hanya jawaban dari penjawab resmi instansi yang dituju yang dapat menjadi "
                                 "jawaban resmi."))
    if not is_admin(actor) and answer.author_id != actor.id:
        raise PermissionDenied(_("Penjawab resmi hanya dapat menandai jawabannya sendiri sebagai jawaban resmi."))
    previous = db.session.execute(select(Post.official_answer_id).where(Post.id == question.id)
                                  .with_for_update()).scalar_one()
    question.official_answer_id = None if previous == answer.id else answer.id
    db.session.flush()
    return question.official_answer_id is not None


@dataclass(frozen=True)
class OpdState:
    agency: Agency
    answered: bool
    days: int
    overdue: bool


def state_of(question: Post, limit: int, official: Post | None = None, now: datetime | None = None) -> OpdState | None:
    """Waiting for the agency (working days so far) or answered officially (in how many working days)."""
    if question.addressed_agency_id is None:
        return None
    agency = db.session.get(Agency, question.addressed_agency_id)
    if agency is None:
        return None
    if official is None and question.official_answer_id:
        official = db.session.get(Post, question.official_answer_id)
        if official is not None and official.status != PostStatus.PUBLISHED:
            official = None  # a hidden or deleted official answer answers nothing
    start = wib_date(question.created_at)
    if official is not None:
        return OpdState(agency, True, working_days_between(start, wib_date(official.created_at)), False)
    days = working_days_between(start, wib_date(now or utcnow()))
    return OpdState(agency, False, days, days > limit)


def addressed_to(agency: Agency, limit: int) -> list[tuple[Post, OpdState]]:
    """Questions addressed to the agency with their state: waiting first (oldest first), then answered
    (newest first)."""
    posts = db.session.execute(select(Post).where(
        Post.kind == "question", Post.status == PostStatus.PUBLISHED.value, Post.addressed_agency_id == agency.id)
        .order_by(Post.created_at.desc(), Post.id.desc())).scalars()
    rows = [(post, state_of(post, limit)) for post in posts]
    waiting = [row for row in rows if not row[1].answered]
    return waiting[::-1] + [row for row in rows if row[1].answered]
