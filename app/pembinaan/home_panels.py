"""Pembinaan's panels on a member's home (app/core/home_panels.py): the JP of this year against the target with
the next activities the member registered for, and for verifiers the claims and past activities waiting."""
from __future__ import annotations

from sqlalchemy import func, select

from app.core import home_panels
from app.core.timeutil import utcnow
from app.extensions import db
from app.pembinaan.models import (
    Activity,
    ActivityStatus,
    JpRecord,
    JpStatus,
    Registration,
    RegistrationStatus,
    ReviewStatus,
)
from app.pembinaan.permissions import can_verify, employee_kind, jp_target
from app.pembinaan.records import current_year

NEXT_ACTIVITIES = 3


def jp(user) -> dict:
    """This year's verified and submitted JP (one query) and the next activities registered for (one query)."""
    year = current_year()
    sums = dict(db.session.execute(
        select(JpRecord.status, func.sum(JpRecord.jp))
        .where(JpRecord.user_id == user.id, JpRecord.year == year,
               JpRecord.status.in_((JpStatus.VERIFIED.value, JpStatus.SUBMITTED.value)))
        .group_by(JpRecord.status)).all())
    activities = list(db.session.execute(
        select(Activity).join(Registration, Registration.activity_id == Activity.id)
        .where(Registration.user_id == user.id, Registration.status == RegistrationStatus.REGISTERED.value,
               Activity.status == ActivityStatus.SCHEDULED.value, Activity.ends_at > utcnow())
        .order_by(Activity.starts_at, Activity.id).limit(NEXT_ACTIVITIES)).scalars())
    total, target = int(sums.get(JpStatus.VERIFIED.value) or 0), jp_target(user)
    return {"year": year, "total": total, "submitted": int(sums.get(JpStatus.SUBMITTED.value) or 0),
            "target": target, "kind": employee_kind(user),
            "percent": min(100, round(100 * total / target)) if target else 100, "activities": activities}


def claims(user) -> dict | None:
    """For verifiers: the JP claims and the activities recorded after the fact that wait (one query)."""
    if not can_verify(user):
        return None
    waiting_claims = select(func.count(JpRecord.id)).where(JpRecord.status == JpStatus.SUBMITTED.value)
    waiting_activities = select(func.count(Activity.id)).where(Activity.review_status == ReviewStatus.PENDING.value)
    row = db.session.execute(select(waiting_claims.scalar_subquery(), waiting_activities.scalar_subquery())).one()
    return {"claims": int(row[0]), "activities": int(row[1])}


def register(app) -> None:
    home_panels.register(app, "jp", "home/jp.html", jp, 10)
    home_panels.register(app, "claims", "home/claims.html", claims, 60)
