"""Flags (laporan), the one review queue, the audit log of moderation actions, and notes on members."""
from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from sqlalchemy import JSON, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.accounts.models import User
from app.content.models import Post
from app.core.timeutil import utcnow
from app.extensions import db


class FlagReason(StrEnum):
    SPAM = "spam"
    OFFENSIVE = "offensive"
    OFF_TOPIC = "off_topic"
    DUPLICATE = "duplicate"
    PERSONAL_DATA = "personal_data"  # exposes citizens' data (NIK, address ...): one trusted flag hides it
    OTHER = "other"


class FlagStatus(StrEnum):
    OPEN = "open"
    DISMISSED = "dismissed"  # a moderator found nothing wrong
    ACTIONED = "actioned"  # a moderator acted on the post


class Flag(db.Model):
    """One member's report of one post (one per member per post)."""

    __tablename__ = "flags"
    __table_args__ = (UniqueConstraint("post_id", "user_id", name="uq_flags_post_user"),
                      Index("ix_flags_post_status", "post_id", "status"))

    id: Mapped[int] = mapped_column(primary_key=True)
    post_id: Mapped[int] = mapped_column(ForeignKey("posts.id", ondelete="CASCADE"))
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    reason: Mapped[str] = mapped_column(String(16))
    note: Mapped[str | None] = mapped_column(String(500))
    trusted: Mapped[bool] = mapped_column(default=False)  # the flagger's standing when they flagged
    status: Mapped[str] = mapped_column(String(16), default=FlagStatus.OPEN.value)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    resolved_at: Mapped[datetime | None] = mapped_column()
    resolved_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))

    user: Mapped[User] = relationship(foreign_keys=[user_id], lazy="raise_on_sql")


class ReviewKind(StrEnum):
    FLAG = "flag"  # a post with open flags
    FIRST_POST = "first_post"  # the first post of a new member
    EDIT = "edit"  # an edit suggestion waiting for review


class ReviewItem(db.Model):
    """One entry of the review queue at /moderation/: open until someone resolves it."""

    __tablename__ = "review_items"
    __table_args__ = (Index("ix_review_items_status_kind_created", "status", "kind", "created_at"),
                      Index("ix_review_items_post_kind_status", "post_id", "kind", "status"))

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))
    post_id: Mapped[int] = mapped_column(ForeignKey("posts.id", ondelete="CASCADE"))
    suggestion_id: Mapped[int | None] = mapped_column(ForeignKey("edit_suggestions.id", ondelete="CASCADE"))
    status: Mapped[str] = mapped_column(String(16), default="open")  # open, done
    claimed_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    claimed_at: Mapped[datetime | None] = mapped_column()
    resolved_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    resolved_at: Mapped[datetime | None] = mapped_column()
    resolution: Mapped[str | None] = mapped_column(String(32))  # approved, dismissed, or the action taken
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    post: Mapped[Post] = relationship(lazy="raise_on_sql")
    claimed_by: Mapped[User | None] = relationship(foreign_keys=[claimed_by_id], lazy="raise_on_sql")


class ModerationAction(db.Model):
    """The audit log: who did what to which post or member, why, and the state before and after."""

    __tablename__ = "moderation_actions"
    __table_args__ = (Index("ix_moderation_actions_action_created", "action", "created_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"), index=True)
    action: Mapped[str] = mapped_column(String(32))
    post_id: Mapped[int | None] = mapped_column(ForeignKey("posts.id", ondelete="SET NULL"), index=True)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"), index=True)
    reason: Mapped[str | None] = mapped_column(String(500))
    before: Mapped[dict | None] = mapped_column(JSON)
    after: Mapped[dict | None] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)

    actor: Mapped[User | None] = relationship(foreign_keys=[actor_id], lazy="raise_on_sql")
    user: Mapped[User | None] = relationship(foreign_keys=[user_id], lazy="raise_on_sql")
    post: Mapped[Post | None] = relationship(lazy="raise_on_sql")


class UserNote(db.Model):
    """A moderator's note on a member, seen only by moderators."""

    __tablename__ = "user_notes"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    author_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    body: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    author: Mapped[User | None] = relationship(foreign_keys=[author_id], lazy="raise_on_sql")
