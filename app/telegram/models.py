"""Telegram: a member's linked chat and choices, the one-time link codes, the bot's state, and the outbox."""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import BigInteger, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.core.timeutil import utcnow
from app.extensions import db

PENDING, SENT, FAILED = "menunggu", "terkirim", "gagal"


class TelegramLink(db.Model):
    """One member, one private chat; `kinds` are the notice kinds sent there (space-separated Kind values)."""

    __tablename__ = "telegram_links"

    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), primary_key=True)
    chat_id: Mapped[int] = mapped_column(BigInteger, unique=True)
    kinds: Mapped[str] = mapped_column(String(400), default="")
    digest: Mapped[bool] = mapped_column(default=False)
    digest_sent_on: Mapped[date | None] = mapped_column()  # the day (WIB) of the last digest queued
    linked_at: Mapped[datetime] = mapped_column(default=utcnow)

    @property
    def kind_list(self) -> list[str]:
        return self.kinds.split()


class TelegramCode(db.Model):
    """The live one-time link code of a member (one at most), kept only as its SHA-256."""

    __tablename__ = "telegram_codes"

    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), primary_key=True)
    code_hash: Mapped[str] = mapped_column(String(64), unique=True)
    expires_at: Mapped[datetime] = mapped_column()


class TelegramBot(db.Model):
    """One row (id 1): the next getUpdates offset and the bot's @username from getMe."""

    __tablename__ = "telegram_bot"

    id: Mapped[int] = mapped_column(primary_key=True)
    update_offset: Mapped[int] = mapped_column(BigInteger, default=0)
    username: Mapped[str | None] = mapped_column(String(64))


class TelegramMessage(db.Model):
    """One message to one chat: queued in the notice's transaction (or by the digest), then sent or given up."""

    __tablename__ = "telegram_messages"
    __table_args__ = {"sqlite_autoincrement": True}

    id: Mapped[int] = mapped_column(primary_key=True)
    # None for a reply to a chat that belongs to no member (a wrong link code)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    chat_id: Mapped[int] = mapped_column(BigInteger)
    # A notice's message is worded when sent (its post may have been hidden meanwhile: then it is dropped);
    # a digest or a reply to a chat carries its text.
    notification_id: Mapped[int | None] = mapped_column(ForeignKey("notifications.id", ondelete="CASCADE"),
                                                        index=True)
    text: Mapped[str | None] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(16), default=PENDING, index=True)
    attempts: Mapped[int] = mapped_column(default=0)
    next_attempt_at: Mapped[datetime | None] = mapped_column(default=utcnow, index=True)
    last_error: Mapped[str | None] = mapped_column(String(500))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    sent_at: Mapped[datetime | None] = mapped_column()
