"""Rankings: people and agencies by reputation gained in a period, optionally within an agency or a tag.

Only verified ASN are ranked, and an agency's points are those of its verified people.

Without a tag, a ranking reads the rollups (app/reputation/rollups.py), never the whole ledger: this month,
quarter, year and all time are one row per person, read in the order of the rollup index down to the last one
shown; this week sums each person's day rows. A tag filter (or a start that is not midnight WIB) sums the
ledger rows of the period, per person first, and the points from one's own and from other agencies only for
the people shown.

People belong to their agency of today (a person who moved counts for the new agency); the share from one's
own and from other agencies is classified with the agencies as they were when each point was given (the
rollups keep it so), or as they are today when the ledger is summed (tag filter).
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import and_, case, func, or_, select
from sqlalchemy.orm import aliased

from app.accounts.models import Agency, User
from app.content.models import Post, PostStatus, Tag, post_tags
from app.core.timeutil import from_wib, to_wib, utcnow
from app.extensions import db
from app.reputation.models import ReputationEvent, ReputationRollup
from app.reputation.rollups import DAY, span_since


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


# Only verified ASN are ranked (DESIGN "Identity and trust"); the points of the others are kept and count from
# the moment they are verified, since every ranking is read at request time.
VERIFIED = User.verified_at.is_not(None)


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


def _totals(start: datetime | None, tag: Tag | None, agency: Agency | None):
    """(select of user_id, gained[, from_own, from_other], whether it is one rollup row per person) for the
    period; the shares are left out when they come from the ledger (tag filter)."""
    span = span_since(start) if tag is None else None
    if span is None:
        event = ReputationEvent
        query = (select(event.user_id.label("user_id"), func.sum(event.delta).label("gained"))
                 .join(User, User.id == event.user_id).where(VERIFIED, *_event_filter(start, tag))
                 .group_by(event.user_id))
        if agency is not None:
            query = query.where(User.agency_id == agency.id)
        return query, False
    rollup = ReputationRollup
    if span[0] == DAY:
        query = (select(rollup.user_id.label("user_id"), func.sum(rollup.gained).label("gained"),
                        func.sum(rollup.from_own).label("from_own"), func.sum(rollup.from_other).label("from_other"))
                 .where(rollup.span == DAY, rollup.period >= span[1]).group_by(rollup.user_id))
    else:
        query = (select(rollup.user_id.label("user_id"), rollup.gained.label("gained"),
                        rollup.from_own.label("from_own"), rollup.from_other.label("from_other"))
                 .where(rollup.span == span[0], rollup.period == span[1]))
    # A list of the (agency's) verified people, checked as the rollup index is read in order of points.
    people = select(User.id).where(VERIFIED)
    if agency is not None:
        people = people.where(User.agency_id == agency.id)
    query = query.where(rollup.user_id.in_(people))
    return query, span[0] != DAY


def people(start: datetime | None, *, agency: Agency | None = None, tag: Tag | None = None,
           limit: int = 50) -> list[PersonRow]:
    query, one_row_each = _totals(start, tag, agency)
    if one_row_each:
        rows = _top_rollup_rows(query, limit)
    else:
        totals = query.cte("totals")
        # Join people only from the limit-th highest total on (ties with it are ranked by name): a handful,
        # not everyone with points. The CTE is computed once.
        last = (select(totals.c.gained).where(totals.c.gained > 0).order_by(totals.c.gained.desc())
                .offset(limit - 1).limit(1).scalar_subquery())
        shares = [totals.c.from_own, totals.c.from_other] if "from_own" in totals.c else []
        rows = db.session.execute(
            select(User.id, User.name, Agency.code, Agency.short_name, totals.c.gained, *shares)
            .join(User, User.id == totals.c.user_id)
            .join(Agency, Agency.id == User.agency_id)
            .where(totals.c.gained >= func.coalesce(last, 1))  # points are whole numbers: > 0 is >= 1
            .order_by(totals.c.gained.desc(), User.name)
            .limit(limit)).all()
    ids = [r[0] for r in rows]
    with_shares = bool(rows) and len(rows[0]) == 7  # read from the rollups; else sum the ledger for them
    split = {r[0]: (r[5], r[6]) for r in rows} if with_shares else _shares_from_ledger(ids, start, tag)
    counts = _post_counts(ids, start)
    return [PersonRow(n, uid, name, code, short, int(g or 0), int(split.get(uid, (0, 0))[0] or 0),
                      int(split.get(uid, (0, 0))[1] or 0), counts.get(uid, 0))
            for n, (uid, name, code, short, g, *_shares) in enumerate(rows, start=1)]


def _top_rollup_rows(query, limit: int) -> list:
    """The top of one rollup period, straight from its index (span, period, gained): the rows from the
    limit-th highest positive one up."""
    rollup = ReputationRollup
    where = query.whereclause
    last = (select(rollup.gained).where(where, rollup.gained > 0).order_by(rollup.gained.desc())
            .offset(limit - 1).limit(1).scalar_subquery())
    return db.session.execute(
        select(User.id, User.name, Agency.code, Agency.short_name, rollup.gained, rollup.from_own,
               rollup.from_other)
        .join(User, User.id == rollup.user_id)
        .join(Agency, Agency.id == User.agency_id)
        .where(where, rollup.gained >= func.coalesce(last, 1))
        .order_by(rollup.gained.desc(), User.name)
        .limit(limit)).all()


def _shares_from_ledger(user_ids: list[int], start: datetime | None, tag: Tag | None) -> dict[int, tuple[int, int]]:
    """Points from one's own agency and from other agencies, summed over the ledger for these people only."""
    if not user_ids:
        return {}
    actor = aliased(User)
    own = func.sum(case((and_(ReputationEvent.actor_id.is_not(None), actor.agency_id == User.agency_id,
                              ReputationEvent.actor_id != User.id), ReputationEvent.delta), else_=0))
    other = func.sum(case((and_(ReputationEvent.actor_id.is_not(None), actor.agency_id != User.agency_id),
                           ReputationEvent.delta), else_=0))
    query = (select(ReputationEvent.user_id, own, other)
             .join(User, User.id == ReputationEvent.user_id)
             .outerjoin(actor, actor.id == ReputationEvent.actor_id)
             .where(ReputationEvent.user_id.in_(user_ids), *_event_filter(start, tag))
             .group_by(ReputationEvent.user_id))
    return {uid: (o, x) for uid, o, x in db.session.execute(query)}


