"""The read side of activities: lists, the month calendar, the feed, one member's registration, registrants."""
from __future__ import annotations

import calendar
import csv
import io
from datetime import date, datetime, timedelta

from sqlalchemy import Select, select
from sqlalchemy.orm import joinedload, selectinload

from app.accounts.models import Agency, User
from app.content.models import Post, PostStatus
from app.core.spreadsheets import plain_cell
from app.core.timeutil import from_wib, to_wib, utcnow
from app.extensions import db
from app.pembinaan.activities import TAKEN
from app.pembinaan.models import Activity, Registration, RegistrationStatus, activity_posts
from app.pembinaan.permissions import may_see_contact

FEED_PAST_DAYS = 90
FEED_LIMIT = 500
REGISTRANTS_HEADER = ["No", "Nama", "NIP", "Instansi", "Jabatan", "Email", "Status", "Terdaftar (WIB)"]
STATUS_LABELS = {RegistrationStatus.REGISTERED.value: "Terdaftar", RegistrationStatus.ATTENDED.value: "Hadir",
                 RegistrationStatus.CANCELLED.value: "Dibatalkan"}


def get_activity(activity_id: int) -> Activity | None:
    return db.session.execute(select(Activity).options(joinedload(Activity.agency), selectinload(Activity.tags))
                              .where(Activity.id == activity_id)).unique().scalar_one_or_none()


def _filtered(kind: str | None, agency: Agency | None) -> Select:
    query = select(Activity).options(joinedload(Activity.agency))
    if kind:
        query = query.where(Activity.kind == kind)
    if agency is not None:
        query = query.where(Activity.agency_id == agency.id)
    return query


def upcoming(kind: str | None = None, agency: Agency | None = None, now: datetime | None = None) -> Select:
    """Activities not yet over (those under way included), soonest first."""
    return _filtered(kind, agency).where(Activity.ends_at > (now or utcnow())).order_by(
        Activity.starts_at, Activity.id)


def past(kind: str | None = None, agency: Agency | None = None, now: datetime | None = None) -> Select:
    """Activities that are over, newest first."""
    return _filtered(kind, agency).where(Activity.ends_at <= (now or utcnow())).order_by(
        Activity.starts_at.desc(), Activity.id.desc())


def latest_past(kind: str | None, agency: Agency | None, limit: int = 5) -> list[Activity]:
    return list(db.session.execute(past(kind, agency).limit(limit)).unique().scalars())


def month_weeks(year: int, month: int) -> list[list[date | None]]:
    """The month's weeks, Monday first, with None for the days of the neighbouring months."""
    return [[day if day.month == month else None for day in week]
            for week in calendar.Calendar(firstweekday=0).monthdatescalendar(year, month)]


def month_activities(year: int, month: int, kind: str | None = None,
                     agency: Agency | None = None) -> dict[date, list[tuple[Activity, bool]]]:
    """Each day of the month (in WIB) with the activities held on it and whether they start that day; an
    activity of several days shows on each of them."""
    first = date(year, month, 1)
    after = date(year + (month == 12), month % 12 + 1, 1)
    start_utc = from_wib(datetime.combine(first, datetime.min.time()))
    end_utc = from_wib(datetime.combine(after, datetime.min.time()))
    rows = db.session.execute(_filtered(kind, agency).where(Activity.starts_at < end_utc, Activity.ends_at > start_utc)
                              .order_by(Activity.starts_at, Activity.id)).unique().scalars()
    days: dict[date, list[tuple[Activity, bool]]] = {}
    for activity in rows:
        start_day = to_wib(activity.starts_at).date()
        day = max(start_day, first)
        last = min(to_wib(activity.ends_at - timedelta(seconds=1)).date(), after - timedelta(days=1))
        while day <= last:
            days.setdefault(day, []).append((activity, day == start_day))
            day += timedelta(days=1)
    return days


def feed(kind: str | None = None, agency: Agency | None = None) -> list[Activity]:
    """What the iCalendar feed carries: everything from the last 90 days on."""
    since = utcnow() - timedelta(days=FEED_PAST_DAYS)
    return list(db.session.execute(_filtered(kind, agency).where(Activity.ends_at >= since)
                                   .order_by(Activity.starts_at, Activity.id).limit(FEED_LIMIT)).unique().scalars())


def registration_of(activity: Activity, user) -> Registration | None:
    if not getattr(user, "is_authenticated", False):
        return None
    return db.session.execute(select(Registration).where(
        Registration.activity_id == activity.id, Registration.user_id == user.id)).scalar_one_or_none()


def registrants(activity: Activity, *, with_cancelled: bool = False) -> list[Registration]:
    query = select(Registration).join(User, User.id == Registration.user_id).options(
        joinedload(Registration.user)).where(Registration.activity_id == activity.id)
    if not with_cancelled:
        query = query.where(Registration.status.in_(TAKEN))
    return list(db.session.execute(query.order_by(User.name, User.id)).unique().scalars())


def related_articles(activity: Activity) -> list[Post]:
    """The linked articles that are still published."""
    return list(db.session.execute(
        select(Post).join(activity_posts, activity_posts.c.post_id == Post.id)
        .where(activity_posts.c.activity_id == activity.id, Post.kind == "article",
               Post.status == PostStatus.PUBLISHED.value)
        .order_by(Post.title)).scalars())


def related_article_ids(activity: Activity) -> list[int]:
    return list(db.session.execute(select(activity_posts.c.post_id).where(
        activity_posts.c.activity_id == activity.id).order_by(activity_posts.c.post_id)).scalars())


_plain = plain_cell


def registrants_csv(registrations: list[Registration], viewer: User) -> str:
    """The registrants as a spreadsheet; NIP and e-mail stay empty for members whose contact the viewer may not
    see (permissions.may_see_contact)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(REGISTRANTS_HEADER)
    for number, registration in enumerate(registrations, start=1):
        user = registration.user
        nip, email = (user.nip or "", user.email) if may_see_contact(viewer, user) else ("", "")
        writer.writerow([_plain(value) for value in (
            number, user.name, nip, user.agency.name, user.position or "", email,
            STATUS_LABELS.get(registration.status, registration.status),
            to_wib(registration.created_at).strftime("%Y-%m-%d %H:%M"))])
    return "\ufeff" + buffer.getvalue()  # the BOM lets Excel read the UTF-8 names correctly
