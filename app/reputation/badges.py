"""Badges (Lencana: perunggu, perak, emas) from rules over the ledger and the posts.

`award_badges()` finds every badge earned and not yet recorded; the job `flask badges award` runs it for
everyone, and votes and acceptances run it for the one member concerned, where it is cheap.
"""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass

from flask_babel import lazy_gettext as _l
from sqlalchemy import and_, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import aliased

from app.accounts.models import User
from app.content.models import Post, PostStatus
from app.content.queries import under_published_parent
from app.core.timeutil import utcnow, wib_date
from app.extensions import db
from app.reputation import rules
from app.reputation.badge_models import UserBadge
from app.reputation.models import Adoption, ReputationEvent
from app.reputation.signals import badge_awarded

BRONZE, SILVER, GOLD = "perunggu", "perak", "emas"


@dataclass(frozen=True)
class Badge:
    code: str
    tier: str
    name: object
    description: object
    per_post: bool = False


BADGES = {b.code: b for b in (
    Badge("penolong-pertama", BRONZE, _l("Penolong Pertama"), _l("Jawaban pertama Anda dipilih oleh penanya.")),
    Badge("kiriman-bermanfaat", BRONZE, _l("Kiriman Bermanfaat"), _l("Sebuah kiriman Anda mencapai skor 10."),
          per_post=True),
    Badge("kiriman-bagus", SILVER, _l("Kiriman Bagus"), _l("Sebuah kiriman Anda mencapai skor 25."), per_post=True),
    Badge("kiriman-istimewa", GOLD, _l("Kiriman Istimewa"), _l("Sebuah kiriman Anda mencapai skor 100."),
          per_post=True),
    Badge("jembatan-antarinstansi", SILVER, _l("Jembatan Antarinstansi"),
          _l("Jawaban Anda dipilih oleh ASN dari instansi lain.")),
    Badge("konsisten-30-hari", GOLD, _l("Konsisten 30 Hari"), _l("Berbagi setiap hari selama 30 hari berturut-turut.")),
    Badge("praktik-diterapkan", BRONZE, _l("Praktik Diterapkan"),
          _l("Sebuah praktik baik Anda diterapkan oleh instansi lain."), per_post=True),
    Badge("praktik-menyebar", SILVER, _l("Praktik Menyebar"),
          _l("Sebuah praktik baik Anda diterapkan oleh 3 instansi lain."), per_post=True),
    Badge("praktik-teladan", GOLD, _l("Praktik Teladan"),
          _l("Sebuah praktik baik Anda diterapkan oleh 10 instansi lain."), per_post=True),
)}
SCORE_BADGES = (("kiriman-bermanfaat", 10), ("kiriman-bagus", 25), ("kiriman-istimewa", 100))
ADOPTION_BADGES = (("praktik-diterapkan", 1), ("praktik-menyebar", 3), ("praktik-teladan", 10))
STREAK_DAYS = 30


def _earned(user_ids: list[int] | None) -> set[tuple[int, str, str, int | None]]:
    """(user, badge, subject, post) for every badge the rules grant now."""
    def only(column):
        return [column.in_(user_ids)] if user_ids is not None else []

    earned: set[tuple[int, str, str, int | None]] = set()
    accepted = (select(ReputationEvent.user_id).where(ReputationEvent.reason == rules.ACCEPTED,
                                                      *only(ReputationEvent.user_id))
                .group_by(ReputationEvent.user_id, ReputationEvent.post_id).having(func.sum(ReputationEvent.delta) > 0))
    earned.update((uid, "penolong-pertama", "", None) for uid in db.session.execute(accepted).scalars())
    for code, threshold in SCORE_BADGES:
        rows = db.session.execute(select(Post.author_id, Post.id).where(
            Post.score >= threshold, Post.status == PostStatus.PUBLISHED.value, under_published_parent(),
            *only(Post.author_id))).all()
        earned.update((uid, code, str(pid), pid) for uid, pid in rows)
    adoptions = (select(Post.author_id, Post.id, func.count(Adoption.id).label("n"))
                 .join(Adoption, Adoption.post_id == Post.id)
                 .where(Post.kind == "article", Post.status == PostStatus.PUBLISHED.value, *only(Post.author_id))
                 .group_by(Post.author_id, Post.id))
    for uid, pid, count in db.session.execute(adoptions):
        earned.update((uid, code, str(pid), pid) for code, threshold in ADOPTION_BADGES if count >= threshold)
    question, asker, answerer = aliased(Post), aliased(User), aliased(User)
    bridges = db.session.execute(
        select(Post.author_id).join(question, question.accepted_answer_id == Post.id)
        .join(asker, asker.id == question.author_id).join(answerer, answerer.id == Post.author_id)
        .where(and_(asker.agency_id != answerer.agency_id), Post.status == PostStatus.PUBLISHED.value,
               question.status == PostStatus.PUBLISHED.value, *only(Post.author_id)).distinct()).scalars()
    earned.update((uid, "jembatan-antarinstansi", "", None) for uid in bridges)
    earned.update((uid, "konsisten-30-hari", "", None) for uid in _streakers(user_ids))
    return earned


