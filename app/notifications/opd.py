"""Tanya OPD notices: responders hear at once of a question addressed to their agency; a daily reminder
(`flask opd remind`) tells them of every question still waiting, and the agency's leaders of those waiting
past OPD_ANSWER_DAYS working days. Safe to run twice a day: a reminder carries its date (WIB) in `ref`."""
from __future__ import annotations

from datetime import datetime

from flask import current_app
from sqlalchemy import or_, select
from sqlalchemy.orm import aliased

from app.accounts.models import Agency, User
from app.accounts.responders import responder_ids
from app.content.models import Post, PostStatus
from app.core.roles import Role
from app.core.timeutil import utcnow, wib_date
from app.core.workdays import working_days_between
from app.extensions import db
from app.notifications.models import Kind, Notification
from app.notifications.services import Event, deliver


def tell_responders(question: Post, agency: Agency, actor_id: int) -> int:
    event = Event(Kind.OPD_QUESTION, actor_id, post_id=question.id, topic_id=question.id, text=agency.name,
                  subject_id=agency.id)
    return len(deliver((uid, event) for uid in responder_ids(agency.id)))


def waiting_questions() -> list[tuple[Post, Agency]]:
    # A hidden or deleted official answer answers nothing, as on the question page (questions/opd.state_of).
    official = aliased(Post)
    return list(db.session.execute(
        select(Post, Agency).join(Agency, Agency.id == Post.addressed_agency_id)
        .outerjoin(official, official.id == Post.official_answer_id)
        .where(Post.kind == "question", Post.status == PostStatus.PUBLISHED.value,
               or_(Post.official_answer_id.is_(None), official.status != PostStatus.PUBLISHED.value,
                   official.id.is_(None)))
        .order_by(Post.created_at, Post.id)).tuples())


def _leader_ids(agency_id: int) -> list[int]:
    return list(db.session.execute(select(User.id).where(User.agency_id == agency_id,
                                                         User.role == Role.LEADER.value)
                                   .order_by(User.id)).scalars())


def remind(now: datetime | None = None) -> int:
    """Reminders for today (WIB); returns how many notices were made (0 on a second run the same day)."""
    now = now or utcnow()
    today = wib_date(now).isoformat()
    limit = current_app.config["OPD_ANSWER_DAYS"]
    sent = set(db.session.execute(select(Notification.user_id, Notification.post_id, Notification.kind).where(
        Notification.kind.in_((Kind.OPD_REMINDER.value, Kind.OPD_OVERDUE.value)), Notification.ref == today))
        .tuples())
    made = 0
    for question, agency in waiting_questions():
        addressed = [(uid, Kind.OPD_REMINDER) for uid in responder_ids(agency.id)]
        if working_days_between(wib_date(question.created_at), wib_date(now)) > limit:
            addressed += [(uid, Kind.OPD_OVERDUE) for uid in _leader_ids(agency.id)]
        for uid, kind in addressed:
            if (uid, question.id, kind.value) in sent:
                continue
            made += len(deliver([(uid, Event(kind, None, post_id=question.id, topic_id=question.id, ref=today,
                                             text=agency.name, group=f"{kind.value}:{question.id}:{today}"))]))
    db.session.flush()
    return made
