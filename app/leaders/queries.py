"""Rankings: people and agencies by reputation gained in a period, optionally within an agency or a tag.

Every ranking is one aggregate query over the ledger (indexed by created_at and user_id).
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import and_, case, func, or_, select, text
from sqlalchemy.orm import aliased

from app.accounts.models import Agency, User
from app.content.models import Post, PostStatus, Tag, post_tags
from app.core.timeutil import utcnow
from app.extensions import db
from app.leaders.periods import WIB
from app.reputation.models import ReputationEvent


@dataclass
class PersonRow:
    rank: int
    user_id: int
    name: str
    agency_code: str
    agency: str
    gained: int
    from_own_agency: int
    from_other_agencies: int
    posts: int

    @property
    def other_share(self) -> int:
        """Percentage of the points that came from people of other agencies."""
        given = self.from_own_agency + self.from_other_agencies
        return round(100 * self.from_other_agencies / given) if given else 0


@dataclass
class AgencyRow:
    rank: int
    code: str
    name: str
    gained: int
    contributors: int
    posts: int


def _event_filter(start: datetime | None, tag: Tag | None):
    clauses = []
    if start is not None:
        clauses.append(ReputationEvent.created_at >= start)
    if tag is not None:
        post = aliased(Post)
        tagged = select(post_tags.c.post_id).where(post_tags.c.tag_id == tag.id)
        clauses.append(ReputationEvent.post_id.in_(
            select(post.id).where(or_(post.id.in_(tagged), post.parent_id.in_(tagged)))))
    return clauses


def people(start: datetime | None, *, agency: Agency | None = None, tag: Tag | None = None,
           limit: int = 50) -> list[PersonRow]:
    actor = aliased(User)
    gained = func.sum(ReputationEvent.delta)
    own = func.sum(case((and_(ReputationEvent.actor_id.is_not(None), actor.agency_id == User.agency_id,
                              ReputationEvent.actor_id != User.id), ReputationEvent.delta), else_=0))
    other = func.sum(case((and_(ReputationEvent.actor_id.is_not(None), actor.agency_id != User.agency_id),
                           ReputationEvent.delta), else_=0))
    query = (select(User.id, User.name, Agency.code, Agency.short_name, gained, own, other)
             .join(ReputationEvent, ReputationEvent.user_id == User.id)
             .join(Agency, Agency.id == User.agency_id)
             .outerjoin(actor, actor.id == ReputationEvent.actor_id)
             .where(*_event_filter(start, tag))
             .group_by(User.id, User.name, Agency.code, Agency.short_name)
             .having(gained > 0)
             .order_by(gained.desc(), User.name)
             .limit(limit))
    if agency is not None:
        query = query.where(User.agency_id == agency.id)
    rows = db.session.execute(query).all()
    counts = _post_counts([r[0] for r in rows], start)
    return [PersonRow(n, uid, name, code, short, int(g or 0), int(o or 0), int(x or 0), counts.get(uid, 0))
            for n, (uid, name, code, short, g, o, x) in enumerate(rows, start=1)]


def _post_counts(user_ids: list[int], start: datetime | None) -> dict[int, int]:
    if not user_ids:
        return {}
    query = select(Post.author_id, func.count(Post.id)).where(
        Post.author_id.in_(user_ids), Post.status == PostStatus.PUBLISHED.value).group_by(Post.author_id)
    if start is not None:
        query = query.where(Post.created_at >= start)
    return dict(db.session.execute(query).all())


def agencies(start: datetime | None, *, tag: Tag | None = None, limit: int = 100) -> list[AgencyRow]:
    gained = func.sum(ReputationEvent.delta)
    contributors = func.count(func.distinct(ReputationEvent.user_id))
    query = (select(Agency.id, Agency.code, Agency.name, gained, contributors)
             .join(User, User.agency_id == Agency.id)
             .join(ReputationEvent, ReputationEvent.user_id == User.id)
             .where(*_event_filter(start, tag))
             .group_by(Agency.id, Agency.code, Agency.name)
             .having(gained > 0)
             .order_by(gained.desc(), Agency.name).limit(limit))
    rows = db.session.execute(query).all()
    post_query = select(Post.agency_id, func.count(Post.id)).where(
        Post.status == PostStatus.PUBLISHED.value, Post.agency_id.in_([r[0] for r in rows])).group_by(Post.agency_id)
    if start is not None:
        post_query = post_query.where(Post.created_at >= start)
    posts = dict(db.session.execute(post_query).all()) if rows else {}
    return [AgencyRow(n, code, name, int(g or 0), int(c or 0), posts.get(aid, 0))
            for n, (aid, code, name, g, c) in enumerate(rows, start=1)]


def _month_of(column):
    """The month (YYYY-MM) of a UTC timestamp in WIB, in this database's own dialect."""
    if db.session.get_bind().dialect.name == "postgresql":
        return func.to_char(column + text("interval '7 hours'"), "YYYY-MM")
    return func.strftime("%Y-%m", column, "+7 hours")


def monthly_contributions(months: int = 12, agency: Agency | None = None) -> list[tuple[str, int]]:
    """Published posts per month (WIB), oldest first, the last `months` months including this one."""
    now = utcnow() + WIB
    keys = []
    year, month = now.year, now.month
    for _ in range(months):
        keys.append(f"{year:04d}-{month:02d}")
        year, month = (year - 1, 12) if month == 1 else (year, month - 1)
    keys.reverse()
    first = datetime(int(keys[0][:4]), int(keys[0][5:]), 1) - WIB
    month = _month_of(Post.created_at)
    query = select(month, func.count(Post.id)).where(
        Post.status == PostStatus.PUBLISHED.value, Post.created_at >= first).group_by(month)
    if agency is not None:
        query = query.where(Post.agency_id == agency.id)
    counts = dict.fromkeys(keys, 0)
    for key, count in db.session.execute(query):
        if key in counts:
            counts[key] = int(count)
    return list(counts.items())
