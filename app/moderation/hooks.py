"""What other packages' events put in the review queue and the audit log."""
from __future__ import annotations

from datetime import timedelta

from flask import Flask, current_app
from sqlalchemy import func, select

from app.content.models import Post, PostStatus
from app.content.signals import edit_suggested, post_created, post_edited, post_status_changed
from app.core.permissions import can
from app.core.roles import Permission
from app.core.timeutil import utcnow
from app.extensions import db
from app.moderation import audit
from app.moderation.flags import open_item
from app.moderation.models import ReviewKind

_installed = False


def _queue_if_first(post: Post, author) -> None:
    """A new member's first published post waits in the queue for a look (it is published meanwhile)."""
    if post.status != PostStatus.PUBLISHED or author is None or can(author, Permission.MODERATE):
        return
    joined = author.created_at or utcnow()
    if utcnow() - joined > timedelta(days=int(current_app.config["REVIEW_FIRST_POSTS_DAYS"])):
        return  # a member of long standing who posts for the first time is not a stranger
    published = db.session.execute(select(func.count(Post.id)).where(
        Post.author_id == post.author_id, Post.status == PostStatus.PUBLISHED.value)).scalar_one()
    if published == 1:
        open_item(ReviewKind.FIRST_POST, post)


def on_post_created(post: Post, author=None, **_) -> None:
    _queue_if_first(post, author)


def on_post_status_changed(post: Post, old: str, new: str, actor=None, **_) -> None:
    if old == PostStatus.DRAFT and new == PostStatus.PUBLISHED:
        _queue_if_first(post, actor)


def on_edit_suggested(suggestion, post: Post, actor=None, **_) -> None:
    open_item(ReviewKind.EDIT, post, suggestion.id)


def on_post_edited(post: Post, editor=None, revision=None, **_) -> None:
    """A moderator's edit of someone else's post is a moderation action: it goes in the log."""
    if editor is not None and editor.id != post.author_id and can(editor, Permission.MODERATE):
        audit.write("edit", editor, post=post, reason=revision.summary if revision else None,
                    after={"revision": revision.number} if revision else None)


def install(app: Flask) -> None:
    global _installed
    if not _installed:
        post_created.connect(on_post_created)
        post_status_changed.connect(on_post_status_changed)
        edit_suggested.connect(on_edit_suggested)
        post_edited.connect(on_post_edited)
        _installed = True
