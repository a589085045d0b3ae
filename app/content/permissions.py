"""Who may see, edit, delete and comment on posts: each rule written once."""
from __future__ import annotations

from flask_babel import gettext as _

from app.accounts.roles import Permission
from app.content.models import Post, PostStatus
from app.core.errors import NotFound, PermissionDenied
from app.core.permissions import can


def _active(user) -> bool:
    return bool(user is not None and getattr(user, "is_authenticated", False) and not user.is_suspended)


def is_moderator(user) -> bool:
    return can(user, Permission.MODERATE)


def can_view(user, post: Post) -> bool:
    if post.status == PostStatus.PUBLISHED:
        return True
    if post.status == PostStatus.DRAFT:
        return _active(user) and user.id == post.author_id
    return is_moderator(user)  # hidden and deleted posts are gone for members


def can_edit(user, post: Post) -> bool:
    if not _active(user) or not can_view(user, post):
        return False
    if is_moderator(user):
        return True
    if post.locked or post.status != PostStatus.PUBLISHED and post.status != PostStatus.DRAFT:
        return False
    if post.kind == "article" and post.status == PostStatus.PUBLISHED:
        return True  # the wiki: any member improves any published article
    return user.id == post.author_id


def can_delete(user, post: Post) -> bool:
    if not _active(user) or post.status == PostStatus.DELETED:
        return False
    return is_moderator(user) or (user.id == post.author_id and not post.locked)


def can_restore(user, post: Post) -> bool:
    if not _active(user) or post.status != PostStatus.DELETED:
        return False
    # An author restores what they deleted themselves, not what a moderator removed.
    return is_moderator(user) or user.id == post.author_id == post.deleted_by_id


def can_contribute(user, parent: Post) -> bool:
    """Answer, reply or comment under this post."""
    return _active(user) and parent.status == PostStatus.PUBLISHED and (not parent.locked or is_moderator(user))


def ensure_visible(user, post: Post | None) -> Post:
    if post is None or not can_view(user, post):
        raise NotFound(_("Kiriman tidak ditemukan."))
    return post


def ensure(allowed: bool, message: str | None = None) -> None:
    if not allowed:
        raise PermissionDenied(message or _("Anda tidak memiliki izin untuk melakukan tindakan ini."))
