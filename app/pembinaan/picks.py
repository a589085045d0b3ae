"""Activities for the pickers (static/js/picker.js): title, date and organiser, found by words of the title."""
from __future__ import annotations

from flask import url_for
from flask_babel import format_date
from sqlalchemy import func, select
from sqlalchemy.orm import joinedload

from app.accounts.models import User
from app.content.models import Post, PostStatus
from app.core.timeutil import utcnow
from app.extensions import db
from app.pembinaan.models import Activity, ActivityStatus
from app.pembinaan.records import wib_date

SUGGEST_LIMIT = 8


def _contains(text: str) -> str:
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def _not_cancelled():
    return Activity.status != ActivityStatus.CANCELLED.value


def suggest_activities(q: str | None, *, organiser: User | None = None) -> list[dict]:
    """Up to 8 activities that are not cancelled with q in the title, newest first; with `organiser`, only the
    ones they created that have started (what a speaker or mentor may claim)."""
    text = " ".join((q or "").replace("\x00", "").split()).lower()[:80]
    if len(text) < 2:
        return []
    query = (select(Activity).options(joinedload(Activity.agency))
             .where(_not_cancelled(), func.lower(Activity.title).like(_contains(text), escape="\\"))
             .order_by(Activity.starts_at.desc(), Activity.id.desc()).limit(SUGGEST_LIMIT))
    if organiser is not None:
        query = query.where(Activity.created_by_id == organiser.id, Activity.starts_at <= utcnow())
    return [{"value": url_for("activities.show", activity_id=activity.id), "label": activity.title,
             "detail": f"{format_date(wib_date(activity.starts_at), 'd MMM y')} · {activity.agency.name}"}
            for activity in db.session.execute(query).scalars()]


def own_activity_titled(organiser: User, title: str) -> list[int]:
    """The ids (at most two) of activities this member created with exactly this title, case aside."""
    return list(db.session.execute(
        select(Activity.id).where(Activity.created_by_id == organiser.id, _not_cancelled(),
                                  func.lower(Activity.title) == " ".join(title.split()).lower())
        .order_by(Activity.id).limit(2)).scalars())


def titles_of(lines) -> dict[tuple[str, int], str]:
    """{("post", id) or ("activity", id): title} for the posts and activities JP lines link to: two queries."""
    post_ids = {line.post_id for line in lines if line.post_id}
    activity_ids = {line.activity_id for line in lines if line.activity_id}
    found: dict[tuple[str, int], str] = {}
    if post_ids:
        found.update((("post", pid), title) for pid, title in db.session.execute(
            select(Post.id, Post.title).where(Post.id.in_(post_ids), Post.status == PostStatus.PUBLISHED.value)).all()
            if title)
    if activity_ids:
        found.update((("activity", aid), title) for aid, title in db.session.execute(
            select(Activity.id, Activity.title).where(Activity.id.in_(activity_ids))).all())
    return found
