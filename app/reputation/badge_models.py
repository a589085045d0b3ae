"""Badges (Lencana) a member has earned."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.core.timeutil import utcnow
from app.extensions import db


class UserBadge(db.Model):
    __tablename__ = "user_badges"
    __table_args__ = (UniqueConstraint("user_id", "badge", "subject", name="uq_user_badges_user_badge_subject"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    badge: Mapped[str] = mapped_column(String(40))
    # "" for a badge earned once; the post id for badges earned per post (a post that reached score 25).
    subject: Mapped[str] = mapped_column(String(20), default="")
    post_id: Mapped[int | None] = mapped_column(ForeignKey("posts.id", ondelete="SET NULL"))
    awarded_at: Mapped[datetime] = mapped_column(default=utcnow)


class BadgeCheck(db.Model):
    """A member whose badge rules should run again (app/reputation/badge_queue.py drains these)."""
    __tablename__ = "badge_checks"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    queued_at: Mapped[datetime] = mapped_column(default=utcnow)
