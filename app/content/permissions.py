"""Who may see, edit, delete and comment on posts: each rule written once.

The parent-state rule lives here: an action on a post is judged on the whole chain from the post up to its
top-level post (`chain`), by one helper (`parent_state_refusal`), so an answer under a hidden question or a
reply in a locked discussion is refused exactly as the question or the discussion itself would be.
"""
from __future__ import annotations

from flask_babel import gettext as _
from sqlalchemy import select

from app.accounts.trust import confirmation_refusal
from app.content.models import Post, PostStatus
from app.core.errors import DomainError, NotFound, PermissionDenied, ValidationFailed
from app.core.permissions import can
from app.core.roles import Permission
from app.extensions import db


def _active(user) -> bool:
    return bool(user is not None and getattr(user, "is_authenticated", False) and not user.is_suspended)


def is_moderator(user) -> bool:
    return can(user, Permission.MODERATE)


def chain(post: Post) -> list[Post]:
    """The post, its parent, and so on up to its top-level post (parents come from the session when loaded)."""
    links, seen = [post], {post.id}
    while links[-1].parent_id is not None and links[-1].parent_id not in seen:
        parent = db.session.get(Post, links[-1].parent_id)
        if parent is None:
            break
        links.append(parent)
        seen.add(parent.id)
    return links


def _sees(user, post: Post) -> bool:
    if post.status == PostStatus.PUBLISHED:
        return True
    if post.status == PostStatus.DRAFT:
        return _active(user) and user.id == post.author_id
    return is_moderator(user)  # hidden and deleted posts are gone for members


def can_view(user, post: Post) -> bool:
    """The post and every post above it: an answer under a hidden question is as hidden as the question."""
    return all(_sees(user, link) for link in chain(post))


def _locked_message(top: Post) -> str:
    if top.kind == "question":
        return _("Pertanyaan ini dikunci oleh moderator; hanya moderator yang dapat bertindak di sini.")
    if top.kind == "thread":
        return _("Diskusi ini dikunci oleh moderator; hanya moderator yang dapat bertindak di sini.")
    return _("Kiriman ini dikunci oleh moderator; hanya moderator yang dapat bertindak di sini.")


def parent_state_refusal(user, post: Post | None, *, moderating: bool = False) -> DomainError | None:
    """The parent-state rule for every action on a post (vote, comment, flag, accept, answer, reply, edit,
    delete, adoption): None when the chain allows it, else the error to raise.

    Any link the user may not see: not found. Any link that is not published (draft, hidden, deleted): refused,
    except for a moderator when `moderating` (edits and clean-up of moderated content; never points).
    Any locked link: refused for everyone but moderators."""
    if post is None:
        return NotFound(_("Kiriman tidak ditemukan."))
    links = chain(post)
    if not all(_sees(user, link) for link in links):
        return NotFound(_("Kiriman tidak ditemukan."))
    moderator = is_moderator(user)
    if any(link.status != PostStatus.PUBLISHED for link in links) and not (moderating and moderator):
        return ValidationFailed(_("Kiriman ini atau kiriman induknya tidak terbit; tindakan ini tidak tersedia."))
    if any(link.locked for link in links) and not moderator:
        return PermissionDenied(_locked_message(links[-1]))
    return None


def ensure_open(user, post: Post | None, *, moderating: bool = False) -> Post:
    refusal = parent_state_refusal(user, post, moderating=moderating)
    if refusal is not None:
        raise refusal
    return post


def lock_chain(post: Post) -> None:
    """Lock the post and the posts above it and read them afresh, for actions that give points (votes,
    adoptions): a hide or delete committing meanwhile is then seen, not raced (PostgreSQL; SQLite writers are
    serial already). Bottom-up, the order a status change takes them (the post, then its parent's counters)."""
    for link in chain(post):
        db.session.execute(select(Post).where(Post.id == link.id).with_for_update()
                           .execution_options(populate_existing=True)).scalar_one()


def ensure_open_locked(user, post: Post | None) -> Post:
    """`ensure_open` on the chain as it stands once locked."""
    if post is not None:
        lock_chain(post)
    return ensure_open(user, post)


def is_open(user, post: Post) -> bool:
    return parent_state_refusal(user, post) is None


def _own_draft(user, post: Post) -> bool:
    return post.status == PostStatus.DRAFT and post.parent_id is None and user.id == post.author_id


def can_edit(user, post: Post) -> bool:
    if not _active(user) or confirmation_refusal(user) is not None:
        return False
    if _own_draft(user, post):
        return True
    if parent_state_refusal(user, post, moderating=True) is not None:
        return False
    # The wiki: any member improves any published article; other posts only by their author.
    return is_moderator(user) or post.kind == "article" or user.id == post.author_id


def can_delete(user, post: Post) -> bool:
    if not _active(user) or post.status == PostStatus.DELETED:
        return False
    if is_moderator(user):
        return True
    return user.id == post.author_id and (_own_draft(user, post) or parent_state_refusal(user, post) is None)


def can_restore(user, post: Post) -> bool:
    if not _active(user) or post.status != PostStatus.DELETED:
        return False
    if is_moderator(user):
        return True
    # An author restores what they deleted themselves, not what a moderator removed, and only where the
    # posts above it still take contributions.
    parents = chain(post)[1:]
    return user.id == post.author_id == post.deleted_by_id and (
        not parents or parent_state_refusal(user, parents[0]) is None)


def can_contribute(user, parent: Post) -> bool:
    """Answer, reply or comment under this post."""
    return _active(user) and confirmation_refusal(user) is None and parent_state_refusal(user, parent) is None


def ensure_may_comment(user, post: Post) -> None:
    """The rule for a comment, on the page and the API alike: an active, confirmed member, an open chain."""
    ensure_allowed(can_contribute(user, post), user, post, _("Kiriman ini tidak menerima komentar."))


def ensure_visible(user, post: Post | None) -> Post:
    if post is None or not can_view(user, post):
        raise NotFound(_("Kiriman tidak ditemukan."))
    return post


def ensure_allowed(allowed: bool, user, post: Post, message: str) -> None:
    """A guard for a rule built on the chain: when it refuses, say why (not found, not published, locked) if
    the chain is the reason, else `message`."""
    if not allowed:
        raise parent_state_refusal(user, post, moderating=True) or PermissionDenied(message)


def ensure(allowed: bool, message: str | None = None) -> None:
    if not allowed:
        raise PermissionDenied(message or _("Anda tidak memiliki izin untuk melakukan tindakan ini."))
