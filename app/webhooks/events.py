"""From the site's signals to queued deliveries: each event adds one row per subscribed webhook, in the
transaction of the change itself (nothing is sent from here), so a rolled-back change sends nothing and a
committed one is never lost.
"""
from __future__ import annotations

import json

from flask import url_for
from sqlalchemy import insert, literal, select
from werkzeug.routing import BuildError

from app.accounts.models import Agency, User
from app.content import signals as content_signals
from app.content.models import Post, PostStatus
from app.core import signals as core_signals
from app.core.timeutil import utcnow
from app.extensions import db
from app.reputation import signals as reputation_signals
from app.webhooks.models import PENDING, Webhook, WebhookDelivery

_installed = False


def _link(endpoint: str, **values) -> str | None:
    """An absolute address; None where none can be built (a CLI job on a site without SERVER_NAME)."""
    try:
        return url_for(endpoint, _external=True, **values)
    except (RuntimeError, BuildError):
        return None


def _user(user_or_id) -> dict | None:
    user = db.session.get(User, user_or_id) if isinstance(user_or_id, int) else user_or_id
    if user is None:
        return None
    return {"id": user.id, "name": user.name, "url": _link("users.profile", user_id=user.id)}


def _post(post: Post | None) -> dict | None:
    if post is None:
        return None
    return {"id": post.id, "kind": post.kind, "title": post.title, "parent_id": post.parent_id,
            "url": _link("content.show_post", post_id=post.id)}


def _agency(agency: Agency | None) -> dict | None:
    return None if agency is None else {"id": agency.id, "code": agency.code, "name": agency.name}


def queue(event: str, data: dict) -> int:
    """Queue `event` for every active webhook subscribed to it, in one INSERT ... SELECT (a write that no
    webhook wants costs that one statement); returns how many deliveries were queued."""
    now = utcnow()
    table = WebhookDelivery.__table__
    subscribed = select(Webhook.id, literal(event), literal(json.dumps(data, ensure_ascii=False, default=str)),
                        literal(PENDING), literal(0), literal(now), literal(now)).where(
        Webhook.active.is_(True), (literal(" ") + Webhook.events + literal(" ")).like(f"% {event} %"))
    columns = ["webhook_id", "event", "payload", "status", "attempts", "next_attempt_at", "created_at"]
    return db.session.execute(insert(table).from_select([table.c[c] for c in columns], subscribed)).rowcount


def on_post_created(post: Post, author=None, **_) -> None:
    if post.status == PostStatus.PUBLISHED:
        _post_created(post, author)


def on_post_status_changed(post: Post, old=None, new=None, **_) -> None:
    if old == PostStatus.DRAFT and new == PostStatus.PUBLISHED:  # a draft published now appears for the first time
        _post_created(post, None)


def _post_created(post: Post, author) -> None:
    parent = db.session.get(Post, post.parent_id) if post.parent_id else None
    queue("post.created", {"post": _post(post), "parent": _post(parent),
                           "author": _user(author if author is not None else post.author_id)})


def on_accepted_answer_changed(question: Post, old=None, new=None, actor=None, **_) -> None:
    if new is not None:
        queue("answer.accepted", {"question": _post(question), "answer": _post(db.session.get(Post, new)),
                                  "actor": _user(actor)})


def on_adoption_recorded(adoption, post=None, actor=None, **_) -> None:
    queue("article.adopted", {"adoption": {"id": adoption.id, "note": adoption.note}, "article": _post(post),
                              "agency": _agency(db.session.get(Agency, adoption.agency_id)), "actor": _user(actor)})


def on_award_given(award, actor=None, **_) -> None:
    queue("award.given", {
        "award": {"id": award.id, "number": award.number, "title": award.title, "points": award.points,
                  "url": _link("awards.certificate", number=award.number)},
        "recipient": _user(award.user_id), "agency": _agency(db.session.get(Agency, award.agency_id)),
        "actor": _user(actor)})


def on_activity_created(activity, actor=None, **_) -> None:
    queue("activity.created", {
        "activity": {"id": activity.id, "title": activity.title, "kind": activity.kind, "jp": activity.jp,
                     "starts_at": activity.starts_at.isoformat() + "Z", "ends_at": activity.ends_at.isoformat() + "Z",
                     "url": _link("activities.show", activity_id=activity.id)},
        "agency": _agency(db.session.get(Agency, activity.agency_id)), "actor": _user(actor)})


def on_question_addressed(question: Post, agency=None, actor=None, **_) -> None:
    queue("question.addressed", {"question": _post(question), "agency": _agency(agency), "actor": _user(actor)})


RECEIVERS = (
    (content_signals.post_created, on_post_created),
    (content_signals.post_status_changed, on_post_status_changed),
    (content_signals.accepted_answer_changed, on_accepted_answer_changed),
    (content_signals.question_addressed, on_question_addressed),
    (reputation_signals.adoption_recorded, on_adoption_recorded),
    (reputation_signals.award_given, on_award_given),
    (core_signals.activity_created, on_activity_created),
)


def install() -> None:
    """Connect once per process (signals are module-level; apps come and go in tests)."""
    global _installed
    if not _installed:
        for signal, receiver in RECEIVERS:
            signal.connect(receiver, weak=False)
        _installed = True
