"""The article kind of post, and the edits that wait for review (usulan suntingan)."""
from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum

from flask import url_for
from sqlalchemy import JSON, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.accounts.models import User
from app.articles.facts import apply_facts, facts_of
from app.content.models import Post
from app.core.timeutil import utcnow
from app.extensions import db


class Article(Post):
    # "inline": a query of Post (lists, search documents) loads these columns too, never one query per row.
    __mapper_args__ = {"polymorphic_identity": "article", "polymorphic_load": "inline"}

    editable_fields = ("title", "body", "tags")

    # Columns of the posts table that only articles use (app/articles/facts.py has their rules).
    stage: Mapped[str | None] = mapped_column(String(16), nullable=True)  # ide, uji_coba, diterapkan, direplikasi
    started_on: Mapped[date | None] = mapped_column(nullable=True)  # "Mulai diterapkan"
    indicators: Mapped[list | None] = mapped_column(JSON, nullable=True)  # [{name, unit, before, after, source}]
    # Review when it ages (app/articles/reviews.py): the next due date, the due date already reminded of,
    # and when it was marked "Tidak berlaku lagi" (None: current).
    review_due_on: Mapped[date | None] = mapped_column(nullable=True)
    review_reminded_on: Mapped[date | None] = mapped_column(nullable=True)
    obsolete_at: Mapped[datetime | None] = mapped_column(nullable=True)

    def revision_facts(self) -> dict | None:
        return facts_of(self)

    def restore_facts(self, facts: dict) -> None:
        apply_facts(self, facts)

    def url(self, **kwargs) -> str:
        return url_for("articles.show", post_id=self.id, slug=self.slug, **kwargs)


class SuggestionStatus(StrEnum):
    PENDING = "pending"
    APPROVED = "approved"
    REJECTED = "rejected"
    WITHDRAWN = "withdrawn"


class EditSuggestion(db.Model):
    """An edit of someone else's article by a member below the direct-edit threshold, waiting for review.

    It holds the whole proposed text; approving it writes a revision in the editor's name. A member has at
    most one pending suggestion per article (sending again updates it), kept by the service under the
    article's row lock.
    """

    __tablename__ = "edit_suggestions"
    __table_args__ = (Index("ix_edit_suggestions_post_status", "post_id", "status"),
                      Index("ix_edit_suggestions_status_created", "status", "created_at"))

    id: Mapped[int] = mapped_column(primary_key=True)
    post_id: Mapped[int] = mapped_column(ForeignKey("posts.id", ondelete="CASCADE"))
    editor_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    base_number: Mapped[int] = mapped_column()  # the revision the editor started from
    title: Mapped[str] = mapped_column(String(255))
    body_md: Mapped[str] = mapped_column(Text)
    tags: Mapped[str] = mapped_column(String(255), default="")  # comma-separated, as in revisions
    summary: Mapped[str | None] = mapped_column(String(255))
    facts: Mapped[dict | None] = mapped_column(JSON, nullable=True)  # stage, start date, indicators proposed
    status: Mapped[str] = mapped_column(String(16), default=SuggestionStatus.PENDING.value)
    reviewer_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    review_note: Mapped[str | None] = mapped_column(String(500))
    revision_number: Mapped[int | None] = mapped_column()  # the revision that approval wrote
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)
    reviewed_at: Mapped[datetime | None] = mapped_column()

    editor: Mapped[User] = relationship(foreign_keys=[editor_id], lazy="raise_on_sql")
    reviewer: Mapped[User | None] = relationship(foreign_keys=[reviewer_id], lazy="raise_on_sql")

    @property
    def is_pending(self) -> bool:
        return self.status == SuggestionStatus.PENDING

    def url(self, **kwargs) -> str:
        return url_for("articles.suggestion", post_id=self.post_id, suggestion_id=self.id, **kwargs)
