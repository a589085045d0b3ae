"""The posts table (single-table inheritance), revisions, tags, categories and comments."""
from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from flask import url_for
from sqlalchemy import JSON, Column, ForeignKey, Index, String, Table, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.accounts.models import Agency, User
from app.core.timeutil import utcnow
from app.extensions import db


class PostStatus(StrEnum):
    DRAFT = "draft"
    PUBLISHED = "published"
    HIDDEN = "hidden"
    DELETED = "deleted"


post_tags = Table(
    "post_tags",
    db.metadata,
    Column("post_id", ForeignKey("posts.id", ondelete="CASCADE"), primary_key=True),
    Column("tag_id", ForeignKey("tags.id", ondelete="CASCADE"), primary_key=True, index=True),
)


class Tag(db.Model):
    __tablename__ = "tags"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(40), unique=True)
    description: Mapped[str | None] = mapped_column(String(500))
    is_value: Mapped[bool] = mapped_column(default=False)  # one of the seven BerAKHLAK core values
    post_count: Mapped[int] = mapped_column(default=0)  # published top-level posts carrying it
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class Category(db.Model):
    __tablename__ = "categories"

    id: Mapped[int] = mapped_column(primary_key=True)
    slug: Mapped[str] = mapped_column(String(80), unique=True)
    name: Mapped[str] = mapped_column(String(120))
    description: Mapped[str | None] = mapped_column(String(500))
    position: Mapped[int] = mapped_column(default=0)
    thread_count: Mapped[int] = mapped_column(default=0)


class Post(db.Model):
    """Every article, thread, reply, question and answer; subclasses live in their feature packages."""

    __tablename__ = "posts"
    __table_args__ = (
        Index("ix_posts_kind_status_activity", "kind", "status", "last_activity_at"),
        Index("ix_posts_kind_status_created", "kind", "status", "created_at"),
        # Threads list pinned ones first: these serve that order without sorting every thread.
        Index("ix_posts_kind_status_pinned_activity", "kind", "status", "pinned", "last_activity_at"),
        Index("ix_posts_kind_status_pinned_created", "kind", "status", "pinned", "created_at"),
        # The leaders' post counts (published posts per author or agency since a date) read only these.
        Index("ix_posts_author_status_created", "author_id", "status", "created_at"),
        Index("ix_posts_agency_status_created", "agency_id", "status", "created_at"),
        Index("ix_posts_parent_status_created", "parent_id", "status", "created_at"),
        Index("ix_posts_author_kind_created", "author_id", "kind", "created_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))
    author_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    agency_id: Mapped[int] = mapped_column(ForeignKey("agencies.id"), index=True)
    title: Mapped[str | None] = mapped_column(String(255))
    slug: Mapped[str | None] = mapped_column(String(120))
    body_md: Mapped[str] = mapped_column(Text)
    body_html: Mapped[str] = mapped_column(Text)
    score: Mapped[int] = mapped_column(default=0)
    status: Mapped[str] = mapped_column(String(16), default=PostStatus.PUBLISHED.value)
    locked: Mapped[bool] = mapped_column(default=False)
    pinned: Mapped[bool] = mapped_column(default=False)
    featured: Mapped[bool] = mapped_column(default=False)
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("posts.id", ondelete="CASCADE"))
    category_id: Mapped[int | None] = mapped_column(ForeignKey("categories.id"), index=True)
    accepted_answer_id: Mapped[int | None] = mapped_column(ForeignKey("posts.id", ondelete="SET NULL"))
    # Tanya OPD (questions only): the agency asked, and the answer it marked official. No foreign keys (see
    # migration 0025_tanya_opd).
    addressed_agency_id: Mapped[int | None] = mapped_column(index=True)
    official_answer_id: Mapped[int | None] = mapped_column()
    child_count: Mapped[int] = mapped_column(default=0)  # published answers or replies
    comment_count: Mapped[int] = mapped_column(default=0)
    revision_count: Mapped[int] = mapped_column(default=0)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)
    last_activity_at: Mapped[datetime] = mapped_column(default=utcnow)
    edited_at: Mapped[datetime | None] = mapped_column()
    editor_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    deleted_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    # A question closed as a duplicate points at the original; a thread merged into another at its target.
    duplicate_of_id: Mapped[int | None] = mapped_column(ForeignKey("posts.id", ondelete="SET NULL"))
    merged_into_id: Mapped[int | None] = mapped_column(ForeignKey("posts.id", ondelete="SET NULL"))

    author: Mapped[User] = relationship(foreign_keys=[author_id], lazy="raise_on_sql")
    agency: Mapped[Agency] = relationship(lazy="raise_on_sql")
    editor: Mapped[User | None] = relationship(foreign_keys=[editor_id], lazy="raise_on_sql")
    category: Mapped[Category | None] = relationship(lazy="raise_on_sql")
    tags: Mapped[list[Tag]] = relationship(secondary=post_tags, lazy="raise_on_sql", order_by=Tag.name)

    __mapper_args__ = {"polymorphic_on": "kind", "polymorphic_identity": "post"}

    # What the edit form offers for this kind; subclasses say more.
    editable_fields: tuple[str, ...] = ("body",)

    def url(self, **kwargs) -> str:
        return url_for("content.show_post", post_id=self.id, **kwargs)

    def revision_facts(self) -> dict | None:
        """The kind's own fields that revisions keep besides title, text and tags (an article's stage, start
        date and indicators); None when the kind has none."""
        return None

    def restore_facts(self, facts: dict) -> None:
        """Write back what revision_facts() gave (an edit, a revert, an approved suggestion)."""

    @property
    def is_visible(self) -> bool:
        return self.status == PostStatus.PUBLISHED

    @property
    def tag_names(self) -> list[str]:
        return [tag.name for tag in self.tags]


class Revision(db.Model):
    """One version of a post: the first is the original, every edit and revert adds one."""

    __tablename__ = "revisions"
    __table_args__ = (UniqueConstraint("post_id", "number", name="uq_revisions_post_number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    post_id: Mapped[int] = mapped_column(ForeignKey("posts.id", ondelete="CASCADE"), index=True)
    number: Mapped[int] = mapped_column()
    editor_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    summary: Mapped[str | None] = mapped_column(String(255))
    title: Mapped[str | None] = mapped_column(String(255))
    body_md: Mapped[str] = mapped_column(Text)
    tags: Mapped[str] = mapped_column(String(255), default="")  # comma-separated, as shown
    reverted_from: Mapped[int | None] = mapped_column()  # the number this revision restored
    facts: Mapped[dict | None] = mapped_column(JSON, nullable=True)  # Post.revision_facts() at this revision
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    editor: Mapped[User] = relationship(lazy="raise_on_sql")


class Comment(db.Model):
    """A short note under a question or an answer; no revisions."""

    __tablename__ = "comments"
    __table_args__ = (Index("ix_comments_post_status_created", "post_id", "status", "created_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    post_id: Mapped[int] = mapped_column(ForeignKey("posts.id", ondelete="CASCADE"))
    author_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    body_md: Mapped[str] = mapped_column(Text)
    body_html: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(16), default=PostStatus.PUBLISHED.value)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    author: Mapped[User] = relationship(lazy="raise_on_sql")
