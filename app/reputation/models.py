"""Votes and the reputation ledger (append-only: corrections are new rows, never edits or deletions);
adoptions of articles by other agencies and leaders' awards."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, Column, ForeignKey, Index, String, Table, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.accounts.models import Agency, User
from app.content.models import Post
from app.core.timeutil import utcnow
from app.extensions import db


class Vote(db.Model):
    """One member's vote on one post; withdrawing sets the value to 0 so the ledger can point at it."""

    __tablename__ = "votes"
    __table_args__ = (
        UniqueConstraint("user_id", "post_id", name="uq_votes_user_post"),
        CheckConstraint("value IN (-1, 0, 1)", name="value_known"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    post_id: Mapped[int] = mapped_column(ForeignKey("posts.id", ondelete="CASCADE"), index=True)
    value: Mapped[int] = mapped_column(default=0)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)


class ReputationEvent(db.Model):
    __tablename__ = "reputation_events"
    __table_args__ = (
        Index("ix_reputation_events_user_created", "user_id", "created_at"),
        Index("ix_reputation_events_created", "created_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    delta: Mapped[int] = mapped_column()
    reason: Mapped[str] = mapped_column(String(32))
    post_id: Mapped[int | None] = mapped_column(ForeignKey("posts.id", ondelete="SET NULL"), index=True)
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    vote_id: Mapped[int | None] = mapped_column(ForeignKey("votes.id", ondelete="SET NULL"), index=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    actor: Mapped[User | None] = relationship(foreign_keys=[actor_id], lazy="raise_on_sql")


class ReputationRollup(db.Model):
    """The ledger summed per user and calendar period in WIB, kept by `ledger.record()` in the same transaction
    (app/reputation/rollups.py): span 'all' (period ''), 'year' ('2026'), 'quarter' ('2026-Q4'), 'month'
    ('2026-11') and 'day' ('2026-11-26').

    from_own / from_other split the points by the actor's agency against the user's, as both were when the
    event was written (the ledger does not keep agencies, so a rebuild uses the agencies of the day).
    """

    __tablename__ = "reputation_rollups"
    __table_args__ = (
        CheckConstraint("span IN ('all', 'year', 'quarter', 'month', 'day')", name="span_known"),
        # Rankings read a period in order of points; the shares ride along so that the index alone answers.
        Index("ix_reputation_rollups_span_period_gained", "span", "period", "gained", "from_own", "from_other"),
        {"sqlite_with_rowid": False},  # SQLite: rows stored in primary-key order, one lookup per row
    )

    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), primary_key=True)
    span: Mapped[str] = mapped_column(String(8), primary_key=True)
    period: Mapped[str] = mapped_column(String(10), primary_key=True)
    gained: Mapped[int] = mapped_column(default=0)
    from_own: Mapped[int] = mapped_column(default=0)
    from_other: Mapped[int] = mapped_column(default=0)


class Adoption(db.Model):
    """Agency B records that it adopted an article of agency X ("Diterapkan oleh"), later with its outcome."""

    __tablename__ = "adoptions"
    __table_args__ = (UniqueConstraint("post_id", "agency_id", name="uq_adoptions_post_agency"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    post_id: Mapped[int] = mapped_column(ForeignKey("posts.id", ondelete="CASCADE"))
    agency_id: Mapped[int] = mapped_column(ForeignKey("agencies.id"), index=True)
    recorded_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    note: Mapped[str] = mapped_column(Text)
    outcome: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    outcome_at: Mapped[datetime | None] = mapped_column()

    agency: Mapped[Agency] = relationship(lazy="raise_on_sql")
    recorded_by: Mapped[User] = relationship(lazy="raise_on_sql")


award_posts = Table(
    "award_posts",
    db.metadata,
    Column("award_id", ForeignKey("awards.id", ondelete="CASCADE"), primary_key=True),
    Column("post_id", ForeignKey("posts.id", ondelete="CASCADE"), primary_key=True, index=True),
)


class Award(db.Model):
    """A leader's recognition of a member, with a numbered certificate that anyone can verify."""

    __tablename__ = "awards"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(32), unique=True)  # SIMPUL-2026-0001, sequential per year (WIB)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    # The recipient's agency on the day of the award: a certificate does not change when its holder moves.
    agency_id: Mapped[int] = mapped_column(ForeignKey("agencies.id"))
    awarded_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    title: Mapped[str] = mapped_column(String(160))
    citation: Mapped[str] = mapped_column(Text)
    points: Mapped[int] = mapped_column(default=0)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    recipient: Mapped[User] = relationship(foreign_keys=[user_id], lazy="raise_on_sql")
    agency: Mapped[Agency] = relationship(lazy="raise_on_sql")
    awarded_by: Mapped[User] = relationship(foreign_keys=[awarded_by_id], lazy="raise_on_sql")
    posts: Mapped[list[Post]] = relationship(secondary=award_posts, lazy="raise_on_sql", order_by=Post.id)