def _published_since(owner_column, start: datetime | None):
    """Published posts per author or agency since `start`: a correlated count, so that each one is a range of
    ix_posts_author_status_created / ix_posts_agency_status_created (PostgreSQL would rather scan all posts
    for a list of owners)."""
    query = select(func.count()).select_from(Post).where(owner_column, Post.status == PostStatus.PUBLISHED.value)
    if start is not None:
        query = query.where(Post.created_at >= start)
    return query.scalar_subquery()


def _post_counts(user_ids: list[int], start: datetime | None) -> dict[int, int]:
    if not user_ids:
        return {}
    count = _published_since(Post.author_id == User.id, start)
    return dict(db.session.execute(select(User.id, count).where(User.id.in_(user_ids))).all())


def agencies(start: datetime | None, *, tag: Tag | None = None, limit: int = 100) -> list[AgencyRow]:
    """Agencies by the points their people of today gained; contributors: their people with ledger events in
    the period (one rollup row, or one ledger total, each)."""
    totals = _totals(start, tag, None)[0].subquery("totals")
    per_agency = (select(User.agency_id.label("agency_id"), func.sum(totals.c.gained).label("gained"),
                         func.count().label("contributors"))
                  .join(totals, totals.c.user_id == User.id)
                  .group_by(User.agency_id))
    per_agency = per_agency.subquery("per_agency")
    query = (select(Agency.id, Agency.code, Agency.name, per_agency.c.gained, per_agency.c.contributors)
             .join(per_agency, per_agency.c.agency_id == Agency.id)
             .where(per_agency.c.gained > 0)
             .order_by(per_agency.c.gained.desc(), Agency.name).limit(limit))
    rows = db.session.execute(query).all()
    count = _published_since(Post.agency_id == Agency.id, start)
    posts = dict(db.session.execute(select(Agency.id, count).where(Agency.id.in_([r[0] for r in rows]))).all()) \
        if rows else {}
    return [AgencyRow(n, code, name, int(g or 0), int(c or 0), posts.get(aid, 0))
            for n, (aid, code, name, g, c) in enumerate(rows, start=1)]


POST_KINDS = ("article", "question", "answer", "thread", "reply")


def monthly_contributions(months: int = 12, agency: Agency | None = None,
                          until: datetime | None = None) -> list[tuple[str, int]]:
    """Published posts per month (WIB), oldest first, the last `months` months including this one (or the one
    that holds the UTC moment `until`: the monthly report of a past month).

    One count per month over a range of an index (kind or agency, status, created_at) in a single
    statement: grouping a year of posts by a computed month read every row (0.1 s at 200,000 posts).
    """
    now = to_wib(until or utcnow())
    starts = []
    year, month = now.year, now.month
    for _ in range(months):
        starts.append(datetime(year, month, 1))
        year, month = (year - 1, 12) if month == 1 else (year, month - 1)
    starts.reverse()
    ends = [*starts[1:], datetime(starts[-1].year + (starts[-1].month == 12), starts[-1].month % 12 + 1, 1)]
    counts = []
    for start, end in zip(starts, ends, strict=True):
        query = select(func.count()).select_from(Post).where(Post.status == PostStatus.PUBLISHED.value,
                                                             Post.created_at >= from_wib(start),
                                                             Post.created_at < from_wib(end))
        if agency is not None:
            query = query.where(Post.agency_id == agency.id)
        else:
            query = query.where(Post.kind.in_(POST_KINDS))
        counts.append(query.scalar_subquery())
    row = db.session.execute(select(*counts)).one()
    return [(f"{start.year:04d}-{start.month:02d}", int(count or 0)) for start, count in zip(starts, row, strict=True)]
