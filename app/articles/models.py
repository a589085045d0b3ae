"""The article kind of post, and the edits that wait for review (usulan suntingan)."""
from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from flask import url_for
from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.accounts.models import User
from app.content.models import Post
from app.core.timeutil import utcnow
from app.extensions import db


class Article(Post):
    __mapper_args__ = {"polymorphic_identity": "article"}

    editable_fields = ("title", "body", "tags")

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
