"""Review when a practice ages (issue #20, item 2).

Each published article has a review date (posts.review_due_on): PRACTICE_REVIEW_MONTHS after publication or
after its last review. A review is a dated row of practice_reviews:

- "current" ("Masih berlaku"): by the author or an editor who may edit directly (the rule of editing the
  article); +REPUTATION_PRACTICE_REVIEW to the reviewer at most once a year per member per article (the
  ledger, reason `practice_review`); makes an obsolete practice current again.
- "obsolete" ("Tidak berlaku lagi", a reason required): shown on the article, lowered in search, never deleted.
- "edit": a substantive edit by the author (its text or its stage/indicators change; a title or tag change
  alone is not) counts as a review: it moves the date, gives no points and leaves "obsolete" as it is.

`remind()` (`flask practices remind`, daily) tells the author and the followers once per due date.
"""
from __future__ import annotations

from datetime import date, datetime, timedelta

from flask import current_app
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from sqlalchemy import ForeignKey, Index, String, func, select
from sqlalchemy.orm import Mapped, joinedload, mapped_column, relationship

from app.accounts.models import Agency, User
from app.articles.models import Article
from app.content.models import PostStatus
from app.core.errors import ValidationFailed
from app.core.timeutil import utcnow, wib_date
from app.extensions import db
from app.notifications.models import Kind
from app.notifications.services import Event, deliver, post_followers
from app.reputation import ledger, rules
from app.reputation.models import ReputationEvent
from app.search.outbox import queue_posts

CURRENT, OBSOLETE, EDITED = "current", "obsolete", "edit"
OUTCOMES = {CURRENT: _l("Masih berlaku"), OBSOLETE: _l("Tidak berlaku lagi"), EDITED: _l("Diperbarui")}
NOTE_MAX = 500


class PracticeReview(db.Model):
    __tablename__ = "practice_reviews"
    __table_args__ = (Index("ix_practice_reviews_post_created", "post_id", "created_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    post_id: Mapped[int] = mapped_column(ForeignKey("posts.id", ondelete="CASCADE"))
    reviewer_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    outcome: Mapped[str] = mapped_column(String(16))
    note: Mapped[str | None] = mapped_column(String(500))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    reviewer: Mapped[User | None] = relationship(lazy="raise_on_sql")


def add_months(day: date, months: int) -> date:
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    for last in (day.day, 30, 29, 28):
        try:
            return date(year, month, min(day.day, last))
        except ValueError:
            continue
    raise ValueError(day)  # pragma: no cover


def today() -> date:
    return wib_date(utcnow())


def next_due(start: date | None = None) -> date:
    return add_months(start or today(), int(current_app.config["PRACTICE_REVIEW_MONTHS"]))


def start_clock(article: Article) -> None:
    """A newly published practice gets its first review date (kept when it already has one)."""
    if article.kind == "article" and article.status == PostStatus.PUBLISHED and article.review_due_on is None:
        article.review_due_on = next_due()


def state_of(article: Article) -> str:
    """"obsolete", "due" (the date is today or past) or "current"."""
    if article.obsolete_at is not None:
        return OBSOLETE
    if article.review_due_on is not None and article.review_due_on <= today():
        return "due"
    return CURRENT


def last_review(article: Article) -> PracticeReview | None:
    return db.session.execute(
        select(PracticeReview).options(joinedload(PracticeReview.reviewer))
        .where(PracticeReview.post_id == article.id).order_by(PracticeReview.created_at.desc(),
                                                               PracticeReview.id.desc()).limit(1)).scalar_one_or_none()


def _earned_this_year(user_id: int, post_id: int) -> bool:
    since = utcnow() - timedelta(days=365)
    return db.session.execute(select(func.count()).select_from(ReputationEvent).where(
        ReputationEvent.user_id == user_id, ReputationEvent.post_id == post_id,
        ReputationEvent.reason == rules.PRACTICE_REVIEW, ReputationEvent.delta > 0,
        ReputationEvent.created_at >= since)).scalar_one() > 0


def review(article: Article, reviewer: User, outcome: str, note: str | None) -> PracticeReview:
    """Record a review (the caller checked who may); the view commits."""
    note = (note or "").strip()[:NOTE_MAX] or None
    if outcome not in (CURRENT, OBSOLETE):
        raise ValidationFailed(_("Pilih hasil tinjauan: Masih berlaku atau Tidak berlaku lagi."), field="outcome")
    if outcome == OBSOLETE and not note:
        raise ValidationFailed(_("Tuliskan alasan mengapa praktik ini tidak berlaku lagi."), field="note")
    if article.status != PostStatus.PUBLISHED:
        raise ValidationFailed(_("Hanya praktik yang sudah terbit yang dapat ditinjau."))
    row = PracticeReview(post_id=article.id, reviewer_id=reviewer.id, outcome=outcome, note=note, created_at=utcnow())
    db.session.add(row)
    was_obsolete = article.obsolete_at is not None
    # Points reward a review that was asked for (due, or bringing back an obsolete practice), not clicks on
    # practices reviewed a week ago.
    asked_for = was_obsolete or (article.review_due_on is not None and article.review_due_on <= today())
    if outcome == OBSOLETE:
        article.obsolete_at = article.obsolete_at or utcnow()
    else:
        article.obsolete_at = None
        article.review_due_on = next_due()
        ledger.lock_user(reviewer.id)
        if asked_for and not _earned_this_year(reviewer.id, article.id):
            ledger.record(reviewer.id, int(current_app.config["REPUTATION_PRACTICE_REVIEW"]), rules.PRACTICE_REVIEW,
                          post_id=article.id, actor_id=reviewer.id)
    if was_obsolete != (article.obsolete_at is not None):
        queue_posts(db.session, [article.id])  # search ranks an obsolete practice lower
    db.session.flush()
    return row


def count_edit(article: Article, editor: User, before: tuple, after: tuple) -> None:
    """A substantive edit by the author (text or facts changed) is a review: the date moves, no points."""
    if editor.id != article.author_id or article.status != PostStatus.PUBLISHED or before == after:
        return
    db.session.add(PracticeReview(post_id=article.id, reviewer_id=editor.id, outcome=EDITED, created_at=utcnow()))
    article.review_due_on = next_due()


def due_query(agency: Agency | None = None):
    """Published practices whose review date is today or past, and the obsolete ones, oldest first."""
    query = (select(Article).where(Article.status == PostStatus.PUBLISHED.value,
                                   (Article.review_due_on <= today()) | Article.obsolete_at.is_not(None))
             .options(joinedload(Article.author), joinedload(Article.agency))
             .order_by(Article.review_due_on, Article.id))
    if agency is not None:
        query = query.where(Article.agency_id == agency.id)
    return query


def remind() -> int:
    """Tell the author and the followers of every practice that came due; once per due date (the date
    reminded of is kept), so running it twice tells nobody twice. Returns the notices made."""
    made = 0
    due = db.session.execute(select(Article).where(
        Article.status == PostStatus.PUBLISHED.value, Article.obsolete_at.is_(None), Article.review_due_on <= today(),
        (Article.review_reminded_on.is_(None)) | (Article.review_reminded_on != Article.review_due_on))).scalars()
    for article in due:
        event = Event(Kind.REVIEW_DUE, None, post_id=article.id, topic_id=article.id,
                      ref=article.review_due_on.isoformat(), group=f"{Kind.REVIEW_DUE.value}:{article.id}")
        made += len(deliver([(uid, event) for uid in [article.author_id, *post_followers(article.id)]]))
        article.review_reminded_on = article.review_due_on
    db.session.flush()
    return made