def _streakers(user_ids: list[int] | None) -> list[int]:
    # Only members with enough posts can have a streak; their post dates are read and walked in Python
    # so the same code serves SQLite and PostgreSQL.
    live = (Post.status == PostStatus.PUBLISHED.value, under_published_parent())  # the parent-state rule
    query = select(Post.author_id).where(*live).group_by(Post.author_id).having(func.count(Post.id) >= STREAK_DAYS)
    if user_ids is not None:
        query = query.where(Post.author_id.in_(user_ids))
    found = []
    for uid in db.session.execute(query).scalars():
        days = sorted({wib_date(created) for (created,) in db.session.execute(
            select(Post.created_at).where(Post.author_id == uid, *live))})
        run = best = 1
        for before, after in zip(days, days[1:], strict=False):
            run = run + 1 if (after - before).days == 1 else 1
            best = max(best, run)
        if days and best >= STREAK_DAYS:
            found.append(uid)
    return found


_deferred: ContextVar[set[int] | None] = ContextVar("deferred_badges", default=None)


@contextmanager
def badges_deferred() -> Iterator[None]:
    """Collect the members that award_badges() is asked about and award them once, at the end.

    For bulk writers (the demo seed casts hundreds of votes): the badges earned are the same, the
    rules are evaluated once per member instead of once per vote.
    """
    pending: set[int] = set()
    token = _deferred.set(pending)
    try:
        yield
    finally:
        _deferred.reset(token)
    if pending:
        award_badges(sorted(pending))


def award_badges(user_ids: list[int] | None = None) -> int:
    """Record the badges earned and not yet recorded; returns how many were new."""
    pending = _deferred.get()
    if pending is not None and user_ids is not None:
        pending.update(user_ids)
        return 0
    earned = _earned(user_ids)
    if not earned:
        return 0
    have = set(db.session.execute(select(UserBadge.user_id, UserBadge.badge, UserBadge.subject).where(
        *([UserBadge.user_id.in_(user_ids)] if user_ids is not None else []))).all())
    new = [e for e in earned if e[:3] not in have]
    now = utcnow()
    added = 0
    for uid, code, subject, post_id in sorted(new, key=lambda e: (e[0], e[1], e[2])):
        row = UserBadge(user_id=uid, badge=code, subject=subject, post_id=post_id, awarded_at=now)
        try:
            with db.session.begin_nested():
                db.session.add(row)
        except IntegrityError:
            continue  # the same badge was recorded a moment ago by another request: nothing is lost
        added += 1
        badge_awarded.send(row, badge=BADGES[code])
    return added


def badges_of(user: User) -> list[tuple[Badge, UserBadge]]:
    rows = db.session.execute(select(UserBadge).where(UserBadge.user_id == user.id)
                              .order_by(UserBadge.awarded_at.desc(), UserBadge.id.desc())).scalars()
    order = {GOLD: 0, SILVER: 1, BRONZE: 2}
    return sorted(((BADGES[r.badge], r) for r in rows if r.badge in BADGES), key=lambda pair: order[pair[0].tier])
