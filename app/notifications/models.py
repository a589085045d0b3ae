"""Notices (one row per recipient and event), watches of posts, tags and categories, and mail preferences."""
from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.accounts.models import User
from app.content.models import Comment, Post
from app.core.timeutil import utcnow
from app.extensions import db


class Kind(StrEnum):
    ANSWER = "answer"  # an answer under a question the recipient asked or watches
    REPLY = "reply"  # a reply in a thread the recipient started or watches
    COMMENT = "comment"  # a comment on the recipient's post (or a watched one)
    MENTION = "mention"  # @handle in a post or a comment
    NEW_POST = "new_post"  # a new top-level post in a watched tag or category
    ACCEPTED = "accepted"  # the recipient's answer was accepted
    ADOPTED = "adopted"  # another agency adopted the recipient's article
    AWARD = "award"
    BADGE = "badge"
    MODERATION = "moderation"  # a moderator acted on the recipient's post
    EDIT_REVIEW = "edit_review"  # a suggested edit of the recipient's article waits for review
    EDIT_REVIEWED = "edit_reviewed"  # the recipient's suggested edit was approved or rejected
    VERIFICATION = "verification"  # the recipient's verification as ASN was approved, refused or withdrawn
    REVIEW_DUE = "review_due"  # a practice the recipient wrote or follows is due for review (ref: the due date)
    OPD_QUESTION = "opd_question"  # a question was addressed to the agency the recipient answers for
    OPD_REMINDER = "opd_reminder"  # a question addressed to the recipient's agency still waits
    OPD_OVERDUE = "opd_overdue"  # (leaders) a question to their agency waits past OPD_ANSWER_DAYS


class EmailChoice(StrEnum):
    IMMEDIATE = "langsung"
    DIGEST = "harian"  # "ringkasan harian", the default
    OFF = "mati"


EMAIL_VALUES = ", ".join(f"'{choice.value}'" for choice in EmailChoice)


class Notification(db.Model):
    """One notice for one recipient about one event.

    `group_key` (kind and top-level post, or kind and object) lets the list and the mails collapse several
    notices about one thread into one line ("3 balasan baru di ..."). `topic_id` is the top-level post, so a
    notice disappears when its thread is hidden or deleted, not only when its own post is.
    """

    __tablename__ = "notifications"
    __table_args__ = (
        Index("ix_notifications_user_read", "user_id", "read_at"),
        Index("ix_notifications_user_group", "user_id", "group_key"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(20))
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    post_id: Mapped[int | None] = mapped_column(ForeignKey("posts.id", ondelete="CASCADE"), index=True)
    topic_id: Mapped[int | None] = mapped_column(ForeignKey("posts.id", ondelete="CASCADE"), index=True)
    comment_id: Mapped[int | None] = mapped_column(ForeignKey("comments.id", ondelete="CASCADE"), index=True)
    group_key: Mapped[str] = mapped_column(String(64))
    # What the kind needs besides the post: an award's number, a badge's code, a moderation action, a
    # decision (ref); the award's title, the moderator's reason, the reviewer's note (text); the id of the
    # award, badge row, adoption or suggestion (subject_id).
    ref: Mapped[str | None] = mapped_column(String(64))
    text: Mapped[str | None] = mapped_column(String(500))
    subject_id: Mapped[int | None] = mapped_column()
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    read_at: Mapped[datetime | None] = mapped_column()
    emailed_at: Mapped[datetime | None] = mapped_column()  # mailed, or covered by an earlier mail of its group

    actor: Mapped[User | None] = relationship(foreign_keys=[actor_id], lazy="raise_on_sql")
    post: Mapped[Post | None] = relationship(foreign_keys=[post_id], lazy="raise_on_sql")
    topic: Mapped[Post | None] = relationship(foreign_keys=[topic_id], lazy="raise_on_sql")
    comment: Mapped[Comment | None] = relationship(lazy="raise_on_sql")


class Watch(db.Model):
    """A member follows one post, tag or category; `watching` False keeps an explicit "stop following"
    (so the author of a thread who unfollowed it is not brought back by the next reply)."""

    __tablename__ = "watches"
    __table_args__ = (
        UniqueConstraint("user_id", "post_id", name="uq_watches_user_post"),
        UniqueConstraint("user_id", "tag_id", name="uq_watches_user_tag"),
        UniqueConstraint("user_id", "category_id", name="uq_watches_user_category"),
        CheckConstraint("(CASE WHEN post_id IS NULL THEN 0 ELSE 1 END) + (CASE WHEN tag_id IS NULL THEN 0 ELSE 1 END)"
                        " + (CASE WHEN category_id IS NULL THEN 0 ELSE 1 END) = 1", name="one_target"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    post_id: Mapped[int | None] = mapped_column(ForeignKey("posts.id", ondelete="CASCADE"), index=True)
    tag_id: Mapped[int | None] = mapped_column(ForeignKey("tags.id", ondelete="CASCADE"), index=True)
    category_id: Mapped[int | None] = mapped_column(ForeignKey("categories.id", ondelete="CASCADE"), index=True)
    watching: Mapped[bool] = mapped_column(default=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class NotificationSetting(db.Model):
    """A member's mail preference; no row means the default, the daily digest."""

    __tablename__ = "notification_settings"
    __table_args__ = (CheckConstraint(f"email IN ({EMAIL_VALUES})", name="email_known"),)

    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), primary_key=True)
    email: Mapped[str] = mapped_column(String(16), default=EmailChoice.DIGEST.value)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)
